package claim

import (
	"strings"

	"dossier"
	"dossier/certainty"
	"dossier/text"
)

// frame is what holds a claim: who asserts it, through which statement,
// and what the frame does to it.
type frame struct {
	holder, stmt string
	kind         frameKind
	neg          bool // the frame verb is negated: "do not believe"
	// at is the frame word's token, or -1 when the frame is a statement's
	// cue elsewhere or the outlet's voice.
	at int
	// itRef is what "it" stands for in the claim, when the frame says:
	// in "Y dismissed X's claim that it was responsible", "it" is Y.
	itRef string
	// scorn marks a claim framed to be rejected: "the idea that we did
	// this is an insult".
	scorn bool
	// from is the first token of the words the claim's certainty is read
	// from when there is no frame word in the sentence.
	from int
}

// frameOf finds the frame of a claim whose words start at token p of
// sentence si: the nearest frame word to its left in the sentence ("said
// that", "denied", "have not ruled out", "a US assessment that"), else
// the statement that reports it, else the outlet.
func (x *extractor) frameOf(p, si int) frame {
	s := x.doc.Sentences[si]
	for j := p - 1; j >= s.FirstToken && p-j <= 40; j-- {
		tk := x.doc.Tokens[j]
		if tk.Kind == text.QuoteMark && tk.Flags&text.Opening != 0 {
			break // inside a quotation: its statement is the frame
		}
		w := x.word(j)
		if w == ";" || w == "but" || w == ":" {
			break
		}
		if w == "out" && isRuleOut(x.word(j-1)) {
			return x.verbFrame(j-1, ruleOut, si)
		}
		if x.caps[j] && j != s.FirstToken || x.class(j)&(cFrame|cTrigger|cNounFrame) == 0 {
			continue
		}
		if nounFrames[w] && x.word(j+1) == "that" && (x.word(j-1) == "no" || x.word(j-1) == "little") {
			// "there is no evidence that X was involved": absence of
			// evidence is not a claim either way.
			return frame{kind: say, neg: true, at: j}
		}
		if nounFrames[w] && x.word(j+1) == "that" && x.nounLike(j) {
			return x.nounFrameAt(j, si, p)
		}
		if k := frameVerbs[w]; k != noFrame && !x.nounLike(j) {
			return x.verbFrame(j, k, si)
		}
	}
	return x.stmtFrame(p, si)
}

// nounLike reports whether the word at j is used as a noun: after a
// determiner, a possessive or a modifier ("the claim", "Russia's claim",
// "a US assessment").
func (x *extractor) nounLike(j int) bool {
	if strings.HasSuffix(x.word(j), "ed") {
		return false // "Russia claimed", never a noun
	}
	prev := x.word(j - 1)
	switch {
	case determiners[prev] && prev != "that", possessivePronouns[prev], prev == "'s", prev == "'":
		return true
	case j > 0 && x.caps[j-1] && x.sentenceOf(j-1) == x.sentenceOf(j) && x.doc.Sentences[x.sentenceOf(j)].FirstToken != j-1:
		return true
	}
	return false
}

// verbFrame is the frame of the verb at token j.
func (x *extractor) verbFrame(j int, kind frameKind, si int) frame {
	f := frame{kind: kind, at: j, neg: x.negatedAt(j)}
	w := x.word(j)
	switch {
	case kind == ruleOut && f.neg:
		f.kind, f.neg = openPossibility, false
	case strings.HasPrefix(w, "doubt"):
		f.kind = deny // "doubts that X did it"
		if x.word(j-1) == "no" || x.word(j-1) == "without" {
			f.kind = say // "there is no doubt that": a booster
		}
	}
	// "To say that we did this is an insult": a frame set up to be
	// rejected, by whoever says so.
	if x.word(j-1) == "to" && x.scornAfter(j, si) {
		f.scorn = true
		sf := x.stmtFrame(j, si)
		f.holder, f.stmt = sf.holder, sf.stmt
		return f
	}
	if st := x.stmtCueAt(j); st >= 0 {
		f.holder, f.stmt = x.speakerOf(st), x.an.Statements[st].ID
	}
	if f.holder == "" {
		f.holder = x.subjectHolder(j, si)
	}
	if f.holder == "" {
		// "she repeated her claim that …": the verb's subject is a
		// pronoun, but the statement layer has resolved whose claim the
		// noun after the verb is.
		for k := j + 1; k <= j+3 && k < x.doc.Sentences[si].EndToken; k++ {
			if st := x.stmtCueAt(k); st >= 0 {
				f.holder, f.stmt = x.speakerOf(st), x.an.Statements[st].ID
				break
			}
		}
	}
	if f.stmt == "" {
		if st := x.stmtContaining(j); st >= 0 {
			f.stmt = x.an.Statements[st].ID
		}
	}
	if f.holder == "" {
		f.holder = x.stmtFrame(j, si).holder
	}
	f.holder = x.specific(f.holder, j)
	return f
}

