package entity

import (
	"strings"
	"testing"
)

func TestPropagateNames(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		spans []string
		want  []string
	}{
		{
			name:  "a missed occurrence takes the type of the others",
			text:  "Vostra unveils a phone . Analysts said Vostra sold it .",
			spans: []string{"7 8 ORG"},
			want:  []string{"0 1 ORG", "7 8 ORG"},
		},
		{
			name:  "before a title",
			text:  "Vostra CEO Ann Lee spoke . Vostra grew .",
			spans: []string{"2 4 PERSON", "6 7 ORG"},
			want:  []string{"0 1 ORG", "2 4 PERSON", "6 7 ORG"},
		},
		{
			name:  "not inside a longer name nor a hyphenated one",
			text:  "Vostra grew . Vostra Bank and Kel - Vostra fell .",
			spans: []string{"0 1 ORG"},
			want:  []string{"0 1 ORG"},
		},
		{
			name:  "no propagation when the mentions disagree",
			text:  "Jordan said so . Jordan is hot . Jordan left .",
			spans: []string{"0 1 PERSON", "4 5 GPE"},
			want:  []string{"0 1 PERSON", "4 5 GPE"},
		},
		{
			name:  "function words are not propagated",
			text:  "I said so . Then I left .",
			spans: []string{"0 1 PERSON"},
			want:  []string{"0 1 PERSON"},
		},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		starts := sentenceStartsAfterStops(words)
		var s docScratch
		s.prepare(words, starts)
		spans := parseSpans(t, tt.spans)
		gs := formatSpans(propagateNames(spans, words, &s, sentenceEnds(len(words), starts)))
		if strings.Join(gs, ", ") != strings.Join(tt.want, ", ") {
			t.Errorf("%s: got %v, want %v", tt.name, gs, tt.want)
		}
	}
}
