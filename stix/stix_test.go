package stix_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dossier"
	"dossier/stix"
)

// fixture is a small invented dossier: two stories, three articles (one
// dated, one with neither outlet nor date, one undated in a story of its
// own), four actors and one bystander who never speaks.
func fixture() *dossier.Dossier {
	published := time.Date(2024, 4, 2, 10, 30, 0, 0, time.FixedZone("CEST", 2*3600))
	a1 := &dossier.Article{ID: "a1", Source: "Valley Post", Title: "Dam breach floods valley",
		URL: "https://valley.example/dam", Published: &published, Story: "s1"}
	a2 := &dossier.Article{ID: "a2", Title: "Wire: contractor denies fault", Story: "s1"}
	a3 := &dossier.Article{ID: "a3", Source: "Hill News", Title: "Officials blame the valley", Story: "s2"}
	return &dossier.Dossier{
		Articles: []*dossier.Article{a2, a3, a1},
		Analyses: map[string]*dossier.Analysis{
			"a1": {Article: "a1",
				Statements: []dossier.Statement{{ID: "a1-s1", Article: "a1", Speaker: "anna-lind", SpeakerText: "Mayor Lind",
					Cue: "said", Kind: dossier.Indirect, Content: dossier.Span{Start: 10, End: 36}, Text: "the contractor cut corners",
					When: "2024-04-01"}},
				Claims: []dossier.Claim{{ID: "a1-c1", Article: "a1", Statement: "a1-s1", Holder: "anna-lind", Agent: "dam-co",
					Event: "dam breach", Polarity: dossier.Responsible, Certainty: "likely", Confidence: "moderate",
					Text: "the contractor cut corners"}}},
			"a2": {Article: "a2",
				Statements: []dossier.Statement{{ID: "a2-s1", Article: "a2", Cue: "according to", Kind: dossier.Direct,
					Text: "we followed every rule"}},
				Claims: []dossier.Claim{{ID: "a2-c1", Article: "a2", Agent: "dam-co", Event: "dam breach",
					Polarity: dossier.NotResponsible, Text: "denies fault"}}},
			"a3": {Article: "a3",
				Statements: []dossier.Statement{{ID: "a3-s1", Article: "a3", Speaker: "officials", SpeakerText: "local officials",
					Cue: "told", Kind: dossier.Indirect, Text: "the valley council ignored warnings", Venue: "Hill News"}},
				Claims: []dossier.Claim{{ID: "a3-c1", Article: "a3", Statement: "a3-s1", Holder: "officials", Agent: "valley",
					Event: "dam breach", Polarity: dossier.Responsible, Certainty: "almost certain",
					Text: "the valley council ignored warnings"}}},
		},
		Entities: []dossier.Entity{
			{ID: "valley", Name: "Valley", Type: dossier.GPE},
			{ID: "anna-lind", Name: "Anna Lind", Type: dossier.Person, Titles: []string{"Mayor"}, Aliases: []string{"Lind"}, Affiliation: "valley"},
			{ID: "dam-co", Name: "Dam Contractors Ltd", Type: dossier.Org},
			{ID: "officials", Name: "local officials", Type: dossier.Group},
			{ID: "bystander", Name: "Piet Bystander", Type: dossier.Person},
		},
		Stories: []dossier.Story{
			{ID: "s1", Title: "Dam breach floods valley", Articles: []string{"a1", "a2"}, First: &published, Last: &published,
				Hypotheses: []dossier.Hypothesis{
					{Agent: "dam-co", Label: "Dam Contractors Ltd", Score: 0.25,
						Evidence: []dossier.Evidence{{Claim: "a1-c1", Rating: dossier.Consistent}, {Claim: "a2-c1", Rating: dossier.Inconsistent}}},
					{Label: "other / unknown", Score: 1,
						Evidence: []dossier.Evidence{{Claim: "a1-c1", Rating: dossier.VeryInconsistent}, {Claim: "a2-c1", Rating: dossier.Neutral}}},
				}},
			{ID: "s2", Title: "Officials blame the valley", Articles: []string{"a3"}},
		},
	}
}

