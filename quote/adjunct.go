package quote

import "dossier/text"

// timeAt returns the end of the time expression that starts at token j
// and ends no later than hi, or j when there is none: "on Thursday",
// "earlier this month", "Earlier on Thursday", "last week", "on May 3",
// "in late February", "Wednesday night", "two days ago". The timex layer
// normalises it; here it only has to be found and kept out of speakers
// and contents.
func (x *extractor) timeAt(j, hi int) int {
	if j+2 < hi && x.is(j, "in") && x.is(j+1, "the") && x.is(j+2, "past") && !(j+3 < hi && x.isWord(j+3) && x.ti[j+3].cls&cTimeNoun == 0 && !x.ti[j+3].cap && x.ti[j+3].verb == 0 && !x.isVerbLike(j+3)) {
		return j + 3 // "have in the past said"
	}
	k := j
	if k < hi && x.isWord(k) {
		switch x.ti[k].w {
		case "on", "in", "at", "during", "since", "until", "by", "from":
			k++
		case "earlier", "later":
			k++
			if k < hi && (x.is(k, "on") || x.is(k, "in")) {
				k++
			}
		}
	}
	end := j
	nouns := 0
	mods := 0 // modifiers and numbers: "the days" is no time, "recent days" is
	for n := 0; k < hi && n < 6; n++ {
		if x.quoted(k) {
			break
		}
		inf := &x.ti[k]
		tok := x.toks[k]
		switch {
		case tok.Kind == text.Number:
			if nouns == 0 && !(k+1 < hi && x.has(k+1, cTimeNoun)) {
				return end
			}
			mods++
			k++
			if nouns > 0 {
				end = k
			}
			continue
		case inf.cls&cTimeNoun != 0 && x.isWord(k):
			if !x.timeNounHere(k, j) {
				return end
			}
			if isTimeUnit(inf.w) && mods == 0 && !(k+1 < hi && x.is(k+1, "ago")) {
				return end // "the days", "a year" are no time of saying
			}
			nouns++
			k++
			end = k
			if k < hi && x.is(k, "ago") {
				k++
				end = k
			}
			continue
		case inf.cls&cTimeMod != 0 && x.isWord(k) && !inf.is("that") || inf.w == "few" || inf.w == "several" || inf.w == "recent":
			mods++
			k++
			continue
		case inf.w == "the" || inf.w == "of":
			if nouns == 0 || inf.w == "of" {
				k++
				continue
			}
		case tok.Kind == text.Punct && inf.punct == ',' && nouns > 0 && k+1 < hi && x.toks[k+1].Kind == text.Number:
			k++ // "on May 3, 2023"
			continue
		}
		break
	}
	if nouns == 0 {
		return j
	}
	return end
}

// isTimeUnit reports whether w is a unit of time, which names a time only
// with a modifier ("last week", "two days ago").
func isTimeUnit(w string) bool {
	switch w {
	case "day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "decade", "weekend":
		return true
	}
	return false
}

// is reports whether the word is w.
func (inf *word) is(w string) bool { return inf.w == w }

// timeNounHere decides whether the time noun at k is a time here: "May"
// and "March" are also a modal and a verb, "fall" and "spring" also
// verbs, so they count only after a preposition or modifier or before a
// number.
func (x *extractor) timeNounHere(k, start int) bool {
	if x.ti[k].cap && k+1 < len(x.toks) && x.isWord(k+1) && x.ti[k+1].cap && x.ti[k+1].cls&cTimeNoun == 0 {
		return false // "The Morning Consult poll"
	}
	switch x.ti[k].w {
	case "may", "march", "fall", "spring", "sun.", "sat.", "wed.":
		if x.ti[k].w == "may" || x.ti[k].w == "march" {
			if !x.ti[k].cap {
				return false
			}
		}
		if k+1 < len(x.toks) && x.toks[k+1].Kind == text.Number {
			return true
		}
		return k > start && x.has(k-1, cPrep|cTimeMod)
	}
	return true
}

