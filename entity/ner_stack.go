package entity

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

// Two-stage tagging (stacking; Krishnan and Manning 2006, Ratinov and
// Roth 2009): a first model tags the document from local features; a
// second model tags it again with the same features and, in addition,
// what the first said about the whole document: the label of the token
// and its neighbours, how the other occurrences of the same word were
// tagged, how the first occurrence was, and the type of a longer name
// elsewhere in the document that contains the word ("Ford" after "Ford
// Motor Company"). A name is usually written in full once and then
// shortened, and the full form is the easier one to type.
//
// The second model is trained on first-stage labels that a model trained
// without the document produced (jackknife over the training documents),
// so that it learns how far to trust the first stage on unseen text, not
// on text it was trained on.

// Stacked-feature templates (see features.go for the others).
const (
	tS1 uint64 = iota + 101
	tS1M1
	tS1P1
	tDocOther
	tDocMaj
	tDocFirst
	tDocInName
	tS1Word
	tDocRun
)

// ShippedOptions are the training settings of the shipped model, which
// `go run ./cmd/train ner` uses by default: 12 epochs, seed 1, two
// stages, three perceptron runs mixed.
func ShippedOptions() TrainOptions {
	return TrainOptions{Epochs: 12, Seed: 1, Stages: 2, Mix: 3}
}

// stackFolds is the number of jackknife folds that give the second
// stage's training labels.
const stackFolds = 4

// docTypes indexes the entity types of a model's labels: 0 is O, 1.. the
// types in label order.
type docTypes struct {
	of []uint8 // label id → type index
	n  int     // types, O included
}

func newDocTypes(m *Model) docTypes {
	dt := docTypes{of: make([]uint8, m.nl), n: 1}
	seen := map[string]uint8{}
	for l := 1; l < m.nl; l++ {
		t := string(m.types[l])
		k, ok := seen[t]
		if !ok {
			k = uint8(dt.n)
			seen[t] = k
			dt.n++
		}
		dt.of[l] = k
	}
	return dt
}

// stackScratch holds the buffers of the stacked features of a document.
type stackScratch struct {
	feats []uint64
	off   []int32
	// count[form*maxLabels+type]: occurrences of a form with each
	// first-stage type (0 = O), candidates only
	forms  map[uint64]int32
	counts []int16
	first  []uint8
	inName []uint8 // per form: type<<2 | position flags of the longest first-stage name of ≥ 2 words containing it
	inLen  []uint8
	// names: a first-stage name's words (hash of their lower-case forms)
	// → 1 + the type index of the last name with those words
	names map[uint64]uint8
}