// objects exports d and decodes the bundle's objects.
func objects(t *testing.T, d *dossier.Dossier) []map[string]any {
	t.Helper()
	var buf bytes.Buffer
	if err := stix.Write(&buf, stix.Bundle(d, nil, stix.Options{})); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Objects []map[string]any `json:"objects"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	return doc.Objects
}

// find returns the object whose property key is value, or nil.
func find(objs []map[string]any, key, value string) map[string]any {
	for _, o := range objs {
		if o[key] == value {
			return o
		}
	}
	return nil
}

func refs(o map[string]any) []string {
	var out []string
	for _, r := range o["object_refs"].([]any) {
		out = append(out, r.(string))
	}
	return out
}

func TestIdentities(t *testing.T) {
	objs := objects(t, fixture())
	tests := []struct {
		entity, class string
		roles         []any
	}{
		{"anna-lind", "individual", []any{"Mayor"}},
		{"dam-co", "organization", nil},
		{"valley", "organization", nil}, // a state or government as a party
		{"officials", "group", nil},
	}
	for _, tt := range tests {
		o := find(objs, "x_dossier_entity", tt.entity)
		if o == nil {
			t.Errorf("no identity for %s", tt.entity)
			continue
		}
		if o["type"] != "identity" || o["identity_class"] != tt.class || o["id"] != stix.ID("identity", "entity|"+tt.entity) {
			t.Errorf("%s: %v %v %v, want identity of class %s", tt.entity, o["type"], o["identity_class"], o["id"], tt.class)
		}
		if roles, _ := o["roles"].([]any); len(roles) != len(tt.roles) || (len(roles) > 0 && roles[0] != tt.roles[0]) {
			t.Errorf("%s: roles %v, want %v", tt.entity, o["roles"], tt.roles)
		}
	}
	if find(objs, "x_dossier_entity", "bystander") != nil {
		t.Error("an entity that neither speaks nor is party to a claim got an identity")
	}
	for _, outlet := range []string{"Valley Post", "Hill News", "unnamed outlet"} {
		if o := find(objs, "name", outlet); o == nil || o["type"] != "identity" {
			t.Errorf("no identity for the outlet %q", outlet)
		}
	}
	aff := find(objs, "relationship_type", stix.AffiliatedWith)
	if aff == nil || aff["source_ref"] != stix.ID("identity", "entity|anna-lind") || aff["target_ref"] != stix.ID("identity", "entity|valley") {
		t.Errorf("affiliation: %v", aff)
	}
	producer := objs[0]
	for _, o := range objs[1:] {
		if o["created_by_ref"] != producer["id"] {
			t.Errorf("%s: created_by_ref %v, want the producer %v", o["id"], o["created_by_ref"], producer["id"])
		}
	}
}

func TestNotes(t *testing.T) {
	objs := objects(t, fixture())
	report1 := stix.ID("report", "story|a1,a2")
	report2 := stix.ID("report", "story|a3")
	tests := []struct {
		key, id    string
		abstract   string
		content    string
		confidence any // float64 from JSON, or nil
		refs       []string
		created    string
		undated    any
		url        any
	}{
		{"x_dossier_statement", "a1-s1", "Anna Lind said", "the contractor cut corners", nil,
			[]string{stix.ID("identity", "entity|anna-lind"), report1}, "2024-04-02T08:30:00.000Z", nil, "https://valley.example/dam"},
		// No speaker: the note is about the story; no date: the story's first.
		{"x_dossier_statement", "a2-s1", "unnamed speaker according to", "we followed every rule", nil,
			[]string{report1}, "2024-04-02T08:30:00.000Z", true, nil},
		{"x_dossier_claim", "a1-c1", "Anna Lind: Dam Contractors Ltd responsible (likely)", "the contractor cut corners", 70.0,
			nil, "2024-04-02T08:30:00.000Z", nil, "https://valley.example/dam"},
		// The outlet's own voice, and it names no outlet.
		{"x_dossier_claim", "a2-c1", "unnamed outlet: Dam Contractors Ltd not responsible", "denies fault", nil,
			nil, "2024-04-02T08:30:00.000Z", true, nil},
		// A story nothing dates, in a dossier where something is: the
		// earliest publication.
		{"x_dossier_claim", "a3-c1", "local officials: Valley responsible (almost certain)", "the valley council ignored warnings", 95.0,
			[]string{stix.ID("identity", "entity|officials"), stix.ID("identity", "entity|valley")}, "2024-04-02T08:30:00.000Z", true, nil},
	}
	for _, tt := range tests {
		o := find(objs, tt.key, tt.id)
		if o == nil {
			t.Errorf("no note for %s", tt.id)
			continue
		}
		if o["type"] != "note" || o["abstract"] != tt.abstract || o["content"] != tt.content {
			t.Errorf("%s: %v %q %q, want note %q %q", tt.id, o["type"], o["abstract"], o["content"], tt.abstract, tt.content)
		}
		if o["confidence"] != tt.confidence {
			t.Errorf("%s: confidence %v, want %v", tt.id, o["confidence"], tt.confidence)
		}
		got := refs(o)
		for _, r := range tt.refs {
			if !strings.Contains(strings.Join(got, " "), r) {
				t.Errorf("%s: object_refs %v lack %s", tt.id, got, r)
			}
		}
		if o["created"] != tt.created || o["modified"] != tt.created || o["x_dossier_undated"] != tt.undated {
			t.Errorf("%s: created %v modified %v undated %v, want %s %v", tt.id, o["created"], o["modified"], o["x_dossier_undated"], tt.created, tt.undated)
		}
		ext := o["external_references"].([]any)[0].(map[string]any)
		if ext["url"] != tt.url || ext["external_id"] != o["x_dossier_article"] {
			t.Errorf("%s: external reference %v, want url %v", tt.id, ext, tt.url)
		}
	}
	c := find(objs, "x_dossier_claim", "a1-c1")
	if c["x_dossier_confidence"] != "moderate" || c["x_dossier_certainty"] != "likely" || c["x_dossier_polarity"] != "+" ||
		c["x_dossier_statement_ref"] != stix.ID("note", "statement|a1-s1") {
		t.Errorf("claim properties: %v", c)
	}
	if r := find(objs, "id", report2); r == nil || !strings.Contains(strings.Join(refs(r), " "), stix.ID("note", "claim|a3-c1")) {
		t.Errorf("the second story's report lacks its claim: %v", r)
	}
}

func TestAccusations(t *testing.T) {
	objs := objects(t, fixture())
	tests := []struct {
		claim, typ, source, target string
	}{
		{"a1-c1", stix.Accuses, stix.ID("identity", "entity|anna-lind"), stix.ID("identity", "entity|dam-co")},
		{"a2-c1", stix.DeniesResponsibilityOf, stix.ID("identity", "outlet|"), stix.ID("identity", "entity|dam-co")},
		{"a3-c1", stix.Accuses, stix.ID("identity", "entity|officials"), stix.ID("identity", "entity|valley")},
	}
	for _, tt := range tests {
		note := find(objs, "x_dossier_claim", tt.claim)
		var rel map[string]any
		for _, o := range objs {
			if o["type"] == "relationship" && o["relationship_type"] == tt.typ && o["source_ref"] == tt.source && o["target_ref"] == tt.target {
				rel = o
			}
		}
		if rel == nil {
			t.Errorf("%s: no %s relationship %s → %s", tt.claim, tt.typ, tt.source, tt.target)
			continue
		}
		if claims := rel["x_dossier_claim_refs"].([]any); len(claims) != 1 || claims[0] != note["id"] {
			t.Errorf("%s: relationship's claims %v, want its note", tt.claim, claims)
		}
		if !strings.Contains(strings.Join(refs(note), " "), rel["id"].(string)) {
			t.Errorf("%s: note does not refer to its relationship", tt.claim)
		}
	}
}

func TestReportsAndHypotheses(t *testing.T) {
	objs := objects(t, fixture())
	tests := []struct {
		story, published, modified string
		undated                    any
		hypotheses                 int
	}{
		{"s1", "2024-04-02T08:30:00.000Z", "2024-04-02T08:30:00.000Z", nil, 2},
		// Undated story: the dossier's earliest publication, flagged.
		{"s2", "2024-04-02T08:30:00.000Z", "2024-04-02T08:30:00.000Z", true, 0},
	}
	for _, tt := range tests {
		r := find(objs, "x_dossier_story", tt.story)
		if r == nil || r["type"] != "report" {
			t.Fatalf("no report for %s", tt.story)
		}
		if r["published"] != tt.published || r["created"] != tt.published || r["modified"] != tt.modified || r["x_dossier_undated"] != tt.undated {
			t.Errorf("%s: published %v created %v modified %v undated %v", tt.story, r["published"], r["created"], r["modified"], r["x_dossier_undated"])
		}
		n := 0
		for _, ref := range refs(r) {
			if o := find(objs, "id", ref); o == nil {
				t.Errorf("%s refers to %s, which is not in the bundle", tt.story, ref)
			} else if o["x_dossier_rank"] != nil {
				n++
			}
		}
		if n != tt.hypotheses {
			t.Errorf("%s: %d hypotheses, want %d", tt.story, n, tt.hypotheses)
		}
	}
	h := find(objs, "x_dossier_label", "Dam Contractors Ltd")
	if h == nil || h["x_dossier_rank"] != 1.0 || h["x_dossier_weighted_score"] != 0.25 ||
		!strings.Contains(h["content"].(string), "not probabilities") {
		t.Fatalf("hypothesis: %v", h)
	}
	ratings := h["x_dossier_ratings"].([]any)
	if len(ratings) != 2 || ratings[1].(map[string]any)["rating"] != "I" ||
		ratings[1].(map[string]any)["claim_ref"] != stix.ID("note", "claim|a2-c1") {
		t.Errorf("ratings %v", ratings)
	}
}

// TestUndatedDossier: when no article is dated, objects fall back to
// stix.Epoch, flagged, and never to 1970.
func TestUndatedDossier(t *testing.T) {
	d := fixture()
	for _, a := range d.Articles {
		a.Published = nil
	}
	for i := range d.Stories {
		d.Stories[i].First, d.Stories[i].Last = nil, nil
	}
	want := stix.Epoch.Format("2006-01-02T15:04:05.000Z")
	for _, o := range objects(t, d) {
		if o["created"] != want || o["modified"] != want {
			t.Errorf("%s: created %v modified %v, want %s", o["id"], o["created"], o["modified"], want)
		}
		if o["type"] == "report" && (o["published"] != want || o["x_dossier_undated"] != true) {
			t.Errorf("%s: published %v undated %v", o["id"], o["published"], o["x_dossier_undated"])
		}
	}
}

func TestInferredDates(t *testing.T) {
	d := fixture()
	for _, a := range d.Articles {
		switch a.ID {
		case "a2":
			a.PublishedInferred = &dossier.DateBounds{Earliest: "2024-04-03", Latest: "2024-04-09"}
		case "a3":
			a.PublishedInferred = &dossier.DateBounds{Latest: "2024-05-01"} // no lower bound: nothing to use
		}
	}
	d.Articles = append(d.Articles, &dossier.Article{ID: "a4", Title: "Later look back", Story: "s3",
		PublishedInferred: &dossier.DateBounds{Earliest: "2024-06-10", Latest: "2024-06-30"}})
	d.Stories = append(d.Stories, dossier.Story{ID: "s3", Title: "Later look back", Articles: []string{"a4"}})
	objs := objects(t, d)
	tests := []struct {
		name, key, value string
		created          string
		undated          bool
	}{
		{"dated article keeps its own time", "id", stix.ID("note", "statement|a1-s1"), "2024-04-02T08:30:00.000Z", false},
		{"inferred earliest day", "content", "we followed every rule", "2024-04-03T00:00:00.000Z", true},
		{"only an upper bound: the dossier's fallback", "content", "the valley council ignored warnings", "2024-04-02T08:30:00.000Z", true},
		{"story of inferred articles only", "name", "Later look back", "2024-06-10T00:00:00.000Z", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := find(objs, tt.key, tt.value)
			if o == nil {
				t.Fatalf("no object with %s %q", tt.key, tt.value)
			}
			if o["created"] != tt.created {
				t.Errorf("created %v, want %s", o["created"], tt.created)
			}
			if got := o["x_dossier_undated"] == true; got != tt.undated {
				t.Errorf("x_dossier_undated %v, want %v", got, tt.undated)
			}
		})
	}
}

func TestEmptyDossier(t *testing.T) {
	objs := objects(t, &dossier.Dossier{})
	if len(objs) != 1 || objs[0]["identity_class"] != "system" {
		t.Errorf("empty dossier: %v, want the producer alone", objs)
	}
}

func TestConfidence(t *testing.T) {
	tests := []struct {
		term string
		want int
		ok   bool
	}{
		{"almost no chance", 5, true},
		{"very unlikely", 15, true},
		{"unlikely", 30, true},
		{"roughly even chance", 50, true},
		{"likely", 70, true},
		{"very likely", 85, true},
		{"almost certain", 95, true},
		{"", 0, false},
		{"high", 0, false}, // a confidence level is not a likelihood
	}
	for _, tt := range tests {
		if got, ok := stix.Confidence(tt.term); got != tt.want || ok != tt.ok {
			t.Errorf("Confidence(%q) = %d, %v; want %d, %v", tt.term, got, ok, tt.want, tt.ok)
		}
	}
	for _, term := range dossier.Likelihoods {
		if _, ok := stix.Confidence(term); !ok {
			t.Errorf("ICD 203 term %q has no STIX confidence", term)
		}
	}
}

// TestConfidenceMatchesVocab checks the DNI scale against the shared
// vocabulary file, where it is present.
func TestConfidenceMatchesVocab(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(sharedDir, "data", "vocab", "estimative.json"))
	if err != nil {
		t.Skipf("vocabulary not available: %v", err)
	}
	var v struct {
		Scales map[string]map[string]*int `json:"stix_confidence_to_value"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	dni := v.Scales["dni"]
	if len(dni) != len(dossier.Likelihoods) {
		t.Fatalf("vocabulary's DNI scale has %d terms, want %d", len(dni), len(dossier.Likelihoods))
	}
	for label, value := range dni {
		term := strings.ToLower(strings.TrimSpace(strings.SplitN(label, "/", 2)[0]))
		got, ok := stix.Confidence(term)
		if !ok || value == nil || got != *value {
			t.Errorf("%q: Confidence(%q) = %d, %v; vocabulary says %v", label, term, got, ok, value)
		}
	}
}
