package entity

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Feature extraction is a function of token strings and sentence
// boundaries only, so that training (on a corpus's own tokens) and
// tagging (on text.Tokens) compute the same features. Every feature is a
// 64-bit hash of a template number and a value; the model maps hashes to
// weight rows. Nothing here allocates per token: the scratch buffers are
// reused across documents.

// Token flags.
const (
	fCap        uint16 = 1 << iota // first letter upper case
	fAllCap                        // every letter upper case, at least two letters
	fDigit                         // has a digit
	fUpper                         // has an upper-case letter anywhere
	fStart                         // first token of its sentence
	fQuote                         // inside a quotation
	fCand                          // may be part of a name; others are tagged O unseen
	fSeenLower                     // its lower-case form occurs lower case elsewhere in the document
	fSeenCapMid                    // it occurs capitalised inside a sentence elsewhere in the document
	fPunct                         // punctuation or a quote mark
	fQuoteMark                     // a quote mark
	fRun                           // part of a run of capitalised words (markCandidates' test, before training marks gold tokens)
)

// Feature templates. The numbers are part of the model: change one and
// the weights must be retrained (the model records featureVersion).
const (
	tBias uint64 = iota + 1
	tWord
	tLower
	tShape
	tPre3
	tSuf2
	tSuf3
	tSuf4
	tLowerM1
	tLowerP1
	tLowerM2
	tLowerP2
	tShapeM1
	tShapeP1
	tBiM1
	tBiP1
	tShape3
	tFlags
	tCat
	tGazB
	tGazI
	tCatM1
	tCatP1
	tM1Shape
	tShapeP1Lower
	tGazBM1
	tGazIP1
	tWordM1
	tWordP1
	tClus1
	tClus2
	tClus3
	tClus2M1
	tClus2P1
	tCapStat
	tPre2
	tPre4
	tRunShape
	tRunPrev
	tRunNext
	tRunFirst
	tRunLast
	tCtx
	tName
	tNameB
	tNameI
	tRunName
	tAggM1
	tAggP1
	tPronOwn
	tPronDoc
	tCorpOwn
	tCorpDoc
)

// featureVersion names the feature set; a model trained with another
// version is refused.
const featureVersion = 10

// Hash values for the positions outside a sentence.
const (
	hBOS uint64 = 0x9e3779b97f4a7c15
	hEOS uint64 = 0xc2b2ae3d27d4eb4f
)

// tokInfo is what the features need to know of one token.
type tokInfo struct {
	lower, word, shape uint64
	pre2, pre3, pre4   uint64
	suf2, suf3, suf4   uint64
	cats               uint16 // categories of the token alone
	gazB, gazI         uint16 // categories of sequences it begins / continues
	names              uint8  // name classes of the token alone (names.go)
	nameB, nameI       uint8  // name classes of the names of two words or more it begins / continues
	nameLen, nameCats  uint8  // the longest name it begins: its words and classes (0 when none)
	flags              uint16
	stat               uint32   // packed word statistics (wordstats.go), 0 when unseen
	ctx                []uint16 // the form's typical contexts in news (WordStat.Contexts)
}

// clusterPrefix is the cluster of the token's form in clustering k at the
// given level of its hierarchy (1 = coarsest), or a value of its own for
// unseen forms; k is part of the value.
func (in *tokInfo) clusterPrefix(k, level int) uint64 {
	c := in.stat >> (k * clusterField) & (1<<clusterField - 1)
	if c == 0 {
		return uint64(k)<<32 | 1<<20
	}
	return uint64(k)<<32 | uint64(c-1)>>((ClusterLevels-level)*(ClusterBits/ClusterLevels))
}

// mix combines two hashes (a variant of splitmix64's finaliser).
func mix(a, b uint64) uint64 {
	h := a*0xbf58476d1ce4e5b9 ^ b
	h ^= h >> 31
	h *= 0x94d049bb133111eb
	h ^= h >> 29
	return h
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// normRune folds the forms of one character that the corpora and news
// copy write differently: typographic quotes and apostrophes, digits.
func normRune(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', 'ʼ', '′', '`':
		return '\''
	case '“', '”', '„', '‟', '«', '»', '″':
		return '"'
	}
	if '0' <= r && r <= '9' {
		return '0'
	}
	return r
}

// isQuoteWord reports whether w is a quotation mark as a token, in any of
// the forms the corpora use (" “ ” “ ” « »).
func isQuoteWord(w string) bool {
	switch w {
	case `"`, "“", "”", "``", "''", "«", "»", "„", "'", "‘", "’":
		return true
	}
	return false
}

