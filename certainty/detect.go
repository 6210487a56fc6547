package certainty

import (
	"sync"

	"dossier"
	"dossier/text"
)

// Detector finds cues with a lexicon, context rules and, optionally, a
// model for the ambiguous candidates. The zero value is not usable; use
// Default or NewDetector. A Detector is safe for concurrent use.
type Detector struct {
	model *Model
}

var (
	hedges, overlays *table
	// roles says what each word can start, so that a sentence costs one
	// map look-up per token: most tokens start nothing.
	roles       map[string]role
	compileOnce sync.Once
)

// role is a set of things a word can start.
type role uint8

const (
	roleHedge   role = 1 << iota // a phrase of hedgeLexicon
	roleOverlay                  // a phrase of overlayLexicon
	roleNeg                      // a negated booster (negTriggers)
	roleConf                     // a confidence statement
	roleWeasel                   // a quantified weasel (weaselQuantifiers)
)

// tables compiles the lexicons, once, and returns them.
func tables() (*table, *table) {
	compileOnce.Do(func() {
		hedges = compile(hedgeLexicon)
		overlays = compile(overlayLexicon)
		roles = make(map[string]role)
		for w := range hedges.byFirst {
			roles[w] |= roleHedge
		}
		for w := range overlays.byFirst {
			roles[w] |= roleOverlay
		}
		for w := range negTriggers {
			roles[w] |= roleNeg
		}
		for w := range weaselQuantifiers {
			roles[w] |= roleWeasel
		}
		roles["with"] |= roleConf
		for w := range confidenceLevels {
			roles[w] |= roleConf
			roles[w+"-confidence"] |= roleConf
		}
		for w := range confidenceAdverbs {
			roles[w] |= roleConf
		}
	})
	return hedges, overlays
}

// NewDetector returns a detector that decides ambiguous candidates with m;
// with a nil or empty m it decides them by the lexicon's defaults alone.
func NewDetector(m *Model) *Detector {
	tables()
	if m != nil && len(m.rows) == 0 {
		m = nil
	}
	return &Detector{model: m}
}

var (
	defaultDetector *Detector
	defaultOnce     sync.Once
)

// Default returns the detector with the embedded model. It panics if the
// embedded model does not load, which the package's tests rule out.
func Default() *Detector {
	defaultOnce.Do(func() {
		m, err := EmbeddedModel()
		if err != nil {
			panic("certainty: embedded model: " + err.Error())
		}
		defaultDetector = NewDetector(m)
	})
	return defaultDetector
}

// Model returns the detector's model, or nil.
func (d *Detector) Model() *Model { return d.model }

