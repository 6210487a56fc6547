package story

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier"
	"dossier/text"
)

// Terms and names are kept as 64-bit hashes of their normalised form, never
// as strings: a story's vectors then hold no pointers for the garbage
// collector to scan, and the vocabulary costs eight bytes a term. Collisions
// among a few million terms are rare enough (about one in 10^7 pairs) to be
// noise in a similarity.

// fnv64 is FNV-1a over b.
func fnv64(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// mix64 is the SplitMix64 finaliser: it spreads every input bit over the
// output, which FNV alone does poorly for the low bits SimHash and the
// namespaces rely on.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// entSalt separates name keys from term keys: both live in one document
// frequency table and one inverted index.
const entSalt = 0x6a09e667f3bcc909

// entKey is the key of one name word.
func entKey(word uint64) uint64 { return mix64(word ^ entSalt) }

// seqKey is the key of a whole name of several words; a one-word name has
// the key of its word, so that "Lohan" in one article meets "Lohan" in
// another whichever way each was found.
func seqKey(words []uint64) uint64 {
	if len(words) == 1 {
		return entKey(words[0])
	}
	h := uint64(entSalt)
	for _, w := range words {
		h = mix64(h ^ w)
	}
	return h
}

// occ counts a term's occurrences in one article and the highest position
// weight among them (title, lead or tail).
type occ struct {
	n   float32
	pos float32
	df  uint32 // the key's document frequency, this article included
}

// weight is the term's article weight before IDF: sublinear in the count,
// so that a word repeated ten times does not outweigh ten different words,
// and scaled by where the term first mattered most.
func (o occ) weight() float32 {
	return (1 + float32(math.Log(float64(o.n)))) * o.pos
}

// name is a name's surface form as first seen in an article, for the
// story's lead entities.
type name struct {
	surface string
	n       float32
}

// extractor turns one article into bags of terms and names. It keeps its
// buffers between articles, so that extraction allocates almost nothing.
type extractor struct {
	opts *Options

	toks  []text.Token
	low   []uint64 // lowercase hash of each token; 0 for tokens that are not words
	term  []uint64 // content-term key of each token, or 0
	buf   []byte
	words []uint64 // hashes of the body's words in order, for NearDup
	seq   []uint64 // the words of the name being read

	terms bag             // content terms of title and body
	title bag             // content terms of the title alone
	ents  bag             // name keys
	pers  bag             // person keys: surnames of people
	multi bag             // last words of names of several words
	solo  bag             // names of one word
	names map[uint64]name // whole names: surface form
	when  anchors         // the day, month and year the lead names
	lower bag             // words written in lower case
	caps  bag             // words capitalised within a sentence

	cases *caseCounts
}

// caseCounts counts, for each word (by a 20-bit bucket of its hash), in how
// many articles it was written in lower case and in how many capitalised
// inside a sentence: whether a capital at the start of a sentence is a
// name's. A fixed table rather than a map: a collision now and then blurs
// the counts of two words, which this use tolerates, and the table costs
// 4 MB however many words go by.
type caseCounts [1 << 20]struct{ low, capital uint16 }

func (t *caseCounts) learn(lower, caps []uint64) {
	for _, h := range lower {
		if c := &t[h&(1<<20-1)]; c.low < 1<<16-1 {
			c.low++
		}
	}
	for _, h := range caps {
		if c := &t[h&(1<<20-1)]; c.capital < 1<<16-1 {
			c.capital++
		}
	}
}

// halve halves every count, as the document frequencies are halved.
func (t *caseCounts) halve() {
	for i := range t {
		t[i].low /= 2
		t[i].capital /= 2
	}
}

// commonWord reports whether the word with lowercase hash h is an ordinary
// word rather than a name: this article writes it in lower case, or more
// articles so far have written it in lower case than capitalised inside a
// sentence ("Later", "Police", but not "Bush").
func (x *extractor) commonWord(h uint64) bool {
	if x.lower.has(h) {
		return true
	}
	c := x.cases[h&(1<<20-1)]
	return c.low > c.capital
}

func newExtractor(o *Options) *extractor {
	return &extractor{
		opts:  o,
		names: make(map[uint64]name),
		cases: new(caseCounts),
	}
}

// extract fills the bags from the article's title and text, and from the
// analysis's mentions when it has any.
func (x *extractor) extract(title, body string, an *dossier.Analysis) {
	for _, b := range []*bag{&x.terms, &x.title, &x.ents, &x.pers, &x.multi, &x.solo, &x.lower, &x.caps} {
		b.reset()
	}
	clear(x.names)
	x.words = x.words[:0]
	x.when = anchors{}
	o := x.opts

	// Body first, so that the words it writes in lower case are known
	// when the title's capitals are read. The lead weighs more than the
	// tail.
	x.toks = text.AppendTokens(x.toks[:0], body)
	x.hashTokens(body)
	nwords := 0
	leadEnd := len(body)
	for i, t := range x.toks {
		h := x.low[i]
		if h == 0 {
			continue
		}
		x.words = append(x.words, h)
		pos := float32(1)
		if nwords < o.LeadWords {
			pos = float32(o.LeadBoost)
			x.anchor(body, i)
		} else if leadEnd == len(body) {
			leadEnd = t.Span.Start
		}
		nwords++
		if k := x.term[i]; k != 0 {
			x.terms.add(k, pos)
		}
	}
	useMentions := an != nil && hasNames(an.Mentions)
	if useMentions {
		x.mentions(body, an, leadEnd)
	} else {
		x.capitalised(body, 0)
	}

	// Title: its terms, weighted up in the content bag.
	x.toks = text.AppendTokens(x.toks[:0], title)
	x.hashTokens(title)
	for i := range x.toks {
		x.anchor(title, i)
		if k := x.term[i]; k != 0 {
			x.terms.add(k, float32(o.TitleBoost))
			x.title.add(k, 1)
		}
	}
	// A headline in title case capitalises every word, so runs of
	// capitals there are not names; a sentence-case headline's are.
	if !useMentions {
		if !titleCase(title, x.toks) {
			x.capitalised(title, float32(o.TitleBoost))
		}
		x.people()
	}
}

// hashTokens fills x.low with the lowercase hash of every word and number
// token of s (x.toks) and x.term with its content-term key, and notes the
// words written in lower case and those capitalised inside a sentence.
// Clitics ("'s", "n't") are not words here: they carry no topic.
func (x *extractor) hashTokens(s string) {
	x.low = x.low[:0]
	x.term = x.term[:0]
	for i, t := range x.toks {
		if !isWordToken(t) {
			x.low = append(x.low, 0)
			x.term = append(x.term, 0)
			continue
		}
		x.buf = normWord(x.buf[:0], s[t.Span.Start:t.Span.End])
		h := fnv64(x.buf)
		x.low = append(x.low, h)
		x.term = append(x.term, x.termKey(t, h))
		if t.Kind == text.Word {
			if !upperInitial(s[t.Span.Start:]) {
				x.lower.add(h, 1)
			} else if !sentenceStart(s, x.toks, i) {
				x.caps.add(h, 1)
			}
		}
	}
}

// termKey returns the content-term key of a token whose normal form is in
// x.buf and hashes to h: a word of two letters or more that is not a stop
// word, folded to its singular. Numbers are not terms: a count or a score
// is rarely shared by the reports of one event the same way, and the years
// that are (see anchors) are better compared as dates. It returns 0 for
// anything else.
func (x *extractor) termKey(t text.Token, h uint64) uint64 {
	if t.Kind != text.Word || len(x.buf) < 2 || stopwords.get(h) != 0 {
		return 0
	}
	n := len(x.buf)
	if x.buf = stem(x.buf); len(x.buf) == n {
		return h // unchanged
	}
	return fnv64(x.buf)
}

// capitalised reads names from s (tokenized into x.toks, hashed into x.low)
// as runs of capitalised words: the fallback when there is no analysis. A
// run loses its leading and trailing stop words ("The White House" → "White
// House"), and its first word when it starts a sentence and is an ordinary
// word (see commonWord: "Police said…", "Later Mysore…"). pos is the
// position weight for every name found, or 0 to weight by the lead like the
// terms.
func (x *extractor) capitalised(s string, pos float32) {
	o := x.opts
	nwords := 0
	for i := 0; i < len(x.toks); {
		if x.low[i] != 0 {
			nwords++
		}
		if !x.isCap(s, i) {
			i++
			continue
		}
		start := i
		j := i + 1
		for j < len(x.toks) && j-start < 6 && x.isCap(s, j) && adjacent(s, x.toks[j-1], x.toks[j]) {
			j++
		}
		nwords += j - i - 1
		i = j
		// Trim stop words at both ends.
		a, b := start, j
		for a < b && stopwords.get(x.low[a]) != 0 {
			a++
		}
		for b > a && stopwords.get(x.low[b-1]) != 0 {
			b--
		}
		if a == start && sentenceStart(s, x.toks, a) && x.commonWord(x.low[a]) {
			a++
		}
		if a == b {
			continue
		}
		p := pos
		if p == 0 {
			p = 1
			if nwords <= o.LeadWords {
				p = float32(o.LeadBoost)
			}
		}
		x.seq = x.seq[:0]
		for k := a; k < b; k++ {
			x.seq = append(x.seq, x.low[k])
		}
		x.addName(x.seq, s[x.toks[a].Span.Start:x.toks[b-1].Span.End], p)
	}
}

// persKey is the key of a person's surname.
func persKey(w uint64) uint64 { return mix64(w ^ 0x510e527fade682d1) }

// people finds the people among the names read from capitals: a name of
// two to four words whose last word also stands alone in the text ("Tony
// Thompson" … "Thompson") is, in news copy, almost always a person named
// in full and then by surname.
func (x *extractor) people() {
	for i, w := range x.multi.keys {
		if s, ok := x.solo.get(w); ok {
			m := x.multi.occs[i]
			x.pers.add(persKey(w), max(m.pos, s.pos))
			x.pers.occs[len(x.pers.occs)-1].n = m.n + s.n
		}
	}
}

// addName counts one name of the given words: the whole name, and each of
// its words, so that "Lohan" alone still meets "Lindsay Lohan".
func (x *extractor) addName(words []uint64, surface string, pos float32) {
	k := seqKey(words)
	x.ents.add(k, pos)
	if n, ok := x.names[k]; ok {
		n.n++
		x.names[k] = n
	} else {
		x.names[k] = name{surface: surface, n: 1}
	}
	if len(words) == 1 {
		x.solo.add(words[0], pos)
	} else if len(words) <= 4 {
		x.multi.add(words[len(words)-1], pos)
	}
	if len(words) > 1 {
		for _, w := range words {
			x.ents.add(entKey(w), pos)
		}
	}
}

// mentions reads names from the analysis: each mention's entity's canonical
// name when the analysis resolved it, else the mention's text, keeping only
// its capitalised words that are not stop words, so that pronouns and
// descriptions ("the spokesman") add nothing. A PERSON's last word is a
// person key.
func (x *extractor) mentions(body string, an *dossier.Analysis, leadEnd int) {
	canon := make(map[string]string, len(an.Entities))
	for _, e := range an.Entities {
		if e.ID != "" && e.Name != "" {
			canon[e.ID] = e.Name
		}
	}
	for _, m := range an.Mentions {
		s := m.Text
		if s == "" {
			s = m.Span.Of(body)
		}
		if c, ok := canon[m.Entity]; ok {
			s = c
		}
		pos := float32(1)
		if m.Span.Start < leadEnd {
			pos = float32(x.opts.LeadBoost)
		}
		x.seq = x.seq[:0]
		first, last := -1, -1
		for i := 0; i < len(s); {
			// Words are split on spaces and punctuation other than
			// hyphens, apostrophes and periods, which names keep.
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isNameRune(r) {
				i += size
				continue
			}
			j := i
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if !isNameRune(r) {
					break
				}
				j += size
			}
			w := s[i:j]
			x.buf = normWord(x.buf[:0], w)
			h := fnv64(x.buf)
			if upperInitial(w) && stopwords.get(h) == 0 {
				x.seq = append(x.seq, h)
				if first < 0 {
					first = i
				}
				last = j
			}
			i = j
		}
		if len(x.seq) > 0 {
			x.addName(x.seq, s[first:last], pos)
			if m.Type == dossier.Person {
				x.pers.add(persKey(x.seq[len(x.seq)-1]), pos)
			}
		}
	}
}

func isNameRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '’' || r == '.'
}

// hasNames reports whether any mention could give a name, so that an
// analysis with no mentions (or only pronouns) falls back to capitals.
func hasNames(ms []dossier.Mention) bool {
	for _, m := range ms {
		if upperInitial(strings.TrimPrefix(strings.TrimPrefix(m.Text, "the "), "The ")) {
			return true
		}
	}
	return false
}

// isCap reports whether token i of s is a capitalised word.
func (x *extractor) isCap(s string, i int) bool {
	t := x.toks[i]
	return t.Kind == text.Word && t.Flags&text.Clitic == 0 && x.low[i] != 0 && upperInitial(s[t.Span.Start:])
}

// adjacent reports whether two tokens are separated by spaces on one line
// only, as the words of one name are.
func adjacent(s string, a, b text.Token) bool {
	gap := s[a.Span.End:b.Span.Start]
	return gap != "" && strings.Trim(gap, " \t\u00a0") == ""
}

// sentenceStart reports whether token i starts a sentence: it is the first
// token, or follows sentence-ending punctuation, an opening quote mark or a
// line break. Good enough for deciding whether a capital is a name's.
func sentenceStart(s string, toks []text.Token, i int) bool {
	if i == 0 {
		return true
	}
	prev := toks[i-1]
	if strings.ContainsAny(s[prev.Span.End:toks[i].Span.Start], "\n\r") {
		return true
	}
	switch prev.Kind {
	case text.QuoteMark:
		return prev.Flags&text.Opening != 0
	case text.Punct:
		p := s[prev.Span.Start:prev.Span.End]
		return strings.ContainsAny(p, ".!?:;…") || p == "—" || p == "–" || p == "-"
	}
	return false
}

