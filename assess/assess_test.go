package assess

import (
	"bytes"
	"math"
	"strings"
	"testing"
	"time"

	"dossier"
)

func day(s string) *time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return &t
}

// fixture is a story of three articles from two outlets about a
// bombing: Norland's minister accuses Estmark, Estmark's spokesman
// denies and calls it a possible false flag, and a third party's
// intelligence service thinks a group of Estmark affiliation likely did
// it. The third article republishes the first.
func fixture() *dossier.Dossier {
	ents := []dossier.Entity{
		{ID: "norland", Name: "Norland", Type: dossier.GPE},
		{ID: "estmark", Name: "Estmark", Type: dossier.GPE},
		{ID: "harbour", Name: "Harbour group", Type: dossier.Group, Affiliation: "estmark"},
		{ID: "brisk", Name: "Anna Brisk", Type: dossier.Person, Affiliation: "norland"},
		{ID: "vell", Name: "Tomas Vell", Type: dossier.Person, Affiliation: "estmark"},
		{ID: "calderan", Name: "Calderan intelligence", Type: dossier.Group},
	}
	arts := []*dossier.Article{
		{ID: "a2", Source: "Paper B", Published: day("2025-01-03"), Story: "s1"},
		{ID: "a1", Source: "Wire A", Published: day("2025-01-02"), Story: "s1"},
		{ID: "a3", Source: "Paper B", Published: day("2025-01-04"), Story: "s1"},
	}
	c := func(id, art, holder, agent string, pol dossier.Polarity, cert, conf, text string) dossier.Claim {
		return dossier.Claim{ID: id, Article: art, Holder: holder, Agent: agent, Polarity: pol, Certainty: cert, Confidence: conf, Text: text, Event: "the bombing"}
	}
	plus, minus := dossier.Responsible, dossier.NotResponsible
	an := map[string]*dossier.Analysis{
		"a1": {Article: "a1", Claims: []dossier.Claim{
			c("a1-c1", "a1", "brisk", "estmark", plus, "almost certain", "", "Estmark was undoubtedly behind it"),
			c("a1-c2", "a1", "vell", "estmark", minus, "", "", "Estmark had nothing to do with it"),
		}},
		"a2": {Article: "a2", Claims: []dossier.Claim{
			c("a2-c1", "a2", "calderan", "harbour", plus, "likely", "moderate", "the Harbour group likely carried out the bombing"),
			c("a2-c2", "a2", "calderan", "estmark", minus, "unlikely", "", "it is unlikely that Estmark ordered the bombing"),
			c("a2-c3", "a2", "vell", "norland", plus, "roughly even chance", "", "the bombing could have been a false flag"),
		}},
		"a3": {Article: "a3", Claims: []dossier.Claim{
			c("a3-c1", "a3", "brisk", "estmark", plus, "almost certain", "", "Estmark was  undoubtedly behind it"),
		}},
	}
	return &dossier.Dossier{
		Articles: arts, Analyses: an, Entities: ents,
		Stories: []dossier.Story{{ID: "s1", Title: "Bombing at the Vesk power station", Articles: []string{"a1", "a2", "a3"}}},
	}
}

