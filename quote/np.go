package quote

import (
	"strings"

	"dossier/text"
)

// npPreps are the prepositions that join a modifier to a noun inside a
// speaker's noun phrase ("a spokesperson for the agency", "sources
// familiar with the investigation"); others ("after", "during") start an
// adjunct.
var npPreps = map[string]bool{"of": true, "for": true, "with": true, "from": true, "at": true, "in": true,
	"on": true, "by": true, "about": true, "among": true, "within": true, "across": true, "near": true, "to": true}

// quantifierPronouns stand for a group of people on their own: "some
// say", "many believe", "others argue".
var quantifierPronouns = map[string]bool{"some": true, "many": true, "most": true, "others": true, "both": true,
	"all": true, "few": true, "several": true, "none": true, "one": true, "another": true, "everyone": true,
	"everybody": true, "nobody": true, "someone": true, "somebody": true, "anyone": true, "critics": true}

// maxNP bounds the length of a speaker's noun phrase in tokens: a longer
// stretch without a clause boundary is a clause, not a name.
const maxNP = 14

// npLeft returns the noun phrase that ends just before token end and
// starts no earlier than lo, as the subject of a reporting verb: "he",
// "Kremlin spokesperson Ivan Orlov", "sources familiar with the
// intelligence", "a spokesperson for Ukraine's defense intelligence
// agency". Scanning leftwards, it stops at punctuation, quotation marks,
// auxiliaries and other verbs, subordinators and relative pronouns; a
// determiner starts the phrase unless a preposition before it makes it
// part of a larger one; "and" joins names ("US and Ukrainian officials").
func (x *extractor) npLeft(end, lo int) (span, bool) {
	return x.npLeftOpt(end, lo, true)
}

