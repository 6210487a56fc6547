package export

import (
	"bytes"
	"encoding/json"
	"sort"
	"strings"
	"testing"
	"time"

	"dossier"
)

func sampleDossier() *dossier.Dossier {
	published := time.Date(2024, 4, 2, 10, 30, 0, 0, time.UTC)
	a1 := &dossier.Article{ID: "a1", Source: "Valley Post", Title: "Dam breach", URL: "https://valley.example/dam",
		Published: &published, File: "dam.txt", Text: "The dam failed.", ContentHash: "h1", Story: "s1"}
	a2 := &dossier.Article{ID: "a2", Title: "Untitled wire", Text: "No outlet, no date.", ContentHash: "h2"}
	return &dossier.Dossier{
		Articles: []*dossier.Article{a1, a2},
		Analyses: map[string]*dossier.Analysis{
			"a1": {Article: "a1", Sentences: []dossier.Span{{Start: 0, End: 15}},
				Statements: []dossier.Statement{{ID: "st1", Article: "a1", Speaker: "e1", SpeakerText: "Mayor Lind",
					Cue: "said", Kind: dossier.Indirect, Content: dossier.Span{Start: 4, End: 14}, Text: "dam failed"}},
				Claims: []dossier.Claim{{ID: "c1", Article: "a1", Statement: "st1", Holder: "e1", Agent: "e2",
					Event: "dam breach", Polarity: dossier.NotResponsible, Certainty: "unlikely", Text: "dam failed"}}},
		},
		Copies:   map[string][]dossier.Copy{"a1": {{ArticleID: "a1", Source: "Hill News"}}},
		Entities: []dossier.Entity{{ID: "e1", Name: "Anna Lind", Type: dossier.Person, Aliases: []string{"Lind"}, Affiliation: "e3"}},
		Stories: []dossier.Story{{ID: "s1", Title: "Dam breach", Articles: []string{"a1"},
			Hypotheses: []dossier.Hypothesis{{Agent: "e2", Label: "Contractor", Score: 1.5,
				Evidence: []dossier.Evidence{{Claim: "c1", Rating: dossier.Inconsistent}}}}}},
	}
}

// TestContractFieldNames pins the field names of dossier/v1: outside tools
// read them, so a rename must fail this test.
func TestContractFieldNames(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, Build(sampleDossier(), time.Unix(1700000000, 0))); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc["format"] != "dossier/v1" {
		t.Errorf("format = %v", doc["format"])
	}
	required := map[string][]string{
		"articles":   {"id", "source", "title", "url", "published", "file", "text", "story"},
		"entities":   {"id", "name", "type", "aliases", "titles", "affiliation"},
		"statements": {"id", "article", "speaker", "speaker_text", "cue", "kind", "text", "start", "end", "venue", "when"},
		"claims":     {"id", "article", "statement", "holder", "agent", "event", "polarity", "certainty", "confidence", "text"},
		"stories":    {"id", "title", "articles", "hypotheses"},
	}
	for list, fields := range required {
		items, ok := doc[list].([]any)
		if !ok || len(items) == 0 {
			t.Errorf("%s: missing or empty", list)
			continue
		}
		obj := items[0].(map[string]any)
		for _, f := range fields {
			if _, ok := obj[f]; !ok {
				t.Errorf("%s[0] lacks field %q (has %v)", list, f, keys(obj))
			}
		}
	}
	h := doc["stories"].([]any)[0].(map[string]any)["hypotheses"].([]any)[0].(map[string]any)
	for _, f := range []string{"agent", "label", "score", "evidence"} {
		if _, ok := h[f]; !ok {
			t.Errorf("hypothesis lacks %q", f)
		}
	}
	ev := h["evidence"].([]any)[0].(map[string]any)
	if ev["claim"] != "c1" || ev["rating"] != "I" {
		t.Errorf("evidence = %v", ev)
	}
}

func TestUnknownIsNullNever1970(t *testing.T) {
	d := Build(sampleDossier(), time.Now())
	a2 := d.Articles[1]
	if a2.Published != nil || a2.Source != nil || a2.URL != nil || a2.File != nil || a2.Story != nil {
		t.Errorf("unknown values not null: %+v", a2)
	}
	var buf bytes.Buffer
	WriteJSON(&buf, d)
	if strings.Contains(buf.String(), "1970") {
		t.Error("export contains 1970")
	}
	if !strings.Contains(buf.String(), `"published": null`) {
		t.Error("unknown published date not written as null")
	}
	if got := *d.Articles[0].Published; got != "2024-04-02T10:30:00Z" {
		t.Errorf("published = %q, want RFC 3339", got)
	}
	if d.Statements[0].Start != 4 || d.Statements[0].End != 14 || *d.Statements[0].Speaker != "e1" {
		t.Errorf("statement = %+v", d.Statements[0])
	}
	if d.Claims[0].Polarity != "-" || *d.Claims[0].Certainty != "unlikely" || d.Claims[0].Confidence != nil {
		t.Errorf("claim = %+v", d.Claims[0])
	}
	if len(d.Articles[0].Copies) != 1 || *d.Articles[0].Copies[0].Source != "Hill News" {
		t.Errorf("copies = %+v", d.Articles[0].Copies)
	}
}

