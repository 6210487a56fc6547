package eval

import (
	"bytes"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"dossier/stance"
)

func TestScoreStance(t *testing.T) {
	gold := []string{"agree", "disagree", "discuss", "unrelated", "unrelated", "agree"}
	pred := []string{"agree", "agree", "unrelated", "unrelated", "discuss", "agree"}
	r := ScoreStance(gold, pred)
	// max: 4 related*1 + 2 unrelated*0.25 = 4.5
	// raw: agree 1 + disagree->agree 0.25 + discuss->unrelated 0 + unrelated 0.25 + 0 + agree 1 = 2.5
	if r.MaxRaw != 4.5 || r.Raw != 2.5 {
		t.Fatalf("raw %v max %v", r.Raw, r.MaxRaw)
	}
	if math.Abs(r.Score-2.5/4.5) > 1e-9 {
		t.Errorf("score %v", r.Score)
	}
	// agree: P 2/3 R 1 F1 0.8; disagree 0; discuss 0; unrelated P 1/2 R 1/2 F1 0.5.
	if math.Abs(r.MacroF1-(0.8+0.5)/4) > 1e-9 {
		t.Errorf("macro F1 %v", r.MacroF1)
	}
	var buf bytes.Buffer
	r.WriteTable(&buf)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if last := lines[len(lines)-1]; last != "fnc_score=0.556 macro_f1=0.325 accuracy=0.500" {
		t.Errorf("last line %q", last)
	}
}

func TestScoreEmergent(t *testing.T) {
	r := ScoreEmergent([]string{"agree", "disagree", "discuss", "discuss"}, []string{"agree", "discuss", "discuss", "agree"})
	if r.Accuracy != 0.5 || r.Confusion[1][2] != 1 {
		t.Errorf("%+v", r)
	}
	var buf bytes.Buffer
	r.WriteTable(&buf)
	if !strings.HasSuffix(strings.TrimSpace(buf.String()), "\naccuracy=0.500") {
		t.Errorf("table %q", buf.String())
	}
}

// TestStanceSharedSample checks the shipped model on a sample of FNC-1
// pairs (training data, so a floor only) and the training-data warning.
func TestStanceSharedSample(t *testing.T) {
	dir := sharedData(t, "fnc-1")
	pairs, err := stance.ReadFNC(filepath.Join(dir, "train_stances.csv"), filepath.Join(dir, "train_bodies.csv"))
	if err != nil {
		t.Fatal(err)
	}
	var sample []stance.Pair
	for i := 0; i < len(pairs); i += 40 {
		sample = append(sample, pairs[i])
	}
	pred := stance.Default().PredictPairs(sample)
	gold := make([]string, len(sample))
	for i, p := range sample {
		gold[i] = p.Label
	}
	r := ScoreStance(gold, pred)
	if r.Score < 0.75 {
		t.Errorf("FNC score on sample %.3f < 0.75", r.Score)
	}
	if w := trainedOnWarning(filepath.Join(dir, "train_stances.csv")); w == "" {
		t.Error("no training-data warning")
	}
}

func TestEvalEmergentShared(t *testing.T) {
	dir := sharedData(t, "emergent")
	r, err := EvalEmergent(filepath.Join(dir, "train.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Pairs < 1000 || r.Accuracy < 0.6 || r.Warning == "" {
		t.Errorf("pairs %d accuracy %.3f warning %q", r.Pairs, r.Accuracy, r.Warning)
	}
}