// npLeftOpt is npLeft; with preps false, only "of" may join a noun phrase
// to a larger one (for the subject of a participle: "with X saying").
func (x *extractor) npLeftOpt(end, lo int, preps bool) (span, bool) {
	i := end - 1
	if i < lo || x.quoted(i) {
		return span{}, false
	}
	if x.has(i, cSubjPron) && x.isWord(i) {
		return span{i, i + 1}, true
	}
	if x.punct(i, ')') {
		// "Sen. Rand Paul (R-Ky.)": the phrase ends before the
		// parenthesis, which it keeps.
		for o := i - 1; o > lo && i-o < 10; o-- {
			if x.punct(o, '(') {
				if np, ok := x.npLeftOpt(o, lo, preps); ok {
					return span{np.a, end}, true
				}
				break
			}
			if x.ti[o].punct == ')' || x.quoted(o) {
				break
			}
		}
		return span{}, false
	}
	// A time expression between the speaker and the verb is no part of
	// the speaker: "documents leaked online earlier this year revealed".
	for p := max(lo, end-5); p < end; p++ {
		if x.timeAt(p, end) == end && p > lo {
			return x.npLeftOpt(p, lo, preps)
		}
	}
	if !x.headOK(i) {
		return span{}, false
	}
	k := i
	if x.toks[i].Kind == text.Number || x.isWord(i) && quantityWords[x.lower(i)] {
		k = x.quantifierStart(i, lo)
	}
	coord := false // the phrase holds a coordination, which may be a list
	for k-1 >= lo && i-k < maxNP {
		j := k - 1
		if x.quoted(j) {
			break
		}
		inf := &x.ti[j]
		tok := x.toks[j]
		if tok.Kind == text.Number {
			k = x.quantifierStart(j, lo)
			continue
		}
		if inf.punct == ')' {
			// A parenthesis inside the phrase: "Rep. Elijah Cummings
			// (D-Md.)".
			o := j - 1
			for o > lo && j-o < 10 && x.ti[o].punct != '(' && x.ti[o].punct != ')' {
				o--
			}
			if o <= lo || x.ti[o].punct != '(' {
				break
			}
			k = o
			continue
		}
		if inf.punct == ',' && coord && j-1 >= lo && x.isWord(j-1) && !x.isVerbLike(j-1) &&
			x.ti[j-1].cls&(cSubord|cRel|cPrep|cAux|cClauseAdv|cTimeNoun) == 0 && !x.ti[j-1].ly {
			k = j // "Friends, lobbyists and former foes"
			continue
		}
		if x.text(j) == "/" && j-1 >= lo && x.isWord(j-1) && x.ti[j-1].cap && x.ti[j+1].cap {
			k = j // "the latest Herald/Ipsos poll"
			continue
		}
		if x.text(j) == "%" && j-1 >= lo && x.toks[j-1].Kind == text.Number {
			k = j // "85% of voters"
			continue
		}
		if tok.Kind != text.Word && !inf.is("&") {
			break
		}
		if tok.Flags&text.Clitic != 0 {
			if inf.cls&cNeg != 0 || auxClitic(x.lower(j)) {
				break // "he'll welcome advice from anyone": a verb, not a possessive
			}
			k = j // a possessive: Ukraine's agency
			continue
		}
		if x.nameWord(j) {
			k = j
			continue
		}
		c := inf.cls
		if c&cPossPron != 0 && c&cSubjPron == 0 && !inf.cap || inf.w == "her" {
			k = j // "her medical records": the possessive starts the phrase
			if x.coordBefore(j, lo) {
				k, coord = j-1, true // "Marten and his lawyers"
				continue
			}
			if j-2 >= lo && x.is(j-1, "of") && (quantifierPronouns[x.ti[j-2].w] || x.quantityWord(j-2)) {
				k = j - 2 // "both of his senators", "half of their members"
			}
			break
		}
		switch {
		case c&cConj != 0 && inf.w == "and" && j-1 >= lo && x.has(j-1, cSubjPron) && x.isWord(j-1) && !x.is(j-1, "it") &&
			(j-1 == lo || x.ti[j-2].punct != 0 || x.has(j-2, cConj|cClauseAdv|cSubord)) && x.ti[k].cap:
			// "he and Brafman said": a pronoun and a name.
			k, coord = j-1, true
			continue
		case c&cConj != 0:
			// "and" joins two names or modifiers, not two clauses.
			if j-1 >= lo && x.isWord(j-1) && x.ti[j-1].cap && x.ti[j-1].cls&(cDet|cClauseAdv) == 0 && x.ti[k].cap {
				k, coord = j, true
				continue
			}
			// "Democrats and civil rights groups": a name and a noun.
			if j-1 >= lo && x.isWord(j-1) && x.ti[j-1].cap && x.ti[j-1].cls&(cDet|cClauseAdv|cPrep|cSubord) == 0 &&
				j-1 > lo && !x.ti[j-2].cap && x.ti[k].cls&(cDet|cSubjPron) == 0 {
				k, coord = j, true
				continue
			}
			// "teachers and union officials": two nouns, no verb.
			if j-1 >= lo && x.isWord(j-1) && !x.ti[j-1].cap && x.ti[j-1].cls == 0 && x.ti[j-1].verb == 0 &&
				!x.isVerbLike(j-1) && !x.ti[j-1].ly && (j-2 < lo || x.punct(j-2, ',') || x.has(j-2, cDet) ||
				x.toks[j-2].Flags&text.Clitic != 0 && !auxClitic(x.lower(j-2)) && x.has(j-2, cAux)) {
				// (and after a possessive: "Valdoria's military and
				// intelligence bureaucracy")
				k, coord = j, true
				continue
			}
		case c&cDet != 0 && c&cRel == 0:
			k = j
			if x.coordBefore(j, lo) {
				k, coord = j-1, true // "Kessary, Marten and other donors"
				continue
			}
			if j-1 >= lo && x.has(j-1, cPrep) && (preps || x.is(j-1, "of")) && npPreps[x.ti[j-1].w] {
				continue // "familiar with the investigation"
			}
			if j-1 >= lo && x.has(j-1, cDet) && !x.has(j-1, cRel) {
				continue // "the most recent poll", "all the"
			}
		case c&cPrep != 0:
			if npPreps[inf.w] && (preps || inf.w == "of") {
				k = j
				continue
			}
		case c&(cAux|cNeg|cVerb|cSubord|cRel|cWh|cSubjPron|cObjPron) != 0 && !inf.cap:
		case c&(cAux|cVerb|cSubord|cRel) != 0 && inf.cap && j == lo:
			// "Was", "When" at the start of a sentence.
		case inf.verb != 0 && inf.form&(fPast|fGer|f3sg) != 0 && !inf.cap && !x.nounAfterDet(j, lo):
			// another verb: "the attack that Russia claims"
		case !inf.cap && endsIng(x.text(j)) && !(j-1 >= lo && x.has(j-1, cDet|cPossPron)) && !(x.has(j+1, cRole|cTitle) && !strings.HasSuffix(x.lower(j+1), "s")) &&
			!(j == i-1 && inf.verb == 0 && !(end < len(x.toks) && x.is(end, "to")) && (j-1 < lo || x.ti[j-1].punct == ',' || x.ti[j-1].cls == 0 && x.ti[j-1].verb == 0 && x.isWord(j-1))):
			// (but "new fundraising reports", "senior managing editors":
			// a word in -ing right before the head modifies it, and one
			// before a singular role or title, "organizing director Ken
			// Fells", where "leading officials" is a participle and its
			// object)
			// a participle ("leading officials to believe"), unless a
			// determiner makes it an adjective ("the ruling party")
		default:
			k = j
			continue
		}
		break
	}
	start := k
	// What starts the phrase and is not part of it: a conjunction, a
	// sentence adverb, a preposition with its time expression.
	for start < end {
		inf := &x.ti[start]
		if inf.ly && start+1 < end && x.quantityWord(start+1) {
			break // "nearly half of the voters"
		}
		if inf.cls&(cConj|cClauseAdv) != 0 && !inf.is("&") || inf.ly || inf.punct != 0 {
			start++
			continue
		}
		if inf.cls&cPrep != 0 && start+1 < end && (x.quantityWord(start+1) || x.lower(start+1) == "least" || x.lower(start+1) == "most") {
			break // "About 4 in 10 say", "about half of the voters", "at least 300"
		}
		if inf.cls&cPrep != 0 {
			if e := x.timeAt(start, end); e > start && e < end {
				start = e
				continue
			}
			start = x.afterLeadingPP(start, end)
			continue
		}
		if e := x.timeAt(start, end); e > start && e < end {
			start = e
			continue
		}
		break
	}
	if start >= end || start > k && x.is(start-1, "of") {
		// "… of Marten": the phrase that "of" completes was cut short,
		// and Marten is not its head.
		return span{}, false
	}
	if k < end-maxNP+1 && start == k {
		// Too long to be a name: keep the last phrase, from its last
		// determiner or capitalised run.
		for j := end - 1; j > start; j-- {
			if x.has(j, cDet) || x.ti[j].cap && !x.ti[j-1].cap {
				start = j
				break
			}
		}
	}
	if x.has(start, cPrep|cConj) && !(start+1 < end && (x.quantityWord(start+1) || x.quantifierStart(start+2, start) == start)) {
		return span{}, false
	}
	return span{start, end}, true
}

