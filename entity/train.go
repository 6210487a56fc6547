package entity

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// TrainSentence is one sentence of training data: its tokens as the
// corpus wrote them and one BIO label per token ("O", "B-PERSON",
// "I-GPE", ...). An empty label means unknown: the corpus marks the token
// as part of a mention it does not type the way the model does (a product
// name, a nominal phrase with a name inside), and training accepts any
// label there.
type TrainSentence struct {
	Words  []string
	Labels []string
}

// TrainDoc is a document of training data. Sentences are kept together
// because some features look at the whole document (is this word written
// in lower case elsewhere?).
type TrainDoc struct {
	Corpus    string
	ID        string
	Sentences []TrainSentence
}

// TrainOptions are the settings of Train.
type TrainOptions struct {
	// Epochs is the number of passes over the data (default 12).
	Epochs int
	// Seed seeds the shuffling of sentences, so that training is
	// deterministic.
	Seed uint64
	// MinCount drops features seen fewer times in the training data
	// (default 1: keep all).
	MinCount int
	// Labels is the label set (default: O and B/I of PERSON, ORG, GPE,
	// MISC). Training labels outside it are errors.
	Labels []string
	// Mix is the number of perceptron runs, each shuffling the data
	// with its own seed, whose weights are averaged (default 1).
	Mix int
	// Stages is 2 for a two-stage tagger (TrainStacked), 0 or 1 for one
	// model.
	Stages int
	// Log, when set, receives a line per epoch.
	Log io.Writer
}

// trainSent is a sentence ready for training: a range of its document's
// tokens, with label ids (-1 unknown) and allowed label sets.
type trainSent struct {
	doc, lo, hi int
}

type trainDocData struct {
	feats   []int32 // feature indices, flattened (-1: dropped as rare)
	off     []int32
	gold    []int8 // label per token, -1 unknown
	allowed []uint32
}

// Train trains an averaged structured perceptron (Viterbi decoding under
// the BIO constraints, Collins 2002) on docs and returns the model with
// the averaged weights, pruned of zero rows and quantised to 16 bits.
//
// With opt.Stages set to 2 it trains a two-stage tagger (TrainStacked).
func Train(docs []TrainDoc, opt TrainOptions) (*Model, error) {
	if opt.Stages >= 2 {
		return TrainStacked(docs, opt)
	}
	return train(docs, nil, opt)
}