// nounFrameAt is the frame of the noun at token j that heads a "that"
// clause: "a US assessment that", "Russia's claim that", "her claim
// that", or a verb that governs it ("consider the possibility that").
func (x *extractor) nounFrameAt(j, si, p int) frame {
	s := x.doc.Sentences[si]
	if rejectionNouns[x.word(j)] && x.scornAfter(p, si) {
		// "the idea that Kessary would blow up its own dam was an
		// insult": whoever frames the idea holds the opposite.
		f := x.frameOf(j, si)
		f.scorn = true
		return f
	}
	for k := j - 1; k >= s.FirstToken && j-k <= 4; k-- {
		w := x.word(k)
		if w == "out" && isRuleOut(x.word(k-1)) {
			return x.verbFrame(k-1, ruleOut, si)
		}
		if kind := frameVerbs[w]; kind != noFrame && !x.nounLike(k) && !x.caps[k] {
			return x.verbFrame(k, kind, si)
		}
		if x.isPunct(k) && x.word(k) != "'s" {
			break
		}
	}
	// "Y dismissed X's claim that it was responsible": the claim is
	// reported as what Y rejects, so Y holds its denial, and "it" is Y.
	for k := j - 1; k >= s.FirstToken && j-k <= 8; k-- {
		if denyVerbs[x.word(k)] && !x.caps[k] && !x.nounLike(k) {
			f := x.verbFrame(k, deny, si)
			f.itRef = f.holder
			return f
		}
		if x.word(k) == "that" || x.word(k) == ";" {
			break
		}
	}
	f := frame{kind: say, at: j}
	if st := x.stmtContaining(j); st >= 0 {
		f.stmt = x.an.Statements[st].ID
	}
	prev := x.word(j - 1)
	switch {
	case prev == "'s" || prev == "'":
		f.holder = x.namedIn(max(s.FirstToken, j-4), j-2, false)
	case possessivePronouns[prev]:
		f.holder = x.stmtFrame(j, si).holder
	default:
		if j > s.FirstToken && x.caps[j-1] {
			f.holder = x.namedIn(j-1, j-1, false)
			if f.holder == "" {
				f.holder = x.countryIn(j-1, j-1)
			}
		}
	}
	if f.holder == "" {
		f.holder = x.stmtFrame(j, si).holder
	}
	f.holder = x.specific(f.holder, j)
	return f
}

// stmtFrame is the frame of the statement that reports token p, or the
// outlet's when none does.
func (x *extractor) stmtFrame(p, si int) frame {
	s := x.doc.Sentences[si]
	f := frame{kind: say, at: -1, from: s.FirstToken}
	st := x.stmtContaining(p)
	if st < 0 {
		return f
	}
	stm := &x.an.Statements[st]
	f.holder, f.stmt = x.speakerOf(st), stm.ID
	if c := x.doc.TokenAt(stm.Content.Start); c > f.from && c < s.EndToken {
		f.from = c
	}
	cue := strings.Fields(strings.ToLower(text.FoldQuotes(stm.Cue)))
	if len(cue) > 0 {
		ct := x.doc.TokenAt(stm.CueSpan.Start)
		switch last := cue[len(cue)-1]; {
		case last == "out" && len(cue) > 1 && isRuleOut(cue[len(cue)-2]):
			f.kind = ruleOut
			if x.negatedAt(ct) {
				f.kind = openPossibility
			}
		default:
			if k := frameVerbs[last]; k != noFrame {
				f.kind = k
				f.neg = x.negatedAt(ct)
			}
		}
	}
	return f
}