// titleCase reports whether a headline capitalises most of its longer
// words, as title-case headlines do.
func titleCase(s string, toks []text.Token) bool {
	caps, n := 0, 0
	for _, t := range toks {
		if t.Kind != text.Word || t.Span.Len() < 4 {
			continue
		}
		n++
		if upperInitial(s[t.Span.Start:]) {
			caps++
		}
	}
	return n >= 2 && caps*4 >= n*3
}

func upperInitial(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// normWord appends the normal form of word w to b: lower case, without the
// period of an abbreviation ("Mr." is "mr", "U.S." is "u.s"), which is not
// part of what it names.
func normWord(b []byte, w string) []byte {
	n := len(b)
	b = lowerAppend(b, w)
	if len(b)-n > 1 && b[len(b)-1] == '.' {
		b = b[:len(b)-1]
	}
	return b
}

// lowerAppend appends s to b in lower case, with typographic apostrophes
// folded to ASCII so that "Putin’s" and "Putin's" agree.
func lowerAppend(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch r {
		case '’', '‘', 'ʼ':
			b = append(b, '\'')
			continue
		case 0x00AD: // soft hyphen: invisible, so not part of the word
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// stem folds an English plural to its singular, in place, with Harman's
// S-stemmer: "attacks" → "attack", "bodies" → "body", "crises" stays. It is
// deliberately weak: a stronger stemmer merges words that news keeps apart
// ("police", "policy").
func stem(b []byte) []byte {
	n := len(b)
	if n < 4 || b[n-1] != 's' {
		return b
	}
	switch {
	case b[n-3] == 'i' && b[n-2] == 'e' && b[n-4] != 'e' && b[n-4] != 'a':
		b = append(b[:n-3], 'y')
	case b[n-2] == 'e' && (b[n-3] == 'a' || b[n-3] == 'e' || b[n-3] == 'o'):
	case b[n-2] == 'u' || b[n-2] == 's' || b[n-2] == '\'' || b[n-2] == 'i':
	default:
		b = b[:n-1]
	}
	return b
}

// stopwords holds the hashes of words that say nothing about which event an
// article reports: function words, reporting verbs and the calendar. They
// are neither terms nor names ("The", "He", "Monday").
var stopwords = wordTable(strings.Fields(stopwordList), func(int) uint32 { return 1 })

// wordTable returns a table of the hashes of words, with the value f gives
// each by its index (never 0, which means absent).
func wordTable(words []string, f func(i int) uint32) *counts {
	t := new(counts)
	for i, w := range words {
		if w != "-" {
			t.put(fnv64([]byte(w)), f(i))
		}
	}
	return t
}

const stopwordList = `
a about above across after afterwards again against ago all almost alone along already also although always am among
amongst an and another any anyone anything anyway anywhere are around as at back be became because become becomes been
before beforehand behind being below beside besides between beyond both but by can cannot could did do does doing done
down during each either else elsewhere enough etc even ever every everyone everything everywhere except few first for
former formerly from further had has have having he her here hers herself him himself his how however i if in indeed
into is it its itself just last latter least less let like made make many may me meanwhile might mine more moreover most
mostly much must my myself neither never nevertheless next no nobody none nor not nothing now nowhere of off often on
once one only onto or other others otherwise our ours ourselves out over own per perhaps rather re same say says said
see seem seemed seems several she should since so some somehow someone something sometime sometimes somewhere still such
than that the their theirs them themselves then there thereafter thereby therefore these they this those though through
throughout thus to together too toward towards under until up upon us very via was we well were what whatever when
whence whenever where whereas whether which while who whoever whole whom whose why will with within without would yet
you your yours yourself yourselves
mr mrs ms dr also according told tell tells telling saying added adding asked reported report reports reuters ap afp
news story article today yesterday tomorrow week weeks month months year years day days time times new old
monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
`

// anchors count the weekdays, months and years that articles name in their
// headlines and leads: when an article has no date, the day of the week,
// the month or the year it says the event happened on stands in for one.
type anchors struct {
	wd [8]float32  // by weekday, 1 = Monday
	mo [13]float32 // by month, 1 = January
	yr [3]yearCount
}

type yearCount struct {
	y int16
	n float32
}

// anchor notes token i of s when it is the first weekday, month or year of
// the article: a capitalised weekday ("Saturday"), a capitalised month
// ("December", "Dec.") that is not "May" unless a number follows, or a
// year from 1900 to 2099 written alone.
func (x *extractor) anchor(s string, i int) {
	t := x.toks[i]
	h := x.low[i]
	if h == 0 {
		return
	}
	w := s[t.Span.Start:t.Span.End]
	if t.Kind == text.Number {
		if len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && isDigits(w) && x.when.years() == 0 {
			y := int16((int(w[0]-'0')*10+int(w[1]-'0'))*100 + int(w[2]-'0')*10 + int(w[3]-'0'))
			x.when.yr[0] = yearCount{y, 1}
		}
		return
	}
	if !upperInitial(w) {
		return
	}
	if d := weekdayOf.get(h); d != 0 && sum(x.when.wd[:]) == 0 {
		x.when.wd[d] = 1
		return
	}
	if m := monthOf.get(h); m != 0 && sum(x.when.mo[:]) == 0 {
		if m == 5 && (i+1 >= len(x.toks) || x.toks[i+1].Kind != text.Number) {
			return // "May" is a month before a date only
		}
		x.when.mo[m] = 1
	}
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func sum(v []float32) float32 {
	var s float32
	for _, x := range v {
		s += x
	}
	return s
}

func (a *anchors) years() float32 {
	var s float32
	for _, y := range a.yr {
		s += y.n
	}
	return s
}

// add adds b's counts to a. Years beyond the three most named are dropped.
func (a *anchors) add(b *anchors) {
	for i := range a.wd {
		a.wd[i] += b.wd[i]
	}
	for i := range a.mo {
		a.mo[i] += b.mo[i]
	}
	for _, y := range b.yr {
		if y.n == 0 {
			continue
		}
		found := false
		for i := range a.yr {
			if a.yr[i].n > 0 && a.yr[i].y == y.y {
				a.yr[i].n += y.n
				found = true
				break
			}
		}
		if !found {
			j := 0
			for i := range a.yr {
				if a.yr[i].n < a.yr[j].n {
					j = i
				}
			}
			if a.yr[j].n < y.n || a.yr[j].n == 0 {
				a.yr[j] = y
			}
		}
	}
}

// agree returns the probability that an anchor drawn from a and one drawn
// from b name the same day, for each kind (weekday, month, year), or -1
// when either names none of that kind.
func (a *anchors) agree(b *anchors) [3]float64 {
	out := [3]float64{-1, -1, -1}
	if ta, tb := sum(a.wd[:]), sum(b.wd[:]); ta > 0 && tb > 0 {
		var s float32
		for i := range a.wd {
			s += a.wd[i] * b.wd[i]
		}
		out[0] = float64(s / (ta * tb))
	}
	if ta, tb := sum(a.mo[:]), sum(b.mo[:]); ta > 0 && tb > 0 {
		var s float32
		for i := range a.mo {
			s += a.mo[i] * b.mo[i]
		}
		out[1] = float64(s / (ta * tb))
	}
	if ta, tb := a.years(), b.years(); ta > 0 && tb > 0 {
		var s float32
		for _, x := range a.yr {
			for _, y := range b.yr {
				if x.n > 0 && y.n > 0 && x.y == y.y {
					s += x.n * y.n
				}
			}
		}
		out[2] = float64(s / (ta * tb))
	}
	return out
}

var (
	weekdayOf = wordTable(strings.Fields("monday tuesday wednesday thursday friday saturday sunday"),
		func(i int) uint32 { return uint32(i + 1) })
	monthOf = wordTable(strings.Fields(`january february march april may june july august september october
		november december jan feb mar apr - jun jul aug sep oct nov dec sept`),
		func(i int) uint32 {
			if i == 24 {
				return 9 // "sept"
			}
			return uint32(i%12 + 1)
		})
)