// nounAfterDet reports whether the verb form at j (a gerund or a third
// person form) is a noun, after a determiner or a possessive: "the plans
// of", "Marten's thinking".
func (x *extractor) nounAfterDet(j, lo int) bool {
	p := j - 1
	if p < lo || x.ti[j].form&(fGer|f3sg) == 0 {
		return false
	}
	return x.has(p, cDet|cPossPron) && !x.has(p, cRel|cSubjPron) && x.isWord(p) ||
		x.toks[p].Flags&text.Clitic != 0 && !x.has(p, cNeg)
}

// quantityWords start a phrase of quantity after "about", "nearly":
// "about half of the voters", "nearly two-thirds".
var quantityWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("one two three four five six seven eight nine ten eleven twelve twenty " +
		"thirty forty fifty half third thirds quarter quarters two-thirds three-quarters three-fourths " +
		"two-fifths three-fifths majority majorities plurality dozen dozens hundreds thousands") {
		quantityWords[w] = true
	}
}

// quantityWord reports whether token i is a number or a word of quantity.
func (x *extractor) quantityWord(i int) bool {
	return x.toks[i].Kind == text.Number || x.isWord(i) && quantityWords[x.lower(i)]
}

// afterLeadingPP skips a preposition that starts a stretch of words and
// its object, up to where the subject noun phrase seems to start: after a
// time noun, or at a capitalised run. It returns where the subject starts.
func (x *extractor) afterLeadingPP(start, end int) int {
	for j := end - 1; j > start; j-- {
		if x.has(j-1, cTimeNoun) || x.ti[j].cap && !x.ti[j-1].cap && x.ti[j-1].cls&cPrep == 0 {
			return j
		}
	}
	return start + 1
}

