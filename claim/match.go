package claim

import (
	"strings"

	"dossier"
	"dossier/text"
)

// pred is one responsibility predicate found in a sentence, before its
// holder and certainty are settled.
type pred struct {
	sent int
	at   int // first token of the predicate words
	end  int // last token of the predicate words
	pol  dossier.Polarity
	neg  bool // a negation inside the clause ("didn't", "was not")
	// subjLo..subjHi is the subject noun phrase, and agentLo..agentHi the
	// agent's when it is not the subject (an object, a "by" phrase); -1
	// when absent.
	subjLo, subjHi   int
	agentLo, agentHi int
	// agentID is the agent when the predicate fixes it (the holder of a
	// claim of responsibility).
	agentID string
	// eventLo..eventHi is the event phrase, -1 when implicit.
	eventLo, eventHi int
	// holder is set for speech acts (blame, accuse, claim responsibility,
	// deny involvement), whose subject is the holder; stmt is the
	// statement that carries them.
	holder, stmt string
	speech       bool
	falseFlag    bool
}

func newPred(si, at, end int) pred {
	return pred{sent: si, at: at, end: end, pol: dossier.Responsible,
		subjLo: -1, subjHi: -1, agentLo: -1, agentHi: -1, eventLo: -1, eventHi: -1}
}

// triggers are the words at which a predicate can start; every other
// word costs match one look-up.
var triggers = func() map[string]bool {
	m := set("behind", "responsible", "involved", "nothing", "work", "hallmarks", "hallmark",
		"fingerprints", "false-flag", "false", "finger", "made", "taken", "came", "points", "pointed",
		"point", "described", "called")
	for _, lex := range []map[string]bool{involvementNouns, blameVerbs, accuseVerbs, denyVerbs, rejectionNouns, claimVerbs} {
		for w := range lex {
			m[w] = true
		}
	}
	for w := range agentVerbs {
		m[w] = true
	}
	return m
}()