// shapeClass is the shape character of r.
func shapeClass(r rune) byte {
	switch {
	case r < utf8.RuneSelf:
		c := byte(r)
		switch {
		case 'A' <= c && c <= 'Z':
			return 'X'
		case 'a' <= c && c <= 'z':
			return 'x'
		case '0' <= c && c <= '9':
			return 'd'
		}
		return c
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return 'o'
}

// describe fills in the word-level part of info for w: the hashes of its
// forms and its case flags.
func describe(w string, info *tokInfo) {
	var lower, word, shape uint64 = fnvOffset, fnvOffset, fnvOffset
	var flags uint16
	var last byte
	shapeLen := 0
	letters, uppers := 0, 0
	// Prefix and suffix hashes are taken over the folded lower-case
	// bytes; lb keeps the last four of them and pb the first four.
	var lb [4]byte
	var pb [4]byte
	nb := 0
	push := func(c byte) {
		lower = (lower ^ uint64(c)) * fnvPrime
		if nb < 4 {
			pb[nb] = c
		}
		lb[nb&3] = c
		nb++
	}
	quote := isQuoteWord(w)
	if quote {
		w = `"`
		flags |= fQuoteMark | fPunct
	}
	for i := 0; i < len(w); {
		r, size := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(w[i:])
		}
		i += size
		n := normRune(r)
		// the exact form, folded
		if n < utf8.RuneSelf {
			word = (word ^ uint64(n)) * fnvPrime
		} else {
			var buf [4]byte
			k := utf8.EncodeRune(buf[:], n)
			for _, c := range buf[:k] {
				word = (word ^ uint64(c)) * fnvPrime
			}
		}
		l := n
		switch {
		case 'A' <= n && n <= 'Z':
			l = n + 32
			letters++
			uppers++
			flags |= fUpper
		case 'a' <= n && n <= 'z':
			letters++
		case n == '0':
			flags |= fDigit
		case n >= utf8.RuneSelf && unicode.IsLetter(n):
			letters++
			if unicode.IsUpper(n) {
				uppers++
				flags |= fUpper
				l = unicode.ToLower(n)
			}
		}
		if l < utf8.RuneSelf {
			push(byte(l))
		} else {
			var buf [4]byte
			k := utf8.EncodeRune(buf[:], l)
			for _, c := range buf[:k] {
				push(c)
			}
		}
		s := shapeClass(r)
		// Runs of one class collapse to at most two characters: "Xxxxx"
		// and "Xx" are one shape, "XXXX" and "XX" another.
		if s != last || shapeLen < 2 {
			if s != last {
				shapeLen = 0
			}
			shape = (shape ^ uint64(s)) * fnvPrime
			shapeLen++
			last = s
		}
	}
	if letters == 0 && !quote && flags&fDigit == 0 {
		flags |= fPunct
	}
	if first, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(first) {
		flags |= fCap
	}
	if uppers >= 2 && uppers == letters {
		flags |= fAllCap
	}
	info.lower, info.word, info.shape = lower, word, shape
	// prefixes and suffixes of two, three and four bytes
	pre := func(k int) uint64 {
		h := uint64(fnvOffset)
		if nb < k {
			return h ^ uint64(nb)
		}
		for _, c := range pb[:k] {
			h = (h ^ uint64(c)) * fnvPrime
		}
		return h
	}
	info.pre2, info.pre3, info.pre4 = pre(2), pre(3), pre(4)
	suf := func(k int) uint64 {
		h := uint64(fnvOffset)
		if nb < k {
			return h ^ uint64(nb) // words shorter than k have their own value
		}
		for j := nb - k; j < nb; j++ {
			h = (h ^ uint64(lb[j&3])) * fnvPrime
		}
		return h
	}
	info.suf2, info.suf3, info.suf4 = suf(2), suf(3), suf(4)
	info.flags = flags
}