// stackFeatures fills st.feats and st.off with the stacked features of
// every candidate token of the document prepared in s, whose first-stage
// labels are labels (ids of model m's label set).
func (st *stackScratch) stackFeatures(s *docScratch, m *Model, labels []uint8) {
	n := len(s.info)
	dt := newDocTypes(m)
	if st.forms == nil {
		st.forms = make(map[uint64]int32, 256)
		st.names = make(map[uint64]uint8, 64)
	} else {
		clear(st.forms)
		clear(st.names)
	}
	st.counts = st.counts[:0]
	st.first = st.first[:0]
	st.inName = st.inName[:0]
	st.inLen = st.inLen[:0]
	formOf := func(h uint64) int32 {
		f, ok := st.forms[h]
		if !ok {
			f = int32(len(st.first))
			st.forms[h] = f
			st.first = append(st.first, 0xff)
			st.inName = append(st.inName, 0)
			st.inLen = append(st.inLen, 0)
			for range maxLabels {
				st.counts = append(st.counts, 0)
			}
		}
		return f
	}
	cand := func(i int) bool { return s.off[i] != s.off[i+1] }
	// forms of the candidates, their first-stage types
	for i := 0; i < n; i++ {
		if !cand(i) {
			continue
		}
		f := formOf(s.info[i].lower)
		t := dt.of[labels[i]]
		st.counts[int(f)*maxLabels+int(t)]++
		if st.first[f] == 0xff {
			st.first[f] = t
		}
	}
	// names of two words or more
	for i := 0; i < n; {
		l := labels[i]
		if l == 0 {
			i++
			continue
		}
		j := i + 1
		for j < n && labels[j] != 0 && !m.begin[labels[j]] && m.types[labels[j]] == m.types[l] {
			j++
		}
		st.names[wordsKey(s.info, i, j)] = 1 + dt.of[l]
		if j-i >= 2 && j-i < 255 {
			t := dt.of[l]
			for k := i; k < j; k++ {
				if !cand(k) {
					continue
				}
				f := formOf(s.info[k].lower)
				if uint8(j-i) > st.inLen[f] {
					pos := uint8(0)
					switch k {
					case i:
						pos = 1
					case j - 1:
						pos = 2
					}
					st.inLen[f] = uint8(j - i)
					st.inName[f] = t<<2 | pos
				}
			}
		}
		i = j
	}
	if cap(st.off) < n+1 {
		st.off = make([]int32, n+1, n+n/2+1)
	}
	st.off = st.off[:n+1]
	st.feats = st.feats[:0]
	for i := 0; i < n; i++ {
		st.off[i] = int32(len(st.feats))
		if !cand(i) {
			continue
		}
		in := &s.info[i]
		l := labels[i]
		lm1, lp1 := uint64(0xfe), uint64(0xff)
		if i > 0 {
			lm1 = uint64(labels[i-1])
		}
		if i+1 < n {
			lp1 = uint64(labels[i+1])
		}
		st.feats = append(st.feats,
			mix(tS1, uint64(l)),
			mix(tS1M1, lm1<<8|uint64(l)),
			mix(tS1P1, uint64(l)<<8|lp1),
			mix(tS1Word, mix(in.lower, uint64(l))),
		)
		f := st.forms[in.lower]
		c := st.counts[int(f)*maxLabels : int(f)*maxLabels+maxLabels]
		own := dt.of[l]
		others, best, bestN := 0, -1, int16(0)
		for t := 0; t < dt.n; t++ {
			k := c[t]
			if t == int(own) {
				k--
			}
			if k <= 0 {
				continue
			}
			others += int(k)
			st.feats = append(st.feats, mix(tDocOther, uint64(t)))
			if k > bestN {
				best, bestN = t, k
			}
		}
		if others > 0 {
			st.feats = append(st.feats, mix(tDocMaj, uint64(best)<<8|uint64(own)))
			st.feats = append(st.feats, mix(tDocFirst, uint64(st.first[f])<<8|uint64(own)))
		}
		if st.inLen[f] > 0 && (l == 0 || int(st.inLen[f]) > 1) {
			st.feats = append(st.feats, mix(tDocInName, uint64(st.inName[f])))
		}
		// the run of capitalised words around the token, as a name
		// elsewhere in the document
		if in.flags&fRun != 0 {
			a, b := i, i+1
			for a > 0 && s.info[a-1].flags&fRun != 0 && s.info[a].flags&fStart == 0 {
				a--
			}
			for b < n && s.info[b].flags&fRun != 0 && s.info[b].flags&fStart == 0 {
				b++
			}
			if t := st.names[wordsKey(s.info, a, b)]; t != 0 {
				st.feats = append(st.feats, mix(tDocRun, uint64(t)<<8|uint64(own)))
			}
		}
	}
	st.off[n] = int32(len(st.feats))
}

// wordsKey hashes the lower-case forms of tokens [i, j).
func wordsKey(info []tokInfo, i, j int) uint64 {
	h := uint64(j - i)
	for k := i; k < j; k++ {
		h = mix(h, info[k].lower)
	}
	return h
}

// TrainStacked trains the two-stage tagger: the first stage on docs,
// the second on docs with first-stage labels from jackknife models (each
// trained without a quarter of the documents, labelling that quarter).
// The returned model is the first stage, with the second as its Next.
func TrainStacked(docs []TrainDoc, opt TrainOptions) (*Model, error) {
	opt.Stages = 1
	first, err := Train(docs, opt)
	if err != nil {
		return nil, err
	}
	fold := make([]int, len(docs))
	perm := rand.New(rand.NewPCG(opt.Seed, 0x57ac)).Perm(len(docs))
	for k, i := range perm {
		fold[i] = k % stackFolds
	}
	stack := make([][]uint8, len(docs))
	log := opt.Log
	opt.Log = nil
	for k := range stackFolds {
		var train []TrainDoc
		for i, d := range docs {
			if fold[i] != k {
				train = append(train, d)
			}
		}
		if len(train) == len(docs) {
			continue // fewer documents than folds
		}
		m, err := Train(train, opt)
		if err != nil {
			return nil, fmt.Errorf("entity: stacking fold %d: %w", k, err)
		}
		t := NewTagger(m)
		for i, d := range docs {
			if fold[i] == k {
				stack[i] = t.modelLabels(d)
			}
		}
	}
	opt.Log = log
	second, err := train(docs, stack, opt)
	if err != nil {
		return nil, err
	}
	second.Info.Stage = 2
	first.Next = second
	return first, nil
}

// modelLabels returns the labels the model alone (no rules, one stage)
// gives the words of d.
func (t *Tagger) modelLabels(d TrainDoc) []uint8 {
	sc := &tagScratch{}
	for _, s := range d.Sentences {
		if len(s.Words) > 0 {
			sc.starts = append(sc.starts, len(sc.words))
			sc.words = append(sc.words, s.Words...)
		}
	}
	n := len(sc.words)
	if n == 0 {
		return nil
	}
	t.tagWith(t.model, sc, n, false)
	return slices.Clone(sc.labels[:n])
}