// venueAt returns the end of the venue phrase that starts at token j, and
// the venue itself (a span of tokens), or j: "in a statement", "in an
// interview with Channel Nine" (the venue is Channel Nine), "on Twitter", "on its
// Telegram channel", "to reporters", "at a news conference".
func (x *extractor) venueAt(j, hi int) (int, span) {
	if j >= hi || !x.isWord(j) {
		return j, span{}
	}
	prep := x.ti[j].w
	switch prep {
	case "in", "on", "at", "during", "to", "via", "through":
	default:
		return j, span{}
	}
	k := j + 1
	np := k
	if prep == "to" && k < hi && !(x.has(k, cDet|cPossPron|cRecipNoun) || x.ti[k].cap) {
		return j, span{}
	}
	// (det|possessive)? (modifier)* head
	head := -1
	for n := 0; k < hi && n < 6; n++ {
		if x.quoted(k) || !x.isWord(k) {
			break
		}
		inf := &x.ti[k]
		if x.toks[k].Flags&text.Clitic != 0 {
			k++ // CNN's
			continue
		}
		if inf.cls&(cVenueNoun|cPlatform) != 0 || prep == "to" && inf.cls&cRecipNoun != 0 {
			head = k
			k++
			continue
		}
		if head >= 0 {
			break
		}
		if inf.cls&(cDet|cPossPron) != 0 && k == np || inf.cap && inf.cls&(cPrep|cConj|cTimeNoun) == 0 ||
			inf.cls&(cAux|cVerb|cPrep|cConj|cSubord|cRel|cTimeNoun|cNeg) == 0 && inf.verb == 0 {
			k++
			continue
		}
		break
	}
	if head < 0 {
		return j, span{}
	}
	end := head + 1
	// A name run after a platform ("on Fox News Sunday") belongs to it.
	for end < hi && x.isWord(end) && (x.ti[end].cap && (x.ti[end].cls&cTimeNoun == 0 || isTimeUnit(x.ti[end].w)) && (x.ti[end-1].cap ||
		x.toks[end-1].Flags&text.Clitic != 0) || x.toks[end].Flags&text.Clitic != 0 && x.ti[end-1].cap) {
		end++ // "Fox News Sunday", "ABC's This Week"
	}
	venue := span{np, end}
	// "in an interview with Channel Nine": the venue is who the interview was
	// with; "in a letter to X" keeps the letter.
	if x.is(head, "interview") || x.is(head, "interviews") {
		if end+1 < hi && x.is(end, "with") {
			if who, ok := x.npRight(end+1, hi); ok {
				return who.b, who
			}
		}
	}
	if prep == "to" && x.ti[head].cls&cRecipNoun == 0 {
		return j, span{}
	}
	return end, venue
}

// recipientAt returns the end of the addressee of a verb like "tell" that
// starts at token j: a pronoun ("told him"), a news outlet or other name
// ("told CNN", "told The Associated Press"), or a noun like "reporters".
func (x *extractor) recipientAt(j, hi int) (int, bool) {
	if j >= hi || x.quoted(j) || !x.isWord(j) {
		return j, false
	}
	inf := &x.ti[j]
	if inf.cls&cObjPron != 0 && inf.cls&cPossPron == 0 && inf.w != "it" {
		return j + 1, true
	}
	if inf.w == "her" && !(j+1 < hi && x.has(j+1, cRecipNoun) && !x.quoted(j+1)) {
		// "told her that" but not "told her story"; "told her
		// supporters" is read below.
		if j+1 >= hi || !x.isWord(j+1) || x.ti[j+1].cls&(cDet|cPrep|cSubord|cSubjPron|cWh) != 0 {
			return j + 1, true
		}
		return j, false
	}
	k := j
	if inf.cls&(cDet|cPossPron) != 0 {
		k++
	}
	// A name, with its modifiers: "CNN", "The Associated Press", "a
	// Senate panel", "French television station BFMTV".
	c := k
	name := false
	for c < hi && c-k < 6 && x.isWord(c) && !x.quoted(c) {
		t := &x.ti[c]
		if t.cap && t.cls&(cTimeNoun|cSubjPron) == 0 || x.toks[c].Flags&text.Clitic != 0 && c > k {
			name = name || t.cap
			c++
			continue
		}
		if name && t.cls&^(cRecipNoun|cVenueNoun|cPlatform) == 0 && t.verb == 0 && !t.ly && !x.isVerbLike(c) && x.timeAt(c, hi) == c {
			c++ // "a Senate panel"
			continue
		}
		if !name && t.cls == 0 && t.verb == 0 && !t.ly && !x.isVerbLike(c) && c+1 < hi && x.ti[c+1].cap {
			c++ // "French television station BFMTV"
			continue
		}
		break
	}
	if name {
		for c > k && !x.ti[c-1].cap && x.toks[c-1].Flags&text.Clitic == 0 && x.ti[c-1].cls&cRecipNoun == 0 &&
			!(c < hi && (x.is(c, "that") || x.punct(c, ',') || x.isTerminal(c) || x.timeAt(c, hi) > c)) {
			c--
		}
		return c, true
	}
	// Modifiers and a recipient noun: "reporters", "a group of
	// journalists"; or any short noun phrase right before "that", "to",
	// "about", a colon or a quotation: "told friends that".
	for n := 0; k < hi && n < 5; n++ {
		if !x.isWord(k) {
			if k > j && (x.punct(k, ':') || x.opens(k) || x.punct(k, ',') && k+1 < hi && x.opens(k+1)) {
				return k, true
			}
			break
		}
		if x.has(k, cRecipNoun) {
			e := k + 1
			return e, true
		}
		if k > j && (x.is(k, "that") || x.is(k, "about") || x.is(k, "if") || x.is(k, "whether") || x.is(k, "how") || x.is(k, "why") ||
			x.is(k, "to") && k+1 < hi && x.isWord(k+1) &&
				x.ti[k+1].cls&(cDet|cPossPron|cObjPron) == 0 && !x.ti[k+1].cap) {
			return k, true
		}
		if k > j+1 && x.has(k, cSubjPron) && x.isWord(k) && !x.is(k, "it") && !x.is(k, "you") && k+1 < hi && x.isVerbLike(k+1) {
			return k, true // "told a news conference they were ready"
		}
		if k > j && (x.isTerminal(k) || x.is(k, "as") || x.is(k, "when") || x.is(k, "while")) && x.isWord(k-1) && !x.has(k-1, cDet|cPossPron) {
			return k, true // "“…,” she told her closest advisers as she left."
		}
		if k > j && x.is(k, "who") && x.isWord(k-1) && !x.has(k-1, cDet|cPossPron) && x.contentAfterRelative(k, hi) > k {
			return k, true // "told the mayors who gathered in the city, “…”"
		}
		if x.ti[k].cls&(cAux|cVerb|cSubord|cRel|cPrep|cSubjPron) != 0 && !x.is(k, "of") ||
			x.ti[k].verb != 0 && !(k > j && x.has(k-1, cDet) && x.ti[k].form&fBase != 0 && k+1 < hi && x.isWord(k+1) &&
				x.ti[k+1].cls&(cDet|cPrep|cAux|cSubjPron|cObjPron|cConj|cSubord|cRel|cWh) == 0 && x.ti[k+1].verb == 0) {
			break // (but "a rally audience": a verb's base form between a determiner and a noun is a noun)
		}
		k++
	}
	return j, false
}