// train is Train; when stack is not nil, stack[i] are first-stage labels
// of docs[i]'s tokens and the model is a second stage that reads them
// (ner_stack.go).
func train(docs []TrainDoc, stack [][]uint8, opt TrainOptions) (*Model, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 12
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 1
	}
	if opt.Labels == nil {
		opt.Labels = defaultLabels
	}
	// A model with no weights gives the label ids and constraints.
	shape, err := newModel(ModelInfo{FeatureVersion: featureVersion, Labels: opt.Labels}, make([]float32, (len(opt.Labels)+1)*len(opt.Labels)), nil, nil)
	if err != nil {
		return nil, err
	}
	nl := shape.nl
	labelID := map[string]int8{}
	for i, l := range opt.Labels {
		labelID[l] = int8(i)
	}
	start := time.Now()

	// Pass 1: features of every token, as hashes, and their counts.
	var s docScratch
	var st stackScratch
	type rawDoc struct {
		hashes []uint64
		off    []int32
		gold   []int8
		starts []int
	}
	raws := make([]rawDoc, 0, len(docs))
	counts := map[uint64]int32{}
	corpora := map[string]bool{}
	info := ModelInfo{FeatureVersion: featureVersion, Labels: opt.Labels, Epochs: opt.Epochs, Seed: opt.Seed}
	for di, d := range docs {
		var words []string
		var gold []int8
		var starts []int
		for _, sent := range d.Sentences {
			if len(sent.Words) != len(sent.Labels) {
				return nil, fmt.Errorf("entity: %s %s: %d words, %d labels", d.Corpus, d.ID, len(sent.Words), len(sent.Labels))
			}
			if len(sent.Words) == 0 {
				continue
			}
			starts = append(starts, len(words))
			words = append(words, sent.Words...)
			for _, l := range sent.Labels {
				if l == "" {
					gold = append(gold, -1)
					continue
				}
				id, ok := labelID[l]
				if !ok {
					return nil, fmt.Errorf("entity: %s %s: unknown label %q", d.Corpus, d.ID, l)
				}
				gold = append(gold, id)
			}
			info.Sentences++
		}
		if len(words) == 0 {
			continue
		}
		info.Docs++
		info.Tokens += len(words)
		corpora[d.Corpus] = true
		s.prepare(words, starts)
		// Tokens the corpus labels as names are scored even when they
		// are not candidates, so that the gold path is always possible.
		for i, g := range gold {
			if g > 0 {
				s.info[i].flags |= fCand
			}
		}
		s.features(starts)
		feats, off := slices.Clone(s.feats), slices.Clone(s.off)
		if stack != nil {
			if len(stack[di]) != len(words) {
				return nil, fmt.Errorf("entity: %s %s: %d first-stage labels for %d words", d.Corpus, d.ID, len(stack[di]), len(words))
			}
			st.stackFeatures(&s, shape, stack[di])
			feats = feats[:0]
			for i := range words {
				off[i] = int32(len(feats))
				feats = append(feats, s.feats[s.off[i]:s.off[i+1]]...)
				feats = append(feats, st.feats[st.off[i]:st.off[i+1]]...)
			}
			off[len(words)] = int32(len(feats))
			feats = slices.Clone(feats)
		}
		for _, h := range feats {
			counts[h]++
		}
		raws = append(raws, rawDoc{feats, off, gold, starts})
	}
	if info.Tokens == 0 {
		return nil, errors.New("entity: no training data")
	}
	for c := range corpora {
		info.TrainedOn = append(info.TrainedOn, c)
	}
	slices.Sort(info.TrainedOn)

	// Pass 2: feature indices, in order of first occurrence so that the
	// layout does not depend on map order.
	index := map[uint64]int32{}
	var hashes []uint64
	data := make([]trainDocData, len(raws))
	var sents []trainSent
	for di, r := range raws {
		dd := trainDocData{feats: make([]int32, len(r.hashes)), off: r.off, gold: r.gold}
		for j, h := range r.hashes {
			if counts[h] < int32(opt.MinCount) {
				dd.feats[j] = -1
				continue
			}
			id, ok := index[h]
			if !ok {
				id = int32(len(hashes))
				index[h] = id
				hashes = append(hashes, h)
			}
			dd.feats[j] = id
		}
		all := uint32(1)<<nl - 1
		dd.allowed = make([]uint32, len(r.gold))
		for i := range r.gold {
			if r.off[i] == r.off[i+1] {
				dd.allowed[i] = 1 // O only
			} else {
				dd.allowed[i] = all
			}
		}
		for k, lo := range r.starts {
			hi := len(r.gold)
			if k+1 < len(r.starts) {
				hi = r.starts[k+1]
			}
			sents = append(sents, trainSent{di, lo, hi})
		}
		data[di] = dd
	}
	counts, index, raws = nil, nil, nil

	nf := len(hashes)
	mixes := max(opt.Mix, 1)
	var w, tw []float64
	for r := range mixes {
		// Run r shuffles with its own seed; the weights of the runs are
		// averaged (parameter mixing), which steadies them.
		rw, rtw := perceptron(data, sents, nf, nl, shape, opt, opt.Seed+uint64(r)*0x9e37, start)
		if w == nil {
			w, tw = rw, rtw
			continue
		}
		for i := range w {
			w[i] += rw[i]
		}
		for i := range tw {
			tw[i] += rtw[i]
		}
	}
	maxAbs := 0.0
	for i := range w {
		w[i] /= float64(mixes)
		maxAbs = math.Max(maxAbs, math.Abs(w[i]))
	}
	for i := range tw {
		tw[i] /= float64(mixes)
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := maxAbs / 32767
	var keepH []uint64
	var keepR []int16
	row := make([]int16, nl)
	for f, h := range hashes {
		nz := false
		for l := 0; l < nl; l++ {
			q := math.Round(w[f*nl+l] / scale)
			row[l] = int16(q)
			nz = nz || q != 0
		}
		if nz {
			keepH = append(keepH, h)
			keepR = append(keepR, row...)
		}
	}
	info.Features = len(keepH)
	trans32 := make([]float32, len(tw))
	for i := range trans32 {
		trans32[i] = float32(tw[i])
	}
	m, err := newModel(info, trans32, keepH, keepR)
	if err != nil {
		return nil, err
	}
	m.scale = float32(scale)
	return m, nil
}

