package stance

import (
	"encoding/csv"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"sync"
)

// Pair is one labelled headline/body pair.
type Pair struct {
	Headline string
	BodyID   string // key of the body; the split unit for FNC-1
	Body     string
	Label    string // agree, disagree, discuss or unrelated
	Claim    string // split unit for Emergent (the claim headline)
}

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	var rows [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		rows = append(rows, rec)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	return rows, nil
}

func colIndex(header []string, name string) (int, error) {
	for i, h := range header {
		if strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")) == name {
			return i, nil
		}
	}
	return -1, fmt.Errorf("column %q missing", name)
}

// ReadFNC reads FNC-1 stances and bodies files into pairs.
func ReadFNC(stancesPath, bodiesPath string) ([]Pair, error) {
	brows, err := readCSV(bodiesPath)
	if err != nil {
		return nil, err
	}
	bi, err1 := colIndex(brows[0], "Body ID")
	bt, err2 := colIndex(brows[0], "articleBody")
	if err1 != nil || err2 != nil {
		return nil, fmt.Errorf("%s: need Body ID and articleBody columns", bodiesPath)
	}
	bodies := map[string]string{}
	for _, r := range brows[1:] {
		if len(r) > max(bi, bt) {
			bodies[r[bi]] = r[bt]
		}
	}
	srows, err := readCSV(stancesPath)
	if err != nil {
		return nil, err
	}
	hi, e1 := colIndex(srows[0], "Headline")
	si, e2 := colIndex(srows[0], "Body ID")
	li, e3 := colIndex(srows[0], "Stance")
	if e1 != nil || e2 != nil || e3 != nil {
		return nil, fmt.Errorf("%s: need Headline, Body ID and Stance columns", stancesPath)
	}
	var out []Pair
	for _, r := range srows[1:] {
		if len(r) <= max(hi, si, li) {
			continue
		}
		b, ok := bodies[r[si]]
		if !ok {
			return nil, fmt.Errorf("%s: body %s not in %s", stancesPath, r[si], bodiesPath)
		}
		out = append(out, Pair{Headline: r[hi], BodyID: r[si], Body: b, Label: strings.TrimSpace(r[li]), Claim: r[hi]})
	}
	return out, nil
}

// EmergentLabel maps Emergent's stances to FNC-1 labels.
var EmergentLabel = map[string]string{"for": Agree, "against": Disagree, "observing": Discuss}

// ReadEmergent reads Emergent's train.csv: the claim headline is the
// headline, the article headline is the body.
func ReadEmergent(path string) ([]Pair, error) {
	rows, err := readCSV(path)
	if err != nil {
		return nil, err
	}
	ci, e1 := colIndex(rows[0], "claimHeadline")
	ai, e2 := colIndex(rows[0], "articleHeadline")
	si, e3 := colIndex(rows[0], "articleHeadlineStance")
	if e1 != nil || e2 != nil || e3 != nil {
		return nil, fmt.Errorf("%s: need claimHeadline, articleHeadline, articleHeadlineStance", path)
	}
	var out []Pair
	for _, r := range rows[1:] {
		if len(r) <= max(ci, ai, si) {
			continue
		}
		l, ok := EmergentLabel[strings.TrimSpace(r[si])]
		if !ok {
			continue
		}
		out = append(out, Pair{Headline: r[ci], BodyID: "em:" + r[ai], Body: r[ai], Label: l, Claim: r[ci]})
	}
	return out, nil
}

// InValidation reports whether key hashes into the 20% validation part.
func InValidation(key string) bool { return inPart(outerSalt, key) }

// Salts of the outer split (train/validation) and of the inner split of
// the training part that calibration uses.
const (
	outerSalt = "stance-split:"
	innerSalt = "stance-inner:"
)

func inPart(salt, key string) bool {
	h := fnv.New32a()
	h.Write([]byte(salt + key))
	return h.Sum32()%100 < 20
}

