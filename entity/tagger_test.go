package entity

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"testing"

	"dossier"
	"dossier/text"
)

// want is one mention a test expects: its text, type and title.
type want struct {
	text  string
	typ   dossier.EntityType
	title string
}

// The sentences are written for these tests; the names are made up, so
// that the tagger cannot have seen them in training.
func TestMentions(t *testing.T) {
	tests := []struct {
		text string
		want []want
		not  []string // texts that must not be a mention
	}{
		{
			text: "Defence Minister Stefan Korvel said on Tuesday that the attack was planned in Moscow.",
			want: []want{{"Stefan Korvel", dossier.Person, "Defence Minister"}, {"Moscow", dossier.GPE, ""}},
			not:  []string{"Defence Minister Stefan Korvel", "Tuesday"},
		},
		{
			text: "White House National Security spokesman Tom Marten told reporters that US officials familiar with the assessment believed the drones came from Ukraine.",
			want: []want{
				{"Tom Marten", dossier.Person, "White House National Security spokesman"},
				{"White House", dossier.GPE, ""},
				{"US officials familiar with the assessment", dossier.Group, ""},
				{"Ukraine", dossier.GPE, ""},
			},
		},
		{
			text: "Kremlin spokesperson Ivan Orlov said the Kremlin would respond.",
			want: []want{{"Ivan Orlov", dossier.Person, "Kremlin spokesperson"}, {"Kremlin", dossier.GPE, ""}},
		},
		{
			text: "British Foreign Secretary James Cleverly met Ukrainian President Volodymyr Hrytsenko in Kyiv.",
			want: []want{
				{"James Cleverly", dossier.Person, "British Foreign Secretary"},
				{"Volodymyr Hrytsenko", dossier.Person, "Ukrainian President"},
				{"Kyiv", dossier.GPE, ""},
			},
		},
		{
			text: "A senior administration official said sources familiar with the investigation had warned Washington.",
			want: []want{
				{"A senior administration official", dossier.Group, ""},
				{"sources familiar with the investigation", dossier.Group, ""},
				{"Washington", dossier.GPE, ""},
			},
		},
		{
			text: "The Ukrainian military denied it, while analysts and witnesses in Kharkiv said residents heard explosions.",
			want: []want{
				{"The Ukrainian military", dossier.Group, ""},
				{"analysts", dossier.Group, ""},
				{"witnesses", dossier.Group, ""},
				{"residents", dossier.Group, ""},
				{"Kharkiv", dossier.GPE, ""},
			},
		},
		{
			text: "Officials from the Pentagon and the State Department met diplomats in Brussels.",
			want: []want{
				{"Pentagon", dossier.Org, ""},
				{"State Department", dossier.Org, ""},
				{"diplomats", dossier.Group, ""},
				{"Brussels", dossier.GPE, ""},
			},
		},
		{
			text: "Officials close to the investigation said that Downing Street and the Élysée were consulted.",
			want: []want{
				{"Officials close to the investigation", dossier.Group, ""},
				{"Downing Street", dossier.GPE, ""},
				{"Élysée", dossier.GPE, ""},
			},
		},
		{
			text: "One source familiar with the investigation said the Russian Defence Ministry was informed.",
			want: []want{{"One source familiar with the investigation", dossier.Group, ""}},
		},
		{
			// A singular head with a name in apposition is a title.
			text: "The Vessa Front's commander, Dmitry Kavan, said his fighters had struck the dam.",
			want: []want{{"Dmitry Kavan", dossier.Person, ""}},
			not:  []string{"The Vessa Front's commander", "Vessa Front's commander"},
		},
		{
			text: "Marta Vilk, a spokeswoman for Norland Energy, said the official figures were wrong.",
			want: []want{{"Marta Vilk", dossier.Person, ""}, {"Norland Energy", dossier.Org, ""}},
			not:  []string{"official", "official figures"},
		},
		{
			// A name after a title word is not a group.
			text: "The spokesman Ilan Brodsky declined to comment.",
			want: []want{{"Ilan Brodsky", dossier.Person, "spokesman"}},
			not:  []string{"The spokesman"},
		},
	}
	tg := Default()
	for _, tt := range tests {
		doc := text.NewDoc(tt.text)
		ms := tg.Mentions(doc)
		checkMentions(t, doc, ms)
		for _, w := range tt.want {
			found := false
			for _, m := range ms {
				if m.Text == w.text {
					found = true
					if m.Type != w.typ || m.Title != w.title {
						t.Errorf("%q: mention %q is %s title %q, want %s title %q", tt.text, m.Text, m.Type, m.Title, w.typ, w.title)
					}
				}
			}
			if !found {
				t.Errorf("%q: no mention %q (%s); got %s", tt.text, w.text, w.typ, describeMentions(ms))
			}
		}
		for _, n := range tt.not {
			for _, m := range ms {
				if m.Text == n {
					t.Errorf("%q: unexpected mention %q (%s)", tt.text, n, m.Type)
				}
			}
		}
	}
}

