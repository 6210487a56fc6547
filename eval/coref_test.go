package eval

import (
	"math"
	"testing"

	"dossier/entity"
)

func corefNear(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestScoreCorefHand checks MUC, B-cubed and CEAF-e on a clustering
// worked out by hand: key {a b c} {d e}, response {a b} {c d e}.
//
//	B³ recall    = (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15
//	B³ precision = (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = 11/15
//	MUC recall   = ((3−2) + (2−1)) / (2 + 1) = 2/3, precision likewise
//	CEAF-e       = φ4(K1,R1) + φ4(K2,R2) = 4/5 + 4/5 over 2 and 2 = 0.8
func TestScoreCorefHand(t *testing.T) {
	key := []string{"K1", "K1", "K1", "K2", "K2"}
	resp := []string{"R1", "R1", "R2", "R2", "R2"}
	s := ScoreCoref(key, resp)
	want := CorefScores{
		MUC:   CorefPRF{2.0 / 3, 2.0 / 3, 2.0 / 3},
		B3:    CorefPRF{11.0 / 15, 11.0 / 15, 11.0 / 15},
		CEAFe: CorefPRF{0.8, 0.8, 0.8},
	}
	want.CoNLL = (want.MUC.F1 + want.B3.F1 + want.CEAFe.F1) / 3
	for _, c := range []struct {
		name      string
		got, want CorefPRF
	}{{"MUC", s.MUC, want.MUC}, {"B3", s.B3, want.B3}, {"CEAFe", s.CEAFe, want.CEAFe}} {
		if !corefNear(c.got.P, c.want.P) || !corefNear(c.got.R, c.want.R) || !corefNear(c.got.F1, c.want.F1) {
			t.Errorf("%s = %+v, want %+v", c.name, c.got, c.want)
		}
	}
	if !corefNear(s.CoNLL, want.CoNLL) {
		t.Errorf("CoNLL = %v, want %v", s.CoNLL, want.CoNLL)
	}
}

// TestScoreCorefEdges checks a perfect response and an all-singleton one.
func TestScoreCorefEdges(t *testing.T) {
	key := []string{"x", "x", "x", "y", "y"}
	perfect := ScoreCoref(key, []string{"1", "1", "1", "2", "2"})
	if !corefNear(perfect.CoNLL, 1) || !corefNear(perfect.B3.F1, 1) || !corefNear(perfect.MUC.F1, 1) || !corefNear(perfect.CEAFe.F1, 1) {
		t.Errorf("perfect response: %+v", perfect)
	}
	single := ScoreCoref(key, []string{"a", "b", "c", "d", "e"})
	// B³: precision 1, recall (3·1/3 + 2·1/2) / 5 = 2/5; MUC finds no link.
	if !corefNear(single.B3.P, 1) || !corefNear(single.B3.R, 0.4) {
		t.Errorf("singletons B3 = %+v", single.B3)
	}
	if single.MUC.P != 0 || single.MUC.R != 0 || single.MUC.F1 != 0 {
		t.Errorf("singletons MUC = %+v", single.MUC)
	}
	// CEAF-e: φ4 = 2/(3+1) + 2/(2+1) = 7/6; recall 7/12, precision 7/30.
	if !corefNear(single.CEAFe.R, 7.0/12) || !corefNear(single.CEAFe.P, 7.0/30) {
		t.Errorf("singletons CEAFe = %+v", single.CEAFe)
	}
}

// TestMaxAssignment checks the Hungarian solver where the greedy choice
// is wrong, and on a rectangular matrix.
func TestMaxAssignment(t *testing.T) {
	if got := maxAssignment([][]float64{{1, 0.9}, {0.9, 0}}); !corefNear(got, 1.8) {
		t.Errorf("square: %v, want 1.8", got)
	}
	if got := maxAssignment([][]float64{{0.5}, {0.7}, {0.2}}); !corefNear(got, 0.7) {
		t.Errorf("column: %v, want 0.7", got)
	}
}

// TestEvalCorefMeantime scores the pipeline on MEANTIME English. The
// floors are the scores measured when this test was written (CoNLL F1
// 0.852 over found mentions, B³ F1 0.852, 656 of 855 gold named mentions
// found) less a margin.
func TestEvalCorefMeantime(t *testing.T) {
	dir := sharedData(t, "meantime-en")
	r, err := EvalCoref(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Topics) != 3 || r.Total.Docs != 90 {
		t.Errorf("topics=%d docs=%d, want 3 and 90", len(r.Topics), r.Total.Docs)
	}
	if r.Total.Gold < 800 || r.Total.Found < 600 {
		t.Errorf("gold=%d found=%d, want ≥ 800 and ≥ 600", r.Total.Gold, r.Total.Found)
	}
	if r.F1 < 0.80 || r.Total.OnFound.B3.F1 < 0.80 || r.Total.OnAll.CoNLL < 0.65 {
		t.Errorf("coref_f1=%.3f b3_f1=%.3f all_conll=%.3f, want ≥ 0.80, 0.80, 0.65", r.F1, r.Total.OnFound.B3.F1, r.Total.OnAll.CoNLL)
	}
	// EvalEntities on the corpus root carries the same score.
	er, err := EvalEntities(dir, entity.Default().Mentions)
	if err != nil {
		t.Fatal(err)
	}
	if !corefNear(er.CorefF1, r.F1) {
		t.Errorf("EvalEntities CorefF1 = %v, want %v", er.CorefF1, r.F1)
	}
}
