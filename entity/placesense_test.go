package entity

import (
	"strings"
	"testing"

	"dossier"
)

// spansOf finds each name in words (a space-separated text) and gives it
// the type the tagger would have: the test sets up the tagger's mistakes
// and checks what the document's other contexts make of them.
func spansOf(words []string, names map[string]dossier.EntityType) []span {
	var out []span
	for i := 0; i < len(words); i++ {
		for name, typ := range names {
			nw := strings.Fields(name)
			if i+len(nw) <= len(words) && strings.Join(words[i:i+len(nw)], " ") == name {
				out = append(out, span{start: i, end: i + len(nw), typ: typ})
				i += len(nw) - 1
				break
			}
		}
	}
	return out
}

func TestPlaceSense(t *testing.T) {
	P, O, G := dossier.Person, dossier.Org, dossier.GPE
	tests := []struct {
		name  string
		text  string
		typed map[string]dossier.EntityType // the tagger's types
		want  map[string]dossier.EntityType // every occurrence, after
	}{
		{"compass adjective", "Floods hit northern Marvessa . Marvessa asked for help .",
			map[string]dossier.EntityType{"Marvessa": P}, map[string]dossier.EntityType{"Marvessa": G}},
		{"state noun after a possessive", "Marvessa ’s defence minister spoke . Marvessa denied it .",
			map[string]dossier.EntityType{"Marvessa": P}, map[string]dossier.EntityType{"Marvessa": G}},
		{"possessive and an organisation", "Marvessa 's armed forces moved . We call on Marvessa to stop .",
			map[string]dossier.EntityType{"Marvessa": O}, map[string]dossier.EntityType{"Marvessa": G}},
		{"republic of", "the Republic of Marvessa said so . Marvessa was grateful .",
			map[string]dossier.EntityType{"Republic of Marvessa": O, "Marvessa": P},
			map[string]dossier.EntityType{"Republic of Marvessa": G, "Marvessa": G}},
		{"in twice, for a name tagged a person", "a briefing in Tolvik . Tolvik has not allowed it . Families in Tolvik wait .",
			map[string]dossier.EntityType{"Tolvik": P}, map[string]dossier.EntityType{"Tolvik": G}},
		{"in once is confidence in a person", "voters lost confidence in Halvard . Halvard said so .",
			map[string]dossier.EntityType{"Halvard": P}, map[string]dossier.EntityType{"Halvard": P}},
		{"in before a possessive", "a holiday in Marta 's Vineyard . in Marta 's garden . Marta left .",
			map[string]dossier.EntityType{"Marta": P}, map[string]dossier.EntityType{"Marta": P}},
		{"a modifier, not a state's noun", "Halvard 's border wall . Halvard 's military adviser spoke .",
			map[string]dossier.EntityType{"Halvard": P}, map[string]dossier.EntityType{"Halvard": P}},
		{"a state's noun ending its phrase", "Halvard 's military , Halvard said .",
			map[string]dossier.EntityType{"Halvard": P}, map[string]dossier.EntityType{"Halvard": G}},
		{"in is not enough for an organisation", "a vote in Senatra . Senatra passed the bill .",
			map[string]dossier.EntityType{"Senatra": O}, map[string]dossier.EntityType{"Senatra": O}},
		{"between a place and a name", "talks between Tolvik and Dresk failed . Dresk said no .",
			map[string]dossier.EntityType{"Tolvik": G, "Dresk": P}, map[string]dossier.EntityType{"Tolvik": G, "Dresk": G}},
		{"a surname of a full name stays a person", "Anna Brisk spoke in northern Valdoria . Brisk said in Brisk ...",
			map[string]dossier.EntityType{"Anna Brisk": P, "Brisk": P, "Valdoria": G},
			map[string]dossier.EntityType{"Anna Brisk": P, "Brisk": P, "Valdoria": G}},
		{"a title makes a person", "Mr. Halden visited . He met people in Halden .",
			map[string]dossier.EntityType{"Halden": P}, map[string]dossier.EntityType{"Halden": P}},
		{"no evidence, no change", "Korsa said the talks failed . Korsa left .",
			map[string]dossier.EntityType{"Korsa": P}, map[string]dossier.EntityType{"Korsa": P}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			words := strings.Fields(tc.text)
			got := placeSense(spansOf(words, tc.typed), words)
			for _, sp := range got {
				name := strings.Join(words[sp.start:sp.end], " ")
				if want, ok := tc.want[name]; ok && sp.typ != want {
					t.Errorf("%q at %d: %s, want %s", name, sp.start, sp.typ, want)
				}
			}
		})
	}
}