func describeMentions(ms []dossier.Mention) string {
	var b strings.Builder
	for _, m := range ms {
		b.WriteString(string(m.Type) + "[" + m.Text + "] ")
	}
	return b.String()
}

// checkMentions checks the invariants of Mentions: sorted, inside the
// text, not overlapping, Text the span's text, no pronoun.
func checkMentions(t *testing.T, doc *text.Doc, ms []dossier.Mention) {
	t.Helper()
	end := 0
	for _, m := range ms {
		if m.Span.Start < end || m.Span.End <= m.Span.Start || m.Span.End > len(doc.Text) {
			t.Errorf("mention %+v overlaps the one before it or is out of the text", m)
		}
		end = m.Span.End
		if m.Text != m.Span.Of(doc.Text) {
			t.Errorf("mention text %q, span covers %q", m.Text, m.Span.Of(doc.Text))
		}
		switch strings.ToLower(m.Text) {
		case "he", "she", "they", "it", "we":
			t.Errorf("pronoun mention %q", m.Text)
		}
	}
}

func TestMentionsEdgeCases(t *testing.T) {
	for _, s := range []string{"", " ", "\n\n", "officials", "Kyiv", "“", "The", "A B C D E F G", strings.Repeat("Korvel ", 300),
		"\"Officials\" said “the Kremlin” — and Washington — denied it.\n\nNew paragraph: Ms. Anna Ilves."} {
		doc := text.NewDoc(s)
		checkMentions(t, doc, Default().Mentions(doc))
	}
	doc := text.NewDoc("Kyiv")
	ms := Default().Mentions(doc)
	if len(ms) != 1 || ms[0].Type != dossier.GPE {
		t.Errorf("Kyiv alone: %s", describeMentions(ms))
	}
}

