package entity

import (
	"fmt"
	"strings"
	"testing"

	"dossier"
)

func TestSplitTitles(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		spans []string // the tagger's spans: "start end TYPE"
		want  []string
	}{
		{
			name:  "a company before an officer's title stays a mention",
			text:  "Kessler CEO Ann Lee said so .",
			spans: []string{"0 4 PERSON"},
			want:  []string{"0 1 ORG", "2 4 PERSON"},
		},
		{
			name:  "a known place before a title is a GPE",
			text:  "Ukraine President Ivan Orlov spoke .",
			spans: []string{"0 4 PERSON"},
			want:  []string{"0 1 GPE", "2 4 PERSON"},
		},
		{
			name:  "title modifiers and demonyms are the title",
			text:  "British Foreign Secretary Tom Marten spoke .",
			spans: []string{"0 5 PERSON"},
			want:  []string{"3 5 PERSON"},
		},
		{
			name:  "an officer's title run into a company's name",
			text:  "Kessler CEO , Ann Lee , spoke .",
			spans: []string{"0 2 ORG", "3 5 PERSON"},
			want:  []string{"0 1 ORG", "3 5 PERSON"},
		},
		{
			name:  "an initial M. is not an honorific",
			text:  "General Philip M. Drew retired .",
			spans: []string{"0 4 PERSON"},
			want:  []string{"1 4 PERSON"},
		},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		spans := parseSpans(t, tt.spans)
		gs := formatSpans(splitTitles(spans, words))
		if strings.Join(gs, ", ") != strings.Join(tt.want, ", ") {
			t.Errorf("%s: got %v, want %v", tt.name, gs, tt.want)
		}
	}
}

// parseSpans reads test spans written "START END TYPE" (token offsets).
func parseSpans(t *testing.T, list []string) []span {
	t.Helper()
	var spans []span
	for _, d := range list {
		var sp span
		var typ string
		if _, err := fmt.Sscan(d, &sp.start, &sp.end, &typ); err != nil {
			t.Fatal(err)
		}
		sp.typ = dossier.EntityType(typ)
		spans = append(spans, sp)
	}
	return spans
}

// formatSpans writes spans as parseSpans reads them.
func formatSpans(spans []span) []string {
	var out []string
	for _, sp := range spans {
		out = append(out, fmt.Sprintf("%d %d %s", sp.start, sp.end, sp.typ))
	}
	return out
}

// sentenceStartsAfterStops returns the sentence starts of test words: the
// first word and every word after a ".".
func sentenceStartsAfterStops(words []string) []int {
	var starts []int
	for i := range words {
		if i == 0 || words[i-1] == "." {
			starts = append(starts, i)
		}
	}
	return starts
}