// match tries every predicate that can start at token i of sentence si.
func (x *extractor) match(si, i int) {
	if !x.trigger(i) {
		return
	}
	w := x.word(i)
	s := x.doc.Sentences[si]
	switch {
	case w == "behind":
		x.linked(si, i, i, i+1)
	case w == "responsible" && x.word(i+1) == "for":
		if x.heldResponsible(si, i) {
			return
		}
		x.linked(si, i, i+1, i+2)
	case w == "responsible" && (x.isPunct(i+1) || i+1 >= s.EndToken):
		x.linked(si, i, i, -1)
	case w == "involved" && x.word(i+1) == "in":
		x.linked(si, i, i+1, i+2)
	case w == "involved" && (x.isPunct(i+1) || i+1 >= s.EndToken):
		x.linked(si, i, i, -1)
	case w == "nothing" && x.word(i+1) == "to" && x.word(i+2) == "do" && x.word(i+3) == "with":
		p := newPred(si, i, i+3)
		p.pol = dossier.NotResponsible
		if x.subject(&p, i-1, false) {
			x.event(&p, i+4, false)
			if p.eventLo >= 0 {
				x.emit(p)
			}
		}
	case involvementNouns[w]:
		x.involvement(si, i)
	case w == "work" && x.word(i-1) == "the" && x.word(i+1) == "of":
		// "the attack was the work of X"
		p := newPred(si, i-1, i+1)
		j, _, be := x.skipLeft(i-2, s.FirstToken)
		if !be || j < s.FirstToken {
			return
		}
		p.eventLo, p.eventHi = x.npLeft(j, s.FirstToken), j
		p.agentLo, p.agentHi = i+2, x.npRight(i+2, s.EndToken, true)
		x.emit(p)
	case (w == "hallmarks" || w == "hallmark" || w == "fingerprints") && x.word(i+1) == "of" &&
		!(x.word(i+3) == "false-flag" || x.word(i+3) == "false" || x.word(i+2) == "false-flag"):
		// "the attack bore the hallmarks of the Front"
		p := newPred(si, i, i+1)
		k := i - 1
		for k >= s.FirstToken && (x.word(k) == "the" || x.word(k) == "all" || x.isQuote(k)) {
			k--
		}
		switch x.word(k) {
		case "bore", "bears", "bear", "had", "has", "have", "carried", "carries", "showed", "shows":
		default:
			return
		}
		j, neg, _ := x.skipLeft(k-1, s.FirstToken)
		if j < s.FirstToken {
			return
		}
		p.neg = neg
		p.eventLo, p.eventHi = x.npLeft(j, s.FirstToken), j
		if p.eventLo > p.eventHi || !x.incidentPhrase(p.eventLo, p.eventHi, true) {
			return
		}
		p.agentLo, p.agentHi = i+2, x.npRight(i+2, s.EndToken, false)
		x.emit(p)
	case w == "false-flag" || w == "false" && x.word(i+1) == "flag":
		x.falseFlagAt(si, i)
	case blameVerbs[w]:
		x.blame(si, i, i, i+1)
	case w == "finger" && x.word(i-1) == "the" && x.word(i+1) == "at" && strings.HasPrefix(x.word(i-2), "point"):
		x.blame(si, i-2, i+1, i+2)
	case accuseVerbs[w]:
		x.accuse(si, i)
	case (w == "claimed" || w == "claims" || w == "claim" || w == "claiming") && !x.nounLike(i) &&
		x.word(i+1) != "responsibility" && x.word(i+1) != "that":
		// "the group claimed the attack": a claim of its own deed.
		obj := i + 1
		hi := x.npRight(obj, s.EndToken, false)
		if hi < obj || !determiners[x.word(obj)] || !x.incidentPhrase(obj, hi, false) {
			return
		}
		if _, neg, be := x.skipLeft(i-1, s.FirstToken); neg || be {
			return
		}
		p := newPred(si, i, i)
		p.speech = true
		if !x.speaker(&p, i) {
			return
		}
		p.agentID = p.holder
		p.eventLo, p.eventHi = obj, hi
		x.emit(p)
	case w == "made" || w == "taken" || w == "came":
		x.decidedIn(si, i)
	case (w == "points" || w == "pointed" || w == "point") && (x.word(i+1) == "to" || x.word(i+1) == "at"):
		x.pointsTo(si, i)
	}
	if part, ok := agentVerbs[w]; ok && !x.caps[i] {
		x.agentVerb(si, i, part)
	}
	if denyVerbs[w] || rejectionNouns[w] || w == "described" || w == "called" {
		x.rejectionAt(si, i)
	}
}

// linked handles "X was behind E", "X was responsible for E", "X was
// involved in E": a form of "to be" links the subject to the predicate at
// pos..end, and the event starts at ev (-1: none).
func (x *extractor) linked(si, pos, end, ev int) {
	s := x.doc.Sentences[si]
	p := newPred(si, pos, end)
	j, neg, be := x.skipLeft(pos-1, s.FirstToken)
	if !be || j < s.FirstToken {
		return
	}
	p.neg = neg
	if !x.subject(&p, pos-1, false) {
		return
	}
	if ev >= 0 {
		x.event(&p, ev, false)
		if p.eventLo < 0 {
			return
		}
	} else if x.incident == "" {
		return
	}
	x.emit(p)
}

// heldResponsible handles "held X responsible for E", a speech act of
// its subject.
func (x *extractor) heldResponsible(si, i int) bool {
	s := x.doc.Sentences[si]
	for k := i - 1; k >= s.FirstToken && k >= i-8; k-- {
		switch x.word(k) {
		case "hold", "holds", "held", "holding":
			if k+1 > i-1 {
				return false
			}
			p := newPred(si, k, i+1)
			p.speech = true
			p.agentLo, p.agentHi = k+1, i-1
			if !x.speaker(&p, k) {
				return true
			}
			x.event(&p, i+2, false)
			if p.eventLo >= 0 {
				x.emit(p)
			}
			return true
		}
		if x.isPunct(k) {
			return false
		}
	}
	return false
}

