package report

import (
	"bytes"
	"strings"
	"testing"

	"dossier"
)

func TestMarkdownTimeline(t *testing.T) {
	d := &dossier.Dossier{
		Articles: []*dossier.Article{
			{ID: "a1", Source: "Coast Herald", Title: "Depot blast", Text: "The blast on Tuesday | shook the bay."},
			{ID: "a2", Title: "Wire", Text: "No date.", PublishedInferred: &dossier.DateBounds{Earliest: "2023-06-07", Basis: []string{"the incident is dated 2023-06-06"}}},
		},
		Analyses: map[string]*dossier.Analysis{},
		Stories: []dossier.Story{{ID: "s1", Title: "Depot blast", Articles: []string{"a1", "a2"}, Timeline: []dossier.TimelineEntry{
			{Date: "2023-06-06", Kind: dossier.TimelineIncident, Text: "Tuesday", Summary: "The blast on Tuesday | shook the bay.", Article: "a1", Span: dossier.Span{Start: 13, End: 20}},
			{Date: "2023-06-09", Kind: dossier.TimelineStatement, Text: "on Friday", Summary: "the cranes were lost", Article: "a1", Span: dossier.Span{Start: 0, End: 5}, Inferred: true},
		}}},
	}
	var b bytes.Buffer
	if err := Markdown(&b, d); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"### Timeline",
		"| 2023-06-06 | **incident**: The blast on Tuesday \\| shook the bay. | “Tuesday”, Coast Herald `a1` 13–20 |",
		"| 2023-06-09 (inferred) | statement: the cranes were lost | “on Friday”, Coast Herald `a1` 0–5 |",
		"- outlet not stated (`a2`): published between 2023-06-07 and ?, inferred: the incident is dated 2023-06-06",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	// A story with nothing dated has no Timeline section.
	d.Stories[0].Timeline = nil
	d.Articles[1].PublishedInferred = nil
	b.Reset()
	Markdown(&b, d)
	if strings.Contains(b.String(), "### Timeline") {
		t.Error("empty timeline rendered")
	}
}