// SplitFNC splits so that no body and no headline is on both sides. The
// related pairs link headlines and bodies into topics (connected
// components); each topic is hashed into 80/20, headlines and bodies
// without a related pair are hashed on their own, and an unrelated pair is
// kept only when its headline and body fell on the same side (so the
// validation part holds fewer unrelated pairs than the full data).
func SplitFNC(pairs []Pair) (train, val []Pair) { return splitFNC(pairs, outerSalt) }

func splitFNC(pairs []Pair, salt string) (train, val []Pair) {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok {
			parent[x] = x
			return x
		}
		if p == x {
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	for _, p := range pairs {
		h, b := find("h:"+p.Headline), find("b:"+p.BodyID)
		if p.Label != Unrelated && h != b {
			if h < b {
				parent[b] = h
			} else {
				parent[h] = b
			}
		}
	}
	side := func(node string) bool { return inPart(salt, find(node)) }
	for _, p := range pairs {
		hv, bv := side("h:"+p.Headline), side("b:"+p.BodyID)
		switch {
		case hv && bv:
			val = append(val, p)
		case !hv && !bv:
			train = append(train, p)
		}
	}
	return train, val
}

// SplitEmergent splits by claim.
func SplitEmergent(pairs []Pair) (train, val []Pair) { return splitEmergent(pairs, outerSalt) }

func splitEmergent(pairs []Pair, salt string) (train, val []Pair) {
	for _, p := range pairs {
		if inPart(salt, p.Claim) {
			val = append(val, p)
		} else {
			train = append(train, p)
		}
	}
	return train, val
}

// TrainConfig holds the training hyper-parameters.
type TrainConfig struct {
	Epochs1, Epochs2 int
	LR1, LR2         float64
	L2               float64
	Seed             uint64
	// ClassPow: an FNC-1 pair's stage-two weight is (inverse frequency
	// of its class among FNC-1 related pairs)^ClassPow.
	ClassPow float64
	// EmergentPow is ClassPow for Emergent pairs, with frequencies among
	// Emergent pairs; EmergentWeight multiplies their weight.
	EmergentPow, EmergentWeight float64
	// Calibrate chooses the stage-two biases (Model.Bias2) on an inner
	// split of the training pairs: it trains once more on the inner 80%.
	Calibrate bool
}

// DefaultTrainConfig is what `go run ./stance/gen` uses.
// Calibration is off: on the held-out split it lowered both scores (the
// inner Emergent part is too small to place a bias).
var DefaultTrainConfig = TrainConfig{Epochs1: 8, Epochs2: 24, LR1: 0.05, LR2: 0.05, L2: 1e-6, Seed: 7,
	ClassPow: 1, EmergentPow: 1, EmergentWeight: 4}

type example struct {
	x []feat
	y int
	w float64
}

// analyseAll analyses the distinct bodies of pairs in parallel.
func (m *Model) analyseAll(pairs []Pair) map[string]*body {
	var keys []string
	texts := map[string]string{}
	for _, p := range pairs {
		if _, ok := texts[p.BodyID]; !ok {
			texts[p.BodyID] = p.Body
			keys = append(keys, p.BodyID)
		}
	}
	res := make([]*body, len(keys))
	parallel(len(keys), func(i int) { res[i] = m.analyseBody(texts[keys[i]]) })
	out := make(map[string]*body, len(keys))
	for i, k := range keys {
		out[k] = res[i]
	}
	return out
}

func parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	ch := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range ch {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
	wg.Wait()
}

// Train fits a model: the IDF table on the FNC-1 bodies, stage one on the
// FNC-1 pairs, stage two on the related FNC-1 pairs and the Emergent pairs.
func Train(fnc, emergent []Pair, cfg TrainConfig) *Model {
	return train(fnc, emergent, cfg, true)
}

// train fits the model; without stage1 only the IDF table and stage two
// are fitted (enough for calibration).
func train(fnc, emergent []Pair, cfg TrainConfig, stage1 bool) *Model {
	m := &Model{}
	seen := map[string]bool{}
	var texts []string
	for _, p := range fnc {
		if !seen[p.BodyID] {
			seen[p.BodyID] = true
			texts = append(texts, p.Body)
		}
	}
	m.setIDF(texts)
	all := append(append([]Pair{}, fnc...), emergent...)
	bodies := m.analyseAll(all)
	type fx struct {
		dense []float64
		lex   []feat
	}
	fs := make([]fx, len(all))
	parallel(len(all), func(i int) {
		d, l := m.features(all[i].Headline, bodies[all[i].BodyID])
		fs[i] = fx{d, l}
	})
	m.NumDense = len(fs[0].dense)
	var ex1, ex2 []example
	// Class frequencies per data set: FNC-1 is 73% unrelated and its
	// related part mostly discuss; Emergent is mostly agree and discuss.
	counts := [2]map[string]int{{}, {}}
	for i, p := range all {
		if p.Label != Unrelated {
			counts[boolIdx(i >= len(fnc))][p.Label]++
		}
	}
	if cn := counts[0]; len(cn) == 3 {
		tot := float64(cn[Agree] + cn[Disagree] + cn[Discuss])
		for c, l := range RelatedLabels {
			m.LogWeight2[c] = float32(cfg.ClassPow * math.Log(tot/(3*float64(cn[l]))))
		}
	}
	for i, p := range all {
		if i < len(fnc) && stage1 {
			y := 1
			if p.Label == Unrelated {
				y = 0
			}
			ex1 = append(ex1, example{sparse(fs[i].dense, nil, false, false), y, 1})
		}
		if p.Label == Unrelated {
			continue
		}
		y := -1
		for c, l := range RelatedLabels {
			if l == p.Label {
				y = c
			}
		}
		if y < 0 {
			continue
		}
		dom := boolIdx(i >= len(fnc))
		cn := counts[dom]
		tot := float64(cn[Agree] + cn[Disagree] + cn[Discuss])
		pow, scale := cfg.ClassPow, 1.0
		if dom == 1 {
			pow, scale = cfg.EmergentPow, cfg.EmergentWeight
		}
		w := scale * math.Pow(tot/(3*float64(cn[p.Label])), pow)
		ex2 = append(ex2, example{sparse(fs[i].dense, fs[i].lex, true, bodies[p.BodyID].nTok < shortBody), y, w})
	}
	nd := m.NumDense
	dim1 := nd * (numBins + 1)
	if stage1 {
		m.W1 = sgd(ex1, 2, dim1, cfg.Epochs1, cfg.LR1, cfg.L2, cfg.Seed)
	}
	m.W2 = sgd(ex2, 3, 2*dim1+hashBuckets, cfg.Epochs2, cfg.LR2, cfg.L2, cfg.Seed+1)
	if cfg.Calibrate {
		m.calibrate(fnc, emergent, cfg)
	}
	return m
}

func boolIdx(b bool) int {
	if b {
		return 1
	}
	return 0
}

// calibrate sets Bias2 by cross-validation on the training pairs only: a
// model trained on an inner 80% (split like the outer one, by topic for
// FNC-1 and by claim for Emergent) scores the inner 20%, and the biases
// of agree and disagree (discuss is the reference) are searched on a grid.
// Article bodies maximise the mean of accuracy and macro F1 over the
// related FNC-1 pairs (so the rare disagree counts); short bodies maximise
// Emergent accuracy.
func (m *Model) calibrate(fnc, emergent []Pair, cfg TrainConfig) {
	inner := cfg
	inner.Calibrate = false
	ftr, fva := splitFNC(fnc, innerSalt)
	etr, eva := splitEmergent(emergent, innerSalt)
	sub := train(ftr, etr, inner, false)
	var rel []Pair
	for _, p := range fva {
		if p.Label != Unrelated {
			rel = append(rel, p)
		}
	}
	m.Bias2[0] = sub.chooseBias(rel, true)
	m.Bias2[1] = sub.chooseBias(eva, false)
}

// chooseBias returns the stage-two bias that maximises, over pairs, the
// mean of accuracy and macro F1 (balanced) or accuracy alone.
func (m *Model) chooseBias(pairs []Pair, balanced bool) [3]float32 {
	bodies := m.analyseAll(pairs)
	z := make([][]float64, len(pairs))
	gold := make([]int, len(pairs))
	parallel(len(pairs), func(i int) {
		b := bodies[pairs[i].BodyID]
		d, l := m.features(pairs[i].Headline, b)
		z[i] = m.logits2(d, l, b.nTok < shortBody)
	})
	for i, p := range pairs {
		for c, l := range RelatedLabels {
			if l == p.Label {
				gold[i] = c
			}
		}
	}
	objective := func(bias [3]float64) float64 {
		var conf [3][3]int
		correct := 0
		for i, zi := range z {
			best, bi := math.Inf(-1), 0
			for c := range zi {
				if v := zi[c] + bias[c]; v > best {
					best, bi = v, c
				}
			}
			conf[gold[i]][bi]++
			if bi == gold[i] {
				correct++
			}
		}
		acc := float64(correct) / float64(max(1, len(z)))
		if !balanced {
			return acc
		}
		var f1 float64
		for c := range 3 {
			tp, g, p := conf[c][c], 0, 0
			for k := range 3 {
				g += conf[c][k]
				p += conf[k][c]
			}
			if tp > 0 {
				f1 += 2 * float64(tp) / float64(g+p) / 3
			}
		}
		return (acc + f1) / 2
	}
	var best [3]float64
	bestV := objective(best)
	for a := -2.0; a <= 3.001; a += 0.25 {
		for d := -2.0; d <= 3.001; d += 0.25 {
			b := [3]float64{a, d, 0}
			// Strictly better, or as good with a smaller bias.
			if v := objective(b); v > bestV+1e-12 || (v > bestV-1e-12 && math.Abs(a)+math.Abs(d) < math.Abs(best[0])+math.Abs(best[1])) {
				best, bestV = b, v
			}
		}
	}
	return [3]float32{float32(best[0]), float32(best[1]), 0}
}

// sgd trains a multiclass logistic regression with shuffled SGD and a fixed
// seed, returning the averaged weights.
func sgd(ex []example, k, dim, epochs int, lr0, l2 float64, seed uint64) [][]float32 {
	w := make([][]float64, k)
	avg := make([][]float64, k)
	for c := range w {
		w[c] = make([]float64, dim)
		avg[c] = make([]float64, dim)
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	z := make([]float64, k)
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		lr := lr0 / (1 + float64(e))
		for _, i := range order {
			x := ex[i]
			for c := range z {
				var s float64
				for _, f := range x.x {
					s += w[c][f.i] * float64(f.v)
				}
				z[c] = s
			}
			p := softmax(z)
			for c := range w {
				g := p[c]
				if c == x.y {
					g -= 1
				}
				g *= x.w * lr
				for _, f := range x.x {
					w[c][f.i] -= g*float64(f.v) + lr*l2*w[c][f.i]
				}
			}
		}
		if e >= epochs/2 {
			for c := range w {
				for j, v := range w[c] {
					avg[c][j] += v
				}
			}
		}
	}
	n := float64(epochs - epochs/2)
	out := make([][]float32, k)
	for c := range w {
		out[c] = make([]float32, dim)
		for j := range w[c] {
			out[c][j] = float32(avg[c][j] / n)
		}
	}
	return out
}

// PredictPairs predicts every pair, analysing each distinct body once.
func (m *Model) PredictPairs(pairs []Pair) []string {
	bodies := m.analyseAll(pairs)
	out := make([]string, len(pairs))
	parallel(len(pairs), func(i int) {
		out[i], _ = m.predict(pairs[i].Headline, bodies[pairs[i].BodyID])
	})
	return out
}