// docScratch holds the buffers of one document's feature extraction.
type docScratch struct {
	info   []tokInfo
	feats  []uint64 // feature hashes of the candidate tokens, flattened
	off    []int32  // feats[off[i]:off[i+1]] are token i's
	seen   map[uint64]uint8
	keyBuf []byte
	// forms interns the document's distinct words: what prepare knows of
	// a word alone is worked out once per document, not per occurrence.
	forms    map[string]int32
	formInfo []formInfo
	form     []int32 // token → index in formInfo
	// aggOf numbers the forms that stand for their case variants (1 +
	// their index in aggN, 0 for the others) and formAgg gives every form
	// with a capital its variants' number; aggH and aggC hold, for each
	// number, the distinct words seen right before (side 0) and after
	// (side 1) the occurrences of the form in any case in the document,
	// aggK a side, and their counts (context aggregation).
	aggOf   []int32
	formAgg []int32
	aggH    []uint64
	aggC    []uint16
	aggN    []uint8
	// lowRep maps a lower-case form to the first form with a capital
	// written so (context aggregation over case variants)
	lowRep map[uint64]int32
	// tokPron is, for every capitalised token, the kind of the first
	// pronoun after its run (pronounPersonal, pronounNeuter, 0 for none);
	// aggPron the kinds seen after any occurrence of the form in the
	// document, by the number aggOf gives.
	tokPron []uint8
	aggPron []uint8
	// tokCorp and aggCorp are the same for the company words around a
	// name (corpEvidence).
	tokCorp []uint8
	aggCorp []uint8
	// buffers of the rules (orgsense.go): a span index per token and a
	// mark per form
	owner    []int32
	formMark []uint8
}

// aggK bounds the distinct neighbours aggregated per form and side.
const aggK = 10

// formInfo is what prepare knows of a word by itself: describe's part of
// tokInfo with the word's statistics and gazetteer categories, and the
// longest gazetteer sequence it begins.
type formInfo struct {
	info    tokInfo
	maxLen  uint8
	nameMax uint8 // the longest name of the names gazetteer it begins
}

const (
	seenLower  = 1
	seenCapMid = 2 // capitalised on a token that does not start its sentence (the feature fSeenCapMid)
	// capitalised inside a sentence, not after the quote marks or
	// bracket that open it (commonAtStart)
	seenCapInside = 4
)

// prepare computes the token information of a document whose words are
// words and whose sentences start at the indices starts (ascending, the
// first 0).
func (s *docScratch) prepare(words []string, starts []int) {
	n := len(words)
	if cap(s.info) < n {
		s.info = make([]tokInfo, n, n+n/2)
	}
	s.info = s.info[:n]
	if s.seen == nil {
		s.seen = make(map[uint64]uint8, 256)
	} else {
		clear(s.seen)
	}
	g := places()
	nt := names()
	ft := formsTable()
	inQuote := false
	lead := false // the previous token opens its sentence or follows only quote marks there
	si := 0
	if s.forms == nil {
		s.forms = make(map[string]int32, 512)
	} else {
		clear(s.forms)
	}
	s.formInfo = s.formInfo[:0]
	s.form = grow(s.form, n)
	for i, w := range words {
		f, ok := s.forms[w]
		if !ok {
			f = int32(len(s.formInfo))
			s.forms[w] = f
			s.formInfo = append(s.formInfo, formInfo{})
			fi := &s.formInfo[f]
			describe(w, &fi.info)
			var ctx []uint16
			fi.info.stat, ctx = ft.lookup(fi.info.word)
			if fi.info.flags&fUpper != 0 {
				fi.info.ctx = ctx
			}
			if w == "" || ft.gazFirst[w[0]] {
				fi.info.cats = g.seq[w]
				fi.maxLen = g.maxLen[w]
			}
			if fi.info.flags&fUpper != 0 {
				fi.info.names = nt.seq[nameKey(0, fi.info.word)]
				fi.nameMax = nt.maxLen[fi.info.word]
				if fi.info.names != 0 {
					fi.info.nameLen, fi.info.nameCats = 1, fi.info.names
				}
			}
		}
		s.form[i] = f
		in := &s.info[i]
		*in = s.formInfo[f].info
		if si < len(starts) && starts[si] == i {
			in.flags |= fStart
			si++
			for si < len(starts) && starts[si] <= i {
				si++
			}
		}
		if in.flags&fQuoteMark != 0 {
			inQuote = quoteOpens(w, inQuote)
		} else if inQuote {
			in.flags |= fQuote
		}
		// a word after the quote marks or bracket that open a sentence
		// is capitalised as its first word is (“People are ...”)
		opening := in.flags&fStart != 0 || i > 0 && lead && (s.info[i-1].flags&fQuoteMark != 0 || words[i-1] == "(")
		lead = opening
		switch {
		case in.flags&fUpper == 0 && in.flags&fPunct == 0:
			s.seen[in.lower] |= seenLower
		case in.flags&fCap != 0 && in.flags&fStart == 0:
			s.seen[in.lower] |= seenCapMid
			if !opening {
				s.seen[in.lower] |= seenCapInside
			}
		}
	}
	// Multi-token gazetteer matches, within sentences.
	si = 0
	for i := 0; i < n; i++ {
		for si+1 < len(starts) && starts[si+1] <= i {
			si++
		}
		end := n
		if si+1 < len(starts) {
			end = starts[si+1]
		}
		fi := &s.formInfo[s.form[i]]
		m, mn := int(fi.maxLen), int(fi.nameMax)
		if m < 2 && mn < 2 {
			continue
		}
		if mn >= 2 {
			// names, shortest first: a sequence's key extends its prefix's
			key := nameKey(0, s.info[i].word)
			for k := 2; k <= min(mn, end-i); k++ {
				key = nameKey(key, s.info[i+k-1].word)
				if c := nt.seq[key]; c != 0 {
					in := &s.info[i]
					in.nameB |= c
					in.nameLen, in.nameCats = uint8(k), c
					for j := i + 1; j < i+k; j++ {
						s.info[j].nameI |= c
					}
				}
			}
		}
		if m < 2 {
			continue
		}
		for k := min(m, end-i); k >= 2; k-- {
			b := s.keyBuf[:0]
			for j := i; j < i+k; j++ {
				if j > i {
					b = append(b, ' ')
				}
				b = append(b, words[j]...)
			}
			s.keyBuf = b
			if cat := g.seq[string(b)]; cat != 0 {
				s.info[i].gazB |= cat
				for j := i + 1; j < i+k; j++ {
					s.info[j].gazI |= cat
				}
			}
		}
	}
	for i := range s.info {
		in := &s.info[i]
		if in.flags&fUpper != 0 {
			v := s.seen[in.lower]
			if v&seenLower != 0 {
				in.flags |= fSeenLower
			}
			if v&seenCapMid != 0 {
				in.flags |= fSeenCapMid
			}
		}
	}
	markCandidates(words, s.info)
}