// involvement handles a noun of involvement: "denied his country's
// involvement in the attack", "had no role in it whatsoever", "claimed
// responsibility for the blast", "played a key role in".
func (x *extractor) involvement(si, i int) {
	s := x.doc.Sentences[si]
	w := x.word(i)
	// Walk back over the noun's modifiers to the verb that governs it.
	k := i - 1
	for k >= s.FirstToken && i-k <= 6 && !x.governs(k) {
		if x.isPunct(k) && x.word(k) != "'s" || x.stop(k) && x.word(k) != "not" {
			return
		}
		k--
	}
	if k < s.FirstToken || !x.governs(k) {
		return
	}
	v := x.word(k)
	p := newPred(si, k, i)
	ev := -1
	if x.word(i+1) == "in" || x.word(i+1) == "for" || x.word(i+1) == "with" {
		ev = i + 2
	}
	mods := k + 1 // the modifiers stand between verb and noun
	if x.word(mods) == "no" {
		p.pol = dossier.NotResponsible
		mods++
	}
	switch {
	case claimVerbs[v] && w == "responsibility":
		// "the group claimed responsibility": the claimant holds that it
		// did it.
		p.speech = true
		if !x.speaker(&p, k) || x.negatedAt(k) {
			return
		}
		p.agentID = p.holder
	case denyVerbs[v]:
		p.speech = true
		p.pol = dossier.NotResponsible
		if !x.speaker(&p, k) || x.negatedAt(k) {
			return
		}
		p.agentID = x.modifierAgent(mods, i-1, p.holder)
	case v == "confirmed" || v == "admitted" || v == "acknowledged" || v == "admits" || v == "confirms":
		p.speech = true
		if !x.speaker(&p, k) || x.negatedAt(k) {
			return
		}
		p.agentID = x.modifierAgent(mods, i-1, p.holder)
	default:
		// "X had no role in", "X played a role in", "X bears
		// responsibility for": the subject of the verb is the agent.
		if ev < 0 && p.pol == dossier.Responsible {
			return
		}
		if !x.subject(&p, k-1, false) {
			return
		}
	}
	if x.word(i+1) == "of" && p.agentID != "" && p.subjLo < 0 {
		// "denied the involvement of X"
		p.agentLo, p.agentHi = i+2, x.npRight(i+2, s.EndToken, false)
		p.agentID = ""
	}
	if ev >= 0 {
		x.event(&p, ev, false)
		if p.eventLo < 0 {
			return
		}
	} else if x.incident == "" {
		return
	}
	x.emit(p)
}

// governs reports whether token k is a verb that takes a noun of
// involvement as its object.
func (x *extractor) governs(k int) bool {
	switch w := x.word(k); {
	case claimVerbs[w], denyVerbs[w]:
		return true
	}
	switch x.word(k) {
	case "had", "has", "have", "played", "play", "plays", "bear", "bears", "bore", "confirmed",
		"admitted", "acknowledged", "admits", "confirms":
		return true
	}
	return false
}

// modifierAgent resolves the agent of a denied or admitted involvement
// from the modifiers before the noun ("his country's", "any US",
// "Valdorian"), or the holder's own side when there are none: "Valdoria
// denied any involvement".
func (x *extractor) modifierAgent(lo, hi int, holder string) string {
	// An adjunct may stand between verb and object: "denied on Thursday
	// any US involvement".
	for k := hi; k >= lo; k-- {
		if w := x.word(k); w == "any" || w == "all" || w == "no" {
			lo = k
			break
		}
	}
	for lo <= hi && (determiners[x.word(lo)] || x.word(lo) == "all" || x.word(lo) == "no" || x.isQuote(lo)) {
		lo++
	}
	if hi >= lo && x.word(hi) == "'s" {
		hi--
	}
	if lo > hi {
		return x.side(holder)
	}
	return x.agentOf(lo, hi, holder, "")
}