func TestMentionsConcurrent(t *testing.T) {
	doc := text.NewDoc(benchArticle)
	want := describeMentions(Default().Mentions(doc))
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				if got := describeMentions(Default().Mentions(doc)); got != want {
					t.Error("concurrent Mentions differ")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestEmbeddedModel(t *testing.T) {
	m := DefaultModel()
	if m.Info.Features == 0 || len(m.Info.Labels) != len(defaultLabels) {
		t.Fatalf("embedded model: %+v", m.Info)
	}
	if m.Next == nil || m.Next.Info.Stage != 2 || m.Next.Info.Features == 0 {
		t.Errorf("embedded model has no second stage")
	}
	for _, c := range []string{"wikigold", "meantime-en", "meantime-en/corpus_gm"} {
		if !m.TrainedOn(c) {
			t.Errorf("model does not say it was trained on %s: %v", c, m.Info.TrainedOn)
		}
	}
	for _, c := range []string{"meantime-en/corpus_stock", "polnear", "re3d/BBC_Online"} {
		if m.TrainedOn(c) {
			t.Errorf("model says it was trained on %s", c)
		}
	}
	if len(modelData) > 10<<20 {
		t.Errorf("model file is %d bytes, over 10 MB", len(modelData))
	}
	// Writing and reading back gives the same tagger.
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	doc := text.NewDoc(benchArticle)
	if a, b := describeMentions(Default().Mentions(doc)), describeMentions(NewTagger(m2).Mentions(doc)); a != b {
		t.Errorf("model read back tags differently:\n%s\n%s", a, b)
	}
	if _, err := ReadModel(strings.NewReader("not a model")); err == nil {
		t.Error("ReadModel accepted garbage")
	}
}

// tinyCorpus is a made-up training set for the training tests.
func tinyCorpus() []TrainDoc {
	s := func(words, labels string) TrainSentence {
		return TrainSentence{Words: strings.Fields(words), Labels: strings.Fields(labels)}
	}
	return []TrainDoc{{Corpus: "tiny", ID: "1", Sentences: []TrainSentence{
		s("Anna Ilves visited Norland .", "B-PERSON I-PERSON O B-GPE O"),
		s("Ilves met Stefan Korvel of Vostra Bank in Tallin .", "B-PERSON O B-PERSON I-PERSON O B-ORG I-ORG O B-GPE O"),
		s("Vostra Bank said Korvel was in Norland .", "B-ORG I-ORG O B-PERSON O O B-GPE O"),
	}}, {Corpus: "tiny", ID: "2", Sentences: []TrainSentence{
		s("Officials in Norland praised Anna Ilves .", "O O B-GPE O B-PERSON I-PERSON O"),
		s("The Vostra Arena opened .", "O O O O O"),
	}}}
}

func TestTrainDeterministic(t *testing.T) {
	docs := tinyCorpus()
	docs[1].Sentences[1] = TrainSentence{Words: strings.Fields("The Vostra Arena opened ."), Labels: []string{"O", "", "", "O", "O"}}
	var out [2]bytes.Buffer
	for i := range out {
		m, err := Train(docs, TrainOptions{Epochs: 5, Seed: 7})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := m.WriteTo(&out[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
		t.Error("two trainings with one seed wrote different models")
	}
	m, _ := ReadModel(&out[0])
	got := NewTagger(m).TagWords([][]string{strings.Fields("Korvel visited Norland .")})
	if strings.Join(got[0], " ") != "B-PERSON O B-GPE O" {
		t.Errorf("tiny model tags %v", got[0])
	}
	if _, err := Train([]TrainDoc{{Sentences: []TrainSentence{{Words: []string{"a"}, Labels: []string{"B-FOO"}}}}}, TrainOptions{}); err == nil {
		t.Error("Train accepted an unknown label")
	}
	if _, err := Train(nil, TrainOptions{}); err == nil {
		t.Error("Train accepted no data")
	}
}

// BenchmarkReadModel measures the load time of the embedded model (both
// stages), which Default pays once.
func BenchmarkReadModel(b *testing.B) {
	for b.Loop() {
		if _, err := ReadModel(bytes.NewReader(modelData)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestJointTable checks that the joint table of both stages
// (jointTable) scores and tags exactly as the stages' own tables do: the
// same emission scores, bit for bit, and the same mentions.
func TestJointTable(t *testing.T) {
	texts := []string{
		benchArticle,
		"BRAVIK, Norland (Reuters) — Marta Vilk, 41, chief executive of Vostra Energy AG, told the Norland Herald on Monday that the company's 737 fleet was grounded. “We will not fly until the Civil Aviation Authority says so,” Vilk said. Ford Motor Company and Ford later declined to comment; FORD shares fell 3.2%.",
		"Mr. Orlov met Ms. Ilves in Kyiv and Warsaw. ORLOV and Ilves spoke with Côte d'Ivoire's minister, Jean-Paul de la Roche, and with officials of the Bank of Norland, the IMF and the U.N. Security Council. The ministers of the Kremlin said nothing.",
		"", "Korvel", "the the the . , ;",
	}
	tg := Default()
	m := tg.model
	if tg.joint == nil || tg.joint.second != m.Next {
		t.Fatal("the default tagger has no joint table of both stages")
	}
	plain := &Tagger{model: m} // no joint table: each stage's own
	for _, s := range texts {
		doc := text.NewDoc(s)
		if a, b := describeMentions(tg.Mentions(doc)), describeMentions(plain.Mentions(doc)); a != b {
			t.Errorf("%.40q: joint table tags\n%s\nthe stages' own tables\n%s", s, a, b)
		}
		if len(doc.Tokens) == 0 {
			continue
		}
		// The emission scores of both stages, against Model.emissions.
		sc := &tagScratch{}
		for _, tok := range doc.Tokens {
			sc.words = append(sc.words, doc.Text[tok.Span.Start:tok.Span.End])
		}
		sc.starts = []int{0}
		for _, se := range doc.Sentences {
			if se.FirstToken > 0 && se.EndToken > se.FirstToken {
				sc.starts = append(sc.starts, se.FirstToken)
			}
		}
		n := len(sc.words)
		sc.doc.prepare(sc.words, sc.starts)
		sc.doc.features(sc.starts)
		want := make([]float32, n*m.nl)
		got := make([]float32, n*m.nl)
		base := make([]int32, n*jointRow)
		m.emissions(&sc.doc, nil, want)
		tg.joint.emissions(&sc.doc, got, base, true)
		if !slices.Equal(got, want) {
			t.Errorf("%.40q: first-stage emissions differ", s)
		}
		labels := make([]uint8, n)
		for i := range labels {
			labels[i] = uint8(i % m.nl) // any labels will do
		}
		sc.stack.stackFeatures(&sc.doc, m, labels)
		m.Next.emissions(&sc.doc, &sc.stack, want)
		tg.joint.secondEmissions(&sc.doc, &sc.stack, base, got)
		if !slices.Equal(got, want) {
			t.Errorf("%.40q: second-stage emissions differ", s)
		}
	}
}