// contentAfterRelative returns where the content starts after the
// relative clause of an addressee that opens at k ("the mayors who
// gathered in Korvel, “…”", "the voters who came that he would stay"):
// the comma before a quotation, or the "that", within fifteen tokens and
// before any other punctuation; or k when there is none.
func (x *extractor) contentAfterRelative(k, hi int) int {
	for t := k + 2; t < hi && t-k <= 15 && !x.quoted(t); t++ {
		if x.ti[t].punct != 0 {
			if x.punct(t, ',') && t+1 < hi && x.opens(t+1) {
				return t
			}
			return k
		}
		if x.is(t, "that") && t+1 < hi && !x.quoted(t+1) && x.ti[t+1].punct == 0 && !x.isVerbLike(t+1) {
			return t
		}
	}
	return k
}

// adjunct takes the time expression or venue that starts at token j
// (before hi), records it in time or venue unless one is recorded already
// (the first adjunct of a kind is the frame's), and returns the token after
// it, or j when no adjunct starts there.
func (x *extractor) adjunct(j, hi int, time, venue *span) int {
	if e := x.timeAt(j, hi); e > j {
		if time.empty() {
			*time = span{j, e}
		}
		return x.possTail(e, hi)
	}
	if e, ven := x.venueAt(j, hi); e > j {
		if venue.empty() {
			*venue = ven
		}
		return x.possTail(e, hi)
	}
	return j
}

// possTail returns the end of the noun phrase that a possessive at token
// e goes on with after an adjunct ("in Tuesday night's response", "at
// Friday's rally"), or e when no possessive stands there.
func (x *extractor) possTail(e, hi int) int {
	if e >= hi || x.toks[e].Flags&text.Clitic == 0 || !(x.is(e, "'s") || x.is(e, "’s")) {
		return e
	}
	k := e + 1
	for k < hi && k-e <= 5 && x.isWord(k) && !x.quoted(k) && x.ti[k].cls&(cSubord|cRel|cConj|cPrep|cAux|cSubjPron) == 0 &&
		x.ti[k].verb == 0 && !(x.isVerbLike(k) && !x.ti[k].cap) {
		k++
	}
	if k == e+1 {
		return e
	}
	return k
}