// headOK reports whether token i may be the head of a speaker's noun
// phrase: a noun or a name, not a function word or a verb.
func (x *extractor) headOK(i int) bool {
	if x.quantityHead(i) {
		return true
	}
	if !x.isWord(i) && x.toks[i].Kind != text.Number {
		return false
	}
	if x.nameWord(i) {
		return true
	}
	if quantifierPronouns[x.ti[i].w] {
		return true // "some", "many", "others" stand for people
	}
	inf := &x.ti[i]
	if inf.cls&(cDet|cPrep|cConj|cAux|cNeg|cRel|cSubord|cWh|cNoSpeaker|cObjPron|cPossPron|cVerb) != 0 &&
		inf.cls&(cRecipNoun|cRole|cTitle) == 0 {
		return false
	}
	if inf.ly || x.toks[i].Flags&text.Clitic != 0 {
		return false
	}
	if inf.verb != 0 && inf.form&(fPast|fGer) != 0 && inf.form&(f3sg|fBase) == 0 && !inf.cap && !x.nounAfterDet(i, 0) {
		return false
	}
	if x.toks[i].Kind == text.Number {
		if strings.HasSuffix(strings.ToLower(x.text(i)), "-old") {
			return true // "the 46-year-old"
		}
		return i > 0 && x.ti[i-1].cap && x.isWord(i-1) // "ABC 7"
	}
	return true
}

// quantityHead reports whether token i ends a phrase of quantity that
// can speak for a group: "26%", "62 percent", "one in four", "two of
// them", "one in 10".
func (x *extractor) quantityHead(i int) bool {
	if i == 0 {
		return false
	}
	w := x.text(i)
	switch {
	case w == "%" || w == "percent":
		return x.toks[i-1].Kind == text.Number
	case (x.toks[i].Kind == text.Number || x.isWord(i) && quantityWords[x.lower(i)]) && x.quantifierStart(i, 0) < i:
		return true // "at least 21,000 said", "more than 300 signed", "all but two said"
	case x.isWord(i) && (x.lower(i) == "half" || x.lower(i) == "majority" || x.lower(i) == "plurality") &&
		(x.has(i-1, cDet|cSubord) || x.ti[i-1].punct != 0 || x.ti[i-1].ly):
		return true // "after half said so", "a majority said"
	case (x.toks[i].Kind == text.Number && len(x.text(i)) < 4 || x.isWord(i) && quantityWords[x.lower(i)] && i+1 < len(x.toks) && !x.has(i+1, cPrep)) &&
		(x.is(i-1, "all") || x.is(i-1, "the") || x.is(i-1, "those") || x.is(i-1, "these")) && !strings.Contains(x.text(i), "."):
		return true // "majorities in all five say", "the two said"
	case x.is(i-1, "in") || x.is(i-1, "of") && x.has(i, cObjPron|cDet):
		return x.toks[i].Kind == text.Number || x.has(i, cDet|cObjPron) && i >= 2 &&
			(x.toks[i-2].Kind == text.Number || x.has(i-2, cDet))
	}
	return false
}

// auxClitic reports whether a clitic is a contracted auxiliary ('ll, 'd,
// 've, 're, 'm), which ends a noun phrase; 's may be either.
func auxClitic(w string) bool {
	switch strings.NewReplacer("’", "'").Replace(w) {
	case "'ll", "'d", "'ve", "'re", "'m":
		return true
	}
	return false
}

