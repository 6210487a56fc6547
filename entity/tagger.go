package entity

import (
	"bytes"
	_ "embed"
	"slices"
	"sort"
	"sync"

	"dossier"
	"dossier/text"
)

// The shipped model, trained by `go run ./cmd/train ner` (see
// docs/entities.md); model/LICENSE-DATA lists the training data and its
// licences.
//
//go:embed model/ner.bin.gz
var modelData []byte

// Tagger finds the entity mentions of a document: the statistical
// tagger's names, then the rules for titles, metonyms and groups. It is
// safe for concurrent use.
type Tagger struct {
	model *Model
	joint *jointTable // model's stages in one table
	pool  sync.Pool   // *tagScratch
}

// tagScratch is what one Mentions call needs, reused across calls.
type tagScratch struct {
	doc     docScratch
	words   []string
	starts  []int
	emis    []float32
	base    []int32 // the second stage's sums of the first stage's features (jointTable.emissions)
	back    []uint8
	labels  []uint8
	allowed []uint32
	spans   []span
	stack   stackScratch
}

// span is a mention in token indices [start, end).
type span struct {
	start, end int
	typ        dossier.EntityType
	title      [2]int // token range of the title, when typ is PERSON; {0,0} when none
}

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
)

// Default returns the tagger with the embedded model, loading it once.
// It panics if the embedded model cannot be read, which a test of this
// package rules out for every build.
func Default() *Tagger {
	defaultOnce.Do(func() {
		m, err := ReadModel(bytes.NewReader(modelData))
		if err != nil {
			panic(err)
		}
		defaultTagger = NewTagger(m)
	})
	return defaultTagger
}

// DefaultModel returns the embedded model (for its metadata: what it was
// trained on).
func DefaultModel() *Model { return Default().model }

// NewTagger returns a tagger that uses model m.
func NewTagger(m *Model) *Tagger {
	return &Tagger{model: m, joint: newJointTable(m)}
}

// Mentions returns the named, metonym and group mentions of doc, sorted
// by Span.Start and not overlapping; Text is the span's text. Pronouns
// and other nominal mentions are left to coreference.
func (t *Tagger) Mentions(doc *text.Doc) []dossier.Mention {
	if len(doc.Tokens) == 0 {
		return nil
	}
	sc, _ := t.pool.Get().(*tagScratch)
	if sc == nil {
		sc = &tagScratch{}
	}
	defer t.pool.Put(sc)

	n := len(doc.Tokens)
	sc.words = sc.words[:0]
	for _, tok := range doc.Tokens {
		sc.words = append(sc.words, doc.Text[tok.Span.Start:tok.Span.End])
	}
	sc.starts = sc.starts[:0]
	for _, s := range doc.Sentences {
		if s.EndToken > s.FirstToken {
			sc.starts = append(sc.starts, s.FirstToken)
		}
	}
	if len(sc.starts) == 0 || sc.starts[0] != 0 {
		sc.starts = append([]int{0}, sc.starts...)
	}
	t.tag(sc, n)
	sc.spans = decode(sc.spans[:0], t.model, sc.labels[:n])
	sc.spans = applyRules(sc.spans, sc.words, &sc.doc, sc.starts)
	out := make([]dossier.Mention, 0, len(sc.spans))
	for _, s := range sc.spans {
		sp := dossier.Span{Start: doc.Tokens[s.start].Span.Start, End: doc.Tokens[s.end-1].Span.End}
		m := dossier.Mention{Span: sp, Text: sp.Of(doc.Text), Type: s.typ}
		if s.title[1] > s.title[0] {
			m.Title = doc.Text[doc.Tokens[s.title[0]].Span.Start:doc.Tokens[s.title[1]-1].Span.End]
		}
		out = append(out, m)
	}
	return out
}

