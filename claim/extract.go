package claim

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier"
	"dossier/certainty"
	"dossier/text"
)

// Extract finds the responsibility claims in one analysed article. doc is
// the article's text layer; an holds its mentions, statements (Speaker is
// an article entity ID, or "" for none) and entities. Extract may add
// entities to an through entity.Ensure, for agents the mention layer did
// not name ("a Valdorian group", "non-state actors"). A claim's Holder ""
// means the outlet's own voice. Claims are in text order, with IDs
// "ARTICLE-c1", "ARTICLE-c2", ...
func Extract(a *dossier.Article, doc *text.Doc, an *dossier.Analysis) []dossier.Claim {
	if a == nil || doc == nil || an == nil || len(doc.Tokens) == 0 {
		return nil
	}
	x := newExtractor(a, doc, an)
	for si := range doc.Sentences {
		if x.heading(si) {
			continue
		}
		s := doc.Sentences[si]
		for i := s.FirstToken; i < s.EndToken; i++ {
			x.match(si, i)
		}
	}
	x.resolveFalseFlags()
	x.resolveRejections()
	return x.finish()
}

// extractor is the state of one article's extraction.
type extractor struct {
	a   *dossier.Article
	doc *text.Doc
	an  *dossier.Analysis
	// w holds each token's word, lower case, quote marks folded to ASCII;
	// caps says whether it starts with an upper-case letter.
	w    []string
	caps []bool
	cls  []uint32 // each word's classes (lexClass)
	// ment maps a token to the mention that covers it (an index into
	// an.Mentions), or -1.
	ment []int32
	// targets are the words of what the incident struck ("kremlin",
	// "dam"), from phrases like "an attack on the Kremlin"; incident is
	// the article's first phrase naming the incident, the event of a claim
	// worded with a pronoun ("behind it").
	targets  map[string]bool
	incident string
	cands    []cand
	rejects  []rejection
	// byID indexes an.Entities; rebuilt when Ensure adds one.
	byID map[string]int
	// Caches of what is asked again and again: canonical entities,
	// statements' holders, the statement that covers a token.
	canonOf   map[string]string
	speakers  map[int]string
	stmtCache map[int]stmtHit
	cues      map[int][]certainty.Cue // by sentence
	ensured   map[ensureKey]string
}

type stmtHit struct {
	st   int
	good bool
}

// cand is a claim found, with where it was found, before the passes that
// need every claim of the article (false-flag stagers, rejections).
type cand struct {
	c    dossier.Claim
	sent int
	pos  int // the predicate's first token, for ordering
	// falseFlag marks a false-flag allegation whose agent, the stager, is
	// resolved once every claim is known; lo and hi bound its sentence.
	falseFlag bool
	lo, hi    int
	ff        int // the token of "flag"
	negated   bool
	frameNeg  bool
}

// rejection is a reference back to a claim that someone rejects: "an
// allegation rejected by Washington", "dismissed Russia's claim that
// ...".
type rejection struct {
	holder string
	stmt   string
	sent   int
	pos    int
	// after is set when the rejected claim follows in the sentence (a
	// "that" clause); else it is the last claim before.
	after    bool
	evidence dossier.Span
}

func newExtractor(a *dossier.Article, doc *text.Doc, an *dossier.Analysis) *extractor {
	x := &extractor{a: a, doc: doc, an: an, canonOf: map[string]string{}, speakers: map[int]string{}, stmtCache: map[int]stmtHit{}, cues: map[int][]certainty.Cue{}, ensured: map[ensureKey]string{}}
	n := len(doc.Tokens)
	x.w = make([]string, n)
	x.caps = make([]bool, n)
	x.cls = make([]uint32, n)
	// One lower-cased copy of the text serves every token's word, unless
	// lower-casing changed a length (rare scripts), when each token folds
	// its own.
	for i, t := range doc.Tokens {
		s := t.Text(doc.Text)
		r, _ := utf8.DecodeRuneInString(s)
		x.caps[i] = r < utf8.RuneSelf && 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
		if t.Kind != text.Word || len(s) > maxLexWord {
			x.cls[i] = cKnown // no class: nothing to look up
		}
	}
	x.ment = make([]int32, n)
	for i := range x.ment {
		x.ment[i] = -1
	}
	for mi, m := range an.Mentions {
		for k := doc.TokenAt(m.Span.Start); k < n && doc.Tokens[k].Span.Start < m.Span.End; k++ {
			// The longer mention wins a token two mentions share.
			if prev := x.ment[k]; prev < 0 || an.Mentions[prev].Span.Len() < m.Span.Len() {
				x.ment[k] = int32(mi)
			}
		}
	}
	x.findTargets()
	return x
}