// quantifierStart returns where the quantifier of the number at i starts
// ("at least", "more than", "nearly"), or i.
func (x *extractor) quantifierStart(i, lo int) int {
	if i-1 < lo {
		return i
	}
	switch p := x.lower(i - 1); {
	case (p == "least" || p == "most") && i-2 >= lo && x.lower(i-2) == "at",
		p == "than" && i-2 >= lo && (x.lower(i-2) == "more" || x.lower(i-2) == "fewer" || x.lower(i-2) == "less"),
		p == "but" && i-2 >= lo && x.lower(i-2) == "all":
		return i - 2
	case p == "nearly" || p == "almost" || p == "roughly" || p == "some":
		return i - 1
	}
	return i
}

// nameWord reports whether token i is a capitalised word that is part of
// a name although it is also a function word or a verb: "Will" in "Will
// Doyle", "May" in "Theresa May". It needs a capitalised neighbour, and
// a sentence adverb, conjunction or preposition never counts.
func (x *extractor) nameWord(i int) bool {
	inf := &x.ti[i]
	if !inf.cap || !x.isWord(i) || inf.cls&(cAux|cVerb|cTimeNoun|cObjPron|cNoSpeaker) == 0 && inf.verb == 0 ||
		inf.cls&(cClauseAdv|cConj|cPrep|cSubord|cDet|cSubjPron) != 0 {
		return false
	}
	next := i+1 < len(x.toks) && x.isWord(i+1) && x.ti[i+1].cap && x.ti[i+1].cls&(cPrep|cConj|cClauseAdv) == 0
	prev := i > 0 && x.isWord(i-1) && x.ti[i-1].cap && x.ti[i-1].cls&(cPrep|cConj|cClauseAdv|cDet) == 0
	return next || prev
}

// npRight returns the noun phrase that starts at token start and ends no
// later than hi: the speaker after an inverted verb ("said Ivan Orlov")
// or after "according to". It stops at punctuation, a verb, a clause
// word, a time expression or a venue phrase.
func (x *extractor) npRight(start, hi int) (span, bool) {
	if start >= hi || x.quoted(start) {
		return span{}, false
	}
	if x.has(start, cSubjPron) && x.isWord(start) {
		return span{start, start + 1}, true
	}
	if quantifierPronouns[x.lower(start)] && (start+1 >= hi || !x.isWord(start+1) || x.has(start+1, cPrep|cRel|cConj)) {
		return span{start, start + 1}, true // "…,” tweeted another.
	}
	j := start
	for j < hi && j-start < maxNP {
		if x.quoted(j) {
			// A short quoted name inside the phrase: the "Medicare for
			// all" document.
			q := x.ti[j].q
			if j > start && x.opens(j) && x.quotes[q].words <= 6 && x.quotes[q].last+1 < hi &&
				x.isWord(x.quotes[q].last+1) && !x.ti[x.quotes[q].last+1].cap {
				j = x.quotes[q].last + 1
				continue
			}
			break
		}
		inf := &x.ti[j]
		tok := x.toks[j]
		if tok.Kind == text.Number {
			j++
			continue
		}
		if inf.punct == '(' && j > start {
			o := j + 1
			for o < hi && o-j < 10 && x.ti[o].punct != ')' && x.ti[o].punct != '(' {
				o++
			}
			if o >= hi || x.ti[o].punct != ')' {
				break
			}
			j = o + 1
			continue
		}
		if tok.Kind != text.Word && !inf.is("&") {
			break
		}
		if tok.Flags&text.Clitic != 0 {
			if inf.cls&cNeg != 0 {
				break
			}
			j++
			continue
		}
		if x.nameWord(j) {
			j++
			continue
		}
		if (inf.ly || inf.cls&cSubjPron != 0 && !inf.cap) && j > start {
			break
		}
		c := inf.cls
		if j > start {
			if e := x.timeAt(j, hi); e > j {
				break
			}
			if e, _ := x.venueAt(j, hi); e > j {
				break
			}
		}
		if c&(cAux|cNeg|cVerb|cSubord|cRel|cWh) != 0 && !(c&(cPrep|cDet) != 0 && c&(cAux|cVerb) == 0) {
			if !(j == start && c&cDet != 0) {
				break
			}
		}
		if inf.verb != 0 && inf.form&(fPast|f3sg) != 0 && !inf.cap && j > start && !(inf.form&f3sg != 0 && x.has(j-1, cDet|cPossPron)) {
			break // (but "a review of the emails": a noun after a determiner)
		}
		if j > start && !inf.cap && x.isVerbLike(j) && !x.has(j-1, cDet|cPossPron|cAdv) {
			break // "Rick Scott blasted Congress"
		}
		if c&cConj != 0 && !(j > start && x.ti[j-1].cap && j+1 < hi && x.ti[j+1].cap) {
			break
		}
		if c&cPrep != 0 && !(j+1 < hi && (x.has(j+1, cDet|cPossPron) || x.ti[j+1].cap || x.isWord(j+1) && inf.is("of"))) {
			break
		}
		j++
	}
	// A phrase does not end with a function word.
	for j > start && x.has(j-1, cDet|cPrep|cConj|cPossPron) {
		j--
	}
	if j <= start {
		return span{}, false
	}
	h := j - 1
	if x.punct(h, ')') {
		// "Florida Gov. Rick Scott (R)": the head is before the
		// parenthesis.
		for h > start && !x.punct(h, '(') {
			h--
		}
		h--
	}
	if h < start || !x.headOK(h) {
		return span{}, false
	}
	return span{start, j}, true
}