// quoteOpens returns whether a quotation is open after the quote mark w,
// given whether one was open before it.
func quoteOpens(w string, open bool) bool {
	switch w {
	case "“", "``", "«", "„":
		return true
	case "”", "''", "»":
		return false
	}
	return !open
}

// runConnectors may join capitalised words into one run ("Bank of
// Norland", "Côte d'Ivoire", "Ludwig van Beethoven").
var runConnectors = map[string]bool{"of": true, "and": true, "&": true, "de": true, "du": true, "la": true,
	"le": true, "von": true, "van": true, "der": true, "den": true, "da": true, "al": true, "el": true,
	"bin": true, "for": true, "on": true, "the": true, "-": true, "d'": true, "y": true, "des": true, "del": true}

// markCandidates sets fCand on the tokens that may be part of a name: a
// token with a capital letter; a number right after one ("Boeing 737");
// and a short word between two of them within two tokens ("Bank of
// America", "Côte d'Ivoire"). The others are tagged O without scoring,
// which is where most of the tagger's speed comes from: names in English
// news have capitals.
//
// fRun marks the tokens of runs of capitalised words: the capitalised
// tokens, numbers after them, and connectors right between two of them.
func markCandidates(words []string, info []tokInfo) {
	n := len(info)
	for i := range info {
		f := info[i].flags
		switch {
		case f&fUpper != 0:
			info[i].flags |= fCand | fRun
		case f&fDigit != 0 && i > 0 && info[i-1].flags&fUpper != 0:
			info[i].flags |= fCand | fRun
		case f&fQuoteMark == 0 && len(words[i]) <= 4 && words[i] != "," && words[i] != "(" && words[i] != ")" && words[i] != ";" && words[i] != ":":
			left := (i > 0 && info[i-1].flags&fUpper != 0) || (i > 1 && info[i-2].flags&fUpper != 0 && info[i-1].flags&fPunct == 0)
			right := (i+1 < n && info[i+1].flags&fUpper != 0) || (i+2 < n && info[i+2].flags&fUpper != 0 && info[i+1].flags&fPunct == 0)
			if left && right && info[i].flags&fStart == 0 {
				info[i].flags |= fCand
				if runConnectors[words[i]] && left && i > 0 && info[i-1].flags&fUpper != 0 && i+1 < n && info[i+1].flags&fUpper != 0 {
					info[i].flags |= fRun
				}
			}
		}
	}
}