// stmtCueAt returns the statement whose cue covers token j, or -1.
func (x *extractor) stmtCueAt(j int) int {
	sp := x.doc.Tokens[j].Span
	for i := range x.an.Statements {
		c := x.an.Statements[i].CueSpan
		if c.Start < sp.End && sp.Start < c.End {
			return i
		}
	}
	return -1
}

// stmtContaining returns the innermost statement whose content covers
// token j, or -1.
//
// A statement whose content swallows the cue of another statement that
// also covers token j is not the one that reports it: in "The assessment
// found that ..., the officials said, as Kessary alleges", what the
// officials said is not Kessary's allegation.
func (x *extractor) stmtContaining(j int) int {
	st, _ := x.stmtAt(j)
	return st
}

// stmtAt is stmtContaining, and reports whether the statement is well
// formed. A content that holds its own cue, or ends on a reporting verb
// ("... the officials said", "..., as Kessary alleges"), has swallowed a
// frame: it is a misparse, used only when nothing better covers j, and
// the statement that holds its own cue last of all.
func (x *extractor) stmtAt(j int) (int, bool) {
	if h, ok := x.stmtCache[j]; ok {
		return h.st, h.good
	}
	st, good := x.stmtAt0(j)
	x.stmtCache[j] = stmtHit{st, good}
	return st, good
}

func (x *extractor) stmtAt0(j int) (int, bool) {
	sp := x.doc.Tokens[j].Span
	sts := x.an.Statements
	covers := func(i int) bool {
		c := sts[i].Content
		return c.Start <= sp.Start && sp.End <= c.End
	}
	ownCue := func(i int) bool {
		c := sts[i].Content
		return c.Start <= sts[i].CueSpan.Start && sts[i].CueSpan.End <= c.End
	}
	ok := func(i int) bool {
		if ownCue(i) {
			return false
		}
		end := x.doc.TokenAt(sts[i].Content.End) - 1
		return !(end >= 0 && end < len(x.w) && frameVerbs[x.word(end)] == say)
	}
	best, second, last := -1, -1, -1
	smaller := func(a, b int) bool { return b < 0 || sts[a].Content.Len() < sts[b].Content.Len() }
	for i := range sts {
		if !covers(i) {
			continue
		}
		switch {
		case ownCue(i):
			if smaller(i, last) {
				last = i
			}
			continue
		case !ok(i):
			if smaller(i, second) {
				second = i
			}
			continue
		}
		swallows := false
		for k := range sts {
			if k != i && covers(k) && ok(k) && sts[i].Content.Start <= sts[k].CueSpan.Start && sts[k].CueSpan.End <= sts[i].Content.End {
				swallows = true
				break
			}
		}
		if !swallows && smaller(i, best) {
			best = i
		}
	}
	switch {
	case best >= 0:
		return best, true
	case second >= 0:
		return second, false
	}
	return last, false
}

// speakerOf returns the holder a statement gives: its speaker's entity,
// made specific (see holderOf).
func (x *extractor) speakerOf(st int) string {
	if h, ok := x.speakers[st]; ok {
		return h
	}
	h := x.speakerOf0(st)
	x.speakers[st] = h
	return h
}