// agentVerb handles "X carried out E", "X ordered E", "we didn't attack
// Y", and their passives "E was carried out by X".
func (x *extractor) agentVerb(si, i int, particle string) {
	s := x.doc.Sentences[si]
	end := i
	if particle != "" {
		if x.word(i+1) != particle {
			return
		}
		end = i + 1
	}
	if strings.HasSuffix(x.word(i), "ing") {
		return // a gerund: read by "accused X of staging"
	}
	// Passive: "E was carried out by X".
	if j, _, be := x.skipLeft(i-1, s.FirstToken); be && passiveAgentVerbs[x.word(i)] {
		if x.word(end+1) != "by" || j < s.FirstToken {
			return
		}
		p := newPred(si, i, end+1)
		p.eventLo, p.eventHi = x.npLeft(j, s.FirstToken), j
		if p.eventLo > p.eventHi || !x.incidentPhrase(p.eventLo, p.eventHi, true) {
			return
		}
		p.agentLo, p.agentHi = end+2, x.npRight(end+2, s.EndToken, false)
		_, p.neg, _ = x.skipLeft(i-1, s.FirstToken)
		x.emit(p)
		return
	}
	if x.word(i) == "caused" || x.word(i) == "cause" {
		return // "X caused it" is too loose; only "caused by X" counts
	}
	p := newPred(si, i, end)
	j, neg, _ := x.skipLeft(i-1, s.FirstToken)
	p.neg = neg
	if j < s.FirstToken {
		return
	}
	// A base form that is also a noun ("attack", "strike", "order",
	// "plan") is a verb after an auxiliary ("did not attack", "will
	// strike") or a pronoun ("we attack"), not after a modifier ("a
	// Taliban attack", "Trump's strike").
	if baseNouns[x.word(i)] && !x.pronoun(j) {
		aux := false
		for k := j + 1; k < i; k++ {
			switch x.word(k) {
			case "did", "do", "does", "n't", "not", "never", "will", "would", "could", "may", "might",
				"must", "should", "can", "to", "shall":
				aux = true
			}
		}
		if !aux {
			return
		}
	}
	// The object is the event, or for "attacked", "struck" the target.
	obj := end + 1
	for x.isQuote(obj) {
		obj++
	}
	if obj >= s.EndToken || x.isPunct(obj) || negations[x.word(obj)] || x.word(obj) == "n't" {
		return // "did not attack": "did" is an auxiliary here
	}
	hi := x.npRight(obj, s.EndToken, false)
	if hi < obj {
		return
	}
	switch {
	case targetVerbs[x.word(i)]:
		if x.word(i-1) == "to" {
			return // "to strike", "to attack": an intention, not a deed
		}
		if !eventPronouns[x.word(obj)] && !x.targetIn(obj, hi) && !x.incidentPhrase(obj, hi, false) && !x.targetSide(obj, hi) {
			return
		}
	case weakVerbs[x.word(i)]:
		if !(eventPronouns[x.word(obj)] && obj == hi) && !x.incidentPhrase(obj, hi, false) {
			return
		}
	default:
		if !x.incidentPhrase(obj, hi, false) {
			return
		}
	}
	p.eventLo, p.eventHi = obj, hi
	if !x.subject(&p, i-1, false) {
		return
	}
	x.emit(p)
}

