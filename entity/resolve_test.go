package entity

import (
	"strings"
	"testing"

	"dossier"
	"dossier/text"
)

// mentionsOf tags text with the default tagger, as the pipeline does.
func mentionsOf(s string) []dossier.Mention {
	return Default().Mentions(text.NewDoc(s))
}

// speakerAt makes a statement whose speaker is the first occurrence of
// speaker in s.
func speakerAt(s, speaker string) dossier.Statement {
	i := strings.Index(s, speaker)
	sp := dossier.Span{Start: i, End: i + len(speaker)}
	return dossier.Statement{SpeakerText: speaker, SpeakerSpan: sp, Sentence: dossier.Span{Start: i, End: i + len(speaker)}}
}

func TestResolveArticle(t *testing.T) {
	s := "Defence Minister Stefan Korvel said on Monday that Valdoria was behind the blast. " +
		"Korvel gave no evidence. Moscow rejected the claim, and the Kremlin said it would respond. " +
		"US officials said they were studying the images. Officials said the damage was severe. " +
		"“We will rebuild,” he said."
	mentions := mentionsOf(s)
	statements := []dossier.Statement{
		speakerAt(s, "Stefan Korvel"),
		speakerAt(s, "the Kremlin"),
		speakerAt(s, "US officials"),
		speakerAt(s, "Officials"),
		speakerAt(s, "he"),
	}
	// "he" is the last word-like "he" in the text: find the pronoun itself.
	i := strings.LastIndex(s, " he said")
	statements[4].SpeakerSpan = dossier.Span{Start: i + 1, End: i + 3}
	statements[4].Sentence = dossier.Span{Start: i - 20, End: len(s)}

	ents := ResolveArticle("a1", mentions, statements)
	byID := map[string]dossier.Entity{}
	for _, e := range ents {
		byID[e.ID] = e
	}
	name := func(i int) string { return byID[statements[i].Speaker].Name }
	if got := name(0); got != "Stefan Korvel" {
		t.Errorf("speaker 0 = %q, want Stefan Korvel", got)
	}
	if got := name(1); got != "Russia" {
		t.Errorf("the Kremlin resolved to %q, want Russia", got)
	}
	if got := name(2); got != "US officials" {
		t.Errorf("US officials resolved to %q", got)
	}
	if statements[3].Speaker != statements[2].Speaker {
		t.Errorf("bare 'Officials' resolved to %q, want the article's US officials", name(3))
	}
	if statements[4].Speaker != statements[0].Speaker && name(4) != "Stefan Korvel" {
		t.Errorf("'he' resolved to %q, want Stefan Korvel", name(4))
	}
	korvel := byID[statements[0].Speaker]
	if !contains(korvel.Aliases, "Korvel") {
		t.Errorf("Korvel aliases = %q, want the surname", korvel.Aliases)
	}
	us := byID[byID[statements[2].Speaker].Affiliation]
	if us.Name != "United States" {
		t.Errorf("US officials affiliated to %q", us.Name)
	}
	russia := byID[statements[1].Speaker]
	if !contains(russia.Aliases, "Moscow") {
		t.Errorf("Russia aliases = %q, want Moscow among them", russia.Aliases)
	}
}

func TestResolveCorpus(t *testing.T) {
	a := []dossier.Entity{
		{ID: "a/e1", Name: "Mykola Hrytsenkyy", Type: dossier.Person, Aliases: []string{"Hrytsenkyy"}, Affiliation: "a/e2"},
		{ID: "a/e2", Name: "Valdoria", Type: dossier.GPE, Aliases: []string{"Ostrel"}},
	}
	b := []dossier.Entity{
		{ID: "b/e1", Name: "Mykola Hrytsenky", Type: dossier.Person, Aliases: []string{"Hrytsenky"}},
		{ID: "b/e2", Name: "Valdoria", Type: dossier.GPE},
		{ID: "b/e3", Name: "Olena Hrytsenka", Type: dossier.Person},
	}
	canon, idOf := ResolveCorpus([][]dossier.Entity{a, b})
	if len(canon) != 3 {
		t.Fatalf("%d canonical entities, want 3: %+v", len(canon), canon)
	}
	if idOf["a/e1"] != idOf["b/e1"] || idOf["a/e2"] != idOf["b/e2"] || idOf["b/e3"] == idOf["b/e1"] {
		t.Errorf("merge map %v", idOf)
	}
	h := canon[0]
	for _, want := range []string{"Hrytsenkyy", "Hrytsenky", "Mykola Hrytsenky"} {
		if !contains(h.Aliases, want) {
			t.Errorf("aliases %q lack %q", h.Aliases, want)
		}
	}
	if h.Affiliation != idOf["a/e2"] || h.ID != "mykola-hrytsenkyy" {
		t.Errorf("canonical %+v", h)
	}
}