func (x *extractor) speakerOf0(st int) string {
	stm := &x.an.Statements[st]
	id := stm.Speaker
	sp := stm.SpeakerSpan
	if id == "" && sp.Len() > 0 {
		lo, hi := x.doc.TokenAt(sp.Start), x.doc.TokenAt(sp.End)-1
		if hi >= lo && hi < len(x.w) {
			id = x.namedIn(lo, hi, false)
		}
	}
	if id == "" {
		return ""
	}
	// A carrier of what others said ("intercepts show Estmark officials
	// blaming ...", "talk among Valdorian officials") stands for the
	// people named at its end.
	if sp.Len() > 0 {
		lo, hi := x.doc.TokenAt(sp.Start), x.doc.TokenAt(sp.End)-1
		carrier := false
		for k := lo; k <= hi && k < len(x.w); k++ {
			if channelHeads[x.word(k)] {
				carrier = true
			}
			if mi := x.ment[k]; carrier && mi >= 0 && x.an.Mentions[mi].Entity != "" && x.an.Mentions[mi].Span.End == sp.End {
				m := &x.an.Mentions[mi]
				return x.holderOf(x.canon(m.Entity), m.Span)
			}
		}
	}
	// A bare anonymous source ("officials believe") inside another
	// statement is that statement's source: in "reports have assessed
	// that ..., leading officials to believe that ...", the officials are
	// the reports' readers.
	if anonymousNoun(stm.SpeakerText) {
		ct := x.doc.TokenAt(stm.CueSpan.Start)
		if ct < len(x.w) {
			if outer, good := x.stmtAt(ct); good && outer != st && !anonymousNoun(x.an.Statements[outer].SpeakerText) {
				if o := x.speakerOf(outer); o != "" {
					return o
				}
			}
		}
	}
	return x.holderOf(x.canon(id), sp)
}

// anonymousNoun reports whether a speaker phrase is a bare anonymous
// source: "officials", "the sources".
func anonymousNoun(s string) bool {
	if len(s) > 20 {
		return false
	}
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(strings.TrimPrefix(s, "the "), "some ")
	switch s {
	case "officials", "official", "sources", "source", "people", "aides", "diplomats":
		return true
	}
	return false
}

// holderOf makes a holder entity say who holds the claim. A carrier of
// second-hand claims stands for the people it carries ("intercepted
// communications of Kessary officials" → "Kessary officials"), a name
// the tagger cut from a phrase loses its preposition ("of Russian
// officials"), and a group with no affiliation takes the country its
// phrase names ("some members of Valdoria's army and defence
// establishment").
func (x *extractor) holderOf(id string, sp dossier.Span) string {
	i := x.entityIndex(id)
	if i < 0 {
		return id
	}
	e := x.an.Entities[i]
	if e.Type != dossier.Group && e.Type != dossier.Org {
		return id
	}
	name := e.Name
	if e.Affiliation != "" && !strings.Contains(name, " ") {
		return id
	}
	words := strings.Fields(name)
	for k := 0; k+2 < len(words); k++ {
		if channelHeads[strings.ToLower(words[k])] {
			switch strings.ToLower(words[k+1]) {
			case "of", "amongst", "among", "from", "between":
				return x.ensure(strings.Join(words[k+2:], " "), e.Type, e.Affiliation)
			}
		}
	}
	if len(words) > 1 {
		switch strings.ToLower(words[0]) {
		case "of", "amongst", "among", "from", "by", "for":
			return x.ensure(strings.Join(words[1:], " "), e.Type, e.Affiliation)
		}
	}
	if e.Affiliation != "" || sp.Len() == 0 {
		return id
	}
	// Read the phrase back from the speaker's words to where it starts:
	// "(some) members of Valdoria's military and defence establishment".
	lo := x.doc.TokenAt(sp.Start)
	hi := x.doc.TokenAt(sp.End) - 1
	if hi < lo || hi >= len(x.w) {
		return id
	}
	si := x.sentenceOf(lo)
	first := x.doc.Sentences[si].FirstToken
	k := lo
	for k-1 >= first && lo-k < 8 {
		w := x.word(k - 1)
		if x.isPunct(k-1) && w != "'s" || x.stop(k-1) || skippable[w] && !x.caps[k-1] && w != "'s" ||
			frameVerbs[w] != noFrame || w == "include" || w == "includes" || w == "included" {
			break
		}
		k--
	}
	for k < lo && (determiners[x.word(k)] || x.word(k) == "some") {
		k++
	}
	aff := x.countryIn(k, hi)
	if aff == "" {
		return id
	}
	if k == lo {
		x.an.Entities[i].Affiliation = aff
		return id
	}
	return x.ensure(x.textOf(k, hi), dossier.Group, aff)
}