// scratch holds the buffers of one sentence's analysis, reused through a
// pool so that detection allocates only its results.
type scratch struct {
	s     sentence
	roles []role // roles of each token's word
	buf   []byte
	bound []int
	feats []uint64
	fbuf  []byte
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// load fills sc.s with the folded tokens of toks.
func (sc *scratch) load(txt string, toks []text.Token) {
	sc.buf = sc.buf[:0]
	sc.bound = sc.bound[:0]
	for _, t := range toks {
		sc.buf = fold(sc.buf, t.Text(txt))
		sc.bound = append(sc.bound, len(sc.buf))
	}
	all := string(sc.buf)
	sc.s.text, sc.s.toks = txt, toks
	sc.s.words = sc.s.words[:0]
	sc.roles = sc.roles[:0]
	prev := 0
	for i, b := range sc.bound {
		w := all[prev:b]
		sc.s.words = append(sc.s.words, w)
		var r role
		if k := toks[i].Kind; k == text.Word || k == text.Number {
			r = roles[w]
		}
		sc.roles = append(sc.roles, r)
		prev = b
	}
}

// AppendCues appends the cues of sentence i of doc to dst, in text order,
// and returns the extended slice.
func (d *Detector) AppendCues(dst []Cue, doc *text.Doc, i int) []Cue {
	if i < 0 || i >= len(doc.Sentences) {
		return dst
	}
	st := doc.Sentences[i]
	return d.appendTokens(dst, doc.Text, doc.Tokens[st.FirstToken:st.EndToken], nil)
}

// Cues returns the cues of sentence i of doc.
func (d *Detector) Cues(doc *text.Doc, i int) []Cue { return d.AppendCues(nil, doc, i) }

// DocCues returns the cues of every sentence of doc.
func (d *Detector) DocCues(doc *text.Doc) [][]Cue {
	out := make([][]Cue, len(doc.Sentences))
	for i := range doc.Sentences {
		out[i] = d.AppendCues(nil, doc, i)
	}
	return out
}

// Uncertain reports whether sentence i of doc carries a hedge cue.
func (d *Detector) Uncertain(doc *text.Doc, i int) bool {
	var buf [8]Cue
	return UncertainCues(d.AppendCues(buf[:0], doc, i))
}

// SpanCues appends the cues of doc inside span to dst; see the package
// function SpanCues.
func (d *Detector) SpanCues(dst []Cue, doc *text.Doc, span dossier.Span) []Cue {
	for i := doc.SentenceAt(span.Start); i < len(doc.Sentences) && doc.Sentences[i].Span.Start < span.End; i++ {
		n := len(dst)
		dst = d.AppendCues(dst, doc, i)
		keep := dst[:n]
		for _, c := range dst[n:] {
			if c.Span.Start >= span.Start && c.Span.End <= span.End {
				keep = append(keep, c)
			}
		}
		dst = keep
	}
	return dst
}

// appendTokens finds the cues of one sentence given as tokens of txt.
// With a hook it trains: the model's candidates become examples, decided
// by the gold cues.
func (d *Detector) appendTokens(dst []Cue, txt string, toks []text.Token, hook *trainHook) []Cue {
	if len(toks) == 0 {
		return dst
	}
	_, overlays := tables()
	sc := scratchPool.Get().(*scratch)
	defer func() {
		// A pooled scratch must not keep the document alive.
		sc.s.text, sc.s.toks = "", nil
		scratchPool.Put(sc)
	}()
	sc.load(txt, toks)
	first := len(dst)

	// Hedges and boosters take their tokens: the longest phrase at a
	// place wins, and its words are not read again.
	lastEnd := 0
	for i := 0; i < len(toks); {
		if c, end, ok := d.hedgeAt(sc, i, lastEnd, hook); ok {
			dst = append(dst, c)
			lastEnd, i = end, end
			continue
		}
		i++
	}

	// Overlays (weasel, peacock) and confidence statements lie over the
	// hedges without taking their tokens.
	n := len(dst)
	for i := 0; i < len(toks); i++ {
		if c, end, ok := overlayAt(sc, i, overlays); ok {
			dst = append(dst, c)
			i = end - 1
		}
	}
	if n > first && len(dst) > n {
		sortCues(dst[first:])
	}
	return dst
}

// hedgeAt finds the hedge or booster cue that starts at token i, if any,
// and returns it with the token where it ends. lastEnd is where the last
// cue ended: a negated booster does not reach back into it.
func (d *Detector) hedgeAt(sc *scratch, i, lastEnd int, hook *trainHook) (Cue, int, bool) {
	s := &sc.s
	r := sc.roles[i]
	if r&roleNeg != 0 {
		if from, end, ok := negatedBooster(s, i); ok {
			return makeCue(s, max(from, lastEnd), end, Speculation, ""), end, true
		}
	}
	if s.toks[i].Kind == text.Number {
		if end, pct, ok := percentAt(s, i); ok {
			// "a 70 percent chance" hedges; "100 percent certain" and
			// "zero percent chance" boost.
			typ := Speculation
			if pct <= 0 || pct >= 100 {
				typ = Booster
			}
			c := makeCue(s, i, end, typ, TermOf(pct))
			c.Negated = negations[s.word(end)]
			return c, end, true
		}
	}
	if r&roleHedge == 0 {
		return Cue{}, 0, false
	}
	p := hedges.longest(s, i)
	if p == nil {
		return Cue{}, 0, false
	}
	cue, typ, learned := d.decide(sc, p, i, hook)
	if !cue {
		return Cue{}, 0, false
	}
	c := makeCue(s, i+p.from, i+p.to, typ, p.term)
	c.Learned = learned
	c.Negated = negatedAfter(s, i+len(p.words), p)
	return c, i + len(p.words), true
}

// overlayAt finds the confidence statement, weasel or peacock cue that
// starts at token i, if any, and returns it with the token where it ends.
func overlayAt(sc *scratch, i int, overlays *table) (Cue, int, bool) {
	s := &sc.s
	r := sc.roles[i]
	if r&roleConf != 0 {
		if from, end, level, ok := confidenceAt(s, i); ok {
			c := makeCue(s, from, end, Confidence, "")
			c.Confidence = level
			return c, end, true
		}
	}
	if r&roleWeasel != 0 {
		if end, ok := weaselAt(s, i); ok {
			return makeCue(s, i, end, Weasel, ""), end, true
		}
	}
	if r&roleOverlay != 0 {
		if p := overlays.longest(s, i); p != nil {
			return makeCue(s, i+p.from, i+p.to, p.typ, ""), i + len(p.words), true
		}
	}
	return Cue{}, 0, false
}

// makeCue builds the cue of tokens [from, to) of s.
func makeCue(s *sentence, from, to int, typ CueType, term string) Cue {
	span := dossier.Span{Start: s.toks[from].Span.Start, End: s.toks[to-1].Span.End}
	return Cue{Span: span, Text: span.Of(s.text), Type: typ, Term: term}
}

// sortCues orders cues by start, then end, with an insertion sort: a
// sentence has a handful of cues, and sort.Slice would allocate.
func sortCues(cs []Cue) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && less(cs[j], cs[j-1]); j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

func less(a, b Cue) bool {
	if a.Span.Start != b.Span.Start {
		return a.Span.Start < b.Span.Start
	}
	if a.Span.End != b.Span.End {
		return a.Span.End < b.Span.End
	}
	return a.Type < b.Type
}

// decide says whether phrase p at token i is a cue, of which type, and
// whether the model decided it.
func (d *Detector) decide(sc *scratch, p *phrase, i int, hook *trainHook) (cue bool, typ CueType, learned bool) {
	if veto(&sc.s, p, i) {
		return false, 0, false
	}
	switch {
	case p.mode == ruled:
		return true, p.typ, false
	case hook != nil:
		sc.feats, sc.fbuf = features(sc.feats[:0], sc.fbuf[:0], &sc.s, p, i, hook.names)
		class := hook.label(&sc.s, i+p.from, i+p.to)
		hook.add(sc.feats, class)
		return class != 0, modelClasses[class], true
	case d.model == nil:
		return p.mode == learnedYes, p.typ, false
	}
	sc.feats, sc.fbuf = features(sc.feats[:0], sc.fbuf[:0], &sc.s, p, i, nil)
	class := d.model.classify(sc.feats)
	if class == 0 {
		return false, 0, true
	}
	return true, modelClasses[class], true
}