// features fills s.feats and s.off with the feature hashes of every
// candidate token of the document prepared by prepare; starts are its
// sentence starts.
func (s *docScratch) features(starts []int) {
	n := len(s.info)
	if cap(s.off) < n+1 {
		s.off = make([]int32, n+1, n+n/2+1)
	}
	s.off = s.off[:n+1]
	s.feats = s.feats[:0]
	s.aggregate(starts)
	si := 0
	runLo, runHi := 0, 0 // the run of capitalised words token i is in, if any
	for i := 0; i < n; i++ {
		s.off[i] = int32(len(s.feats))
		for si+1 < len(starts) && starts[si+1] <= i {
			si++
		}
		in := &s.info[i]
		if in.flags&fCand == 0 {
			continue
		}
		lo := starts[si]
		hi := n
		if si+1 < len(starts) {
			hi = starts[si+1]
		}
		if i >= runHi {
			runLo, runHi = i, i
			if in.flags&fRun != 0 {
				for runHi < hi && s.info[runHi].flags&fRun != 0 {
					runHi++
				}
			}
		}
		s.feats = appendTokenFeatures(s.feats, s.info, i, lo, hi)
		s.feats = appendRunFeatures(s.feats, s.info, i, lo, hi, runLo, runHi)
		if in.flags&fUpper != 0 {
			s.feats = s.appendAggFeatures(s.feats, i, lo, hi)
		}
	}
	s.off[n] = int32(len(s.feats))
}

// neighbours returns the lower-case forms of the words before and after
// token i of the sentence [lo, hi).
func (s *docScratch) neighbours(i, lo, hi int) [2]uint64 {
	nb := [2]uint64{hBOS, hEOS}
	if i > lo {
		nb[0] = s.info[i-1].lower
	}
	if i+1 < hi {
		nb[1] = s.info[i+1].lower
	}
	return nb
}

// aggregate fills s.aggH, s.aggC and s.aggN: for every form with a
// capital, the words around its occurrences in the document.
func (s *docScratch) aggregate(starts []int) {
	s.aggOf = grow(s.aggOf, len(s.formInfo))
	clear(s.aggOf)
	s.formAgg = grow(s.formAgg, len(s.formInfo))
	clear(s.formAgg)
	if s.lowRep == nil {
		s.lowRep = make(map[uint64]int32, 64)
	}
	s.aggH, s.aggC, s.aggN = s.aggH[:0], s.aggC[:0], s.aggN[:0]
	s.aggPron = s.aggPron[:0]
	s.tokPron = grow(s.tokPron, len(s.info))
	s.aggCorp = s.aggCorp[:0]
	s.tokCorp = grow(s.tokCorp, len(s.info))
	clear(s.lowRep)
	n := len(s.info)
	si := 0
	for i := 0; i < n; i++ {
		for si+1 < len(starts) && starts[si+1] <= i {
			si++
		}
		if s.info[i].flags&fUpper == 0 {
			continue
		}
		hi := n
		if si+1 < len(starts) {
			hi = starts[si+1]
		}
		nb := s.neighbours(i, starts[si], hi)
		a := s.formAgg[s.form[i]]
		if a == 0 {
			// the first capitalised form of the document with this
			// lower-case form stands for all of them, so that "VOSTRA"
			// in a headline and "Vostra" share their contexts
			r, ok := s.lowRep[s.info[i].lower]
			if !ok {
				r = s.form[i]
				s.lowRep[s.info[i].lower] = r
			}
			a = s.aggOf[r]
			if a == 0 {
				s.aggN = append(s.aggN, 0, 0)
				s.aggPron = append(s.aggPron, 0)
				s.aggCorp = append(s.aggCorp, 0)
				a = int32(len(s.aggN) / 2)
				s.aggOf[r] = a
				for range 2 * aggK {
					s.aggH = append(s.aggH, 0)
					s.aggC = append(s.aggC, 0)
				}
			}
			s.formAgg[s.form[i]] = a
		}
		pk := s.pronounAfter(i, hi)
		s.tokPron[i] = pk
		s.aggPron[a-1] |= pk
		ck := s.corpEvidence(i, starts[si], hi)
		s.tokCorp[i] = ck
		s.aggCorp[a-1] |= ck
		for side, h := range nb {
			k := int(a-1)*2 + side
			hs := s.aggH[k*aggK : k*aggK+int(s.aggN[k])]
			found := false
			for j := range hs {
				if hs[j] == h {
					s.aggC[k*aggK+j]++
					found = true
					break
				}
			}
			if !found && s.aggN[k] < aggK {
				s.aggH[k*aggK+int(s.aggN[k])] = h
				s.aggC[k*aggK+int(s.aggN[k])] = 1
				s.aggN[k]++
			}
		}
	}
}

// Kinds of pronoun (pronounAfter).
const (
	pronounPersonal uint8 = 1 // he, she, his, her, who ...
	pronounNeuter   uint8 = 2 // it, its, which ...
)

// pronounKinds maps the lower-case form hash of a pronoun to its kind.
var pronounKinds = func() map[uint64]uint8 {
	m := map[uint64]uint8{}
	for k, ws := range map[uint8][]string{
		pronounPersonal: {"he", "she", "his", "her", "him", "himself", "herself", "who", "whom", "whose"},
		pronounNeuter:   {"it", "its", "itself", "which"},
	} {
		for _, w := range ws {
			var in tokInfo
			describe(w, &in)
			m[in.lower] = k
		}
	}
	return m
}()

