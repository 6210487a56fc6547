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
