package entity

import (
	"strings"
	"testing"
)

func TestOrgSense(t *testing.T) {
	tests := []struct {
		name  string
		text  string   // sentences end with " ."
		spans []string // the tagger's spans: "start end TYPE"
		want  []string // after orgSense
	}{
		{
			name:  "the first word of a company's full name is the company",
			text:  "Kessler Motor Company cut jobs . Kessler said it would close plants . Mr. Kessler resigned .",
			spans: []string{"0 3 ORG", "6 7 PERSON", "15 16 PERSON"},
			want:  []string{"0 3 ORG", "6 7 ORG", "15 16 PERSON"},
		},
		{
			name:  "a span that ends with a designator is a company",
			text:  "He joined Kessler Motors Co. in May .",
			spans: []string{"2 5 PERSON"},
			want:  []string{"2 5 ORG"},
		},
		{
			name:  "a place that ends with a designator is a company",
			text:  "Kessler LLC and Kelda AG merged .",
			spans: []string{"0 2 GPE", "3 5 MISC"},
			want:  []string{"0 2 ORG", "3 5 ORG"},
		},
		{
			name:  "an untagged run that ends with a designator",
			text:  "The deal with General Dynamo Industries failed .",
			spans: nil,
			want:  []string{"3 6 ORG"},
		},
		{
			name:  "a PERSON span inside such a run gives way to it",
			text:  "Shares of General Motors fell .",
			spans: []string{"3 4 PERSON"},
			want:  []string{"2 4 ORG"},
		},
		{
			name:  "sentence-initial function words are not part of the name",
			text:  "The Vostra Airlines fleet is old .",
			spans: nil,
			want:  []string{"1 3 ORG"},
		},
		{
			name:  "a run that may join two names is left alone",
			text:  "Talks between Kessary and Vostra Airlines ended .",
			spans: []string{"2 3 GPE", "4 6 ORG"},
			want:  []string{"2 3 GPE", "4 6 ORG"},
		},
		{
			name:  "no designator, no change",
			text:  "Anna Ilves met Tom Marten in Ostrel .",
			spans: []string{"0 2 PERSON", "3 5 PERSON", "6 7 GPE"},
			want:  []string{"0 2 PERSON", "3 5 PERSON", "6 7 GPE"},
		},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		starts := sentenceStartsAfterStops(words)
		var s docScratch
		s.prepare(words, starts)
		spans := parseSpans(t, tt.spans)
		got := orgSense(spans, words, &s, sentenceEnds(len(words), starts))
		gs := formatSpans(got)
		if strings.Join(gs, ", ") != strings.Join(tt.want, ", ") {
			t.Errorf("%s: got %v, want %v", tt.name, gs, tt.want)
		}
	}
}

func TestLoneCompanies(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		spans []string
		want  []string
	}{
		{
			name:  "a lone name that is 'it' is a company",
			text:  "Kessler said it would cut jobs . Kessler shares fell .",
			spans: []string{"0 1 PERSON", "7 8 PERSON"},
			want:  []string{"0 1 ORG", "7 8 ORG"},
		},
		{
			name:  "'it' after two occurrences, no company evidence",
			text:  "Kessler said it would cut jobs . Kessler expects it to help .",
			spans: []string{"0 1 PERSON", "7 8 PERSON"},
			want:  []string{"0 1 ORG", "7 8 ORG"},
		},
		{
			name:  "'it' once is not enough: people are followed by 'it' too",
			text:  "Kessler said it was time . Kessler left .",
			spans: []string{"0 1 PERSON", "6 7 PERSON"},
			want:  []string{"0 1 PERSON", "6 7 PERSON"},
		},
		{
			name:  "a company noun before one occurrence",
			text:  "The carmaker Kessler cut jobs . Analysts like Kessler .",
			spans: []string{"2 3 PERSON", "8 9 PERSON"},
			want:  []string{"2 3 ORG", "8 9 ORG"},
		},
		{
			name:  "a full name elsewhere keeps it a person",
			text:  "Ann Kessler said it would rain . Kessler shares the view .",
			spans: []string{"0 2 PERSON", "7 8 PERSON"},
			want:  []string{"0 2 PERSON", "7 8 PERSON"},
		},
		{
			name:  "a personal pronoun keeps it a person",
			text:  "Kessler said he would sell the company . Kessler said it was time .",
			spans: []string{"0 1 PERSON", "8 9 PERSON"},
			want:  []string{"0 1 PERSON", "8 9 PERSON"},
		},
		{
			name:  "a place after a company noun is a company, unless the gazetteer knows it",
			text:  "The automaker Kessler and the carmaker Moscow met .",
			spans: []string{"2 3 GPE", "6 7 GPE"},
			want:  []string{"2 3 ORG", "6 7 GPE"},
		},
		{
			name:  "a country the gazetteer knows is left to the metonym rule",
			text:  "China said it would respond .",
			spans: []string{"0 1 PERSON"},
			want:  []string{"0 1 PERSON"},
		},
		{
			name:  "no evidence, no change",
			text:  "Kessler arrived on Monday .",
			spans: []string{"0 1 PERSON"},
			want:  []string{"0 1 PERSON"},
		},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		starts := sentenceStartsAfterStops(words)
		var s docScratch
		s.prepare(words, starts)
		s.features(starts)
		spans := parseSpans(t, tt.spans)
		gs := formatSpans(loneCompanies(spans, words, &s))
		if strings.Join(gs, ", ") != strings.Join(tt.want, ", ") {
			t.Errorf("%s: got %v, want %v", tt.name, gs, tt.want)
		}
	}
}