// namePart returns the name within a speaker's noun phrase, as the entity
// layer links it: "Ivan Orlov" in "Kremlin spokesperson Ivan Orlov",
// "Antony Blinken" in "US Secretary of State Antony Blinken". A phrase
// with no title or role before its final capitalised run ("the Kremlin",
// "sources familiar with the investigation") is kept whole.
func (x *extractor) namePart(np span) span {
	if np.b-np.a <= 1 {
		return np
	}
	k := np.b
	for k-1 >= np.a && x.ti[k-1].cap && x.isWord(k-1) && x.ti[k-1].cls&cTitle == 0 {
		k--
	}
	if k == np.b || k == np.a {
		return np
	}
	before := k - 1
	if x.is(before, "of") && before-1 >= np.a && x.has(before-1, cTitle) && np.b-k >= 2 && x.has(k, cOffice) {
		// "Secretary of State Antony Blinken": the office belongs to the
		// title.
		for k < np.b-1 && x.has(k, cOffice) {
			k++
		}
		return span{k, np.b}
	}
	if x.ti[before].cls&(cTitle|cRole) != 0 {
		return span{k, np.b}
	}
	return np
}

// hasName reports whether a noun phrase contains a capitalised word that
// is not at its start as a function word: a name.
func (x *extractor) hasName(np span) bool {
	for j := np.a; j < np.b; j++ {
		if x.ti[j].cap && x.ti[j].cls&(cDet|cTitle|cRole|cClauseAdv) == 0 && x.isWord(j) {
			return true
		}
	}
	return false
}