func TestEmptyListsAreArrays(t *testing.T) {
	var buf bytes.Buffer
	WriteJSON(&buf, Build(&dossier.Dossier{}, time.Now()))
	for _, f := range []string{`"articles": []`, `"entities": []`, `"statements": []`, `"claims": []`, `"stories": []`} {
		if !strings.Contains(buf.String(), f) {
			t.Errorf("empty export lacks %s: %s", f, buf.String())
		}
	}
}

func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestWriteJSONMatchesWholeEncoding checks that writing item by item gives
// the bytes that encoding the whole document gives.
func TestWriteJSONMatchesWholeEncoding(t *testing.T) {
	for _, d := range []*Dossier{Build(sampleDossier(), time.Unix(1700000000, 0)), Build(&dossier.Dossier{}, time.Unix(0, 0))} {
		var streamed, whole bytes.Buffer
		if err := WriteJSON(&streamed, d); err != nil {
			t.Fatal(err)
		}
		enc := json.NewEncoder(&whole)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		enc.Encode(d)
		if streamed.String() != whole.String() {
			t.Errorf("streamed output differs:\n%s\nwant:\n%s", streamed.String(), whole.String())
		}
	}
}

// TestClaimStances checks the added fields claims[].stances and
// claims[].outlet_stances: one entry per article of the claim's story,
// one per outlet, and empty arrays (never null) when there are none.
func TestClaimStances(t *testing.T) {
	d := sampleDossier()
	d.Entities = append(d.Entities, dossier.Entity{ID: "e2", Name: "Orrin Contractors", Type: dossier.Org})
	d.Articles[0].Title = "Orrin Contractors caused the dam breach"
	d.Articles[0].Text = "Orrin Contractors was behind the dam breach, engineers confirmed. The dam breach was caused by Orrin Contractors, which removed the spillway supports."
	// A second article of the story: a story of one article gets no
	// stances (there is nothing to compare).
	d.Articles[1].Story = "s1"
	d.Articles[1].Title = "Valley fair opens"
	d.Articles[1].Text = "The valley fair opened on Saturday with forty stalls and a brass band."
	d.Stories[0].Articles = []string{"a1", "a2"}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, Build(d, time.Unix(1700000000, 0))); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Claims []struct {
			Stances []struct {
				Article string  `json:"article"`
				Outlet  *string `json:"outlet"`
				Stance  string  `json:"stance"`
				Score   float64 `json:"score"`
			} `json:"stances"`
			OutletStances []struct {
				Outlet   *string  `json:"outlet"`
				Stance   string   `json:"stance"`
				Articles []string `json:"articles"`
			} `json:"outlet_stances"`
		} `json:"claims"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	c := doc.Claims[0]
	if len(c.Stances) != 2 || c.Stances[0].Article != "a1" || *c.Stances[0].Outlet != "Valley Post" {
		t.Fatalf("stances = %+v", c.Stances)
	}
	if c.Stances[1].Article != "a2" || c.Stances[1].Outlet != nil || c.Stances[1].Stance != "unrelated" {
		t.Errorf("fair article: %+v, want unrelated, outlet null", c.Stances[1])
	}
	// The claim is "-" (not responsible); the article says the agent did
	// it, so it disputes the claim.
	if c.Stances[0].Stance != "disagree" || c.Stances[0].Score <= 0.5 {
		t.Errorf("stance = %+v, want disagree", c.Stances[0])
	}
	if len(c.OutletStances) != 3 || *c.OutletStances[1].Outlet != "Hill News" || c.OutletStances[1].Articles[0] != "a1" {
		t.Errorf("outlet stances = %+v (a copy counts for its outlet)", c.OutletStances)
	}
	buf.Reset()
	WriteJSON(&buf, Build(sampleDossier(), time.Unix(0, 0)))
	if !strings.Contains(buf.String(), `"stances": []`) || !strings.Contains(buf.String(), `"outlet_stances": []`) {
		t.Error("claim of a one-article story: stances not written as empty arrays")
	}
}