func TestFoldName(t *testing.T) {
	same := [][2]string{{"Hrytsenkyy", "Hrytsenky"}, {"Hrytsenkiy", "Hrytsenky"}, {"Orlov", "Orlov’s"}}
	for _, p := range same {
		if foldName(p[0]) != foldName(p[1]) {
			t.Errorf("foldName(%q) = %q, foldName(%q) = %q; want equal", p[0], foldName(p[0]), p[1], foldName(p[1]))
		}
	}
	if foldName("Hrytsenky") == foldName("Hrytsenka") {
		t.Error("different names folded alike")
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestEnsure(t *testing.T) {
	an := &dossier.Analysis{Article: "a9", Entities: []dossier.Entity{
		{ID: "a9/e1", Name: "Valdoria", Type: dossier.GPE},
		{ID: "a9/e2", Name: "Russia", Type: dossier.GPE, Aliases: []string{"the Kremlin"}},
	}}
	if id := Ensure(an, "the Kremlin", dossier.GPE, ""); id != "a9/e2" {
		t.Errorf("the Kremlin → %q, want Russia's a9/e2", id)
	}
	id := Ensure(an, "a Valdorian group", dossier.Group, "a9/e1")
	if id != "a9/e3" || an.Entities[2].Name != "Valdorian group" || an.Entities[2].Affiliation != "a9/e1" {
		t.Errorf("new group %q: %+v", id, an.Entities)
	}
	if again := Ensure(an, "the Valdorian group", dossier.Group, ""); again != id {
		t.Errorf("same group again → %q, want %q", again, id)
	}
}

func TestSurnameTypedAsPlaceLinksToPerson(t *testing.T) {
	s := "Minister Ana Lind spoke. Lind later denied it. Lind said no."
	mentions := []dossier.Mention{
		{Span: dossier.Span{Start: 9, End: 17}, Text: "Ana Lind", Type: dossier.Person},
		{Span: dossier.Span{Start: 25, End: 29}, Text: "Lind", Type: dossier.GPE},
	}
	st := []dossier.Statement{{SpeakerText: "Lind", SpeakerSpan: dossier.Span{Start: 47, End: 51}, Sentence: dossier.Span{Start: 47, End: len(s)}}}
	ents := ResolveArticle("a1", mentions, st)
	if len(ents) != 1 || mentions[1].Entity != ents[0].ID || st[0].Speaker != ents[0].ID {
		t.Errorf("entities %+v, mention → %q, speaker → %q; want all on Ana Lind", ents, mentions[1].Entity, st[0].Speaker)
	}
}

// TestShortBodyNameLinksToTheFullName checks that "the Front" after "the
// Free Vessa Front" is that body, and that a last word two bodies share
// stays a name of its own.
func TestShortBodyNameLinksToTheFullName(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		full   []string // the bodies named in full, in order
		short  string
		linked bool
	}{
		{"one body", "The Free Vessa Front struck. Later the Front denied it.", []string{"Free Vessa Front"}, "Front", true},
		{"two bodies end alike", "The World Fund and the Kessary Fund met. The Fund said no.", []string{"World Fund", "Kessary Fund"}, "Fund", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mentions []dossier.Mention
			for _, f := range tt.full {
				i := strings.Index(tt.text, f)
				mentions = append(mentions, dossier.Mention{Span: dossier.Span{Start: i, End: i + len(f)}, Text: f, Type: dossier.Org})
			}
			i := strings.LastIndex(tt.text, tt.short)
			mentions = append(mentions, dossier.Mention{Span: dossier.Span{Start: i, End: i + len(tt.short)}, Text: tt.short, Type: dossier.Org})
			ResolveArticle("a1", mentions, nil)
			short := mentions[len(mentions)-1]
			linked := short.Entity == mentions[0].Entity || len(tt.full) > 1 && short.Entity == mentions[1].Entity
			if linked != tt.linked {
				t.Errorf("%q resolved to %q (full names %q): linked %v, want %v", tt.short, short.Entity, mentions[0].Entity, linked, tt.linked)
			}
		})
	}
}

func TestItSaidLinksToTheBodyNamedLast(t *testing.T) {
	s := "The Lessa Monitoring Group published images on Friday. It said the blast began on the reservoir side."
	mentions := []dossier.Mention{{Span: dossier.Span{Start: 4, End: 25}, Text: "Lessa Monitoring Group", Type: dossier.Org}}
	i := strings.Index(s, "It said")
	st := []dossier.Statement{{SpeakerText: "It", SpeakerSpan: dossier.Span{Start: i, End: i + 2}, Sentence: dossier.Span{Start: i, End: len(s)}}}
	ents := ResolveArticle("a1", mentions, st)
	if len(ents) != 1 || st[0].Speaker != ents[0].ID {
		t.Errorf("'It' → %q, want the monitoring group %+v", st[0].Speaker, ents)
	}
}