// speakerLeft finds the speaker of a reporting verb whose verb group
// starts at vg, in the sentence from lo: a noun phrase, with an
// appositive or a relative clause between commas after it ("Chris Cox,
// who runs the NRA's lobbying arm, says"). It returns the speaker as the
// entity layer wants it (the name part), the whole phrase, and ok.
func (x *extractor) speakerLeft(vg, lo int) (spk, np span, ok bool) {
	L := vg - 1
	if L < lo {
		return
	}
	if !x.punct(L, ',') && !x.punct(L, '-') {
		np, ok = x.npLeft(vg, lo)
		if !ok {
			return
		}
		return x.namePart(np), np, true
	}
	// NAME, appositive, (appositive,) VERB: walk back over the segments
	// set off by commas (or dashes) until one is the head noun phrase.
	sep := x.ti[L].punct
	end := L // the separator after the current segment
	var apps []span
	for n := 0; n < 4; n++ {
		c1 := -1
		for c := end - 1; c > lo && end-c <= 40; c-- {
			if x.quoted(c) {
				continue // "the co-author of “Going Viral,”"
			}
			if x.ti[c].punct == sep || sep == ',' && x.punct(c, ',') {
				c1 = c
				break
			}
			if p := x.ti[c].punct; p != 0 && p != '-' && p != '(' && p != ')' && p != ',' {
				return
			}
		}
		if c1 < 0 || c1+1 >= end {
			return
		}
		seg := span{c1 + 1, end}
		if !x.appositive(seg) && !x.shortAdjunct(seg) {
			return
		}
		apps = append(apps, seg)
		if head, ok1 := x.npLeft(c1, lo); ok1 && x.headStarts(head.a, lo) {
			spk := x.namePart(head)
			if !x.hasName(x.npHead(head)) {
				// "Clinton's Democratic opponent, Vermont Sen. Bernie
				// Sanders, said", "A delegate from Orlen, Ivo Marr,
				// told": the name is in the appositive.
				for _, app := range apps {
					if np, ok := x.npRight(app.a, app.b); ok && x.hasName(np) && !x.has(app.a, cRel) {
						spk = x.namePart(np)
						break
					}
				}
			}
			return spk, span{head.a, L}, true
		}
		end = c1
		sep = ','
	}
	return
}

// shortAdjunct reports whether a segment set off by commas between a
// subject and its verb is a short prepositional phrase with no verb:
// "Sexton, after previous rallies, wrote".
func (x *extractor) shortAdjunct(seg span) bool {
	if seg.b-seg.a > 6 || !x.has(seg.a, cPrep) || x.ti[seg.a].cap || x.is(seg.a, "of") {
		return false
	}
	for k := seg.a; k < seg.b; k++ {
		if x.quoted(k) || x.isVerbLike(k) && !x.ti[k].cap || x.ti[k].verb != 0 {
			return false
		}
	}
	return true
}

// headStarts reports whether a head noun phrase that starts at token a
// starts its clause: at the start of the sentence, after an opening
// quotation mark, a conjunction or an introductory phrase and its comma.
func (x *extractor) headStarts(a, lo int) bool {
	if a == lo {
		return true
	}
	p := a - 1
	return x.opens(p) || x.closes(p) || x.ti[p].punct == ',' || x.ti[p].punct == '-' || x.ti[p].punct == ':' ||
		x.has(p, cConj|cClauseAdv|cSubord|cRel) || x.ti[p].punct == ';' || x.ti[p].punct == '('
}

// appositive reports whether a segment set off by commas can stand after
// a speaker's name: a noun phrase ("a professor at Vanderbilt"), with a
// relative clause ("a Republican who voted for JFK"), an age ("69"), a
// relative clause ("who runs the lobbying arm"), a participle phrase
// ("led by campaign manager Terry Sullivan") or a sentence adverb
// ("though").
func (x *extractor) appositive(seg span) bool {
	a := seg.a
	if seg.b-a == 1 && (x.toks[a].Kind == text.Number || x.has(a, cClauseAdv|cAdv) || x.ti[a].ly) {
		return true
	}
	if x.isWord(a) && x.has(a, cRel) && !x.is(a, "that") {
		return true
	}
	if x.isWord(a) && !x.ti[a].cap && (endsEd(x.text(a)) || x.has(a, cVerb)) && a+1 < seg.b && x.has(a+1, cPrep) {
		return true // "led by ..."
	}
	for j := a; j < seg.b; j++ {
		if x.quoted(j) || x.toks[j].Flags&text.Clitic != 0 && !x.has(j, cNeg) {
			continue // "a professor at Orlen University's law school"
		}
		if x.has(j, cRel) && x.isWord(j) && j > a {
			return true // what follows is the relative clause's
		}
		if x.has(j, cAux|cVerb|cNeg) && !x.ti[j].cap || x.ti[j].verb != 0 && x.ti[j].form&(fPast|f3sg) != 0 && !x.ti[j].cap {
			return false
		}
	}
	return true
}

func endsEd(w string) bool { return len(w) > 4 && w[len(w)-2:] == "ed" }