// TagWords runs the statistical tagger and the rules on pre-tokenized
// text, sentence by sentence, and returns one BIO label per word (for
// training-time evaluation and debugging).
func (t *Tagger) TagWords(sentences [][]string) [][]string {
	sc := &tagScratch{}
	for _, s := range sentences {
		if len(s) > 0 {
			sc.starts = append(sc.starts, len(sc.words))
			sc.words = append(sc.words, s...)
		}
	}
	n := len(sc.words)
	out := make([][]string, len(sentences))
	if n == 0 {
		for i, s := range sentences {
			out[i] = make([]string, len(s))
		}
		return out
	}
	t.tag(sc, n)
	spans := applyRules(decode(nil, t.model, sc.labels[:n]), sc.words, &sc.doc, sc.starts)
	flat := make([]string, n)
	for i := range flat {
		flat[i] = "O"
	}
	for _, s := range spans {
		for i := s.start; i < s.end; i++ {
			if i == s.start {
				flat[i] = "B-" + string(s.typ)
			} else {
				flat[i] = "I-" + string(s.typ)
			}
		}
	}
	k := 0
	for i, s := range sentences {
		out[i] = flat[k : k+len(s)]
		k += len(s)
	}
	return out
}

// tag runs the statistical model, both stages when it has two, over
// sc.words (n of them, sentences at sc.starts) and leaves one label id
// per token in sc.labels.
func (t *Tagger) tag(sc *tagScratch, n int) { t.tagWith(t.model, sc, n, true) }

// tagWith is tag with model m, whose second stage runs only when stages
// is set.
func (t *Tagger) tagWith(m *Model, sc *tagScratch, n int, stages bool) {
	nl := m.nl
	sc.doc.prepare(sc.words, sc.starts)
	sc.doc.features(sc.starts)
	sc.emis = grow(sc.emis, n*nl)
	sc.back = grow(sc.back, n*nl)
	sc.labels = grow(sc.labels, n)
	sc.allowed = grow(sc.allowed, n)
	j := t.joint
	if j != nil && j.first != m {
		j = nil
	}
	two := stages && m.Next != nil && j != nil && j.second == m.Next
	if two {
		sc.base = grow(sc.base, n*jointRow)
	}
	if j != nil {
		j.emissions(&sc.doc, sc.emis, sc.base, two)
	} else {
		m.emissions(&sc.doc, nil, sc.emis)
	}
	all := uint32(1)<<nl - 1
	for i := range sc.allowed {
		if sc.doc.off[i] == sc.doc.off[i+1] {
			sc.allowed[i] = 1
		} else {
			sc.allowed[i] = all
		}
	}
	for k, lo := range sc.starts {
		hi := n
		if k+1 < len(sc.starts) {
			hi = sc.starts[k+1]
		}
		// Sentences of only non-candidates are all O: skip the decoding.
		any := false
		for i := lo; i < hi; i++ {
			if sc.allowed[i] != 1 {
				any = true
				break
			}
		}
		if !any {
			clear(sc.labels[lo:hi])
			continue
		}
		viterbi(nl, sc.emis, m.trans, sc.allowed, lo, hi, sc.back[lo*nl:], sc.labels)
	}
	if !stages || m.Next == nil {
		return
	}
	sc.stack.stackFeatures(&sc.doc, m, sc.labels[:n])
	m2 := m.Next
	if two {
		j.secondEmissions(&sc.doc, &sc.stack, sc.base, sc.emis)
	} else {
		m2.emissions(&sc.doc, &sc.stack, sc.emis)
	}
	for k, lo := range sc.starts {
		hi := n
		if k+1 < len(sc.starts) {
			hi = sc.starts[k+1]
		}
		if !slices.ContainsFunc(sc.allowed[lo:hi], func(a uint32) bool { return a != 1 }) {
			continue // all O, as in the first stage
		}
		viterbi(nl, sc.emis, m2.trans, sc.allowed, lo, hi, sc.back[lo*nl:], sc.labels)
	}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// decode turns label ids into spans. An I- label that does not continue
// a span of its type starts one (Viterbi never makes one, but a model
// read from elsewhere might).
func decode(dst []span, m *Model, labels []uint8) []span {
	cur := -1
	for i, l := range labels {
		switch {
		case l == 0:
			cur = -1
		case m.begin[l] || cur < 0 || dst[cur].typ != m.types[l]:
			dst = append(dst, span{start: i, end: i + 1, typ: m.types[l]})
			cur = len(dst) - 1
		default:
			dst[cur].end = i + 1
		}
	}
	return dst
}

// sortSpans sorts spans by start and drops any that overlaps one kept
// before it, preferring the earlier, then the longer.
func sortSpans(spans []span) []span {
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	out := spans[:0]
	end := -1
	for _, s := range spans {
		if s.start < end || s.end <= s.start {
			continue
		}
		out = append(out, s)
		end = s.end
	}
	return out
}
