package certainty

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"

	"dossier"
	"dossier/text"
)

// TrainSentence is one annotated sentence to train on.
type TrainSentence struct {
	// Text is the sentence (or any text: it is segmented, and all its
	// sentences are read).
	Text string
	// Cues are the gold cues, as byte spans of Text with their types.
	// Only hedge types are learned; others are ignored.
	Cues []GoldCue
}

// GoldCue is an annotated cue.
type GoldCue struct {
	Span dossier.Span
	Type CueType
}

// TrainOptions are the settings of Train.
type TrainOptions struct {
	// Epochs is the number of passes over the examples (default 10).
	Epochs int
	// Seed seeds the order of the examples in each pass, so that a
	// training run is reproducible.
	Seed uint64
	// MinCount drops features seen in fewer examples (default 1: keep
	// all); rare features mostly memorise single sentences.
	MinCount int
	// TrainedOn is recorded in the model's metadata (see ModelInfo).
	TrainedOn []string
	// Command is recorded in the model's metadata.
	Command string
	// Log, when not nil, receives a line per epoch.
	Log io.Writer
}

// trainHook collects the model's candidates as examples while the
// detector scans a training sentence, and labels them with the gold cues.
type trainHook struct {
	gold     []GoldCue
	names    map[uint64]string
	examples []example
}

type example struct {
	feats []uint64
	class int
}

// label returns the model class of the gold cue that overlaps tokens
// [from, to) of s, or 0. Overlap rather than an exact match counts, so
// that a gold phrase the lexicon knows by one word still teaches that the
// word is a cue there.
func (h *trainHook) label(s *sentence, from, to int) int {
	a, b := s.toks[from].Span.Start, s.toks[to-1].Span.End
	for _, g := range h.gold {
		if g.Span.Start < b && a < g.Span.End {
			for c, t := range modelClasses {
				if t == g.Type && c > 0 {
					return c
				}
			}
		}
	}
	return 0
}

func (h *trainHook) add(feats []uint64, class int) {
	h.examples = append(h.examples, example{feats: append([]uint64(nil), feats...), class: class})
}

// Train learns the model of the ambiguous candidates from annotated
// sentences: every candidate of a learnedYes or learnedNo lexicon entry
// that no context rule vetoes is an example, labelled with the type of the
// gold cue it overlaps or "not a cue". The learner is a multiclass averaged
// perceptron; the same sentences, options and seed give the same model.
func Train(sents []TrainSentence, opt TrainOptions) (*Model, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	hook, err := collect(sents)
	if err != nil {
		return nil, err
	}
	m := learn(hook.examples, opt)
	m.Info.Sentences = len(sents)
	m.Info.TrainedOn = opt.TrainedOn
	m.Info.Command = opt.Command
	m.names = hook.names
	return m, nil
}

// collect scans the training sentences for examples.
func collect(sents []TrainSentence) (*trainHook, error) {
	if len(sents) == 0 {
		return nil, errors.New("certainty: no training sentences")
	}
	d := NewDetector(nil)
	hook := &trainHook{names: make(map[uint64]string)}
	for _, ts := range sents {
		doc := text.NewDoc(ts.Text)
		hook.gold = ts.Cues
		for _, st := range doc.Sentences {
			d.appendTokens(nil, doc.Text, doc.Tokens[st.FirstToken:st.EndToken], hook)
		}
	}
	// Two names with one hash would share a weight row silently.
	seen := make(map[string]uint64, len(hook.names))
	for h, n := range hook.names {
		if o, ok := seen[n]; ok && o != h {
			return nil, fmt.Errorf("certainty: feature %q has two hashes", n)
		}
		seen[n] = h
	}
	return hook, nil
}

// learn runs the averaged perceptron over examples.
func learn(examples []example, opt TrainOptions) *Model {
	counts := make(map[uint64]int)
	for _, ex := range examples {
		for _, h := range ex.feats {
			counts[h]++
		}
	}
	rows := make(map[uint64]int32)
	for _, ex := range examples {
		for _, h := range ex.feats {
			if _, ok := rows[h]; !ok && counts[h] >= max(opt.MinCount, 1) {
				rows[h] = int32(len(rows))
			}
		}
	}
	n := len(rows) * numClasses
	w := make([]float64, n)   // current weights
	acc := make([]float64, n) // sum of updates weighted by their time, for averaging
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	t := 1.0
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, k := range order {
			ex := examples[k]
			var score [numClasses]float64
			for _, h := range ex.feats {
				if r, ok := rows[h]; ok {
					for c := range score {
						score[c] += w[int(r)*numClasses+c]
					}
				}
			}
			pred := 0
			for c := 1; c < numClasses; c++ {
				if score[c] > score[pred] {
					pred = c
				}
			}
			if pred != ex.class {
				errs++
				for _, h := range ex.feats {
					if r, ok := rows[h]; ok {
						w[int(r)*numClasses+ex.class]++
						acc[int(r)*numClasses+ex.class] += t
						w[int(r)*numClasses+pred]--
						acc[int(r)*numClasses+pred] -= t
					}
				}
			}
			t++
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "epoch %d: %d/%d training errors\n", epoch+1, errs, len(examples))
		}
	}
	// Averaged weights, rounded to what the model file keeps so that a
	// trained model and the same model read back decide alike. Rows that
	// averaged to nothing are dropped.
	m := &Model{rows: make(map[uint64]int32)}
	for h, r := range rows {
		var row [numClasses]float32
		nonzero := false
		for c := range row {
			x := w[int(r)*numClasses+c] - acc[int(r)*numClasses+c]/t
			row[c] = round4(x)
			nonzero = nonzero || row[c] != 0
		}
		if nonzero {
			m.rows[h] = int32(len(m.weights) / numClasses)
			m.weights = append(m.weights, row[:]...)
		}
	}
	m.Info = ModelInfo{FeatureVersion: featureVersion, Examples: len(examples), Epochs: opt.Epochs, Seed: opt.Seed, Features: len(m.rows)}
	return m
}