// pronounAfter returns the kind of the first personal or neuter pronoun
// within a few words after the run of capitalised words that token i is
// in, in its sentence ending at hi, or 0 when another capitalised word
// or the sentence end comes first: "Vostra said that it", "Vostra and
// its chief", "Ann Lee, who" (companies are "it", people "he" or "she",
// a contrast the labelled corpora are too small to teach through the
// words around a name).
func (s *docScratch) pronounAfter(i, hi int) uint8 {
	j := i + 1
	for j < hi && s.info[j].flags&fRun != 0 {
		j++
	}
	for k := j; k < hi && k < j+pronounWindow; k++ {
		in := &s.info[k]
		if in.flags&fUpper != 0 {
			return 0
		}
		if p := pronounKinds[in.lower]; p != 0 {
			return p
		}
	}
	return 0
}

// pronounWindow is how many words after a name pronounAfter looks at.
const pronounWindow = 6

// Company evidence around a name (corpEvidence).
const (
	corpBefore uint8 = 1 // a company noun before it: "automaker Vostra", "airline , Vostra"
	corpAfter  uint8 = 2 // a company's part or figure after it: "Vostra shares", "Vostra 's chief executive"
)

// companyNouns name what a company is; before a name they make it one.
var companyNouns = strings.Fields(`company companies firm firms corporation corporations manufacturer
	manufacturers maker makers automaker automakers carmaker carmakers airline airlines carrier
	carriers airframer planemaker retailer retailers bank banks lender lenders insurer insurers
	conglomerate subsidiary rival rivals competitor competitors giant producer producers supplier
	suppliers publisher broadcaster operator startup start-up multinational distributor exporter
	brand chipmaker drugmaker`)

// companyParts are what a company has and a person does not; after a
// name (or its "'s") they make it a company.
var companyParts = strings.Fields(`ceo cfo chairman shares stock shareholders stockholders employees
	workers plant plants factory factories dealers dealerships subsidiary subsidiaries division
	brand executives headquarters profits profit revenue revenues sales earnings board model models
	vehicles cars products nameplates brands jets airliners`)

var companyNounHash, companyPartHash = lowerHashes(companyNouns), lowerHashes(companyParts)

// lowerHashes returns the set of the lower-case form hashes of words.
func lowerHashes(words []string) map[uint64]bool {
	m := make(map[uint64]bool, len(words))
	for _, w := range words {
		var in tokInfo
		describe(w, &in)
		m[in.lower] = true
	}
	return m
}

// corpEvidence returns the company evidence (corpBefore, corpAfter)
// around the run of capitalised words that token i is in, in its
// sentence [lo, hi): a company noun right before the run, or before a
// comma before it; a company part right after it or after its "'s".
// News rarely introduces a company without saying what it is, and the
// labelled corpora hold too few companies to teach every such noun as a
// neighbouring word.
func (s *docScratch) corpEvidence(i, lo, hi int) uint8 {
	a, b := i, i+1
	for a > lo && s.info[a-1].flags&fRun != 0 {
		a--
	}
	for b < hi && s.info[b].flags&fRun != 0 {
		b++
	}
	var e uint8
	if p := a - 1; p >= lo {
		if s.info[p].lower == commaHash && p > lo {
			p--
		}
		if companyNounHash[s.info[p].lower] {
			e |= corpBefore
		}
	}
	if b < hi {
		if (s.info[b].lower == possHash || s.info[b].lower == aposHash) && b+1 < hi {
			b++
		}
		if companyPartHash[s.info[b].lower] {
			e |= corpAfter
		}
	}
	return e
}

var commaHash, possHash, aposHash = lowerHash(","), lowerHash("'s"), lowerHash("'")

func lowerHash(w string) uint64 {
	var in tokInfo
	describe(w, &in)
	return in.lower
}

// appendAggFeatures appends the words seen around the other occurrences
// of token i's form in the document (Ratinov and Roth 2009's context
// aggregation): "Vostra" once written "shares of Vostra" tells every
// "Vostra" of the article.
func (s *docScratch) appendAggFeatures(f []uint64, i, lo, hi int) []uint64 {
	a := s.formAgg[s.form[i]]
	if a == 0 {
		return f
	}
	// the pronouns after this occurrence and after any in the document
	if p := s.tokPron[i]; p != 0 {
		f = append(f, mix(tPronOwn, uint64(p)))
	}
	if p := s.aggPron[a-1]; p != 0 {
		f = append(f, mix(tPronDoc, uint64(p)))
	}
	f = appendBits(f, tCorpOwn, uint16(s.tokCorp[i]))
	f = appendBits(f, tCorpDoc, uint16(s.aggCorp[a-1]))
	nb := s.neighbours(i, lo, hi)
	for side, own := range nb {
		k := int(a-1)*2 + side
		t := [2]uint64{tAggM1, tAggP1}[side]
		for j, h := range s.aggH[k*aggK : k*aggK+int(s.aggN[k])] {
			c := s.aggC[k*aggK+j]
			if h == own {
				c--
			}
			if c > 0 {
				f = append(f, mix(t, h))
			}
		}
	}
	return f
}

