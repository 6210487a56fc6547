package stance

import (
	"hash/fnv"
	"math"
	"strings"
	"unicode"
)

// Feature layout: numDense dense features, then numDense*numBins one-hot
// bins of those features, then hashBuckets hashed lexical features.
const (
	numBins     = 8
	hashBits    = 18
	hashBuckets = 1 << hashBits
)

// feat is one sparse feature.
type feat struct {
	i int
	v float32
}

var stopwords = toSet(`a an the of to in on at for and or but is are was were be been being by with from as that this these those it its he she they them his her their we you i our your has have had do does did will would can could should may might not no so if than then there here what which who whom when where why how into about over after before up down out s t just also said says`)

// Cue lists. Refuting and hedging cues are counted in the headline, in the
// body and in the body's sentences that share words with the headline.
var refuting = []string{"fake", "fraud", "hoax", "false", "deny", "denies", "denied", "not", "despite", "nope", "doubt", "doubts", "bogus", "debunk", "debunks", "debunked", "pranks", "retract", "retracts", "no evidence", "untrue", "rumor", "rumour", "myth", "satire", "satirical", "never", "refute", "refuted", "dismissed", "incorrect"}
var hedging = []string{"reportedly", "allegedly", "alleged", "claims", "claimed", "claim", "according to", "rumored", "rumoured", "reports", "unconfirmed", "unverified", "purportedly", "may", "might", "could", "appears", "apparently", "suggests", "said to", "believed"}
var negations = toSet("not no never none nobody nothing neither nor cannot without n't isn't wasn't aren't doesn't didn't don't won't")

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// tokens lowercases s and splits it into word tokens (letters and digits).
func tokens(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		} else if r == '\'' || r == '’' {
			continue
		} else {
			flush()
		}
	}
	flush()
	return out
}

