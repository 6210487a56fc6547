package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier"
	"dossier/certainty"
)

func TestCorpusCueType(t *testing.T) {
	tests := []struct {
		class string
		want  certainty.CueType
	}{
		{"speculation_modal_probable_", certainty.Speculation},
		{"speculation_modal_possible_", certainty.Speculation},
		{"speculation_hypo_doxastic _", certainty.Doxastic},
		{"speculation_hypo_condition _", certainty.Condition},
		{"speculation_hypo_investigation _", certainty.Investigation},
		{"weasel", certainty.Weasel},
		{"peacock", certainty.Peacock},
		{"something else", 0},
	}
	for _, tt := range tests {
		if got := CorpusCueType(tt.class); got != tt.want {
			t.Errorf("CorpusCueType(%q) = %v, want %v", tt.class, got, tt.want)
		}
	}
}

// writeFixture writes lines to a file in a temporary folder.
func writeFixture(t *testing.T, name string, lines ...string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadUncertaintyOffsets(t *testing.T) {
	// "Zürich" puts a two-byte character before the cue: the file's code
	// point offsets 20-23 are bytes 21-24.
	p := writeFixture(t, "fixture.jsonl",
		`{"doc": "d1", "sid": "S1", "text": "Officials in Zürich may know.", "uncertain": true, "cues": [{"start": 20, "end": 23, "text": "may", "type": "speculation_modal_possible_"}]}`,
		``,
		`{"doc": "d1", "sid": "S2", "text": "Nothing here.", "uncertain": false, "cues": []}`)
	sents, err := ReadUncertainty(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("%d sentences", len(sents))
	}
	c := sents[0].Cues[0]
	if got := (dossier.Span{Start: c.Start, End: c.End}).Of(sents[0].Text); got != "may" || c.Start != 21 {
		t.Errorf("cue at %d-%d reads %q", c.Start, c.End, got)
	}
	ts := sents[0].TrainSentence()
	if len(ts.Cues) != 1 || ts.Cues[0].Type != certainty.Speculation || ts.Cues[0].Span.Of(ts.Text) != "may" {
		t.Errorf("TrainSentence = %+v", ts)
	}

	bad := writeFixture(t, "bad.jsonl",
		`{"doc": "d1", "sid": "S1", "text": "It may.", "uncertain": true, "cues": [{"start": 0, "end": 2, "text": "may", "type": "x"}]}`)
	if _, err := ReadUncertainty(bad); err == nil || !strings.Contains(err.Error(), "bad.jsonl:1") {
		t.Errorf("offsets that miss their text: err = %v", err)
	}
	if _, err := ReadUncertainty(writeFixture(t, "junk.jsonl", "{")); err == nil {
		t.Error("bad JSON: no error")
	}
	if _, err := ReadUncertainty(filepath.Join(t.TempDir(), "absent.jsonl")); err == nil {
		t.Error("absent file: no error")
	}
}

func TestScoreCertainty(t *testing.T) {
	sp := func(a, b int) dossier.Span { return dossier.Span{Start: a, End: b} }
	gold := []UncertaintySentence{
		// A true positive sentence: one cue right, one missed.
		{Doc: "a", Text: "x", Uncertain: true, Cues: []UncertaintyCue{
			{Start: 0, End: 3, Type: "speculation_modal_probable_"},
			{Start: 10, End: 12, Type: "speculation_hypo_condition _"},
		}},
		// A false positive sentence.
		{Doc: "a", Text: "x"},
		// A false negative sentence.
		{Doc: "b", Text: "x", Uncertain: true, Cues: []UncertaintyCue{{Start: 4, End: 8, Type: "speculation_hypo_doxastic _"}}},
		// A true negative sentence with a booster, which is not scored.
		{Doc: "b", Text: "x"},
	}
	pred := [][]certainty.Cue{
		{{Span: sp(0, 3), Type: certainty.Speculation}, {Span: sp(20, 25), Type: certainty.Doxastic}},
		{{Span: sp(0, 5), Type: certainty.Condition}},
		{{Span: sp(4, 8), Type: certainty.Weasel}},
		{{Span: sp(0, 5), Type: certainty.Booster}},
	}
	r := ScoreCertainty(gold, pred)
	if r.Sentences != 4 || r.Docs != 2 {
		t.Errorf("sentences %d docs %d", r.Sentences, r.Docs)
	}
	if u := r.Uncertain; u.TP != 1 || u.FP != 1 || u.FN != 1 || u.F1 != 0.5 {
		t.Errorf("sentence score %+v", u)
	}
	// Cues (spans, types ignored): tp 1 (0-3); fp 20-25, 0-5; fn 10-12, 4-8.
	if c := r.Cues; c.TP != 1 || c.FP != 2 || c.FN != 2 {
		t.Errorf("cue score %+v", c)
	}
	if s := r.ByType[certainty.Speculation]; s.TP != 1 || s.FP != 0 || s.FN != 0 || s.F1 != 1 {
		t.Errorf("speculation %+v", s)
	}
	if s := r.ByType[certainty.Condition]; s.TP != 0 || s.FP != 1 || s.FN != 1 {
		t.Errorf("condition %+v", s)
	}
	if r.Unscored[certainty.Weasel] != 1 || r.Unscored[certainty.Booster] != 1 {
		t.Errorf("unscored %v", r.Unscored)
	}
	// A typed match needs the type: the doxastic gold at 4-8 was
	// predicted as weasel, which is not scored at all.
	if s := r.ByType[certainty.Doxastic]; s.FN != 1 || s.FP != 1 {
		t.Errorf("doxastic %+v", s)
	}

	var buf bytes.Buffer
	r.WriteTable(&buf)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	last := lines[len(lines)-1]
	if !strings.HasPrefix(last, "uncertain_f1=0.500 cue_f1=0.333 ") {
		t.Errorf("last line %q", last)
	}
	if strings.Contains(buf.String(), "WARNING") {
		t.Error("warning without a training set")
	}
	r.TrainingWarning = "WARNING: trained on it"
	buf.Reset()
	r.WriteTable(&buf)
	if !strings.Contains(buf.String(), "WARNING: trained on it") {
		t.Error("warning not printed")
	}
}

func TestEvalCertaintyFixture(t *testing.T) {
	p := writeFixture(t, "mine.jsonl",
		`{"doc": "d1", "sid": "S1", "text": "The army may have fired.", "uncertain": true, "cues": [{"start": 9, "end": 12, "text": "may", "type": "speculation_modal_possible_"}]}`,
		`{"doc": "d1", "sid": "S2", "text": "The army fired.", "uncertain": false, "cues": []}`)
	r, err := EvalCertainty(p)
	if err != nil {
		t.Fatal(err)
	}
	if r.Uncertain.F1 != 1 || r.Cues.F1 != 1 || r.TrainingWarning != "" {
		t.Errorf("fixture: %+v", r)
	}
}

// certaintyData returns the path of a file of the shared uncertainty
// corpus, skipping the test when it is absent.
func certaintyData(t *testing.T, name string) string {
	p := filepath.Join("..", "..", "shared", "data", "uncertainty", name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s absent: %v", p, err)
	}
	return p
}

// TestCertaintyCorpus scores the detector on the development files. The
// held-out floors are 10-fold cross-validation by document (what
// `go run ./certainty/gen -cv` prints), measured at uncertain F1
// 0.832/0.866 and cue F1 0.783/0.831 (news/wiki), less a margin. The
// shipped model was trained on both files, so its scores there are
// training-set scores: they must carry the warning, and their floor only
// guards against a broken model file.
func TestCertaintyCorpus(t *testing.T) {
	news, wiki := certaintyData(t, "news-dev.jsonl"), certaintyData(t, "wiki.jsonl")
	for _, tt := range []struct {
		path string
		unc  float64
	}{{news, 0.88}, {wiki, 0.88}} {
		r, err := EvalCertainty(tt.path)
		if err != nil {
			t.Fatal(err)
		}
		if r.Uncertain.F1 < tt.unc {
			t.Errorf("%s (shipped model, training set): uncertain F1 %.3f < %.2f", tt.path, r.Uncertain.F1, tt.unc)
		}
		if r.TrainingWarning == "" {
			t.Errorf("%s: no warning, though the model was trained on it", tt.path)
		}
	}
	if testing.Short() {
		t.Skip("cross-validation skipped in -short mode")
	}
	res, err := CrossValidateCertainty([]string{news, wiki}, 10, certainty.TrainOptions{Epochs: 10, Seed: 1, MinCount: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	floors := []struct{ unc, cue float64 }{{0.80, 0.74}, {0.84, 0.80}}
	for i, r := range res {
		var buf bytes.Buffer
		r.WriteTable(&buf)
		t.Log("\n" + buf.String())
		if r.Uncertain.F1 < floors[i].unc || r.Cues.F1 < floors[i].cue {
			t.Errorf("%s (cross-validated): uncertain F1 %.3f (floor %.2f), cue F1 %.3f (floor %.2f)",
				r.Path, r.Uncertain.F1, floors[i].unc, r.Cues.F1, floors[i].cue)
		}
		if r.TrainingWarning != "" {
			t.Errorf("cross-validated scores carry a training warning")
		}
	}
}