// appendTokenFeatures appends the features of token i of a sentence that
// runs over info[lo:hi].
func appendTokenFeatures(f []uint64, info []tokInfo, i, lo, hi int) []uint64 {
	in := &info[i]
	lm1, lm2, lp1, lp2 := hBOS, hBOS^1, hEOS, hEOS^1
	wm1, wp1 := hBOS, hEOS
	sm1, sp1 := hBOS, hEOS
	var cm1, cp1, gbm1, gip1 uint16
	var p, q *tokInfo
	if i-1 >= lo {
		p = &info[i-1]
		lm1, wm1, sm1, cm1, gbm1 = p.lower, p.word, p.shape, p.cats, p.gazB
	}
	if i-2 >= lo {
		lm2 = info[i-2].lower
	}
	if i+1 < hi {
		q = &info[i+1]
		lp1, wp1, sp1, cp1, gip1 = q.lower, q.word, q.shape, q.cats, q.gazI
	}
	if i+2 < hi {
		lp2 = info[i+2].lower
	}
	f = append(f,
		mix(tBias, 0),
		mix(tWord, in.word),
		mix(tLower, in.lower),
		mix(tShape, in.shape),
		mix(tPre2, in.pre2),
		mix(tPre3, in.pre3),
		mix(tPre4, in.pre4),
		mix(tSuf2, in.suf2),
		mix(tSuf3, in.suf3),
		mix(tSuf4, in.suf4),
		mix(tLowerM1, lm1),
		mix(tLowerP1, lp1),
		mix(tLowerM2, lm2),
		mix(tLowerP2, lp2),
		mix(tShapeM1, sm1),
		mix(tShapeP1, sp1),
		mix(tBiM1, mix(lm1, in.lower)),
		mix(tBiP1, mix(in.lower, lp1)),
		mix(tShape3, mix(mix(sm1, in.shape), sp1)),
		mix(tM1Shape, mix(lm1, in.shape)),
		mix(tShapeP1Lower, mix(in.shape, lp1)),
		mix(tWordM1, wm1),
		mix(tWordP1, wp1),
		// how often news writes the form capitalised mid-sentence, by
		// whether this occurrence starts its sentence
		mix(tCapStat, uint64(in.stat>>capShift)<<1|uint64(in.flags&fStart)/uint64(fStart)),
	)
	// distributional clusters from unlabelled news (wordstats.go), of the
	// token at three depths and of its neighbours at the middle one
	for k := range Clusterings {
		km1, kp1 := hBOS, hEOS
		if p != nil {
			km1 = p.clusterPrefix(k, 2)
		}
		if q != nil {
			kp1 = q.clusterPrefix(k, 2)
		}
		f = append(f,
			mix(tClus1, in.clusterPrefix(k, 1)),
			mix(tClus2, in.clusterPrefix(k, 2)),
			mix(tClus3, in.clusterPrefix(k, 3)),
			mix(tClus2M1, km1),
			mix(tClus2P1, kp1),
		)
	}
	// the form's typical neighbours in the news: "shares of" Boeing,
	// "Mr." before a surname
	for _, d := range in.ctx {
		f = append(f, mix(tCtx, uint64(d)))
	}
	// Case in context: a capital at a sentence start or inside a quotation
	// says less than one mid-sentence; a capitalised word that the
	// document also writes in lower case is probably not a name.
	fl := in.flags & (fCap | fAllCap | fStart | fQuote | fSeenLower | fSeenCapMid | fDigit)
	f = append(f, mix(tFlags, uint64(fl)))
	f = appendBits(f, tCat, in.cats)
	f = appendBits(f, tGazB, in.gazB)
	f = appendBits(f, tGazI, in.gazI)
	f = appendBits(f, tCatM1, cm1)
	f = appendBits(f, tCatP1, cp1)
	f = appendBits(f, tGazBM1, gbm1)
	f = appendBits(f, tGazIP1, gip1)
	// proper names of WordNet (names.go)
	f = appendBits(f, tName, uint16(in.names))
	f = appendBits(f, tNameB, uint16(in.nameB))
	f = appendBits(f, tNameI, uint16(in.nameI))
	return f
}