// specific prefers, for a country holder ("the US assesses ..."), the
// more specific source that reports it when that source speaks for the
// same country ("..., US officials said").
func (x *extractor) specific(holder string, j int) string {
	if x.entityType(holder) != dossier.GPE {
		return holder
	}
	st := x.stmtContaining(j)
	if st < 0 {
		return holder
	}
	if sp := x.speakerOf(st); sp != "" && sp != holder {
		if i := x.entityIndex(sp); i >= 0 && x.canon(x.an.Entities[i].Affiliation) == holder {
			return sp
		}
	}
	return holder
}

// subjectHolder finds the subject of the frame word at token j: the
// nearest mention to its left in the clause ("Kessary officials have
// speculated", "leading officials to believe"); "we" and "I" are the
// speaker of the statement that quotes them.
func (x *extractor) subjectHolder(j, si int) string {
	s := x.doc.Sentences[si]
	for k := j - 1; k >= s.FirstToken && j-k <= 10; k-- {
		if mi := x.ment[k]; mi >= 0 && x.an.Mentions[mi].Entity != "" {
			m := &x.an.Mentions[mi]
			return x.holderOf(x.canon(m.Entity), m.Span)
		}
		w := x.word(k)
		if (w == "we" || w == "i") && !x.acronym(k) {
			return x.stmtFrame(k, si).holder
		}
		if x.pronoun(k) {
			return ""
		}
		if skippable[w] && !x.caps[k] || x.adverb(k) || w == "to" {
			continue
		}
		if x.isPunct(k) || x.stop(k) || frameVerbs[w] != noFrame && k != j {
			return ""
		}
	}
	return ""
}

// speaker sets the holder of a speech act whose verb is at token v
// ("blamed", "denied", "claimed"): the speaker of the statement the verb
// is the cue of, else the subject before the verb.
func (x *extractor) speaker(p *pred, v int) bool {
	si := x.sentenceOf(v)
	if st := x.stmtCueAt(v); st >= 0 {
		p.holder, p.stmt = x.speakerOf(st), x.an.Statements[st].ID
	}
	if p.holder == "" {
		s := x.doc.Sentences[si]
		for k := v - 1; k >= s.FirstToken && v-k <= 12; k-- {
			if mi := x.ment[k]; mi >= 0 && x.an.Mentions[mi].Entity != "" {
				m := &x.an.Mentions[mi]
				p.holder = x.holderOf(x.canon(m.Entity), m.Span)
				break
			}
			w := x.word(k)
			if (w == "we" || w == "i") && !x.acronym(k) {
				p.holder = x.stmtFrame(k, si).holder
				break
			}
			if x.isPunct(k) && w != "," || x.pronoun(k) ||
				x.stop(k) && !(w == "which" || w == "who") || conditionWords[w] {
				break
			}
		}
	}
	if p.stmt == "" {
		if st := x.stmtContaining(v); st >= 0 {
			p.stmt = x.an.Statements[st].ID
		}
	}
	return p.holder != ""
}

// scornAfter reports whether the sentence judges what comes after token
// j false: "... is an insult", "... was absurd".
func (x *extractor) scornAfter(j, si int) bool {
	s := x.doc.Sentences[si]
	for k := j + 1; k < s.EndToken; k++ {
		if !beForms[x.word(k)] {
			continue
		}
		for m := k + 1; m < s.EndToken && m-k <= 5; m++ {
			if scornWords[x.word(m)] {
				return true
			}
		}
	}
	return false
}

// conditional reports whether the clause between token from and token to
// is hypothetical: "if the investigation confirmed", "whether it acted".
func (x *extractor) conditional(si, from, to int) bool {
	s := x.doc.Sentences[si]
	lo := max(from, s.FirstToken)
	for k := to - 1; k >= s.FirstToken; k-- {
		if x.word(k) == "," || x.word(k) == ";" {
			lo = max(lo, k+1)
			break
		}
	}
	for k := lo; k < to; k++ {
		if conditionWords[x.word(k)] {
			return true
		}
	}
	return false
}

