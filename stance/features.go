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
	shortBody   = 40 // bodies of fewer tokens are headline-like (Emergent)
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
var negations = toSet("not no never none nobody nothing neither nor cannot without nt isnt wasnt arent doesnt didnt dont wont cant couldnt wouldnt hasnt havent hadnt")

// Verb-level polarity: verbs that deny or refute what they report, and
// verbs that confirm it. They are counted in the body's sentences that
// share headline words and in its first two sentences (the lede).
var denyVerbs = []string{"deny", "denies", "denied", "denying", "refute", "refutes", "refuted", "debunk", "debunks", "debunked", "dismiss", "dismisses", "dismissed", "reject", "rejects", "rejected", "dispute", "disputes", "disputed", "contradict", "contradicts", "contradicted", "retract", "retracted", "hoax", "fake", "false", "falsely", "untrue", "not true", "no truth", "no evidence", "baseless", "unfounded", "nonsense", "fabricated", "made up", "misleading", "rumor", "rumour", "satire", "satirical", "parody", "photoshopped", "doctored", "myth", "wrong"}

// Reporting cues: the body attributes the claim to someone else, or says
// it may be so, rather than stating it (Emergent's "observing").
var reportingCues = []string{"says", "say", "said", "claims", "claim", "claimed", "report", "reports", "reported", "according", "source", "sources", "rumor", "rumors", "rumour", "rumours", "rumored", "rumoured", "speculation", "speculate", "suggests", "suggest", "tells", "told", "believes", "believed", "thinks", "insists", "alleges", "alleged", "allegedly", "purported", "purportedly", "possible", "possibly", "probably", "likely", "may", "might", "could", "would", "expected", "considering", "reportedly", "apparently", "seems", "appears", "if", "whether", "question", "mystery", "investigate", "investigating", "unconfirmed", "unverified"}

// denyWords are the one-word deny verbs whose scope runs to the end of
// their sentence.
var denyWords = toSet("deny denies denied denying refute refutes refuted debunk debunks debunked dismiss dismisses dismissed reject rejects rejected dispute disputes disputed contradict contradicts contradicted retract retracted")
var confirmVerbs = []string{"confirm", "confirms", "confirmed", "confirming", "verified", "verify", "proved", "proven", "proves", "revealed", "reveals", "official", "officially", "announced", "announces", "admitted", "admits", "acknowledged", "indeed", "true", "genuine", "authentic", "actually"}

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

// denies returns the index of the first sentence of the body that denies
// headline, or -1: a sentence that holds at least half of the headline's
// content stems (and at least two) after a deny verb or a negation
// ("Valdoria denied that it was behind the attack on the dam", "had
// nothing to do with the attack on the dam"), or anywhere in a sentence
// that calls something false ("the story that Valdoria was behind the
// attack on the dam is a hoax").
func (b *body) denies(headline string) int {
	hs := ngramSet(content(tokens(headline)), 1)
	need := max(2, (len(hs)+1)/2)
	for i, toks := range b.sentToks {
		after, all := map[string]bool{}, map[string]bool{}
		scope, refuted := false, false
		for _, t := range toks {
			if denyWords[t] || negations[t] {
				scope = true
				continue
			}
			refuted = refuted || falseWords[t]
			if st := stem(t); hs[st] {
				all[st] = true
				if scope {
					after[st] = true
				}
			}
		}
		if len(after) >= need || (refuted && len(all) >= need) {
			return i
		}
	}
	return -1
}