// foldWord returns a token's word in lower case with ASCII quote marks,
// and whether it starts with a capital. Most tokens are lower-case ASCII
// and are returned as they are, without allocating.
func foldWord(s string) (string, bool) {
	plain, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			plain = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			upper = true
		}
	}
	if plain {
		caps := len(s) > 0 && s[0] >= 'A' && s[0] <= 'Z'
		if !upper {
			return s, false
		}
		return strings.ToLower(s), caps
	}
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ToLower(text.FoldQuotes(s)), unicode.IsUpper(r)
}

// class returns the classes of token i's word, looking them up the first
// time they are asked for: most words are never asked.
func (x *extractor) class(i int) uint32 {
	c := x.cls[i]
	if c&cKnown == 0 {
		c = lexClass[x.word(i)] | cKnown
		x.cls[i] = c
	}
	return c
}

// trigger reports whether a predicate can start at token i. A table of
// the triggers' lengths and first letters answers most words without a
// look-up.
func (x *extractor) trigger(i int) bool {
	return x.mayBe(i, triggerShape) && x.class(i)&cTrigger != 0
}

// mayBe reports whether token i could be a word of the shape table t,
// from its length and first letter, without folding it.
func (x *extractor) mayBe(i int, t *shape) bool {
	sp := x.doc.Tokens[i].Span
	n := sp.Len()
	if n == 0 || n >= len(t) {
		return false
	}
	return t[n][letter(x.doc.Text[sp.Start])][letter(x.doc.Text[sp.End-1])]
}

// word returns the folded word of token i, or "" outside the text. Words
// are folded the first time they are asked for.
func (x *extractor) word(i int) string {
	if i < 0 || i >= len(x.w) {
		return ""
	}
	w := x.w[i]
	if w == "" {
		w, _ = foldWord(x.doc.Tokens[i].Text(x.doc.Text))
		x.w[i] = w
	}
	return w
}

func (x *extractor) kind(i int) text.TokenKind {
	if i < 0 || i >= len(x.doc.Tokens) {
		return 0
	}
	return x.doc.Tokens[i].Kind
}

// isPunct reports whether token i is punctuation or a quote mark.
func (x *extractor) isPunct(i int) bool {
	k := x.kind(i)
	return k == text.Punct || k == text.QuoteMark
}

func (x *extractor) isQuote(i int) bool { return x.kind(i) == text.QuoteMark }

// adverb reports whether token i is a lower-case adverb in -ly, which may
// stand anywhere in a clause ("was undoubtedly behind", "immediately
// blamed").
func (x *extractor) adverb(i int) bool {
	w := x.word(i)
	return len(w) > 3 && strings.HasSuffix(w, "ly") && !x.caps[i] && w != "only" && w != "early"
}

// span returns the byte span of tokens [lo, hi].
func (x *extractor) span(lo, hi int) dossier.Span {
	return dossier.Span{Start: x.doc.Tokens[lo].Span.Start, End: x.doc.Tokens[hi].Span.End}
}

func (x *extractor) textOf(lo, hi int) string {
	if lo > hi {
		return ""
	}
	return x.span(lo, hi).Of(x.doc.Text)
}

// heading reports whether sentence si is a heading or subheading: a
// paragraph of one short sentence without final punctuation. A heading
// restates the body; reading its claims would count them twice.
func (x *extractor) heading(si int) bool {
	s := x.doc.Sentences[si]
	if si > 0 && x.doc.Sentences[si-1].Paragraph == s.Paragraph {
		return false
	}
	if si+1 < len(x.doc.Sentences) && x.doc.Sentences[si+1].Paragraph == s.Paragraph {
		return false
	}
	if s.EndToken-s.FirstToken > 14 {
		return false
	}
	switch x.word(s.EndToken - 1) {
	case ".", "!", "?", "\"", "'", ":":
		return false
	}
	return true
}

// sentenceOf returns the index of the sentence of token i.
func (x *extractor) sentenceOf(i int) int {
	return sort.Search(len(x.doc.Sentences), func(k int) bool { return x.doc.Sentences[k].EndToken > i })
}

// finish orders the claims, drops repeats and numbers them.
func (x *extractor) finish() []dossier.Claim {
	sort.SliceStable(x.cands, func(i, j int) bool { return x.cands[i].pos < x.cands[j].pos })
	out := make([]dossier.Claim, 0, len(x.cands))
	type key struct {
		holder, agent string
		pol           dossier.Polarity
		sent          int
	}
	seen := map[key]bool{}
	for _, c := range x.cands {
		if c.c.Agent == "" {
			continue
		}
		// One holder saying one thing of one agent in one sentence is one
		// claim, however many predicates carry it ("alleged a false flag
		// and suggested Kessary staged it").
		k := key{c.c.Holder, c.c.Agent, c.c.Polarity, c.sent}
		if seen[k] {
			continue
		}
		seen[k] = true
		cl := c.c
		cl.ID = x.a.ID + "-c" + strconv.Itoa(len(out)+1)
		cl.Article = x.a.ID
		cl.Text = cl.Evidence.Of(x.doc.Text)
		out = append(out, cl)
	}
	return out
}