var opts = Options{Reliability: map[string]string{"Wire A": "B", "Paper B": "c"}}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestAssess(t *testing.T) {
	d := fixture()
	ms := Assess(d, opts)
	if len(ms) != 1 {
		t.Fatalf("got %d matrices, want 1", len(ms))
	}
	m := ms[0]

	// Rows in publication order; the republished claim folds into the
	// first telling.
	wantRows := []string{"a1-c1", "a1-c2", "a2-c1", "a2-c2", "a2-c3"}
	if len(m.Rows) != len(wantRows) {
		t.Fatalf("got %d rows, want %d", len(m.Rows), len(wantRows))
	}
	for i, id := range wantRows {
		if m.Rows[i].Claim.ID != id {
			t.Errorf("row %d is %s, want %s", i, m.Rows[i].Claim.ID, id)
		}
	}
	if got := m.Rows[0].Copies; len(got) != 1 || got[0] != "a3-c1" {
		t.Errorf("copies of row 0 = %v, want [a3-c1]", got)
	}

	// Ranking by weighted inconsistency, computed by hand:
	//   weights: a1 rows B 0.85 × interested 0.5 = 0.425; a2-c1 C 0.7 ×
	//   moderate confidence 0.8 = 0.56; a2-c2 C 0.7 (Calderan is no party:
	//   nobody contests its assessment); a2-c3 C 0.7 × 0.5 = 0.35.
	//   Harbour group: nothing against it                          = 0
	//   Norland: II (a1-c1) + I (a2-c1) = 2×0.425 + 0.56            = 1.41, Heuer 3
	//   other / unknown: the same, but no consistent evidence       = 1.41, Heuer 3
	//   Estmark: II (a1-c2) + I (a2-c2) = 2×0.425 + 0.7             = 1.55, Heuer 3
	want := []struct {
		label    string
		weighted float64
		heuer    float64
	}{
		{"Harbour group", 0, 0},
		{"Norland", 1.41, 3},
		{OtherLabel, 1.41, 3},
		{"Estmark", 1.55, 3},
	}
	if len(m.Hypotheses) != len(want) {
		t.Fatalf("hypotheses %+v, want %d", m.Hypotheses, len(want))
	}
	for i, w := range want {
		h := m.Hypotheses[i]
		if h.Label != w.label || !near(h.Weighted, w.weighted) || h.Inconsistency != w.heuer {
			t.Errorf("hypothesis %d = %s weighted %v heuer %v, want %s %v %v", i, h.Label, h.Weighted, h.Inconsistency, w.label, w.weighted, w.heuer)
		}
	}

	// Ratings, in ranking order (Harbour group, Norland, other, Estmark).
	wantRatings := [][]dossier.Rating{
		{"N", "II", "II", "CC"}, // Estmark undoubtedly did it: the group is of Estmark's side
		{"N", "N", "N", "II"},   // Estmark denies
		{"C", "I", "I", "N"},    // the group likely did it
		{"N", "N", "N", "I"},    // unlikely that Estmark ordered it
		{"N", "C", "N", "N"},    // Norland could have staged it
	}
	wantDiag := []int{4, 2, 2, 1, 1}
	for r, row := range m.Rows {
		for h, rt := range row.Ratings {
			if rt != wantRatings[r][h] {
				t.Errorf("row %d (%s) against %s = %s, want %s", r, row.Claim.ID, m.Hypotheses[h].Label, rt, wantRatings[r][h])
			}
		}
		if row.Diagnosticity != wantDiag[r] {
			t.Errorf("row %d diagnosticity %d, want %d", r, row.Diagnosticity, wantDiag[r])
		}
	}
	wantWeights := []float64{0.425, 0.425, 0.56, 0.7, 0.35}
	for r, row := range m.Rows {
		if !near(row.Weight, wantWeights[r]) || !near(row.Weight, row.Credibility*row.Relevance) {
			t.Errorf("row %d weight %v (cred %v rel %v), want %v", r, row.Weight, row.Credibility, row.Relevance, wantWeights[r])
		}
	}
	if !m.Rows[0].Interested || m.Rows[2].Interested || m.Rows[0].Reliability != "B" || m.Rows[2].Reliability != "C" {
		t.Errorf("row 0 interested %v grade %s; row 2 interested %v grade %s", m.Rows[0].Interested, m.Rows[0].Reliability, m.Rows[2].Interested, m.Rows[2].Reliability)
	}

	// Sensitivity: no single row moves the Harbour group from the lead;
	// dropping a2-c2 (weight 0.7) or a1-c2 (0.425) lifts Estmark above
	// Norland; the heavier is named.
	if s := m.Sensitivity; s.Row != 3 || s.Claim != "a2-c2" || s.LeaderChanges || s.Leader != "Harbour group" {
		t.Errorf("sensitivity = %+v, want row 3 (a2-c2), leader unchanged", s)
	}

	// The story carries the hypotheses in ranking order, with every row's
	// rating and the weighted score.
	hs := d.Stories[0].Hypotheses
	if len(hs) != 4 || hs[0].Agent != "harbour" || hs[2].Agent != "" || hs[2].Label != OtherLabel || !near(hs[3].Score, 1.55) {
		t.Fatalf("story hypotheses = %+v", hs)
	}
	if len(hs[3].Evidence) != 5 || hs[3].Evidence[1] != (dossier.Evidence{Claim: "a1-c2", Rating: "II"}) {
		t.Errorf("evidence of Estmark = %+v", hs[3].Evidence)
	}
}

// TestSensitivityLeader builds a story whose leader hangs on one claim.
func TestSensitivityLeader(t *testing.T) {
	d := &dossier.Dossier{
		Entities: []dossier.Entity{
			{ID: "x", Name: "X", Type: dossier.GPE}, {ID: "y", Name: "Y", Type: dossier.GPE},
			{ID: "obs", Name: "Observers", Type: dossier.Group}, {ID: "anon", Name: "A blogger", Type: dossier.Person},
		},
		Articles: []*dossier.Article{{ID: "a", Source: "Good Wire"}, {ID: "b", Source: "Unknown Blog"}},
		Analyses: map[string]*dossier.Analysis{
			"a": {Claims: []dossier.Claim{{ID: "a-c1", Article: "a", Holder: "obs", Agent: "x", Polarity: "+", Text: "X did it"}}},
			"b": {Claims: []dossier.Claim{{ID: "b-c1", Article: "b", Holder: "anon", Agent: "y", Polarity: "+", Text: "Y did it"}}},
		},
		Stories: []dossier.Story{{ID: "s", Articles: []string{"a", "b"}}},
	}
	m := Assess(d, Options{Reliability: map[string]string{"Good Wire": "A"}})[0]
	// X: II from the blog's claim (F 0.5) = 1.0; Y: II from the wire's (A 1.0) = 2.0.
	if m.Hypotheses[0].Label != "X" || !near(m.Hypotheses[0].Weighted, 1) || !near(m.Hypotheses[1].Weighted, 2) {
		t.Fatalf("hypotheses = %+v", m.Hypotheses)
	}
	if s := m.Sensitivity; s.Claim != "a-c1" || !s.LeaderChanges || s.NewLeader != "Y" {
		t.Errorf("sensitivity = %+v, want a-c1 changing the leader to Y", s)
	}
}

