package stance

import (
	"math"
	"slices"
	"sort"
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

// gramSet is a set of hashed n-grams (64-bit FNV-1a): as good as the
// strings for counting shared n-grams, without building them.
type gramSet map[uint64]bool

const (
	fnv64Offset uint64 = 14695981039346656037
	fnv64Prime  uint64 = 1099511628211
)

// ngramHashes is the set of word n-grams of ws, hashed.
func ngramHashes(ws []string, n int) gramSet {
	m := make(gramSet, len(ws))
	for i := 0; i+n <= len(ws); i++ {
		h := fnv64Offset
		for j := i; j < i+n; j++ {
			for k := 0; k < len(ws[j]); k++ {
				h ^= uint64(ws[j][k])
				h *= fnv64Prime
			}
			h ^= ' ' // word separator
			h *= fnv64Prime
		}
		m[h] = true
	}
	return m
}

// charGrams is the set of character n-grams of the space-joined tokens
// of s, hashed.
func charGrams(s string, n int) gramSet {
	rs := []rune(strings.Join(tokens(s), " "))
	m := make(gramSet, len(rs))
	for i := 0; i+n <= len(rs); i++ {
		h := fnv64Offset
		for _, r := range rs[i : i+n] {
			h ^= uint64(r)
			h *= fnv64Prime
		}
		m[h] = true
	}
	return m
}

// frac is the share of a's keys found in b.
func frac[K comparable](a, b map[K]bool) float64 {
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

func jaccard[K comparable](a, b map[K]bool) float64 {
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
// space-joined token string s. (The features use cueList.scan, which
// counts alike from the tokens, faster.)
func countCues(s string, cues []string) int {
	n := 0
	for _, c := range cues {
		n += strings.Count(s, " "+c+" ")
	}
	return n
}

// cueList is a list of cues prepared for scanning token lists.
type cueList struct {
	cues  []string
	words map[string]bool // the one-word cues
	multi []int           // indexes of the cues of several words
	pads  []string        // " cue " for each cue
}

func newCues(cues []string) *cueList {
	l := &cueList{cues: cues, words: map[string]bool{}}
	for i, c := range cues {
		l.pads = append(l.pads, " "+c+" ")
		if strings.Contains(c, " ") {
			l.multi = append(l.multi, i)
		} else {
			l.words[c] = true
		}
	}
	return l
}

var (
	refutingCues  = newCues(refuting)
	hedgingCues   = newCues(hedging)
	denyCues      = newCues(denyVerbs)
	confirmCues   = newCues(confirmVerbs)
	reportingList = newCues(reportingCues)
)

// cueLists are the lists that scanAll scans at once, and cueIndex maps
// each one-word cue to its index in each list (-1 where absent).
var (
	cueLists = []*cueList{refutingCues, hedgingCues, denyCues, confirmCues, reportingList}
	cueIndex = func() map[string][]int16 {
		m := map[string][]int16{}
		for li, l := range cueLists {
			for i, c := range l.cues {
				if !l.words[c] {
					continue
				}
				if m[c] == nil {
					m[c] = []int16{-1, -1, -1, -1, -1}
				}
				m[c][li] = int16(i)
			}
		}
		return m
	}()
)

// scanAll is scan(toks, pad, true) for every list of cueLists, in one
// pass with one lookup per token.
func scanAll(toks []string, pad string) (n [5]int, has [5][]bool) {
	last := [5]int{-2, -2, -2, -2, -2} // where each list last counted
	for li, l := range cueLists {
		has[li] = make([]bool, len(l.cues))
	}
	for i, t := range toks {
		idx := cueIndex[t]
		if idx == nil {
			continue
		}
		for li, ci := range idx {
			if ci < 0 {
				continue
			}
			has[li][ci] = true
			if i > 0 && toks[i-1] == t && last[li] == i-1 {
				continue
			}
			n[li]++
			last[li] = i
		}
	}
	for li, l := range cueLists {
		for _, ci := range l.multi {
			k := strings.Count(pad, l.pads[ci])
			n[li] += k
			has[li][ci] = k > 0
		}
	}
	return n, has
}

// scan counts the cues in toks (pad is joinPad(toks)) as countCues does
// (strings.Count does not count overlapping matches, so of two equal
// one-word cues in a row only the first counts) and, when want, says
// which cues occur.
func (l *cueList) scan(toks []string, pad string, want bool) (n int, has []bool) {
	if want {
		has = make([]bool, len(l.cues))
	}
	var seen map[string]bool
	prevCounted := false
	for i, t := range toks {
		if !l.words[t] {
			prevCounted = false
			continue
		}
		if i > 0 && toks[i-1] == t && prevCounted {
			prevCounted = false
		} else {
			n++
			prevCounted = true
		}
		if want {
			if seen == nil {
				seen = map[string]bool{}
			}
			seen[t] = true
		}
	}
	if want {
		for i, c := range l.cues {
			has[i] = seen[c]
		}
	}
	for _, i := range l.multi {
		k := strings.Count(pad, l.pads[i])
		n += k
		if want {
			has[i] = k > 0
		}
	}
	return n, has
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
	uni, hUni map[string]bool
	bi, tri   gramSet
	hBi       gramSet
	chars     gramSet
	vec, hvec map[string]float64
	pad       string
	nTok      int

	// Headline-independent cue counts, computed once per body: in the
	// whole body, and in the lede (first two sentences).
	ref, hed                             int
	ledeDeny, ledeConf, ledeHed, ledeRep int
	ledeDenyHas, ledeRepHas              []bool // per cue of denyVerbs, reportingCues
	firstColon, firstQuestion            bool
	// scopes holds, per sentence, the stem of each token that is not a
	// deny verb or a negation, whether one came before it, and whether
	// it calls something false (for denies).
	scopes [][]scoped
	// attributed says, per sentence, that it gives someone else's words
	// or a possibility rather than the outlet's own assertion: a
	// reporting verb, a hedge, a quotation mark or a question.
	attributed []bool
	first      map[string]bool // content stems of the first two sentences
	// Per sentence: negations, a quotation mark, a question mark.
	sentNeg       []int
	quoted, asked []bool
}

type scoped struct {
	stem             string
	inScope, isFalse bool
}

func (m *Model) analyseBody(text string) *body {
	b := &body{}
	b.sents = sentences(text)
	var all []string
	var allStems []string // content stems, and the token count before each
	var before []int
	for _, s := range b.sents {
		t := tokens(s)
		b.sentToks = append(b.sentToks, t)
		set := map[string]bool{}
		neg := 0
		for _, w := range t {
			if negations[w] {
				neg++
			}
			if !stopwords[w] && len(w) > 1 {
				c := stem(w)
				set[c] = true
				allStems = append(allStems, c)
				before = append(before, len(all))
			}
			all = append(all, w)
		}
		b.sentStems = append(b.sentStems, set)
		b.sentNeg = append(b.sentNeg, neg)
		b.quoted = append(b.quoted, strings.ContainsAny(s, "\"“”«»"))
		b.asked = append(b.asked, strings.Contains(s, "?"))
	}
	b.nTok = len(all)
	head := all
	if len(head) > 300 {
		head = head[:300]
	}
	b.stems = allStems
	// The stems of the first 300 tokens: those that come before token 300.
	k := 0
	for k < len(before) && before[k] < len(head) {
		k++
	}
	b.headStems = allStems[:k:k]
	b.uni, b.bi, b.tri = ngramSet(b.stems, 1), ngramHashes(b.stems, 2), ngramHashes(b.stems, 3)
	b.hUni, b.hBi = ngramSet(b.headStems, 1), ngramHashes(b.headStems, 2)
	prefix := strings.Join(head, " ")
	if len(prefix) > 3000 {
		prefix = prefix[:3000]
	}
	b.chars = charGrams(prefix, 4)
	b.vec = m.tfidf(b.stems)
	b.hvec = m.tfidf(b.headStems)
	b.pad = joinPad(all)
	b.ref, _ = refutingCues.scan(all, b.pad, false)
	b.hed, _ = hedgingCues.scan(all, b.pad, false)
	var lede []string
	for i := 0; i < len(b.sentToks) && i < 2; i++ {
		lede = append(lede, b.sentToks[i]...)
	}
	ledePad := joinPad(lede)
	b.ledeDeny, b.ledeDenyHas = denyCues.scan(lede, ledePad, true)
	b.ledeConf, _ = confirmCues.scan(lede, ledePad, false)
	b.ledeHed, _ = hedgingCues.scan(lede, ledePad, false)
	b.ledeRep, b.ledeRepHas = reportingList.scan(lede, ledePad, true)
	b.first = map[string]bool{}
	for i := 0; i < len(b.sentStems) && i < 2; i++ {
		for k := range b.sentStems[i] {
			b.first[k] = true
		}
	}
	b.attributed = make([]bool, len(b.sentToks))
	for i, toks := range b.sentToks {
		att := strings.ContainsAny(b.sents[i], "\"“”«»?")
		for _, t := range toks {
			att = att || attribution[t]
		}
		b.attributed[i] = att
	}
	b.scopes = make([][]scoped, len(b.sentToks))
	for i, toks := range b.sentToks {
		scope := false
		for _, t := range toks {
			if denyWords[t] || negations[t] {
				scope = true
				continue
			}
			b.scopes[i] = append(b.scopes[i], scoped{stem(t), scope, falseWords[t]})
		}
	}
	if len(b.sents) > 0 {
		b.firstColon = strings.Contains(b.sents[0], ":")
		b.firstQuestion = strings.Contains(b.sents[0], "?")
	}
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
	hs := content(tokens(headline))
	need := max(2, (len(distinct(hs))+1)/2)
	var after, all []string
	for i, toks := range b.scopes {
		after, all = after[:0], all[:0]
		refuted := false
		for _, t := range toks {
			refuted = refuted || t.isFalse
			if slices.Contains(hs, t.stem) {
				all = addStem(all, t.stem)
				if t.inScope {
					after = addStem(after, t.stem)
				}
			}
		}
		if len(after) >= need || (refuted && len(all) >= need) {
			return i
		}
	}
	return -1
}

// distinct returns the distinct strings of ss, in order.
func distinct(ss []string) []string {
	var out []string
	for _, s := range ss {
		out = addStem(out, s)
	}
	return out
}

// addStem adds s to the short list l unless it is there.
func addStem(l []string, s string) []string {
	if slices.Contains(l, s) {
		return l
	}
	return append(l, s)
}

// asserts reports whether a sentence of the body states that agent did
// what headline says, in the outlet's own voice: it holds every content
// stem of agent, a word of responsibility ("behind", "carried out",
// "staged" …) and at least half of the headline's content stems (and at
// least two), none of them after a deny verb or a negation, and it is not
// attributed (see body.attributed).
func (b *body) asserts(headline, agent string) bool {
	hs := content(tokens(headline))
	as := distinct(content(tokens(agent)))
	need := max(2, (len(distinct(hs))+1)/2)
	var all, ag []string
	for i, toks := range b.scopes {
		if b.attributed[i] {
			continue
		}
		all, ag = all[:0], ag[:0]
		negated, deed := false, false
		for _, t := range toks {
			deed = deed || responsibility[t.stem]
			if slices.Contains(as, t.stem) {
				ag = addStem(ag, t.stem)
			}
			if slices.Contains(hs, t.stem) {
				all = addStem(all, t.stem)
				negated = negated || t.inScope
			}
		}
		if len(all) >= need && len(ag) == len(as) && deed && !negated {
			return true
		}
	}
	return false
}

// responsibility holds the stems (see stem) of words that say someone
// did it: behind, responsible, carried out, conducted, launched,
// orchestrated, staged, planned, perpetrated, ordered, blew up, placed,
// struck, sabotaged, hallmarks, did, caused, planted, masterminded.
var responsibility = toSet("behind responsible carr conduct launch orchestrat stag plann perpetrat order blew plac struck sabotag sabotage hallmark did caus plant mastermind")

// attribution marks a sentence as someone else's words or a possibility.
var attribution = toSet("said says say saying told tells telling according blamed blames blame blaming accused accuses accuse accusing claimed claims claim claiming alleged alleges allegedly allegation reportedly believe believes believed suspect suspects suspected suggested suggests speculated speculation asserted insisted insists stated states added argued warned quoted reports reported may might could possibly perhaps whether if assessed assesses assessment")

// falseWords call what they qualify false, wherever they stand.
var falseWords = toSet("hoax fake false untrue baseless unfounded fabricated fabrication nonsense debunked myth bogus")

// FNV-1a, 32 bits, over strings without allocating: hashParts(h, a, b)
// is the hash of a+b continued from h.
const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

// shortPrefix is the FNV state after "short|", the prefix of the domain
// copies.
var shortPrefix = fnvString(fnvOffset, "short|")

func fnvString(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime
	}
	return h
}

func hashParts(h uint32, parts ...string) int {
	for _, p := range parts {
		h = fnvString(h, p)
	}
	return int(h & (hashBuckets - 1))
}

// head is the reusable analysis of a headline (or claim), which a judge
// scores against many bodies.
type head struct {
	ht, hs         []string // tokens, content stems
	hUni           map[string]bool
	hBi, hTri      gramSet
	hChars         gramSet
	hvec           map[string]float64
	hpad           string
	ref, hed, deny int
	refHas         []bool
	neg, question  float64
}

func (m *Model) analyseHead(headline string) *head {
	h := &head{ht: tokens(headline)}
	h.hs = content(h.ht)
	h.hUni, h.hBi, h.hTri = ngramSet(h.hs, 1), ngramHashes(h.hs, 2), ngramHashes(h.hs, 3)
	h.hChars = charGrams(headline, 4)
	h.hvec = m.tfidf(h.hs)
	h.hpad = joinPad(h.ht)
	h.ref, h.refHas = refutingCues.scan(h.ht, h.hpad, true)
	h.hed, _ = hedgingCues.scan(h.ht, h.hpad, false)
	h.deny, _ = denyCues.scan(h.ht, h.hpad, false)
	for j, t := range h.ht {
		if negations[t] && j+1 < len(h.ht) {
			h.neg = 1
		}
	}
	h.question = boolf(strings.Contains(headline, "?"))
	return h
}

// features returns the dense features and the hashed lexical features of a
// headline and an analysed body.
func (m *Model) features(headline string, b *body) (dense []float64, lex []feat) {
	return m.featuresOf(m.analyseHead(headline), b)
}

// featuresOf is features for an analysed headline.
func (m *Model) featuresOf(h *head, b *body) (dense []float64, lex []feat) {
	ht, hUni, hBi, hTri, hChars, hvec := h.ht, h.hUni, h.hBi, h.hTri, h.hChars, h.hvec

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
	quoted, asked, denied, relNeg := 0, 0, 0, 0
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
		if b.quoted[r.i] {
			quoted++
		}
		if b.asked[r.i] {
			asked++
		}
		relNeg += b.sentNeg[r.i]
	}
	hNeg, first := h.neg, b.first

	l1 := func(x float64) float64 { return math.Log1p(x) / 3 }
	hRef, hRefHas, hHed, hDeny := h.ref, h.refHas, h.hed, h.deny
	bRef, bHed := b.ref, b.hed
	rn, rhas := scanAll(relToks, relPad)
	rRef, rHed, rDeny, rConf, rRep := rn[0], rn[1], rn[2], rn[3], rn[4]
	rRefHas, rDenyHas := rhas[0], rhas[2]
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
		polarity(ht), float64(relNeg % 2), math.Abs(polarity(ht) - float64(relNeg%2)),
		short, l1(float64(b.nTok)) / 3,
		h.question,
		l1(float64(rDeny)), l1(float64(rConf)),
		l1(float64(b.ledeDeny)), l1(float64(b.ledeConf)),
		l1(float64(b.ledeHed)), l1(float64(hDeny)),
		l1(float64(len(negated))), math.Abs(hNeg - boolf(len(negated) > 0)),
		fracOf(quoted, len(rel)), fracOf(asked, len(rel)),
		l1(float64(b.ledeRep)), l1(float64(rRep)),
		boolf(b.firstColon), boolf(b.firstQuestion),
		l1(float64(denied)), fracOf(denied, len(rel)),
	}

	// add adds the feature named by the concatenation of parts, hashed
	// without building the string.
	add := func(parts ...string) {
		lex = append(lex, feat{hashParts(fnvOffset, parts...), 1})
		if short == 1 {
			// Domain copy: short bodies (headline-like, as in Emergent)
			// get their own weights as well as the shared ones.
			lex = append(lex, feat{hashParts(shortPrefix, parts...), 1})
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
		add("b:", t)
		if i+1 < len(src) {
			add("bb:", t, " ", src[i+1])
		}
	}
	negWords := make([]string, 0, len(negated))
	for w := range negated {
		negWords = append(negWords, w)
	}
	sort.Strings(negWords) // a fixed order: the sums, and so the model, are deterministic
	for _, w := range negWords {
		add("neg:", w)
	}
	if denied > 0 {
		add("denied")
	}
	for i, c := range denyVerbs {
		if rDenyHas[i] {
			add("deny:", c)
		}
		if b.ledeDenyHas[i] {
			add("ldeny:", c)
		}
	}
	for i, c := range reportingCues {
		if b.ledeRepHas[i] {
			add("lrep:", c)
		}
	}
	for i, c := range refuting {
		if hRefHas[i] {
			add("href:", c)
		}
		if rRefHas[i] {
			add("bref:", c)
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
