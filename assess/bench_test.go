package assess

import (
	"fmt"
	"testing"

	"dossier"
)

// benchDossier is a story of 20 articles with 6 claims each, about 8
// agents: a busy story.
func benchDossier() *dossier.Dossier {
	d := &dossier.Dossier{Analyses: map[string]*dossier.Analysis{}}
	for i := 0; i < 8; i++ {
		d.Entities = append(d.Entities, dossier.Entity{ID: fmt.Sprintf("ag%d", i), Name: fmt.Sprintf("Agent %d", i), Type: dossier.GPE})
		d.Entities = append(d.Entities, dossier.Entity{ID: fmt.Sprintf("h%d", i), Name: fmt.Sprintf("Holder %d", i), Type: dossier.Person, Affiliation: fmt.Sprintf("ag%d", i)})
	}
	terms := []string{"", "almost certain", "likely", "roughly even chance", "unlikely"}
	st := dossier.Story{ID: "s1", Title: "A busy story"}
	for a := 0; a < 20; a++ {
		id := fmt.Sprintf("a%d", a)
		d.Articles = append(d.Articles, &dossier.Article{ID: id, Source: fmt.Sprintf("Outlet %d", a%4), Story: "s1"})
		st.Articles = append(st.Articles, id)
		an := &dossier.Analysis{Article: id}
		for c := 0; c < 6; c++ {
			pol := dossier.Responsible
			if (a+c)%3 == 0 {
				pol = dossier.NotResponsible
			}
			an.Claims = append(an.Claims, dossier.Claim{
				ID: fmt.Sprintf("%s-c%d", id, c), Article: id, Holder: fmt.Sprintf("h%d", (a+c)%8),
				Agent: fmt.Sprintf("ag%d", (a*c+1)%8), Polarity: pol, Certainty: terms[(a+c)%len(terms)],
				Text: fmt.Sprintf("claim %d of article %d", c, a),
			})
		}
		d.Analyses[id] = an
	}
	d.Stories = []dossier.Story{st}
	return d
}

func BenchmarkAssess(b *testing.B) {
	d := benchDossier()
	o := Options{Reliability: map[string]string{"Outlet 0": "B", "Outlet 1": "C"}}
	b.ReportAllocs()
	for b.Loop() {
		Assess(d, o)
	}
}