// stem is a crude suffix stripper, enough to match "denies" and "denied".
func stem(w string) string {
	if len(w) <= 4 {
		return w
	}
	for _, suf := range []string{"ing", "ies", "ied", "ed", "es", "s", "ly"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// content returns the stems of the non-stopword tokens.
func content(toks []string) []string {
	var out []string
	for _, t := range toks {
		if !stopwords[t] && len(t) > 1 {
			out = append(out, stem(t))
		}
	}
	return out
}

// sentences splits text on sentence-final punctuation and newlines.
func sentences(text string) []string {
	var out []string
	start := 0
	rs := []rune(text)
	for i, r := range rs {
		end := false
		switch r {
		case '\n':
			end = true
		case '.', '!', '?':
			end = i+1 >= len(rs) || unicode.IsSpace(rs[i+1])
		}
		if end {
			if s := strings.TrimSpace(string(rs[start : i+1])); s != "" {
				out = append(out, s)
			}
			start = i + 1
		}
	}
	if s := strings.TrimSpace(string(rs[start:])); s != "" {
		out = append(out, s)
	}
	return out
}

func ngramSet(ws []string, n int) map[string]bool {
	m := map[string]bool{}
	for i := 0; i+n <= len(ws); i++ {
		m[strings.Join(ws[i:i+n], " ")] = true
	}
	return m
}

func charGrams(s string, n int) map[string]bool {
	m := map[string]bool{}
	rs := []rune(strings.Join(tokens(s), " "))
	for i := 0; i+n <= len(rs); i++ {
		m[string(rs[i:i+n])] = true
	}
	return m
}

// frac is the share of a's keys found in b.
func frac(a, b map[string]bool) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// countCues counts occurrences of cue words and phrases in the padded,
// space-joined token string s.
func countCues(s string, cues []string) int {
	n := 0
	for _, c := range cues {
		n += strings.Count(s, " "+c+" ")
	}
	return n
}

func joinPad(toks []string) string { return " " + strings.Join(toks, " ") + " " }

func polarity(toks []string) float64 {
	n := 0
	for _, t := range toks {
		if negations[t] {
			n++
		}
	}
	return float64(n % 2)
}

// tfidf returns the L2-normalised TF-IDF vector of the stems.
func (m *Model) tfidf(stems []string) map[string]float64 {
	v := map[string]float64{}
	for _, s := range stems {
		v[s]++
	}
	var norm float64
	for k, tf := range v {
		w := (1 + math.Log(tf)) * m.idf(k)
		v[k] = w
		norm += w * w
	}
	norm = math.Sqrt(norm)
	if norm > 0 {
		for k := range v {
			v[k] /= norm
		}
	}
	return v
}

func cosine(a, b map[string]float64) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	var s float64
	for k, x := range a {
		s += x * b[k]
	}
	return s
}

// body is the reusable analysis of an article body.
type body struct {
	sents     []string
	sentToks  [][]string
	sentStems []map[string]bool
	stems     []string // all content stems
	headStems []string // content stems of the first 300 words
	uni, bi   map[string]bool
	hUni, hBi map[string]bool
	tri       map[string]bool
	chars     map[string]bool
	vec, hvec map[string]float64
	pad       string
	nTok      int
}

func (m *Model) analyseBody(text string) *body {
	b := &body{}
	b.sents = sentences(text)
	var all []string
	for _, s := range b.sents {
		t := tokens(s)
		b.sentToks = append(b.sentToks, t)
		set := map[string]bool{}
		for _, c := range content(t) {
			set[c] = true
		}
		b.sentStems = append(b.sentStems, set)
		all = append(all, t...)
	}
	b.nTok = len(all)
	head := all
	if len(head) > 300 {
		head = head[:300]
	}
	b.stems = content(all)
	b.headStems = content(head)
	b.uni, b.bi, b.tri = ngramSet(b.stems, 1), ngramSet(b.stems, 2), ngramSet(b.stems, 3)
	b.hUni, b.hBi = ngramSet(b.headStems, 1), ngramSet(b.headStems, 2)
	prefix := strings.Join(head, " ")
	if len(prefix) > 3000 {
		prefix = prefix[:3000]
	}
	b.chars = charGrams(prefix, 4)
	b.vec = m.tfidf(b.stems)
	b.hvec = m.tfidf(b.headStems)
	b.pad = joinPad(all)
	return b
}

func hashIdx(s string) int {
	h := fnv.New32a()
	h.Write([]byte(s))
	return int(h.Sum32() & (hashBuckets - 1))
}

// features returns the dense features and the hashed lexical features of a
// headline and an analysed body.
func (m *Model) features(headline string, b *body) (dense []float64, lex []feat) {
	ht := tokens(headline)
	hs := content(ht)
	hUni, hBi, hTri := ngramSet(hs, 1), ngramSet(hs, 2), ngramSet(hs, 3)
	hChars := charGrams(headline, 4)
	hvec := m.tfidf(hs)
	hpad := joinPad(ht)

	// Sentences sharing headline stems, best first.
	type scored struct {
		i int
		s float64
	}
	var rel []scored
	for i, set := range b.sentStems {
		s := frac(hUni, set)
		if s > 0 {
			rel = append(rel, scored{i, s})
		}
	}
	for i := 1; i < len(rel); i++ {
		for j := i; j > 0 && rel[j].s > rel[j-1].s; j-- {
			rel[j], rel[j-1] = rel[j-1], rel[j]
		}
	}
	if len(rel) > 5 {
		rel = rel[:5]
	}
	var relToks []string
	var best float64
	for k, r := range rel {
		if k == 0 {
			best = r.s
		}
		relToks = append(relToks, b.sentToks[r.i]...)
	}
	relPad := joinPad(relToks)
	first := map[string]bool{}
	for i := 0; i < len(b.sentStems) && i < 2; i++ {
		for k := range b.sentStems[i] {
			first[k] = true
		}
	}

	l1 := func(x float64) float64 { return math.Log1p(x) / 3 }
	hRef, hHed := countCues(hpad, refuting), countCues(hpad, hedging)
	bRef, bHed := countCues(b.pad, refuting), countCues(b.pad, hedging)
	rRef, rHed := countCues(relPad, refuting), countCues(relPad, hedging)
	short := 0.0
	if b.nTok < 40 {
		short = 1
	}
	cos := cosine(hvec, b.vec)
	dense = []float64{
		1,
		frac(hUni, b.uni), frac(hBi, b.bi), frac(hTri, b.tri),
		frac(hUni, b.hUni), frac(hBi, b.hBi),
		jaccard(hUni, b.uni),
		frac(hChars, b.chars),
		cos, cosine(hvec, b.hvec), math.Sqrt(math.Max(cos, 0)),
		frac(hUni, first), best, l1(float64(len(rel))),
		l1(float64(hRef)), l1(float64(hHed)),
		l1(float64(bRef)), l1(float64(bHed)),
		l1(float64(rRef)), l1(float64(rHed)),
		polarity(ht), polarity(relToks), math.Abs(polarity(ht) - polarity(relToks)),
		short, l1(float64(b.nTok)) / 3,
		boolf(strings.Contains(headline, "?")),
	}

	add := func(s string) {
		lex = append(lex, feat{hashIdx(s), 1})
		if short == 1 {
			// Domain copy: short bodies (headline-like, as in Emergent)
			// get their own weights as well as the shared ones.
			lex = append(lex, feat{hashIdx("short|" + s), 1})
		}
	}
	for _, t := range ht {
		add("h:" + t)
	}
	for i := 0; i+1 < len(ht); i++ {
		add("hb:" + ht[i] + " " + ht[i+1])
	}
	src := relToks
	if short == 1 {
		src = nil
		for _, t := range b.sentToks {
			src = append(src, t...)
		}
	}
	for i, t := range src {
		add("b:" + t)
		if i+1 < len(src) {
			add("bb:" + t + " " + src[i+1])
		}
	}
	for _, c := range refuting {
		if strings.Contains(hpad, " "+c+" ") {
			add("href:" + c)
		}
		if strings.Contains(relPad, " "+c+" ") {
			add("bref:" + c)
		}
	}
	// Scale hashed features so a long context does not dominate.
	if n := len(lex); n > 0 {
		s := float32(1 / math.Sqrt(float64(n)))
		for i := range lex {
			lex[i].v = s * 3
		}
	}
	return dense, lex
}

func boolf(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// sparse turns dense features into the sparse layout, with bins, and
// appends the lexical features when withLex.
func sparse(dense []float64, lex []feat, withLex bool) []feat {
	nd := len(dense)
	out := make([]feat, 0, 2*nd+len(lex))
	for i, v := range dense {
		out = append(out, feat{i, float32(v)})
		bin := int(v * numBins)
		bin = max(0, min(bin, numBins-1))
		out = append(out, feat{nd + i*numBins + bin, 1})
	}
	if withLex {
		off := nd * (numBins + 1)
		for _, f := range lex {
			out = append(out, feat{off + f.i, f.v})
		}
	}
	return out
}
