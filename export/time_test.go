package export

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"dossier"
)

// TestInferredDateAndTimeline checks the fields added for dates: an
// undated article's inferred bounds beside a "published" that stays
// null, and a story's timeline with its evidence offsets.
func TestInferredDateAndTimeline(t *testing.T) {
	d := sampleDossier()
	d.Articles[1].PublishedInferred = &dossier.DateBounds{Earliest: "2024-04-03", Basis: []string{"the story's incident is dated 2024-04-02"}}
	d.Stories[0].Timeline = []dossier.TimelineEntry{
		{Date: "2024-04-01", Kind: dossier.TimelineIncident, Text: "on Monday", Summary: "The dam failed on Monday.", Article: "a1", Span: dossier.Span{Start: 4, End: 13}},
		{Date: "2024-04-02", Kind: dossier.TimelineStatement, Text: "on Tuesday", Summary: "dam failed", Article: "a1", Span: dossier.Span{Start: 4, End: 14}, Statement: "st1", Inferred: true},
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, Build(d, time.Unix(1700000000, 0))); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Articles []map[string]json.RawMessage `json:"articles"`
		Stories  []map[string]json.RawMessage `json:"stories"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, got, want string
	}{
		{"dated article has no inferred date", string(doc.Articles[0]["published_inferred"]), "null"},
		{"undated article stays null", string(doc.Articles[1]["published"]), "null"},
		{"inferred bounds", compact(doc.Articles[1]["published_inferred"]),
			`{"earliest":"2024-04-03","latest":null,"basis":["the story's incident is dated 2024-04-02"]}`},
		{"timeline", compact(doc.Stories[0]["timeline"]),
			`[{"date":"2024-04-01","kind":"incident","text":"on Monday","summary":"The dam failed on Monday.","article":"a1","start":4,"end":13,"statement":null,"claim":null,"inferred":false},` +
				`{"date":"2024-04-02","kind":"statement","text":"on Tuesday","summary":"dam failed","article":"a1","start":4,"end":14,"statement":"st1","claim":null,"inferred":true}]`},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, tc.got, tc.want)
		}
	}
	// A story with no dated entries still has a timeline list.
	d.Stories[0].Timeline = nil
	if tl := Build(d, time.Now()).Stories[0].Timeline; tl == nil || len(tl) != 0 {
		t.Errorf("empty timeline = %#v, want []", tl)
	}
}

func compact(m json.RawMessage) string {
	var b bytes.Buffer
	if err := json.Compact(&b, m); err != nil {
		return err.Error()
	}
	return b.String()
}
