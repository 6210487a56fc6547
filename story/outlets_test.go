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

// TestOutletsStances checks that each claim group says which outlets
// support, dispute or report it.
func TestOutletsStances(t *testing.T) {
	d := &dossier.Dossier{
		Articles: []*dossier.Article{
			{ID: "a1", Source: "The Northern Ledger", Title: "Valdorian saboteurs blew up the Korvel bridge",
				Text: "Valdoria was behind the attack on the Korvel bridge. Valdorian commandos placed the charges that blew up the Korvel bridge, investigators confirmed, and the evidence proved the attack on the bridge was planned in Valdoria."},
			{ID: "a2", Source: "Harbor Gazette", Title: "Valdoria denies any role in Korvel bridge attack",
				Text: "Valdoria denied on Friday that it was behind the attack on the Korvel bridge, calling the accusation baseless. \"We had nothing to do with the attack on the Korvel bridge,\" its foreign ministry said."},
			{ID: "a3", Source: "Meridian Wire", Title: "Dornau opens winter market",
				Text: "The winter market in Dornau opened on Saturday with two hundred stalls. Organisers expect fifty thousand visitors before the new year."},
		},
		Analyses: map[string]*dossier.Analysis{
			"a1": {Claims: []dossier.Claim{{ID: "a1-c1", Holder: "", Agent: "valdoria", Event: "the attack on the Korvel bridge", Polarity: dossier.Responsible}}},
			"a2": {Claims: []dossier.Claim{{ID: "a2-c1", Holder: "valdoria", Agent: "valdoria", Event: "the attack on the Korvel bridge", Polarity: dossier.NotResponsible}}},
		},
		Entities: []dossier.Entity{{ID: "valdoria", Name: "Valdoria"}},
	}
	v := Outlets(d, dossier.Story{ID: "s1", Articles: []string{"a1", "a2", "a3"}})
	if len(v.Claims) != 2 {
		t.Fatalf("claim groups %+v", v.Claims)
	}
	tests := []struct {
		group                    int
		supported, disputed, rep []string
	}{
		{0, []string{"The Northern Ledger"}, []string{"Harbor Gazette"}, nil},
		{1, []string{"Harbor Gazette"}, []string{"The Northern Ledger"}, nil},
	}
	for _, tt := range tests {
		r := v.Claims[tt.group]
		if !equal(r.SupportedBy, tt.supported) || !equal(r.DisputedBy, tt.disputed) || !equal(r.ReportedBy, tt.rep) {
			t.Errorf("claim %s: supported by %v, disputed by %v, reported by %v; want %v, %v, %v",
				r.Claim.ID, r.SupportedBy, r.DisputedBy, r.ReportedBy, tt.supported, tt.disputed, tt.rep)
		}
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