// TrainedOn reports whether the model was trained on the corpus named
// name, or on a part of it ("meantime-en" covers
// "meantime-en/corpus_airbus" and the other way round).
func (m *Model) TrainedOn(name string) bool {
	for _, c := range m.Info.TrainedOn {
		if c == name || strings.HasPrefix(c, name+"/") || strings.HasPrefix(name, c+"/") {
			return true
		}
	}
	return false
}

// perceptron runs opt.Epochs epochs of the structured perceptron over
// sents, shuffled with seed, and returns the averaged emission and
// transition weights.
func perceptron(data []trainDocData, sents []trainSent, nf, nl int, shape *Model, opt TrainOptions, seed uint64, start time.Time) (w, tw []float64) {
	w = make([]float64, nf*nl)
	u := make([]float64, nf*nl) // sum of c*update, for averaging
	tw = make([]float64, (nl+1)*nl)
	tu := make([]float64, (nl+1)*nl)
	trans32 := make([]float32, (nl+1)*nl)
	var emis []float32
	back := make([]uint8, 0)
	var pred, gold []uint8
	var goldAllowed []uint32
	c := 1.0
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		rng := rand.New(rand.NewPCG(seed, uint64(epoch)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for i, t := range tw {
			trans32[i] = float32(t)
		}
		shape.constrain(trans32)
		errs := 0
		for _, si := range order {
			st := sents[si]
			dd := &data[st.doc]
			n := st.hi - st.lo
			if cap(emis) < n*nl {
				emis = make([]float32, n*nl)
				back = make([]uint8, n*nl)
				pred = make([]uint8, n)
				gold = make([]uint8, n)
				goldAllowed = make([]uint32, n)
			}
			emis, back, pred, gold, goldAllowed = emis[:n*nl], back[:n*nl], pred[:n], gold[:n], goldAllowed[:n]
			partial := false
			for t := 0; t < n; t++ {
				i := st.lo + t
				e := emis[t*nl : (t+1)*nl]
				clear(e)
				for _, f := range dd.feats[dd.off[i]:dd.off[i+1]] {
					if f < 0 {
						continue
					}
					row := w[int(f)*nl : int(f)*nl+nl]
					for l := range e {
						e[l] += float32(row[l])
					}
				}
				if g := dd.gold[i]; g >= 0 {
					goldAllowed[t] = 1 << g
				} else {
					goldAllowed[t] = dd.allowed[i]
					partial = true
				}
			}
			allowed := dd.allowed[st.lo:st.hi]
			viterbi(nl, emis, trans32, allowed, 0, n, back, pred)
			if partial {
				// The best path that agrees with the known labels stands
				// in for the gold path.
				viterbi(nl, emis, trans32, goldAllowed, 0, n, back, gold)
			} else {
				for t := 0; t < n; t++ {
					gold[t] = uint8(dd.gold[st.lo+t])
				}
			}
			if !slices.Equal(pred, gold) {
				errs++
				prevG, prevP := -1, -1
				for t := 0; t < n; t++ {
					g, p := int(gold[t]), int(pred[t])
					if g != p {
						i := st.lo + t
						for _, f := range dd.feats[dd.off[i]:dd.off[i+1]] {
							if f < 0 {
								continue
							}
							w[int(f)*nl+g]++
							u[int(f)*nl+g] += c
							w[int(f)*nl+p]--
							u[int(f)*nl+p] -= c
						}
					}
					if g != p || prevG != prevP {
						// Both paths are valid, so these are never the
						// -Inf entries of trans32.
						a, b := (prevG+1)*nl+g, (prevP+1)*nl+p
						tw[a]++
						tu[a] += c
						tw[b]--
						tu[b] -= c
						trans32[a], trans32[b] = float32(tw[a]), float32(tw[b])
					}
					prevG, prevP = g, p
				}
			}
			c++
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "epoch %2d: %d/%d sentences wrong (%.1fs)\n", epoch+1, errs, len(sents), time.Since(start).Seconds())
		}
	}
	// Averaged weights: w - u/c.
	for i := range w {
		w[i] -= u[i] / c
	}
	for i := range tw {
		tw[i] -= tu[i] / c
	}
	return w, tw
}