func TestPlaceSenseBetween(t *testing.T) {
	// Neither name is tagged a place; "in Tolvik" twice makes Tolvik one,
	// and that carries over to its partner.
	words := strings.Fields("relations between Tolvik and Dresk are poor . a briefing in Tolvik . Families in Tolvik wait . Dresk denied it .")
	got := placeSense(spansOf(words, map[string]dossier.EntityType{"Tolvik": dossier.Person, "Dresk": dossier.Person}), words)
	for _, sp := range got {
		if sp.typ != dossier.GPE {
			t.Errorf("%s at %d: %s, want GPE", words[sp.start], sp.start, sp.typ)
		}
	}
}

func TestStateName(t *testing.T) {
	for in, want := range map[string]string{
		"Republic of Marvessa":       "Marvessa",
		"the Kingdom of Halden":      "Halden",
		"Republic of South Marvessa": "South Marvessa",
		"Marvessa":                   "Marvessa",
		"Republic of the poor":       "Republic of the poor",
		"Bank of Marvessa":           "Bank of Marvessa",
		"Czech Republic":             "Czech Republic",
	} {
		if got := stateName(in); got != want {
			t.Errorf("stateName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestResolveCorpusMergesLoneNames(t *testing.T) {
	arts := [][]dossier.Entity{
		{
			{ID: "a/e1", Name: "Marvessa", Type: dossier.GPE},
			{ID: "a/e2", Name: "Free Dresk Front", Type: dossier.Org},
			{ID: "a/e3", Name: "Anna Brisk", Type: dossier.Person},
		},
		{
			{ID: "b/e1", Name: "Marvessa", Type: dossier.Person},          // the tagger's misreading
			{ID: "b/e2", Name: "TOLVIK", Type: dossier.Org},               // a dateline
			{ID: "b/e3", Name: "Free Dresk Front", Type: dossier.Group},   // the group rule's reading
			{ID: "b/e4", Name: "Brisk", Type: dossier.Person},             // a surname: stays a person
			{ID: "b/e5", Name: "Republic of Marvessa", Type: dossier.GPE}, // the long form
		},
		{
			{ID: "c/e1", Name: "Tolvik", Type: dossier.GPE},
			{ID: "c/e2", Name: "Marvessa", Type: dossier.Org}, // read as a company for its "it"
		},
	}
	canon, idOf := ResolveCorpus(arts)
	same := func(a, b string) {
		t.Helper()
		if idOf[a] != idOf[b] {
			t.Errorf("%s → %s and %s → %s: want one entity", a, idOf[a], b, idOf[b])
		}
	}
	same("a/e1", "b/e1")
	same("a/e1", "b/e5")
	same("a/e1", "c/e2")
	same("b/e2", "c/e1")
	same("a/e2", "b/e3")
	same("a/e3", "b/e4")
	types := map[string]dossier.EntityType{}
	for _, e := range canon {
		types[e.ID] = e.Type
	}
	for id, want := range map[string]dossier.EntityType{"a/e1": dossier.GPE, "b/e2": dossier.GPE, "a/e2": dossier.Org, "b/e4": dossier.Person} {
		if got := types[idOf[id]]; got != want {
			t.Errorf("%s is %s, want %s", id, got, want)
		}
	}
	if len(canon) != 4 {
		t.Errorf("%d canonical entities, want 4: %+v", len(canon), canon)
	}
}

func TestAppositivePersonIsTheSpeaker(t *testing.T) {
	s := "Halden’s foreign minister, Karin Albescu, said on Thursday that talks would resume."
	mentions := mentionsOf(s)
	st := speakerAt(s, "Halden’s foreign minister")
	cue := strings.Index(s, "said")
	st.CueSpan = dossier.Span{Start: cue, End: cue + 4}
	statements := []dossier.Statement{st}
	ents := ResolveArticle("a1", mentions, statements)
	for _, e := range ents {
		if e.ID != statements[0].Speaker {
			continue
		}
		if e.Name != "Karin Albescu" {
			t.Errorf("speaker = %q, want Karin Albescu", e.Name)
		}
		if contains(e.Aliases, st.SpeakerText) || !contains(e.Titles, st.SpeakerText) {
			t.Errorf("aliases %q, titles %q: the description is a title, not a name", e.Aliases, e.Titles)
		}
		return
	}
	t.Errorf("no speaker for %q (mentions %+v)", st.SpeakerText, mentions)
}
