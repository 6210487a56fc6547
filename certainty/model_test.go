package certainty

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"dossier"
	"dossier/text"
)

func TestEmbeddedModel(t *testing.T) {
	m, err := EmbeddedModel()
	if err != nil {
		t.Fatal(err)
	}
	if m.Info.FeatureVersion != featureVersion || m.Info.Features == 0 || len(m.rows) != m.Info.Features {
		t.Errorf("embedded model: %+v with %d rows", m.Info, len(m.rows))
	}
	if len(m.Info.TrainedOn) == 0 {
		t.Error("embedded model does not say what it was trained on")
	}
	for _, f := range m.Info.TrainedOn {
		if !strings.Contains(f, " sha256:") {
			t.Errorf("training file %q has no checksum", f)
		}
	}
	if Default().Model() == nil {
		t.Error("the default detector has no model")
	}
}

// trainFixture is a handful of made-up annotated sentences: enough for
// the perceptron to learn that "would" after "if" is a condition.
func trainFixture() []TrainSentence {
	mk := func(s string, cues ...string) TrainSentence {
		ts := TrainSentence{Text: s}
		for _, c := range cues {
			word, typ, _ := strings.Cut(c, "/")
			i := strings.Index(s, word)
			ts.Cues = append(ts.Cues, GoldCue{Span: dossier.Span{Start: i, End: i + len(word)}, Type: ParseCueType(typ)})
		}
		return ts
	}
	var out []TrainSentence
	for range 5 {
		out = append(out,
			mk("If the army fired, the talks would collapse.", "If/condition", "would/condition"),
			mk("The talks would collapse if the army fired.", "would/condition", "if/condition"),
			mk("He would visit the front every week."),
			mk("She would often walk to the office."),
			mk("Officials expected the talks to fail.", "expected/doxastic"),
			mk("The results came earlier than expected."),
		)
	}
	return out
}

func TestTrainRoundTrip(t *testing.T) {
	m, err := Train(trainFixture(), TrainOptions{Epochs: 5, Seed: 7, TrainedOn: []string{"fixture sha256:0"}})
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if _, err := m.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	m2, err := Train(trainFixture(), TrainOptions{Epochs: 5, Seed: 7, TrainedOn: []string{"fixture sha256:0"}})
	if err != nil {
		t.Fatal(err)
	}
	m2.WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings on the same data wrote different files")
	}
	r, err := ReadModel(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if r.Info.Features != m.Info.Features || len(r.rows) != len(m.rows) || r.Info.TrainedOn[0] != "fixture sha256:0" {
		t.Errorf("read back %+v, wrote %+v", r.Info, m.Info)
	}
	// The model read back decides as the trained one.
	for _, s := range []string{"The deal would collapse if the rebels left.", "He would walk to the market.", "Officials expected the vote to fail."} {
		doc := text.NewDoc(s)
		x := NewDetector(m).Cues(doc, 0)
		y := NewDetector(r).Cues(doc, 0)
		if len(x) != len(y) {
			t.Errorf("%q: trained %v, read back %v", s, x, y)
		}
	}
	// It learned the fixture's lesson.
	doc := text.NewDoc("The deal would collapse if the rebels left.")
	found := false
	for _, c := range NewDetector(r).Cues(doc, 0) {
		found = found || (c.Text == "would" && c.Type == Condition && c.Learned)
	}
	if !found {
		t.Errorf("\"would\" in an if-sentence not learned: %v", NewDetector(r).Cues(doc, 0))
	}
	if _, err := r.WriteTo(&a); err == nil {
		t.Error("a model read from a file has no names and cannot be written")
	}
}

func TestReadModelErrors(t *testing.T) {
	gz := func(s string) []byte {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.Bytes()
	}
	for name, data := range map[string][]byte{
		"not gzip":    []byte("hello"),
		"empty":       gz(""),
		"bad json":    gz("{\n"),
		"old version": gz(`{"feature_version":0}` + "\n"),
		"short row":   gz(`{"feature_version":1}` + "\nb\t1 2\n"),
		"bad weight":  gz(`{"feature_version":1}` + "\nb\t1 2 x 4 5\n"),
		"duplicate":   gz(`{"feature_version":1}` + "\nb\t1 2 3 4 5\nb\t1 2 3 4 5\n"),
	} {
		if _, err := ReadModel(bytes.NewReader(data)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := Train(nil, TrainOptions{}); err == nil {
		t.Error("Train with no sentences: no error")
	}
}

func TestNoModel(t *testing.T) {
	// Without a model the lexicon's defaults decide: "could" is ruled,
	// "will" is not a cue by default.
	d := NewDetector(nil)
	doc := text.NewDoc("The rebels could strike, and the army will respond.")
	var got []string
	for _, c := range d.Cues(doc, 0) {
		got = append(got, cueString(c))
	}
	if len(got) != 1 || got[0] != "could/speculation" {
		t.Errorf("no model: %v", got)
	}
	if d.Model() != nil {
		t.Error("nil model expected")
	}
}
