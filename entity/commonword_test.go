package entity

import (
	"strings"
	"testing"

	"dossier"
)

func TestCommonWordStarts(t *testing.T) {
	tests := []struct {
		name string
		text string // sentences separated by " | "
		at   int    // the one-word span's token, in the flattened words
		keep bool
	}{
		{"common word opening a sentence", "Little is known about him . | He left .", 0, false},
		{"the same word mid-sentence is not judged", "He knew little about Little .", 4, true},
		{"a name opening a sentence", "Valdoria denied it .", 0, true},
		{"common word written with a capital elsewhere in the document", "People said so . | They read People magazine .", 0, true},
		{"common word after an opening quote mark", "“ People are tired , ” he said .", 1, false},
		{"common word after a bracket and a quote mark", "( “ Little is known . ” )", 2, false},
		{"common word after a word is not at the start", "“ Ask People . ”", 2, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var words []string
			var starts []int
			for _, sent := range strings.Split(tc.text, " | ") {
				starts = append(starts, len(words))
				words = append(words, strings.Fields(sent)...)
			}
			var s docScratch
			s.prepare(words, starts)
			got := commonWordStarts([]span{{start: tc.at, end: tc.at + 1, typ: dossier.GPE}}, &s)
			if kept := len(got) == 1; kept != tc.keep {
				t.Errorf("%q kept=%v, want %v", words[tc.at], kept, tc.keep)
			}
		})
	}
}