// emit settles a predicate's holder, agent, event, polarity and
// certainty, and keeps it as a claim.
func (x *extractor) emit(p pred) {
	s := x.doc.Sentences[p.sent]
	start := p.at
	if p.subjLo >= 0 && p.subjLo < start {
		start = p.subjLo
	}
	if p.eventLo >= 0 && p.eventLo < start {
		start = p.eventLo
	}
	var fr frame
	if p.speech {
		fr = frame{holder: p.holder, stmt: p.stmt, kind: say, at: p.at}
	} else {
		fr = x.frameOf(start, p.sent)
	}
	from := fr.at
	if from < 0 {
		from = fr.from
	}
	if p.speech && x.conditional(p.sent, s.FirstToken, p.at) ||
		fr.at >= s.FirstToken && x.conditional(p.sent, s.FirstToken, fr.at) ||
		x.conditional(p.sent, from+1, start) || x.conditional(p.sent, start, p.at) {
		return
	}
	pol := p.pol
	if p.neg {
		pol = flip(pol)
	}
	switch fr.kind {
	case deny:
		if fr.neg {
			return // "did not deny" asserts nothing
		}
		pol = flip(pol)
	case ruleOut:
		pol = flip(pol)
	case think:
		if fr.neg {
			pol = flip(pol) // "do not believe X did it"
		}
	case say:
		if fr.neg {
			return
		}
	}
	if fr.scorn {
		pol = flip(pol)
	}
	agent := p.agentID
	switch {
	case agent != "":
	case p.falseFlag:
	case p.agentLo >= 0:
		agent = x.agentOf(p.agentLo, p.agentHi, fr.holder, fr.itRef)
	case p.subjLo >= 0:
		agent = x.agentOf(p.subjLo, p.subjHi, fr.holder, fr.itRef)
	}
	if agent == "" && !p.falseFlag {
		return
	}
	end := p.end
	event := x.incident
	if p.eventLo >= 0 {
		if !(p.eventLo == p.eventHi && eventPronouns[x.word(p.eventLo)]) || x.incident == "" {
			event = x.textOf(p.eventLo, p.eventHi)
		}
		end = max(end, p.eventHi)
	}
	if p.agentHi >= 0 {
		end = max(end, p.agentHi)
	}
	end = max(end, start)
	evLo := start
	if fr.at >= s.FirstToken && fr.at < start {
		// The evidence shows the frame when it is near, and always when
		// it turns the claim ("denied", "have not ruled out"), with its
		// negation.
		switch {
		case fr.kind == deny || fr.kind == ruleOut || fr.kind == openPossibility || fr.neg || fr.scorn:
			evLo = fr.at
			for evLo > s.FirstToken && (skippable[x.word(evLo-1)] || x.word(evLo-1) == "to") && !x.caps[evLo-1] {
				evLo--
			}
		case start-fr.at <= 6:
			evLo = fr.at
		}
	}
	certLo := from
	if certLo < s.FirstToken || certLo > start {
		certLo = max(s.FirstToken, min(start, from))
	}
	c := cand{
		c: dossier.Claim{
			Statement: fr.stmt, Holder: fr.holder, Agent: agent, Event: event,
			Evidence: x.span(evLo, end),
		},
		sent: p.sent, pos: p.at, falseFlag: p.falseFlag, lo: s.FirstToken, hi: s.EndToken,
		negated: p.neg, frameNeg: fr.neg,
	}
	x.grade(&c.c, x.span(certLo, end), pol, p.neg)
	switch {
	case fr.kind == ruleOut && c.c.Certainty == "":
		c.c.Certainty = certainty.AlmostNoChance
	case fr.kind == openPossibility && c.c.Certainty == "":
		c.c.Certainty = certainty.RoughlyEvenChance
	}
	if p.falseFlag {
		c.ff = p.end
	}
	x.cands = append(x.cands, c)
}
