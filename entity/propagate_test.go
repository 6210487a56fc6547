package entity

import (
	"fmt"
	"strings"
	"testing"

	"dossier"
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
		var starts []int
		for i := range words {
			if i == 0 || words[i-1] == "." {
				starts = append(starts, i)
			}
		}
		var s docScratch
		s.prepare(words, starts)
		var spans []span
		for _, d := range tt.spans {
			var sp span
			var typ string
			if _, err := fmt.Sscan(d, &sp.start, &sp.end, &typ); err != nil {
				t.Fatal(err)
			}
			sp.typ = dossier.EntityType(typ)
			spans = append(spans, sp)
		}
		var gs []string
		for _, sp := range propagateNames(spans, words, &s, sentenceEnds(len(words), starts)) {
			gs = append(gs, fmt.Sprintf("%d %d %s", sp.start, sp.end, sp.typ))
		}
		if strings.Join(gs, ", ") != strings.Join(tt.want, ", ") {
			t.Errorf("%s: got %v, want %v", tt.name, gs, tt.want)
		}
	}
}
