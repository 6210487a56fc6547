package analyze

import (
	"testing"

	"dossier"
)

func TestLinkCorpusNamesUnresolvedSpeakers(t *testing.T) {
	// Article b names its speakers without its analysis typing them;
	// article a knows "Marvessa" as a place. Only a name exactly one
	// entity carries is linked.
	d := &dossier.Dossier{
		Articles: []*dossier.Article{{ID: "a"}, {ID: "b"}},
		Analyses: map[string]*dossier.Analysis{
			"a": {Article: "a", Sentences: []dossier.Span{{Start: 0, End: 40}, {Start: 41, End: 80}}, Entities: []dossier.Entity{
				{ID: "a/e1", Name: "Marvessa", Type: dossier.GPE, Mentions: []dossier.Mention{{Article: "a", Span: dossier.Span{Start: 12, End: 20}}}},
				// Tagged only where it opens a sentence: no evidence
				// that the word is a name.
				{ID: "a/e4", Name: "Economy", Type: dossier.Org, Mentions: []dossier.Mention{{Article: "a", Span: dossier.Span{Start: 41, End: 48}}}},
				{ID: "a/e2", Name: "Anna Brisk", Type: dossier.Person, Aliases: []string{"Brisk"}},
				{ID: "a/e3", Name: "Jon Brisk", Type: dossier.Person, Aliases: []string{"Brisk"}},
			}},
			"b": {Article: "b",
				Statements: []dossier.Statement{
					{ID: "b-s1", SpeakerText: "Marvessa"},
					{ID: "b-s2", SpeakerText: "Brisk"},   // two people carry it
					{ID: "b-s3", SpeakerText: "Tolvik"},  // nobody does
					{ID: "b-s4", SpeakerText: "it"},      // a pronoun is never matched by name
					{ID: "b-s5", SpeakerText: ""},        // no speaker named
					{ID: "b-s6", SpeakerText: "Economy"}, // a sentence\'s first word
				},
				Claims: []dossier.Claim{{Statement: "b-s1"}, {Statement: "b-s3"}},
			},
		},
	}
	LinkCorpus(d)
	st := d.Analyses["b"].Statements
	var marvessa string
	for _, e := range d.Entities {
		if e.Name == "Marvessa" {
			marvessa = e.ID
		}
	}
	want := []string{marvessa, "", "", "", "", ""}
	for i, s := range st {
		if s.Speaker != want[i] {
			t.Errorf("%s (%q): speaker %q, want %q", s.ID, s.SpeakerText, s.Speaker, want[i])
		}
	}
	if c := d.Analyses["b"].Claims; c[0].Holder != marvessa || c[1].Holder != "" {
		t.Errorf("claim holders %q, %q; want %q, \"\"", c[0].Holder, c[1].Holder, marvessa)
	}
}
