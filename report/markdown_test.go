package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"dossier"
)

func TestMarkdown(t *testing.T) {
	day := time.Date(2024, 4, 2, 10, 30, 0, 0, time.UTC)
	d := &dossier.Dossier{
		Articles: []*dossier.Article{
			{ID: "a2", Title: "Second report", Text: "Nobody knows when this was written.", Notes: []string{"tag list removed"}},
			{ID: "a1", Source: "Valley Post", Title: "First report", Published: &day, Authors: []string{"Ana Ruiz"},
				Text: "The dam failed on Monday.\n\nA second paragraph."},
		},
		Analyses: map[string]*dossier.Analysis{"a1": {Sentences: make([]dossier.Span, 2), Tokens: 9}},
		Copies:   map[string][]dossier.Copy{"a1": {{Source: "Hill News"}}},
	}
	var buf bytes.Buffer
	if err := Markdown(&buf, d); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"# Dossier",
		"2 articles from 1 named outlet, published 2024-04-02 to 2024-04-02; 1 with no known publication date. 2 sentences analysed.",
		"**Valley Post**, 2024-04-02, by Ana Ruiz",
		"**outlet not stated**, date unknown",
		"also carried verbatim by Hill News",
		"note: tag list removed",
		"> The dam failed on Monday.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "A second paragraph") {
		t.Error("report quotes more than the lead paragraph")
	}
	// Without stories, articles come in publication order, undated last.
	if strings.Index(out, "First report") > strings.Index(out, "Second report") {
		t.Error("dated article not listed before the undated one")
	}
}

func TestWhoSaidWhat(t *testing.T) {
	text := "Minister Ana Lind said the dam was sabotaged. Unknown people said it was old."
	d := &dossier.Dossier{
		Articles: []*dossier.Article{{ID: "a1", Source: "Valley Post", Title: "Dam", Text: text}},
		Analyses: map[string]*dossier.Analysis{"a1": {Statements: []dossier.Statement{
			{Speaker: "ana-lind", SpeakerText: "Ana Lind", Cue: "said", Kind: dossier.Indirect, Text: "the dam was sabotaged",
				Sentence: dossier.Span{Start: 0, End: 45}},
			{SpeakerText: "Unknown people", Cue: "said", Kind: dossier.Indirect, Text: "it was old",
				Sentence: dossier.Span{Start: 46, End: len(text)}},
		}}},
		Entities: []dossier.Entity{
			{ID: "ana-lind", Name: "Ana Lind", Type: dossier.Person, Titles: []string{"Minister"}, Affiliation: "valdoria"},
			{ID: "valdoria", Name: "Valdoria", Type: dossier.GPE},
		},
		Stories: []dossier.Story{{ID: "s1", Title: "Dam", Articles: []string{"a1"}}},
	}
	var buf bytes.Buffer
	if err := Markdown(&buf, d); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"### Who said what", "#### Valdoria", "**Ana Lind (Minister)**",
		"- the dam was sabotaged — *indirect, said*; Valley Post, date unknown",
		"> Minister Ana Lind said the dam was sabotaged.",
		"“Unknown people” (not resolved to an entity)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

// TestOutletStances checks the "Across outlets" lines that say which
// outlets support, dispute or report each claim.
func TestOutletStances(t *testing.T) {
	d := &dossier.Dossier{
		Articles: []*dossier.Article{
			{ID: "a1", Source: "The Northern Ledger", Title: "Valdorian saboteurs blew up the Korvel bridge",
				Text: "Valdoria was behind the attack on the Korvel bridge. Valdorian commandos placed the charges that blew up the Korvel bridge, investigators confirmed, and the evidence proved the attack on the bridge was planned in Valdoria."},
			{ID: "a2", Source: "Harbor Gazette", Title: "Valdoria denies any role in Korvel bridge attack",
				Text: "Valdoria denied on Friday that it was behind the attack on the Korvel bridge, calling the accusation baseless. \"We had nothing to do with the attack on the Korvel bridge,\" its foreign ministry said."},
		},
		Analyses: map[string]*dossier.Analysis{
			"a1": {Claims: []dossier.Claim{{ID: "a1-c1", Agent: "valdoria", Event: "the attack on the Korvel bridge", Polarity: dossier.Responsible}}},
			"a2": {Claims: []dossier.Claim{{ID: "a2-c1", Holder: "valdoria", Agent: "valdoria", Event: "the attack on the Korvel bridge", Polarity: dossier.NotResponsible}}},
		},
		Entities: []dossier.Entity{{ID: "valdoria", Name: "Valdoria", Type: dossier.GPE}},
		Stories:  []dossier.Story{{ID: "s1", Title: "Korvel bridge", Articles: []string{"a1", "a2"}}},
	}
	var buf bytes.Buffer
	if err := Markdown(&buf, d); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"Where the outlets stand on each claim",
		"- the outlet says Valdoria was responsible: supported by The Northern Ledger; disputed by Harbor Gazette",
		"- Valdoria says Valdoria was not responsible: supported by Harbor Gazette; disputed by The Northern Ledger",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

func TestArticleDay(t *testing.T) {
	published := time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		a    dossier.Article
		want string
	}{
		{"dated", dossier.Article{Published: &published}, "2025-03-04"},
		{"unknown, nothing bounds it", dossier.Article{}, "date unknown"},
		{"both bounds", dossier.Article{PublishedInferred: &dossier.DateBounds{Earliest: "2025-03-05", Latest: "2025-03-09"}},
			"date unknown (2025-03-05 to 2025-03-09, inferred)"},
		{"one day", dossier.Article{PublishedInferred: &dossier.DateBounds{Earliest: "2025-03-05", Latest: "2025-03-05"}},
			"date unknown (2025-03-05, inferred)"},
		{"lower bound only", dossier.Article{PublishedInferred: &dossier.DateBounds{Earliest: "2025-03-05"}},
			"date unknown (on or after 2025-03-05, inferred)"},
		{"upper bound only", dossier.Article{PublishedInferred: &dossier.DateBounds{Latest: "2025-03-09"}},
			"date unknown (on or before 2025-03-09, inferred)"},
		{"published wins over bounds", dossier.Article{Published: &published, PublishedInferred: &dossier.DateBounds{Earliest: "2025-03-05"}},
			"2025-03-04"},
	}
	for _, c := range cases {
		if got := articleDay(&c.a); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