// subjectOf returns the subject of the sentence that starts at token a,
// looking no further than limit: the shared speaker of a participial
// clause ("Trump went after Bush, calling him ...") when no earlier
// statement in the sentence gives one. Leading conjunctions, sentence
// adverbs and an introductory phrase closed by a comma are skipped.
func (x *extractor) subjectOf(a, limit int) (span, bool) {
	j := x.afterDateline(a, limit)
	for j < limit && (x.has(j, cConj|cClauseAdv) || x.ti[j].ly) {
		j++
	}
	if j < limit && x.punct(j, ',') {
		j++
	}
	// Introductory phrases, each closed by a comma: "At a campaign event
	// in Ames, Iowa, on Sunday, Mrs. Clinton tried ...".
	for n := 0; n < 4 && j < limit; n++ {
		if np, ok := x.subjectAt(j, limit); ok {
			return np, true
		}
		c := j
		for c < limit && !x.punct(c, ',') {
			if x.quoted(c) || x.ti[c].punct != 0 && x.ti[c].punct != '-' || x.isVerbLike(c) && n > 0 || c-j > maxFront {
				return span{}, false
			}
			c++
		}
		if c >= limit {
			return span{}, false
		}
		j = c + 1
	}
	return span{}, false
}

// subjectAt returns the noun phrase at j if its verb follows it: after
// adverbs, a time expression, or appositives set off by commas.
func (x *extractor) subjectAt(j, limit int) (span, bool) {
	np, ok := x.npRight(j, limit)
	if !ok || np.b >= limit {
		return span{}, false
	}
	v := np.b
	for n := 0; n < 4 && v < limit; n++ {
		for v < limit && (x.has(v, cAdv|cNeg) || x.ti[v].ly) {
			v++
		}
		if e := x.timeAt(v, limit); e > v {
			v = e
			continue
		}
		if v < limit && (x.isVerbLike(v) || x.ti[v].verb != 0 || x.has(v, cControl) || x.has(v, cAux) && x.isWord(v) && !x.quoted(v)) {
			return np, true
		}
		if v >= limit || !x.punct(v, ',') {
			return span{}, false
		}
		w := v + 1
		for w < limit && (x.has(w, cAdv|cNeg) && !x.ti[w].cap || x.ti[w].ly) {
			w++ // "Bush, the former governor, also attacked"
		}
		if n > 0 && w < limit && (x.isVerbLike(w) || x.ti[w].verb != 0) && !x.ti[w].cap {
			return np, true
		}
		// "Hrytsenko, who ..., has denied": skip an appositive.
		c := v + 1
		for c < limit && c-v < 30 && !x.punct(c, ',') {
			c++
		}
		if c >= limit || !x.appositive(span{v + 1, c}) {
			return span{}, false
		}
		v = c
	}
	return span{}, false
}

// afterDateline returns where a sentence's words start after a dateline
// ("LA CROSSE, Wisc. —", "ORLANDO, Fla. (Reuters) -").
func (x *extractor) afterDateline(a, limit int) int {
	for j := a; j < limit && j-a < 10; j++ {
		if x.punct(j, '-') {
			if j > a && (x.ti[a].cap || x.toks[a].Kind != text.Word) {
				return j + 1
			}
			return a
		}
		if x.isWord(j) && !x.ti[j].cap && x.toks[j].Flags&text.Abbrev == 0 {
			return a
		}
	}
	return a
}

// coordBefore reports whether the noun phrase that starts at token j is
// the second member of a coordination whose first member is a name or a
// plural noun: "Marten and his lawyers", "voters and some officials".
// "and" with a verb or a clause adverb before it joins clauses instead.
func (x *extractor) coordBefore(j, lo int) bool {
	if j-2 < lo || !x.is(j-1, "and") || x.quoted(j-2) || !x.isWord(j-2) {
		return false
	}
	p := &x.ti[j-2]
	if p.cap {
		return p.cls&(cDet|cClauseAdv|cSubjPron|cPrep|cSubord|cConj|cTimeNoun) == 0 && p.verb == 0
	}
	w := x.text(j - 2)
	return p.cls&^(cRecipNoun|cRole) == 0 && p.verb == 0 && !p.ly && !x.isVerbLike(j-2) &&
		len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}