// appendRunFeatures appends the features of token i as part of the run
// of capitalised words [a, b) of its sentence [lo, hi) (a == b when it is
// in none): its position in the run and the run's length, the words
// around the run and the run's first and last word. They see a name as a
// whole: the word after "John F. Kennedy" tells about "F." too, and the
// last word of a name ("University", "River") about its type.
func appendRunFeatures(f []uint64, info []tokInfo, i, lo, hi, a, b int) []uint64 {
	if a == b {
		return append(f, mix(tRunShape, 0))
	}
	n := b - a
	var pos uint64
	switch {
	case n == 1:
		pos = 1
	case i == a:
		pos = 2
	case i == b-1:
		pos = 3
	default:
		pos = 4
	}
	prev, next := hBOS, hEOS
	if a > lo {
		prev = info[a-1].lower
	}
	if b < hi {
		next = info[b].lower
	}
	f = append(f,
		mix(tRunShape, pos<<4|uint64(min(n, 5))),
		mix(tRunPrev, prev),
		mix(tRunNext, next),
	)
	// the run is a name of the names gazetteer, as a whole
	if int(info[a].nameLen) == n {
		f = appendBits(f, tRunName, uint16(info[a].nameCats))
	}
	if n > 1 {
		f = append(f,
			mix(tRunFirst, mix(info[a].lower, pos)),
			mix(tRunLast, mix(info[b-1].lower, pos)),
		)
	}
	return f
}

// appendBits appends one feature for each category bit set in bits.
func appendBits(f []uint64, t uint64, bits uint16) []uint64 {
	for b := uint64(0); bits != 0; b++ {
		if bits&1 != 0 {
			f = append(f, mix(t, b+1))
		}
		bits >>= 1
	}
	return f
}

// formTable is the word statistics and contexts (wordStats,
// wordContexts) by form hash in one flat table, and which first bytes
// the gazetteer's sequences can start with: prepare's per-form look-ups
// into the large maps, a cache miss or two each, in one probe, and
// gazetteer look-ups only for the words that can match.
type formTable struct {
	slots []formSlot // open addressing, linear probing, at most half full
	mask  uint64
	zero  formSlot // the form hash 0, which marks empty slots
	ctxs  [][]uint16
	// gazFirst[c] is set when a gazetteer sequence starts with byte c.
	gazFirst [256]bool
}

type formSlot struct {
	key  uint64
	stat uint32
	ctx  int32 // 1 + index in ctxs, 0 for none
}

var (
	formTableOnce sync.Once
	formTableData *formTable
)

// formsTable returns the form table, building it once.
func formsTable() *formTable {
	formTableOnce.Do(func() {
		ws, wc := wordStats(), wordContexts()
		t := &formTable{}
		keys := make([]uint64, 0, len(ws)+len(wc))
		for k := range ws {
			keys = append(keys, k)
		}
		for k := range wc {
			if _, ok := ws[k]; !ok {
				keys = append(keys, k)
			}
		}
		size := 16
		for size < 2*len(keys) {
			size <<= 1
		}
		t.slots = make([]formSlot, size)
		t.mask = uint64(size - 1)
		for _, k := range keys {
			e := formSlot{key: k, stat: ws[k]}
			if c, ok := wc[k]; ok {
				t.ctxs = append(t.ctxs, c)
				e.ctx = int32(len(t.ctxs))
			}
			if k == 0 {
				t.zero = e
				continue
			}
			i := k & t.mask
			for t.slots[i].key != 0 {
				i = (i + 1) & t.mask
			}
			t.slots[i] = e
		}
		g := places()
		for k := range g.seq {
			if k != "" {
				t.gazFirst[k[0]] = true
			}
		}
		for k := range g.maxLen {
			if k != "" {
				t.gazFirst[k[0]] = true
			}
		}
		formTableData = t
	})
	return formTableData
}

// lookup returns the statistics and contexts of form hash h (0 and nil
// when it has none), as wordStats()[h] and wordContexts()[h].
func (t *formTable) lookup(h uint64) (uint32, []uint16) {
	e := &t.zero
	if h != 0 {
		i := h & t.mask
		for {
			e = &t.slots[i]
			if e.key == h || e.key == 0 {
				break
			}
			i = (i + 1) & t.mask
		}
		if e.key == 0 {
			return 0, nil
		}
	}
	if e.ctx == 0 {
		return e.stat, nil
	}
	return e.stat, t.ctxs[e.ctx-1]
}
