package eval

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"dossier/stance"
)

// StanceClass holds one class's counts and scores.
type StanceClass struct {
	Label         string
	Gold, Pred    int
	Correct       int
	Precision, F1 float64
	Recall        float64
}

// StanceResult is the FNC-1 evaluation of the stance model.
type StanceResult struct {
	Pairs int
	// Score is the FNC-1 weighted score normalised by its maximum: 0.25 for
	// each pair whose related/unrelated is right, 0.75 more when the exact
	// related label is right.
	Score   float64
	Raw     float64
	MaxRaw  float64
	MacroF1 float64
	// Accuracy is exact-label accuracy over the four labels.
	Accuracy float64
	Classes  []StanceClass
	// Confusion[gold][pred] over stance.Labels order.
	Confusion [4][4]int
	Warning   string
}

// StanceLabels is the order of the table's rows.
var StanceLabels = []string{stance.Agree, stance.Disagree, stance.Discuss, stance.Unrelated}

func labelIndex(l string) int {
	for i, s := range StanceLabels {
		if s == l {
			return i
		}
	}
	return -1
}

// ScoreStance scores predicted labels against gold labels.
func ScoreStance(gold, pred []string) StanceResult {
	r := StanceResult{Pairs: len(gold)}
	correct := 0
	for i, g := range gold {
		p := pred[i]
		gi, pi := labelIndex(g), labelIndex(p)
		if gi >= 0 && pi >= 0 {
			r.Confusion[gi][pi]++
		}
		if g == p {
			correct++
		}
		gRel, pRel := g != stance.Unrelated, p != stance.Unrelated
		if gRel {
			r.MaxRaw += 1
		} else {
			r.MaxRaw += 0.25
		}
		if gRel == pRel {
			r.Raw += 0.25
			if gRel && g == p {
				r.Raw += 0.75
			}
		}
	}
	if r.MaxRaw > 0 {
		r.Score = r.Raw / r.MaxRaw
	}
	if len(gold) > 0 {
		r.Accuracy = float64(correct) / float64(len(gold))
	}
	for i, l := range StanceLabels {
		c := StanceClass{Label: l}
		for j := range StanceLabels {
			c.Gold += r.Confusion[i][j]
			c.Pred += r.Confusion[j][i]
		}
		c.Correct = r.Confusion[i][i]
		if c.Pred > 0 {
			c.Precision = float64(c.Correct) / float64(c.Pred)
		}
		if c.Gold > 0 {
			c.Recall = float64(c.Correct) / float64(c.Gold)
		}
		if c.Precision+c.Recall > 0 {
			c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
		}
		r.Classes = append(r.Classes, c)
		r.MacroF1 += c.F1 / float64(len(StanceLabels))
	}
	return r
}

// trainedOnWarning returns a warning when any of paths is among the files
// the shipped model was trained on.
func trainedOnWarning(paths ...string) string {
	for _, p := range paths {
		clean := filepath.ToSlash(filepath.Clean(p))
		for _, t := range stance.Default().TrainedOn {
			if strings.HasSuffix(clean, t) {
				return fmt.Sprintf("warning: the shipped stance model was trained on %s; these figures are training-set figures, see `go run ./stance/gen -cv` for held-out ones", t)
			}
		}
	}
	return ""
}

// EvalStance scores the shipped model on FNC-1 files.
func EvalStance(stancesPath, bodiesPath string) (StanceResult, error) {
	pairs, err := stance.ReadFNC(stancesPath, bodiesPath)
	if err != nil {
		return StanceResult{}, err
	}
	pred := stance.Default().PredictPairs(pairs)
	gold := make([]string, len(pairs))
	for i, p := range pairs {
		gold[i] = p.Label
	}
	r := ScoreStance(gold, pred)
	r.Warning = trainedOnWarning(stancesPath, bodiesPath)
	return r, nil
}

// WriteTable prints per-class figures, the confusion matrix, then the last
// line `fnc_score=… macro_f1=… accuracy=…`.
func (r StanceResult) WriteTable(w io.Writer) {
	if r.Warning != "" {
		fmt.Fprintln(w, r.Warning)
	}
	fmt.Fprintf(w, "FNC-1 stance: %d pairs\n", r.Pairs)
	fmt.Fprintf(w, "%-10s %6s %6s %7s %7s %7s\n", "class", "gold", "pred", "P", "R", "F1")
	for _, c := range r.Classes {
		fmt.Fprintf(w, "%-10s %6d %6d %7.3f %7.3f %7.3f\n", c.Label, c.Gold, c.Pred, c.Precision, c.Recall, c.F1)
	}
	fmt.Fprintf(w, "confusion (rows gold, columns predicted: %s)\n", strings.Join(StanceLabels, " "))
	for i, l := range StanceLabels {
		fmt.Fprintf(w, "%-10s", l)
		for j := range StanceLabels {
			fmt.Fprintf(w, " %6d", r.Confusion[i][j])
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "weighted score %.2f / %.2f\n", r.Raw, r.MaxRaw)
	fmt.Fprintf(w, "fnc_score=%.3f macro_f1=%.3f accuracy=%.3f\n", r.Score, r.MacroF1, r.Accuracy)
}

// EmergentResult is the accuracy of the related stage on Emergent.
type EmergentResult struct {
	Pairs     int
	Correct   int
	Accuracy  float64
	Confusion [3][3]int // agree, disagree, discuss
	Warning   string
}

// ScoreEmergent scores agree/disagree/discuss predictions.
func ScoreEmergent(gold, pred []string) EmergentResult {
	r := EmergentResult{Pairs: len(gold)}
	for i, g := range gold {
		gi, pi := labelIndex(g), labelIndex(pred[i])
		if gi >= 0 && gi < 3 && pi >= 0 && pi < 3 {
			r.Confusion[gi][pi]++
		}
		if g == pred[i] {
			r.Correct++
		}
	}
	if r.Pairs > 0 {
		r.Accuracy = float64(r.Correct) / float64(r.Pairs)
	}
	return r
}

// EvalEmergent scores the shipped model on Emergent's train.csv layout:
// claim headline as headline, article headline as body, and the best of
// agree/disagree/discuss as the prediction.
func EvalEmergent(path string) (EmergentResult, error) {
	pairs, err := stance.ReadEmergent(path)
	if err != nil {
		return EmergentResult{}, err
	}
	m := stance.Default()
	gold := make([]string, len(pairs))
	pred := make([]string, len(pairs))
	for i, p := range pairs {
		gold[i] = p.Label
		pred[i] = m.RelatedStance(p.Headline, p.Body)
	}
	r := ScoreEmergent(gold, pred)
	r.Warning = trainedOnWarning(path)
	return r, nil
}

// WriteTable prints the confusion matrix, then the last line `accuracy=…`.
func (r EmergentResult) WriteTable(w io.Writer) {
	if r.Warning != "" {
		fmt.Fprintln(w, r.Warning)
	}
	fmt.Fprintf(w, "Emergent stance: %d pairs, %d correct\n", r.Pairs, r.Correct)
	fmt.Fprintf(w, "confusion (rows gold, columns predicted: agree disagree discuss)\n")
	for i, l := range StanceLabels[:3] {
		fmt.Fprintf(w, "%-10s %6d %6d %6d\n", l, r.Confusion[i][0], r.Confusion[i][1], r.Confusion[i][2])
	}
	fmt.Fprintf(w, "accuracy=%.3f\n", r.Accuracy)
}