// blame handles "X blamed Y for E", "X pointed the finger at Y", and the
// passive "E was blamed on Y". The verb is at v; the object starts at obj.
func (x *extractor) blame(si, v, before, obj int) {
	s := x.doc.Sentences[si]
	p := newPred(si, v, before)
	if x.word(obj) == "on" {
		// "E was blamed on Y": the holder is whoever frames the sentence.
		j, _, be := x.skipLeft(v-1, s.FirstToken)
		if !be || j < s.FirstToken {
			return
		}
		p.eventLo, p.eventHi = x.npLeft(j, s.FirstToken), j
		if !x.incidentPhrase(p.eventLo, p.eventHi, true) {
			return
		}
		p.agentLo, p.agentHi = obj+1, x.npRight(obj+1, s.EndToken, false)
		x.emit(p)
		return
	}
	if _, neg, be := x.skipLeft(v-1, s.FirstToken); neg || be {
		return // "did not blame" claims nothing; "was blamed" has no holder here
	}
	p.speech = true
	if !x.speaker(&p, v) {
		return
	}
	p.agentLo, p.agentHi = obj, x.npRight(obj, s.EndToken, false)
	if p.agentHi < p.agentLo {
		return
	}
	next := p.agentHi + 1
	if w := x.word(next); w == "for" || w == "over" {
		x.event(&p, next+1, false)
		if p.eventLo < 0 {
			return
		}
	} else if !x.incidentBefore(si, v) {
		// Blame with no "for" is about the incident only when the
		// sentence has named it before the verb.
		return
	}
	x.emit(p)
}

// accuse handles "X accused Y of staging E", "X suspects Y of E".
func (x *extractor) accuse(si, v int) {
	s := x.doc.Sentences[si]
	if _, neg, be := x.skipLeft(v-1, s.FirstToken); neg || be {
		return
	}
	p := newPred(si, v, v)
	p.agentLo, p.agentHi = v+1, x.npRight(v+1, s.EndToken, true)
	if p.agentHi < p.agentLo || x.word(p.agentHi+1) != "of" {
		return
	}
	of := p.agentHi + 2
	ev := of
	switch w := x.word(of); {
	case strings.HasSuffix(w, "ing") && agentVerbs[w] != "":
		// "of carrying out E"
		if x.word(of+1) != agentVerbs[w] {
			return
		}
		ev = of + 2
	case strings.HasSuffix(w, "ing") && hasKey(agentVerbs, w):
		ev = of + 1
	case w == "being" && (x.word(of+1) == "behind" || x.word(of+1) == "responsible" || x.word(of+1) == "involved"):
		ev = of + 2
		if x.word(ev) == "for" || x.word(ev) == "in" {
			ev++
		}
	case w == "involvement" || w == "responsibility":
		if x.word(of+1) != "in" && x.word(of+1) != "for" {
			ev = -1
		} else {
			ev = of + 2
		}
	}
	p.speech = true
	if !x.speaker(&p, v) {
		return
	}
	if ev >= 0 {
		x.event(&p, ev, false)
		if p.eventLo < 0 {
			return
		}
	}
	x.emit(p)
}

func hasKey(m map[string]string, k string) bool {
	_, ok := m[k]
	return ok
}

// decidedIn handles "decisions about such attacks are made not in Kyiv
// but in Washington" and "the orders came from Ostrel": the place where
// the decision was taken is the agent.
func (x *extractor) decidedIn(si, i int) {
	s := x.doc.Sentences[si]
	found := false
	for k := i - 1; k >= s.FirstToken && i-k <= 14; k-- {
		switch x.word(k) {
		case "decisions", "decision", "orders", "order", "instructions", "commands", "command":
			found = true
		}
		if found {
			break
		}
	}
	if !found {
		return
	}
	p := newPred(si, i, i)
	if x.word(i) == "came" {
		if x.word(i+1) != "from" {
			return
		}
		p.agentLo, p.agentHi = i+2, x.npRight(i+2, s.EndToken, false)
	} else {
		// The last "in X" of the clause: "not in Kyiv but in Washington".
		last := -1
		for k := i + 1; k < s.EndToken; k++ {
			if x.word(k) == "in" {
				last = k
			}
			if x.word(k) == ";" || x.word(k) == "." {
				break
			}
		}
		if last < 0 {
			return
		}
		p.agentLo, p.agentHi = last+1, x.npRight(last+1, s.EndToken, false)
	}
	if p.agentHi < p.agentLo || x.incident == "" {
		return
	}
	_, p.neg, _ = x.skipLeft(i-1, s.FirstToken)
	x.emit(p)
}