func TestRelayed(t *testing.T) {
	d := &dossier.Dossier{
		Entities: []dossier.Entity{
			{ID: "x", Name: "X", Type: dossier.GPE}, {ID: "off", Name: "X officials", Type: dossier.Group, Affiliation: "x"},
			{ID: "rep", Name: "Z reports", Type: dossier.Group}, {ID: "g", Name: "G", Type: dossier.Org},
		},
		Articles: []*dossier.Article{{ID: "a"}},
		Analyses: map[string]*dossier.Analysis{"a": {
			Statements: []dossier.Statement{{ID: "a-s1", Speaker: "rep"}},
			Claims: []dossier.Claim{{ID: "a-c1", Article: "a", Statement: "a-s1", Holder: "off", Agent: "g", Polarity: "+",
				Confidence: "low", Text: "G was behind it"}},
		}},
		Stories: []dossier.Story{{ID: "s", Articles: []string{"a"}}},
	}
	r := Assess(d, Options{})[0].Rows[0]
	// F 0.5 × low confidence 0.6; relayed through the reports: 0.75.
	if !r.Relayed || !near(r.Relevance, 0.75) || !near(r.Credibility, 0.3) || r.Reliability != "F" || r.Interested {
		t.Errorf("row = %+v", r)
	}
}

func TestAssessNoClaims(t *testing.T) {
	d := &dossier.Dossier{Stories: []dossier.Story{{ID: "s", Title: "Quiet"}}, Analyses: map[string]*dossier.Analysis{}}
	ms := Assess(d, Options{})
	if len(ms) != 1 || len(ms[0].Hypotheses) != 0 || d.Stories[0].Hypotheses != nil {
		t.Fatalf("matrices %+v, story hypotheses %+v", ms, d.Stories[0].Hypotheses)
	}
	var b bytes.Buffer
	if err := ms[0].WriteMarkdown(&b); err != nil || !strings.Contains(b.String(), "No responsibility claims") {
		t.Errorf("markdown = %q, %v", b.String(), err)
	}
}

func TestWriteMarkdown(t *testing.T) {
	d := fixture()
	m := Assess(d, opts)[0]
	var b bytes.Buffer
	if err := m.WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"### Attribution: Bombing at the Vesk power station",
		"not probabilities",
		"#### Hypothesis: Estmark was responsible",
		"#### Hypothesis: other / unknown",
		// evidence for and against, with holder, likelihood, outlet, date
		"- E1 [CC] Anna Brisk says Estmark was responsible: “Estmark was undoubtedly behind it” (almost certain; Wire A, 2025-01-02; repeated in 1 other article(s)) — interested party",
		"- E2 [II] Tomas Vell says Estmark was not responsible: “Estmark had nothing to do with it” (stated as fact; Wire A, 2025-01-02) — interested party",
		"(likely, moderate confidence; Paper B, 2025-01-03)",
		"Sensitivity: no single claim changes the leader; claim E4 (a2-c2)",
		"| # | Claim | Holder | Likelihood | Outlet, date | Cred. | Rel. | Diag. | H1 Harbour group | H2 Norland | H3 other / unknown | H4 Estmark |",
		"| | **Weighted inconsistency** | | | | | | | 0.00 | 1.41 | 1.41 | 1.55 |",
		"| | **Heuer inconsistency** | | | | | | | 0 | 3 | 3 | 3 |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q\n%s", want, out)
		}
	}
}

func TestGroupsOfOneSideAreOneHypothesis(t *testing.T) {
	d := &dossier.Dossier{
		Entities: []dossier.Entity{
			{ID: "k", Name: "Karvia", Type: dossier.GPE},
			{ID: "g1", Name: "Karvian group", Type: dossier.Group, Affiliation: "k"},
			{ID: "g2", Name: "Karvian special forces", Type: dossier.Group, Affiliation: "k"},
			{ID: "o", Name: "Observers", Type: dossier.Group},
		},
		Articles: []*dossier.Article{{ID: "a"}},
		Analyses: map[string]*dossier.Analysis{"a": {Claims: []dossier.Claim{
			{ID: "a-c1", Article: "a", Holder: "o", Agent: "g1", Polarity: "+", Certainty: "likely"},
			{ID: "a-c2", Article: "a", Holder: "o", Agent: "g2", Polarity: "+", Certainty: "likely"},
		}}},
		Stories: []dossier.Story{{ID: "s", Articles: []string{"a"}}},
	}
	m := Assess(d, Options{})[0]
	if len(m.Hypotheses) != 2 || m.Hypotheses[0].Label != "Karvian group" || len(m.Hypotheses[0].Also) != 1 {
		t.Fatalf("hypotheses = %+v", m.Hypotheses)
	}
	if r := m.Rows[1].Ratings[0]; r != dossier.Consistent {
		t.Errorf("special forces against the Karvian group hypothesis = %s, want C", r)
	}
}
