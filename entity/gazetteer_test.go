package entity

import (
	"slices"
	"testing"

	"dossier"
)

func TestLookupPlace(t *testing.T) {
	tests := []struct {
		name    string
		country string
		kind    PlaceKind
		typ     dossier.EntityType
	}{
		{"Ukraine", "Ukraine", Country, dossier.GPE},
		{"Russian Federation", "Russia", Country, dossier.GPE},
		{"Russia", "Russia", Country, dossier.GPE},
		{"United States of America", "United States", Country, dossier.GPE},
		{"US", "United States", Alias, dossier.GPE},
		{"U.S.", "United States", Alias, dossier.GPE},
		{"Britain", "United Kingdom", Alias, dossier.GPE},
		{"UK", "United Kingdom", Alias, dossier.GPE},
		{"Kyiv", "Ukraine", Capital, dossier.GPE},
		{"Kiev", "Ukraine", Capital, dossier.GPE},
		{"Washington", "United States", Capital, dossier.GPE},
		{"Beijing", "China", Capital, dossier.GPE},
		{"Tehran", "Iran", Capital, dossier.GPE},
		{"Ukrainian", "Ukraine", Demonym, dossier.Other},
		{"British", "United Kingdom", Demonym, dossier.Other},
		{"American", "United States", Demonym, dossier.Other},
		{"Ukrainians", "Ukraine", Plural, dossier.Other},
		{"the Kremlin", "Russia", Metonym, dossier.GPE},
		{"The White House", "United States", Metonym, dossier.GPE},
		{"Downing Street", "United Kingdom", Metonym, dossier.GPE},
		{"Number 10", "United Kingdom", Metonym, dossier.GPE},
		{"the Élysée", "France", Metonym, dossier.GPE},
		{"the Pentagon", "United States", Institution, dossier.Org},
		{"State Department", "United States", Institution, dossier.Org},
		{"Foggy Bottom", "United States", Institution, dossier.Org},
		{"Côte d’Ivoire", "Ivory Coast", Country, dossier.GPE},
		{"  South   Korea ", "South Korea", Country, dossier.GPE},
		{"KREMLIN", "Russia", Metonym, dossier.GPE},
		{"Georgia", "Georgia", Country, dossier.GPE}, // the country before the US state
		{"Kharkiv", "Ukraine", City, dossier.GPE},
	}
	for _, tt := range tests {
		p, ok := LookupPlace(tt.name)
		if !ok {
			t.Errorf("LookupPlace(%q): not found", tt.name)
			continue
		}
		if p.Country != tt.country || p.Kind != tt.kind || p.EntityType() != tt.typ {
			t.Errorf("LookupPlace(%q) = %+v (%s), want %s %s %s", tt.name, p, p.EntityType(), tt.country, tt.kind, tt.typ)
		}
		if p.Code == "" {
			t.Errorf("LookupPlace(%q): no code", tt.name)
		}
	}
	for _, name := range []string{"china", "turkey", "Us", "officials", "", "the", "Korvel"} {
		if p, ok := LookupPlace(name); ok {
			t.Errorf("LookupPlace(%q) = %+v, want not found", name, p)
		}
	}
}

func TestDemonymPlurals(t *testing.T) {
	pl := DemonymPlurals()
	for _, w := range []string{"Ukrainians", "Russians", "Americans", "Britons"} {
		if !slices.Contains(pl, w) {
			t.Errorf("DemonymPlurals lacks %q", w)
		}
	}
	pl[0] = "changed"
	if DemonymPlurals()[0] == "changed" {
		t.Error("DemonymPlurals returns the gazetteer's own slice")
	}
}

func TestIsTitleWord(t *testing.T) {
	for _, w := range []string{"President", "spokesman", "Gen.", "Minister", "Secretary", "Mr."} {
		if !IsTitleWord(w) {
			t.Errorf("IsTitleWord(%q) = false", w)
		}
	}
	for _, w := range []string{"Korvel", "said", "the"} {
		if IsTitleWord(w) {
			t.Errorf("IsTitleWord(%q) = true", w)
		}
	}
}