// falseWords call what they qualify false, wherever they stand.
var falseWords = toSet("hoax fake false untrue baseless unfounded fabricated fabrication nonsense debunked myth bogus")

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
	// Negation scope: headline words that a body sentence sharing them
	// negates (a negation at most three tokens before), and whether the
	// body's best sentences quote or question.
	negated := map[string]bool{}
	quoted, asked, denied := 0, 0, 0
	for _, r := range rel {
		toks := b.sentToks[r.i]
		// A sentence that denies the headline: a deny verb followed,
		// in the same sentence, by two or more headline words
		// ("denied that it was behind the attack on the dam").
		after, inScope := 0, false
		for j, t := range toks {
			if denyWords[t] {
				inScope = true
			}
			st := stem(t)
			if !hUni[st] {
				continue
			}
			if inScope {
				after++
			}
			for k := max(0, j-3); k < j; k++ {
				if negations[toks[k]] {
					negated[st] = true
				}
			}
		}
		if after >= 2 {
			denied++
		}
		if strings.ContainsAny(b.sents[r.i], "\"“”«»") {
			quoted++
		}
		if strings.Contains(b.sents[r.i], "?") {
			asked++
		}
	}
	var lede []string
	for i := 0; i < len(b.sentToks) && i < 2; i++ {
		lede = append(lede, b.sentToks[i]...)
	}
	ledePad := joinPad(lede)
	hNeg := 0.0
	for j, t := range ht {
		if negations[t] && j+1 < len(ht) {
			hNeg = 1
		}
	}
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
	if b.nTok < shortBody {
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
		l1(float64(countCues(relPad, denyVerbs))), l1(float64(countCues(relPad, confirmVerbs))),
		l1(float64(countCues(ledePad, denyVerbs))), l1(float64(countCues(ledePad, confirmVerbs))),
		l1(float64(countCues(ledePad, hedging))), l1(float64(countCues(hpad, denyVerbs))),
		l1(float64(len(negated))), math.Abs(hNeg - boolf(len(negated) > 0)),
		fracOf(quoted, len(rel)), fracOf(asked, len(rel)),
		l1(float64(countCues(ledePad, reportingCues))), l1(float64(countCues(relPad, reportingCues))),
		boolf(len(b.sents) > 0 && strings.Contains(b.sents[0], ":")),
		boolf(len(b.sents) > 0 && strings.Contains(b.sents[0], "?")),
		l1(float64(denied)), fracOf(denied, len(rel)),
	}

	add := func(s string) {
		lex = append(lex, feat{hashIdx(s), 1})
		if short == 1 {
			// Domain copy: short bodies (headline-like, as in Emergent)
			// get their own weights as well as the shared ones.
			lex = append(lex, feat{hashIdx("short|" + s), 1})
		}
	}
	// No lexical features of the headline's own words: the split is by
	// topic and by claim, and a held-out claim's words were never seen,
	// so they only let the model memorise the training claims.
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
	for w := range negated {
		add("neg:" + w)
	}
	if denied > 0 {
		add("denied")
	}
	for _, c := range denyVerbs {
		if strings.Contains(relPad, " "+c+" ") {
			add("deny:" + c)
		}
		if strings.Contains(ledePad, " "+c+" ") {
			add("ldeny:" + c)
		}
	}
	for _, c := range reportingCues {
		if strings.Contains(ledePad, " "+c+" ") {
			add("lrep:" + c)
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
			lex[i].v = s * lexScale
		}
	}
	return dense, lex
}

// fracOf is n/d, 0 when d is 0.
func fracOf(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// lexScale is the total weight of an example's hashed lexical features
// (each gets lexScale/√n): small enough that the dense, topic-independent
// features decide what lexical memory of the training topics cannot.
const lexScale = 1.5

func boolf(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// sparse turns dense features into the sparse layout, with bins. For
// stage two (withLex) it adds, for short bodies, a domain copy of the
// dense features and their bins (headline-like bodies, as in Emergent,
// get weights of their own as well as the shared ones), then the lexical
// features.
func sparse(dense []float64, lex []feat, withLex, short bool) []feat {
	nd := len(dense)
	per := nd * (numBins + 1)
	out := make([]feat, 0, 4*nd+len(lex))
	put := func(off int) {
		for i, v := range dense {
			out = append(out, feat{off + i, float32(v)})
			bin := int(v * numBins)
			bin = max(0, min(bin, numBins-1))
			out = append(out, feat{off + nd + i*numBins + bin, 1})
		}
	}
	put(0)
	if withLex {
		if short {
			put(per)
		}
		off := 2 * per
		for _, f := range lex {
			out = append(out, feat{off + f.i, f.v})
		}
	}
	return out
}