// pointsTo handles "the evidence points to X".
func (x *extractor) pointsTo(si, i int) {
	s := x.doc.Sentences[si]
	j, neg, _ := x.skipLeft(i-1, s.FirstToken)
	if j < s.FirstToken || x.incident == "" {
		return
	}
	lo := x.npLeft(j, s.FirstToken)
	found := false
	for k := lo; k <= j; k++ {
		switch x.word(k) {
		case "evidence", "intelligence", "everything", "trail", "signs", "findings", "clues", "assessment", "indications":
			found = true
		}
	}
	if !found {
		return
	}
	p := newPred(si, i, i+1)
	p.neg = neg
	p.subjLo, p.subjHi = lo, j
	p.agentLo, p.agentHi = i+2, x.npRight(i+2, s.EndToken, false)
	x.emit(p)
}

// falseFlagAt handles "E was a false-flag operation", "E could have been
// a false flag", "E bore the hallmarks of a false-flag operation". The
// claim's agent is the stager, found once all claims are known.
func (x *extractor) falseFlagAt(si, i int) {
	s := x.doc.Sentences[si]
	end := i
	if x.word(i) == "false" {
		end = i + 1
	}
	p := newPred(si, i, end)
	p.falseFlag = true
	// Back over the phrase's determiner and modifiers: "a
	// state-sponsored false-flag operation".
	k := i - 1
	for k >= s.FirstToken && (x.isQuote(k) || !x.isPunct(k) && !beForms[x.word(k)] && !negations[x.word(k)] &&
		x.word(k) != "of" && !skippable[x.word(k)] && i-k <= 4) {
		k--
	}
	if x.word(k) == "of" && (x.word(k-1) == "hallmarks" || x.word(k-1) == "signs" || x.word(k-1) == "hallmark") {
		// "bore (all) the hallmarks of a false flag"
		k -= 2
		for k >= s.FirstToken && (x.word(k) == "the" || x.word(k) == "all" || x.isQuote(k)) {
			k--
		}
		switch x.word(k) {
		case "bore", "bears", "bear", "had", "has", "have", "shows", "showed":
			p.at = k
		default:
			return
		}
		j, neg, _ := x.skipLeft(k-1, s.FirstToken)
		p.neg = neg
		if j >= s.FirstToken {
			p.eventLo, p.eventHi = x.npLeft(j, s.FirstToken), j
		}
	} else {
		j, neg, be := x.skipLeft(k, s.FirstToken)
		p.neg = neg
		if be && j >= s.FirstToken {
			p.eventLo, p.eventHi = x.npLeft(j, s.FirstToken), j
			p.at = j + 1
		}
	}
	if p.eventLo >= 0 && (p.eventLo > p.eventHi || !x.incidentPhrase(p.eventLo, p.eventHi, true)) {
		return
	}
	if p.eventLo < 0 && x.incident == "" {
		return
	}
	x.emit(p)
}

// incidentBefore reports whether sentence si names the incident before
// token v.
func (x *extractor) incidentBefore(si, v int) bool {
	s := x.doc.Sentences[si]
	for k := s.FirstToken; k < v; k++ {
		if !incidentNouns[x.word(k)] {
			continue
		}
		lo := x.npLeft(k, s.FirstToken)
		if x.incidentPhrase(lo, k, false) || x.incident != "" && strings.HasPrefix(x.incident, x.textOf(lo, k)) {
			return true
		}
	}
	return false
}

