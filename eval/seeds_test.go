package eval

import (
	"math"
	"testing"

	"dossier/export"
)

func TestContentF1(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"The dam broke", "the dam broke", 1},
		{"“It’s over,” he said", "\"it's over\"", 2 * (3.0 / 5) * 1 / (3.0/5 + 1)},
		{"nothing shared", "at all", 0},
		{"", "x", 0},
	}
	for _, tt := range tests {
		if got := contentF1(tt.a, tt.b); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("contentF1(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestScoreSeedsOnGold scores an export made from the gold itself: every
// measure must be perfect, and dropping statements must lower recall only.
func TestScoreSeedsOnGold(t *testing.T) {
	g, err := ReadSeedsGold("../../shared/gold/seeds.json")
	if err != nil {
		t.Skipf("seeds gold not available: %v", err)
	}
	d := &export.Dossier{Format: export.FormatV1}
	for k, a := range g.Articles {
		file := k
		d.Articles = append(d.Articles, export.Article{ID: k, Title: a.Title, File: &file, Source: a.Source, Published: a.Published})
	}
	for id, e := range g.Entities {
		var aff *string
		if e.Affiliation != "" {
			a := e.Affiliation
			aff = &a
		}
		d.Entities = append(d.Entities, export.Entity{ID: id, Name: e.Name, Type: e.Type, Aliases: e.Aliases, Affiliation: aff})
	}
	for _, s := range g.Statements {
		speaker := s.Speaker
		d.Statements = append(d.Statements, export.Statement{ID: s.ID, Article: s.Article, Speaker: &speaker, Kind: s.Kind, Text: s.Text})
	}
	for _, c := range g.Claims {
		holder := c.Holder
		d.Claims = append(d.Claims, export.Claim{ID: c.ID, Article: c.Article, Holder: &holder, Agent: c.Agent, Polarity: c.Polarity})
	}
	st := export.Story{ID: "s1", Articles: g.Story.Articles}
	for _, a := range g.Story.HypothesesAgent {
		agent := a
		st.Hypotheses = append(st.Hypotheses, export.Hypothesis{Agent: &agent})
	}
	d.Stories = []export.Story{st}

	r := ScoreSeeds(g, d)
	if r.Recall != 1 || r.Precision != 1 || r.SpeakerAcc != 1 || r.ClaimRecallSide != 1 || r.ClaimPrecisionSide != 1 || !r.StoryOK || r.HypCoverage != 1 {
		t.Errorf("gold scored against itself: %+v", r)
	}
	if r.ArticlesFound != 2 {
		t.Errorf("articles found %d, want 2", r.ArticlesFound)
	}
	d.Statements = d.Statements[:len(d.Statements)/2]
	r = ScoreSeeds(g, d)
	if r.Recall > 0.6 || r.Precision != 1 {
		t.Errorf("half the statements: recall %.2f precision %.2f", r.Recall, r.Precision)
	}
}