// stmtAt makes a statement whose speaker is the n-th (from 0) occurrence
// of speaker in s, with the given content.
func stmtAt(s, speaker string, n int, content string) dossier.Statement {
	i := -1
	for k := 0; k <= n; k++ {
		i += 1 + strings.Index(s[i+1:], speaker)
	}
	c := strings.Index(s, content)
	return dossier.Statement{SpeakerText: speaker, SpeakerSpan: dossier.Span{Start: i, End: i + len(speaker)},
		Sentence: dossier.Span{Start: i, End: i + len(speaker)}, Content: dossier.Span{Start: c, End: c + len(content)}}
}

func TestDefiniteDescriptions(t *testing.T) {
	cases := []struct {
		name, text    string
		mentions      []string // ORG mentions, found in order
		speaker, want string
		nth           int
	}{
		{
			name:     "the group: a body named without the noun",
			text:     "A group calling itself the Free Lessa Front claimed the attack. Later the group said it acted alone.",
			mentions: []string{"Free Lessa Front"},
			speaker:  "the group", want: "Free Lessa Front",
		},
		{
			name:     "the ministry: the body whose name holds the noun",
			text:     "The Ministry of Water of Kessary met the Valdorian Rail Company on Monday. The ministry said the talks failed.",
			mentions: []string{"Ministry of Water", "Valdorian Rail Company"},
			speaker:  "The ministry", nth: 0, want: "Ministry of Water",
		},
		{
			name:    "a body by its proper name the tagger missed",
			text:    "The Orlen River Monitoring Group said the dam held.",
			speaker: "The Orlen River Monitoring Group", want: "Orlen River Monitoring Group",
		},
		{
			name:     "the group with nothing named stays unlinked",
			text:     "The group said the dam held.",
			speaker:  "The group",
			mentions: nil, want: "",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var mentions []dossier.Mention
			for _, m := range c.mentions {
				i := strings.Index(c.text, m)
				mentions = append(mentions, dossier.Mention{Span: dossier.Span{Start: i, End: i + len(m)}, Text: m, Type: dossier.Org})
			}
			st := []dossier.Statement{stmtAt(c.text, c.speaker, c.nth, "")}
			// The speaker phrase must be the one after the mentions.
			if c.name == "the ministry: the body whose name holds the noun" {
				i := strings.LastIndex(c.text, "The ministry")
				st[0].SpeakerSpan = dossier.Span{Start: i, End: i + len("The ministry")}
			}
			ents := ResolveArticle("a1", mentions, st)
			got := ""
			for _, e := range ents {
				if e.ID == st[0].Speaker {
					got = e.Name
				}
			}
			if got != c.want {
				t.Errorf("%q → %q, want %q", c.speaker, got, c.want)
			}
		})
	}
}

func TestTheMinisterLinksToTheTitledPerson(t *testing.T) {
	s := "Defence Minister Stefan Korvel visited the dam. The minister said the army was ready."
	mentions := []dossier.Mention{{Span: dossier.Span{Start: 17, End: 30}, Text: "Stefan Korvel", Type: dossier.Person, Title: "Defence Minister"}}
	i := strings.Index(s, "The minister")
	st := []dossier.Statement{{SpeakerText: "The minister", SpeakerSpan: dossier.Span{Start: i, End: i + 12}, Sentence: dossier.Span{Start: i, End: len(s)}}}
	ents := ResolveArticle("a1", mentions, st)
	if len(ents) != 1 || st[0].Speaker != ents[0].ID || ents[0].Name != "Stefan Korvel" {
		t.Errorf("'The minister' → %q, want Stefan Korvel %+v", st[0].Speaker, ents)
	}
}

func TestNestedSpeakerIsNotTheLastSpeaker(t *testing.T) {
	// "it" stands inside the officials' content: the "they" after it
	// goes on from the officials, not from the group.
	s := "Officials familiar with the case said on Monday the Front lies. Years ago it claimed a fire that was an accident, they said."
	mentions := []dossier.Mention{{Span: dossier.Span{Start: strings.Index(s, "Front"), End: strings.Index(s, "Front") + 5}, Text: "Front", Type: dossier.Group}}
	st := []dossier.Statement{
		stmtAt(s, "Officials familiar with the case", 0, "the Front lies"),
		stmtAt(s, "it", 0, "a fire that was an accident"),
		stmtAt(s, "they", 0, "Years ago it claimed a fire that was an accident"),
	}
	st[1].SpeakerSpan.Start = strings.Index(s, "it claimed")
	st[1].SpeakerSpan.End = st[1].SpeakerSpan.Start + 2
	st[2].Sentence = dossier.Span{Start: strings.Index(s, "Years"), End: len(s)}
	st[0].Sentence = dossier.Span{Start: 0, End: strings.Index(s, "Years")}
	ResolveArticle("a1", mentions, st)
	if st[2].Speaker == "" || st[2].Speaker != st[0].Speaker {
		t.Errorf("'they' → %q, want the officials %q (it → %q)", st[2].Speaker, st[0].Speaker, st[1].Speaker)
	}
}

