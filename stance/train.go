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
func InValidation(key string) bool {
	h := fnv.New32a()
	h.Write([]byte("stance-split:" + key))
	return h.Sum32()%100 < 20
}

// SplitFNC splits so that no body and no headline is on both sides. The
// related pairs link headlines and bodies into topics (connected
// components); each topic is hashed into 80/20, headlines and bodies
// without a related pair are hashed on their own, and an unrelated pair is
// kept only when its headline and body fell on the same side (so the
// validation part holds fewer unrelated pairs than the full data).
func SplitFNC(pairs []Pair) (train, val []Pair) {
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
	side := func(node string) bool { return InValidation(find(node)) }
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
func SplitEmergent(pairs []Pair) (train, val []Pair) {
	for _, p := range pairs {
		if InValidation(p.Claim) {
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
	ClassPow         float64 // class weight = (inverse frequency)^ClassPow
}

// DefaultTrainConfig is what `go run ./stance/gen` uses.
var DefaultTrainConfig = TrainConfig{Epochs1: 8, Epochs2: 8, LR1: 0.05, LR2: 0.05, L2: 1e-6, Seed: 7, ClassPow: 1}

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
	counts := map[string]int{}
	for _, p := range all {
		if p.Label != Unrelated {
			counts[p.Label]++
		}
	}
	for i, p := range all {
		if i < len(fnc) {
			y := 1
			if p.Label == Unrelated {
				y = 0
			}
			ex1 = append(ex1, example{sparse(fs[i].dense, nil, false), y, 1})
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
		tot := float64(counts[Agree] + counts[Disagree] + counts[Discuss])
		w := math.Pow(tot/(3*float64(counts[p.Label])), cfg.ClassPow)
		ex2 = append(ex2, example{sparse(fs[i].dense, fs[i].lex, true), y, w})
	}
	nd := m.NumDense
	dim1 := nd * (numBins + 1)
	m.W1 = sgd(ex1, 2, dim1, cfg.Epochs1, cfg.LR1, cfg.L2, cfg.Seed)
	m.W2 = sgd(ex2, 3, dim1+hashBuckets, cfg.Epochs2, cfg.LR2, cfg.L2, cfg.Seed+1)
	return m
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