// skipLeft walks left from token i over auxiliaries, modals, negations,
// adverbs and quote marks, and returns the first other token (lo-1 when
// none), whether a negation was passed, and whether a form of "to be" was.
func (x *extractor) skipLeft(i, lo int) (j int, neg, be bool) {
	for j = i; j >= lo; j-- {
		c := x.class(j)
		switch {
		case x.isQuote(j):
		case c&cNeg != 0 && x.word(j) != "no":
			neg = true
		case c&cBe != 0:
			be = true
		case c&cSkippable != 0, x.adverb(j):
		default:
			return j, neg, be
		}
	}
	return j, neg, be
}

// negatedAt reports whether the verb at k is negated: "did not claim".
func (x *extractor) negatedAt(k int) bool {
	for j := k - 1; j >= 0 && k-j <= 3; j-- {
		w := x.word(j)
		if negations[w] && w != "no" {
			return true
		}
		if !skippable[w] && !x.adverb(j) {
			return false
		}
	}
	return false
}

// subject finds the subject noun phrase that ends at or before token i
// (over auxiliaries, adverbs and an apposition: "the US, a key ally of
// Ukraine, was behind"). It fails on a relative pronoun without
// antecedent ("those who attacked") and on an empty phrase.
func (x *extractor) subject(p *pred, i int, _ bool) bool {
	s := x.doc.Sentences[p.sent]
	j, neg, _ := x.skipLeft(i, s.FirstToken)
	p.neg = p.neg || neg
	if j < s.FirstToken {
		return false
	}
	// An apposition between commas: ", a key ally of Valdoria,".
	if x.word(j) == "," {
		k := j - 1
		for k > s.FirstToken && x.word(k) != "," && j-k < 20 {
			k--
		}
		if k > s.FirstToken && x.word(k) == "," {
			switch x.word(k + 1) {
			case "a", "an", "the", "including", "who", "which", "one", "its", "his", "her", "their":
				j = k - 1
				for j >= s.FirstToken && x.isQuote(j) {
					j--
				}
			}
		}
	}
	// "X is believed to have carried out", "X appears to have ordered":
	// the subject stands before the raising verb.
	if x.word(j) == "to" {
		switch x.word(j - 1) {
		case "believed", "thought", "said", "suspected", "alleged", "reported", "known", "understood",
			"appears", "appear", "appeared", "seems", "seem", "seemed", "likely", "unlikely", "expected":
			j2, neg2, _ := x.skipLeft(j-2, s.FirstToken)
			if j2 < s.FirstToken {
				return false
			}
			j, p.neg = j2, p.neg || neg2
		}
	}
	// "X, which claimed ...": the antecedent of a non-restrictive relative.
	if (x.word(j) == "which" || x.word(j) == "who") && x.word(j-1) == "," {
		j -= 2
	}
	if j < s.FirstToken || x.isPunct(j) || x.stop(j) && !eventPronouns[x.word(j)] {
		return false
	}
	lo := x.npLeft(j, s.FirstToken)
	if lo > j {
		return false
	}
	switch x.word(lo) {
	case "who", "which", "that", "whoever", "someone", "somebody", "anyone", "nobody", "no", "none":
		return false
	}
	p.subjLo, p.subjHi = lo, j
	return true
}

// event reads the event phrase that starts at token i; it leaves
// p.eventLo at -1 when the phrase is not about the incident.
func (x *extractor) event(p *pred, i int, _ bool) {
	s := x.doc.Sentences[p.sent]
	for i < s.EndToken && x.isQuote(i) {
		i++
	}
	if i >= s.EndToken || x.isPunct(i) {
		return
	}
	hi := x.npRight(i, s.EndToken, false)
	if hi < i || !x.incidentPhrase(i, hi, false) {
		return
	}
	p.eventLo, p.eventHi = i, hi
}

// isRuleOut reports whether token k is a form of "rule" in "rule out".
func isRuleOut(w string) bool {
	return w == "ruled" || w == "rule" || w == "rules" || w == "ruling"
}

var _ = text.Word
