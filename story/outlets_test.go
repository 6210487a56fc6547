package story

import (
	"testing"

	"dossier"
)

func TestOutlets(t *testing.T) {
	d := &dossier.Dossier{
		Articles: []*dossier.Article{
			{ID: "a1", Source: "Harbor Gazette"},
			{ID: "a2", Source: "Meridian Wire"},
		},
		Analyses: map[string]*dossier.Analysis{
			"a1": {
				Statements: []dossier.Statement{
					{Speaker: "korvel", Text: "Valdoria was undoubtedly behind the blast"},
					{Speaker: "lunne", Text: "no explosives were stored at the dam"},
				},
				Claims: []dossier.Claim{{Holder: "korvel", Agent: "valdoria", Polarity: dossier.Responsible}},
			},
			"a2": {
				Statements: []dossier.Statement{{Speaker: "korvel", Text: "Valdoria was behind the blast, he said"}},
				Claims: []dossier.Claim{
					{Holder: "korvel", Agent: "valdoria", Polarity: dossier.Responsible},
					{Holder: "valesh", Agent: "valdoria", Polarity: dossier.NotResponsible},
				},
			},
		},
		Copies: map[string][]dossier.Copy{"a2": {{Source: "Lakeside Courier"}}},
	}
	v := Outlets(d, dossier.Story{ID: "s1", Articles: []string{"a1", "a2"}})
	if len(v.Outlets) != 3 {
		t.Fatalf("outlets %+v, want 3 (a copy counts for its outlet)", v.Outlets)
	}
	if len(v.Statements) != 2 {
		t.Fatalf("statement groups %+v, want Korvel's two tellings as one", v.Statements)
	}
	korvel, lunne := v.Statements[0], v.Statements[1]
	if len(korvel.Outlets) != 3 || korvel.Only {
		t.Errorf("Korvel's statement carried by %v", korvel.Outlets)
	}
	if !lunne.Only || lunne.Outlets[0] != "Harbor Gazette" {
		t.Errorf("Lunne's statement: %+v, want only in Harbor Gazette", lunne)
	}
	if len(v.Claims) != 2 || len(v.Contradictions) != 1 {
		t.Fatalf("claims %+v, contradictions %+v", v.Claims, v.Contradictions)
	}
	c := v.Contradictions[0]
	if c.Agent != "valdoria" || c.For.Holder != "korvel" || c.Against.Holder != "valesh" || c.SameHolders {
		t.Errorf("contradiction %+v", c)
	}
}