func TestGovernmentOf(t *testing.T) {
	cases := []struct{ phrase, want string }{
		{"the government of the Republic of Kessary", "Republic of Kessary"},
		{"The Valdorian government", "Valdorian"},
		{"the Kessary government", "Kessary"},
		{"Kessary's government", "Kessary"},
		{"a government official", ""},
		{"government sources", ""},
		{"the government", ""},
		{"the new coalition government", ""},
	}
	for _, c := range cases {
		if got := governmentOf(c.phrase); got != c.want {
			t.Errorf("governmentOf(%q) = %q, want %q", c.phrase, got, c.want)
		}
	}
}

func TestGovernmentSpeaksForItsCountry(t *testing.T) {
	cases := []struct {
		text, speaker string
		mentions      []dossier.Mention
		want          string // the speaker entity's name and type, or "" for none
	}{
		{
			text:     "The government of the Republic of Marvania blamed its neighbour. Marvania closed the border.",
			speaker:  "The government of the Republic of Marvania",
			mentions: []dossier.Mention{{Span: dossier.Span{Start: 66, End: 74}, Text: "Marvania", Type: dossier.GPE}},
			want:     "Marvania GPE",
		},
		{
			text:    "The French government denied any role.",
			speaker: "The French government",
			want:    "France GPE",
		},
		{
			text:    "The Germany government denied any role.",
			speaker: "The Germany government",
			want:    "Germany GPE",
		},
		{
			text:    "The Zorlandian government denied any role.",
			speaker: "The Zorlandian government",
			want:    "", // not a known place: no country is made up
		},
	}
	for _, c := range cases {
		st := []dossier.Statement{speakerAt(c.text, c.speaker)}
		ents := ResolveArticle("a1", c.mentions, st)
		got := ""
		for _, e := range ents {
			if e.ID == st[0].Speaker {
				got = e.Name + " " + string(e.Type)
			}
		}
		if c.want == "" {
			if st[0].Speaker != "" && strings.HasSuffix(got, "GPE") {
				t.Errorf("%q → %s, want no country", c.speaker, got)
			}
			continue
		}
		if got != c.want {
			t.Errorf("%q → %q, want %q", c.speaker, got, c.want)
		}
	}
}

func TestDescribedBody(t *testing.T) {
	cases := []struct{ phrase, want string }{
		{"the state operator KessHydro", "KessHydro"},
		{"the public broadcaster Radio Meridia", "Radio Meridia"},
		{"the company", ""},
		{"the operator of the dam", ""},
		{"the minister Ana Ruiz", ""}, // a person's title, not a body's
		{"state operator KessHydro", ""},
		{"the state operator KessHydro and its union", ""},
	}
	for _, c := range cases {
		if got := describedBody(c.phrase); got != c.want {
			t.Errorf("describedBody(%q) = %q, want %q", c.phrase, got, c.want)
		}
	}
}

func TestStripDeterminers(t *testing.T) {
	for in, want := range map[string]string{
		"the officials":             "officials",
		"one of the officials":      "officials",
		"two of the three monitors": "monitors",
		"Secretary of State":        "Secretary of State",
		"the Bank of Valdoria":      "Bank of Valdoria",
		"the":                       "the",
	} {
		if got := stripDeterminers(in); got != want {
			t.Errorf("stripDeterminers(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIndefiniteGroupSpeaker(t *testing.T) {
	for _, tc := range []struct {
		speaker, want string
	}{
		{"an independent monitoring group", "independent monitoring group"},
		{"a group of protesters", ""},
	} {
		s := "The dam failed from the reservoir side, " + tc.speaker + " said on Friday."
		st := []dossier.Statement{speakerAt(s, tc.speaker)}
		ents := ResolveArticle("a1", mentionsOf(s), st)
		got := ""
		for _, e := range ents {
			if e.ID == st[0].Speaker {
				got = e.Name
				if e.Type != dossier.Group {
					t.Errorf("%q: type %s, want GROUP", tc.speaker, e.Type)
				}
			}
		}
		if got != tc.want {
			t.Errorf("%q resolved to %q, want %q", tc.speaker, got, tc.want)
		}
	}
}
