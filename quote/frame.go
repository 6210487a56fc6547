package quote

import (
	"strings"

	"dossier"
	"dossier/text"
)

// Bounds on the windows the rules look at, in tokens, so that one
// enormous sentence costs linear time too: a reported clause is cut at
// maxContent (real ones are far shorter; a quotation is not cut), the
// words before a speaker are searched for a time or venue over maxFront,
// and the phrase after a postposed frame over maxTail.
const (
	maxContent = 400
	maxFront   = 24
	maxTail    = 30
)

// compKind says what follows a reporting verb.
type compKind uint8

const (
	compNone    compKind = iota // nothing that can be content: not a reporting use
	compEnd                     // the clause ends: the content, if any, came before
	compContent                 // content follows
)

// comp is what follows a reporting verb: its content, addressee, venue and
// time.
type comp struct {
	kind    compKind
	content span
	direct  int // the quotation that is the whole content, or -1
	venue   span
	time    span
	tail    int // the token after the frame's adjuncts
}

// verbCue reads the reporting verb at token i of the sentence [a, b).
func (x *extractor) verbCue(a, b, i int) {
	inf := x.ti[i]
	v := &verbs[inf.verb-1]
	form := inf.form
	cueEnd := i + 1
	if v.lemma == "speak" && cueEnd+1 < b && x.is(cueEnd, "out") {
		cueEnd++ // "spoke out against the levy"
	}
	if v.particle != "" {
		if cueEnd < b && v.hasParticle(x.ti[cueEnd].w) {
			if x.has(cueEnd, cPrep) {
				// "talked about X", "warned of X": what follows the
				// preposition is the content.
				pv := *v
				pv.props = pv.props&^(vNoBare|vIntent|vRecip) | vObj
				v = &pv
			}
			cueEnd++
		} else if !strings.HasSuffix(v.particle, "?") {
			return // "pointed" without "out"
		}
	}
	if inf.cap && i > a && !x.opens(i-1) && !x.titleCase {
		return // a name: "Hope", "Said"
	}
	if form&f3sg != 0 && form&fBase == 0 && cueEnd < b && !inf.cap && x.ti[cueEnd].verb != 0 && x.ti[cueEnd].form&fBase != 0 &&
		!x.ti[cueEnd].cap && !x.has(cueEnd, cDet|cPrep|cSubord) {
		return // "new fundraising reports show": the noun before the verb
	}
	if (v.lemma == "show" || v.lemma == "back" || v.lemma == "offer") && cueEnd < b &&
		(x.is(cueEnd, "up") || x.is(cueEnd, "off") || x.is(cueEnd, "down") || x.is(cueEnd, "out")) {
		return // "show up", "back down"
	}
	if (v.lemma == "state" || v.lemma == "rule") && form&(fPast|fPart) == 0 && !x.statesClause(cueEnd, b) {
		return // "battleground states", "federal rules allow": nouns
	}
	if v.lemma == "plead" && cueEnd < b && (x.lower(cueEnd) == "guilty" || x.is(cueEnd, "not") || x.is(cueEnd, "no")) {
		return // "pleaded guilty": a plea in court, not a statement
	}
	if v.lemma == "lash" && cueEnd < b && (x.is(cueEnd, "at") || x.is(cueEnd, "against")) {
		cueEnd++ // "lashed out at the council"
	}
	if v.lemma == "weigh" || v.lemma == "open" {
		// "weighed in on the vote", "opened up about her illness"; the
		// verbs say nothing without the preposition.
		if cueEnd >= b || !(v.lemma == "weigh" && x.is(cueEnd, "on") || v.lemma == "open" && x.is(cueEnd, "about")) {
			return
		}
		cueEnd++
	}
	if v.lemma == "call" && cueEnd < b {
		switch x.ti[cueEnd].w {
		case "for", "on":
			cueEnd++ // "called for a ban", "called on Congress to act"
		case "off", "in", "up", "out", "back", "at":
			return
		}
	}

	if v.lemma == "ask" && form&fPart != 0 && x.askedFrame(a, b, i) {
		return
	}
	// The verb group: auxiliaries, negation and adverbs before the verb.
	vg := i
	lastAux := ""
	auxSeen := false
	for vg-1 >= a && !x.quoted(vg-1) {
		j := vg - 1
		t := &x.ti[j]
		if t.cls&(cAux|cNeg) != 0 || t.cls&cAdv != 0 && !t.cap || t.ly {
			if (t.w == "'s" || t.w == "’s") && form&(fPart|fGer) == 0 {
				break // a possessive: "Russia's claim"
			}
			if t.cls&cAux != 0 && !auxSeen {
				lastAux, auxSeen = t.w, true
			}
			vg = j
			continue
		}
		if p := vg - 3; p > a && x.is(p, "in") && x.timeAt(p, vg) == vg && x.has(p-1, cAux) {
			vg = p // "have in the past said"
			continue
		}
		break
	}
	if auxSeen && form&fPart != 0 && form&fGer == 0 && isBe(lastAux) {
		if v.lemma == "expect" {
			x.evidential(a, b, i, vg) // "Marten is expected to resign"
		}
		if cueEnd < b && x.is(cueEnd, "by") {
			x.passiveBy(a, b, i, vg, cueEnd, v, true)
		}
		return // passive: "was told", "is expected"
	}
	if form&fPart != 0 && cueEnd < b && x.is(cueEnd, "by") {
		// A passive participle: "an allegation rejected by Washington"
		// is Washington's rejection, not the allegation's.
		x.passiveBy(a, b, i, vg, cueEnd, v, false)
		return
	}
	if form == fPart && !auxSeen && vg-1 >= a && !x.has(vg-1, cSubjPron|cRel) && x.isWord(vg-1) {
		// "the hacker known as Guccifer", "a plan shown to donors": a
		// participle that is no past tense, with no auxiliary, is a
		// reduced relative clause; the noun before it is no speaker.
		return
	}
	if form == fGer && !(auxSeen && isBe(lastAux)) {
		x.gerundCue(a, b, i, cueEnd, vg, v)
		return
	}
	L := vg - 1
	if L >= a && x.is(L, "to") && form&fBase != 0 {
		x.infinitiveCue(a, b, i, cueEnd, L, v)
		return
	}
	// A base or third-person form right after a determiner, a possessive
	// or a preposition is a noun: "the report", "Russia's claims".
	if !auxSeen && form&(fPast|fPart) == 0 && L >= a {
		if x.has(L, cDet|cPossPron|cPrep) && !x.has(L, cSubjPron) && !x.quantifierSubject(L, a, i, cueEnd, b) && !x.quantityHead(L) ||
			x.toks[L].Flags&text.Clitic != 0 && x.has(L, cAux) {
			return
		}
		if x.toks[L].Kind == text.Number && !x.quantityHead(L) {
			return
		}
	}

	f := frame{cue: span{i, cueEnd}, first: i, last: cueEnd - 1}
	shared := false
	switch {
	case L >= a && x.has(L, cRel) && x.isWord(L) && !x.quoted(L):
		// A relative clause: "Marten, who said ..."; the speaker is the
		// noun the clause is about.
		end := L
		if end-1 >= a && x.punct(end-1, ',') {
			end--
		}
		np, ok := x.npLeft(end, a)
		if !ok {
			return
		}
		// "support from Mike Lee, who declared": the relative clause is
		// about the name after the last preposition, not the phrase.
		for k := np.b - 1; k > np.a; k-- {
			if x.has(k, cPrep) && !x.is(k, "of") && !x.ti[k].cap {
				if x.ti[k+1].cap && x.hasName(span{k + 1, np.b}) {
					np.a = k + 1
				}
				break
			}
		}
		f.spk, f.spkNP = x.namePart(np), np
		f.first = np.a
	case L >= a && x.has(L, cConj) && !x.is(L, "&"):
		// A second verb of the same subject: "... and denied his
		// country was behind it".
		if !x.sharedSpeaker(a, L, &f) {
			return
		}
		shared = true
	default:
		spk, np, ok := x.speakerLeft(vg, a)
		if ok {
			if wide, ok2 := x.reducedSubject(np, a); ok2 {
				// "People briefed on the talks say": the head noun
				// before a participle phrase is the speaker.
				spk, np = x.namePart(wide), wide
			}
		}
		if ok && v.props&vClause != 0 {
			if wide, ok2 := x.relativeSubject(np, a); ok2 {
				// "people who have battled online threats say": the
				// noun the relative clause is about is the speaker.
				spk, np = x.namePart(span{wide.a, x.relativeAt(wide)}), wide
			}
		}
		if ok && np.a-1 >= a && !x.ti[np.a-1].cap && !x.has(np.a, cSubjPron) && np.b == vg && x.isWord(np.a-1) &&
			x.ti[np.a-1].verb == 0 && x.ti[np.a-1].cls&cVerb == 0 && endsEd(x.text(np.a-1)) && !x.quoted(np.a-1) {
			// "those who said they cared most about honesty supported":
			// a phrase right after a verb is its object or adjunct, no
			// subject.
			return
		}
		if ok && np.a-1 >= a && !x.ti[np.a-1].cap && !x.has(np.a, cSubjPron) &&
			(objectPreps[x.ti[np.a-1].w] || v.props&vSpeech == 0 && (x.is(np.a-1, "after") || x.is(np.a-1, "before"))) {
			// "images taken hours after the blast showed ...": the
			// object of a preposition is no subject. "after" and
			// "before" also open clauses ("after Marten said"), so only
			// verbs of thought and evidence are read so.
			return
		}
		if ok {
			f.spk, f.spkNP = spk, np
			f.first = np.a
		}
	}

	if f.spkNP.empty() && !shared {
		// No subject before the verb: “…,” said Orlov. / …, says X.
		if x.invertedCue(a, b, i, cueEnd, vg, v, f) {
			return
		}
		// A subject closed by a comma with no appositive after it:
		// "Clinton and her husband, thanked the diner".
		np, ok := x.commaSubject(vg, a)
		if !ok {
			return
		}
		c := x.complement(v, cueEnd, b, true)
		if c.kind != compContent || !x.firmComplement(v, cueEnd, c) {
			return
		}
		f.spk, f.spkNP, f.first = x.namePart(np), np, np.a
		x.emitWith(f, c)
		return
	}
	if v.lemma == "call" && !f.spkNP.empty() && x.has(f.spkNP.a, cDet) && !x.has(f.spkNP.a, cRel) &&
		(x.is(f.spkNP.a, "a") || x.is(f.spkNP.a, "an") || x.is(f.spkNP.a, "another") || x.is(f.spkNP.a, "one")) && !auxSeen &&
		!x.labelAfter(cueEnd, b) {
		return // "a party called Anti-Prom" names, it does not report
	}
	if p := f.spkNP.a - 1; !shared && p >= a && (x.is(p, "whether") || x.is(p, "if")) {
		return // "Asked whether the US would back ...": a question, not a statement
	}
	if !shared && form&fBase != 0 && form&(fPast|f3sg) == 0 && !auxSeen && !x.pluralSubject(f.spkNP) &&
		(f.spk.empty() || !x.pluralSubject(f.spk)) && !x.pluralSubject(x.npHead(f.spkNP)) {
		return // "the report" as a verb after a singular noun is a noun compound
	}

	if !shared && v.props&vClause != 0 && cueEnd < b && !x.quoted(cueEnd) && (x.gapRelative(f.spkNP, span{cueEnd, b}, a) || x.zeroRelative(f.spkNP, cueEnd, a)) {
		// "an attack, which Moscow said targeted the president"; "a
		// probe the agency said was ongoing"
		x.gapFrame(f, comp{kind: compContent, content: span{cueEnd, x.clauseEnd(cueEnd, b)}, direct: -1}, b)
		return
	}
	c := x.complement(v, cueEnd, b, true)
	if v.props&vSpeech != 0 && x.afterQuotation(f.spkNP.a, a) &&
		(c.kind == compNone || c.kind == compContent && c.direct < 0 && !x.firmComplement(v, cueEnd, c)) {
		// "“We are in trouble,” Trump told a meeting being held in a
		// church.": whatever follows, the content came before.
		c.kind, c.tail = compEnd, b-1
	}
	switch c.kind {
	case compNone:
		return
	case compContent:
		if x.gapRelative(f.spkNP, c.content, a) {
			return
		}
		if c.direct >= 0 && !f.spkNP.empty() && x.splitQuote(f.spkNP.a, c, &f) {
			x.emit(f)
			return
		}
		f.content, f.venue, f.time = c.content, c.venue, c.time
		if c.direct < 0 {
			f.content.b = x.restrictiveEnd(f, f.content)
		}
		p := f.spkNP.a - 1
		if p > a && !x.has(p, cSubord) && !x.quoted(p) {
			// "Although in September she said …": a time or a place
			// between the subordinator and the subject.
			if q := x.leadingSubord(a, f.spkNP.a); q >= 0 {
				p = q
			}
		}
		if c.direct < 0 && !shared && p >= a && (x.has(p, cSubord) && !x.has(p, cRel) &&
			!x.is(p, "so") && (p == a || x.has(p-1, cConj) || x.punct(p-1, ',')) ||
			x.has(p, cRel) && p-1 >= a && x.has(p-1, cPrep) && !x.quoted(p-1)) {
			// "While those surveyed said Bush has the experience, Trump
			// is ...": the subordinate clause ends at its comma, and so
			// does a relative clause after a preposition ("in a year in
			// which voters say they distrust her, allies …").
			f.content.b = x.objectEnd(f.content.a, f.content.b)
		}
		f.last = max(f.last, f.content.b-1)
		if c.direct >= 0 {
			f.quotes = append(f.quotes, c.direct)
			f.kind = dossier.Direct
		} else {
			f.kind = x.kindOf(f.content)
		}
		if !shared && (f.time.empty() || f.venue.empty()) {
			x.frontAdjuncts(a, f.first, &f)
		}
		x.emit(f)
	case compEnd:
		if shared {
			return
		}
		if form&(fPast|f3sg) == 0 && !auxSeen && !x.pluralHead(f.spkNP) {
			return // "…, unredacted Brisk email and will …": a base form after one name is no postposed frame
		}
		// “…,” Orlov said. / …, sources told CNN.
		f.venue, f.time = c.venue, c.time
		f.last = max(f.last, c.tail-1)
		if p := f.spkNP.a - 1; p >= a && x.is(p, "as") && !x.quoted(p) {
			x.asFrame(a, b, p, c, f)
			return
		}
		if !x.leftContent(a, f.spkNP.a, &f) {
			// "Otherwise, she said, countries may ...": only a sentence
			// adverb or a short phrase before the frame; the content is
			// the clause after it.
			if x.rightOnly(a, b, f.spkNP.a, c, &f) {
				x.emit(f)
			}
			return
		}
		if v.props&vNoPost != 0 && f.kind != dossier.Direct {
			return // "..., he mocks." frames a quotation only
		}
		x.rightPiece(b, c, &f)
		if f.phrase && f.gap.empty() {
			return // "In her post, she reminded ...": a phrase, not what was said
		}
		x.emit(f)
	}
}

// splitQuote reads a quotation split by its frame, “First part,” she
// said, “second part.”, when the frame's complement c is the second part
// and the first closes right before the frame that starts at ns: one
// statement whose Text leaves the frame out.
func (x *extractor) splitQuote(ns int, c comp, f *frame) bool {
	p := ns - 1
	if p >= 0 && x.punct(p, ',') {
		p--
	}
	if p < 0 {
		return false
	}
	q := x.quoteClosedAt(p)
	if q < 0 || x.quotes[q].claimed || !x.startsClause(x.quotes[q].open) || !x.sameParagraph(p, ns) {
		return false // a quotation in a paragraph of its own is not the frame's first part
	}
	f.content = span{x.quotes[q].open, c.content.b}
	f.gap = span{p, c.content.a + 1}
	f.kind = dossier.Direct
	f.quotes = append(f.quotes, q, c.direct)
	f.venue, f.time = c.venue, c.time
	f.first = x.quotes[q].open
	f.last = max(f.last, c.content.b-1)
	f.postpos = true
	return true
}

// sameParagraph reports whether tokens i and j stand in one paragraph.
func (x *extractor) sameParagraph(i, j int) bool {
	si := x.doc.SentenceAt(x.toks[i].Span.Start)
	sj := x.doc.SentenceAt(x.toks[j].Span.Start)
	return si == sj || x.doc.Sentences[si].Paragraph == x.doc.Sentences[sj].Paragraph
}

// asFrame reads a frame introduced by "as", which stands inside or before
// what it reports: "As Marten said, the US had no role." / "That, as
// Trump points out, is quite a bit." The content is the clause around
// the frame; as is the token "as".
func (x *extractor) asFrame(a, b, as int, c comp, f frame) {
	var left, right span
	if as > a {
		e := as
		for e > a && x.ti[e-1].punct != 0 && !x.closes(e-1) {
			e--
		}
		s := max(a, e-maxContent)
		// "… but did not establish whether it acted on their orders, as
		// Kessary alleges": what is alleged is the clause after the last
		// word that opens one.
		for k := e - 1; k > s; k-- {
			if x.quoted(k) {
				continue
			}
			if x.punct(k, ';') || x.has(k, cSubord|cWh) && !x.has(k, cRel|cPrep) && k+1 < e {
				s = k + 1
				break
			}
		}
		for s < e && (x.has(s, cConj|cClauseAdv) || x.ti[s].punct != 0) {
			s++
		}
		if e > s {
			left = span{s, e}
		}
	}
	if j := c.tail; j+1 < b && x.punct(j, ',') && !(!left.empty() && x.postposedAt(j+1, b)) {
		if q := x.quoteOpenedAt(j + 1); q >= 0 && !x.quotes[q].claimed && left.empty() {
			c2 := x.quoteContent(q, j+1, b, comp{direct: -1})
			right = c2.content
			if c2.direct >= 0 {
				f.quotes = append(f.quotes, q)
			}
		} else {
			right = span{j + 1, x.clauseEnd(j+1, b)}
		}
	}
	switch {
	case !left.empty() && !right.empty():
		f.content, f.gap = span{left.a, right.b}, span{left.b, right.a}
	case !left.empty():
		f.content = left
	case !right.empty():
		f.content = right
	default:
		return
	}
	if len(f.quotes) > 0 {
		f.kind = dossier.Direct
	} else {
		f.kind = x.kindOf(f.content)
	}
	f.first = min(f.first, f.content.a, as)
	f.last = max(f.last, f.content.b-1)
	x.emit(f)
}

// findingWords open the object of "find" that is a finding ("found no
// evidence of", "found signs of", "found little support for"); other
// objects are things found ("found a way", "can't find jobs").
var findingWords = map[string]bool{"no": true, "little": true, "nothing": true, "evidence": true, "signs": true,
	"proof": true, "traces": true, "links": true, "support": true, "fault": true}

// findingObject reports whether the noun phrase object of "find" at j
// (ending at end) is a finding: it opens with a word of evidence or a
// quantity ("found 63 percent support"), or it is a small clause with an
// adjective of judgement after it ("found him guilty", "found it
// unlikely").
func (x *extractor) findingObject(j, end int) bool {
	if findingWords[x.lower(j)] || x.quantityWord(j) {
		return true
	}
	for k := j + 1; k < end && k <= j+4; k++ {
		switch x.lower(k) {
		case "guilty", "innocent", "responsible", "liable", "unlikely", "likely", "credible", "wanting", "lacking":
			return true
		}
	}
	return false
}

// isDash reports whether token i is a dash that sets off an aside ("–",
// "—", "--"); a hyphen inside a word is no token of its own.
func (x *extractor) isDash(i int) bool {
	if x.toks[i].Kind != text.Punct {
		return false
	}
	switch x.text(i) {
	case "–", "—", "--", "-":
		return true
	}
	return false
}

// raisingVerbs are the reporting verbs that also take an infinitive and
// then report nothing: "continued to fight", "seems to work".
var raisingVerbs = map[string]bool{"continue": true, "seem": true, "appear": true}

// hasParticle reports whether w is one of v's particles.
func (v *verb) hasParticle(w string) bool {
	if w == "" {
		return false
	}
	for _, p := range strings.Split(strings.TrimSuffix(v.particle, "?"), "|") {
		if p == w {
			return true
		}
	}
	return false
}

func isBe(w string) bool {
	switch w {
	case "be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'re", "’re", "'m", "’m":
		return true
	}
	return false
}

// restrictiveEnd returns where the content of a frame inside a
// restrictive relative clause ends: "voters who say the economy matters
// most were divided" report "the economy matters most"; a second finite
// verb with nothing to join it to the first is the sentence's.
func (x *extractor) restrictiveEnd(f frame, c span) int {
	r := f.cue.a - 1
	for r > 0 && (x.has(r, cAux|cNeg|cAdv) || x.ti[r].ly) {
		r--
	}
	if r <= 0 || !x.isWord(r) || !x.is(r, "who") && !x.is(r, "that") || x.punct(r-1, ',') {
		return c.b
	}
	finite := 0
	for k := c.a; k < c.b; k++ {
		inf := &x.ti[k]
		if x.quoted(k) || inf.punct != 0 || inf.cls&(cSubord|cRel|cConj|cWh) != 0 {
			if finite > 0 {
				return c.b // a second clause may follow: keep it all
			}
			continue
		}
		if inf.cap {
			continue
		}
		if inf.cls&cAux != 0 && x.toks[k].Flags&text.Clitic == 0 || inf.verb != 0 && inf.form&(fPast|f3sg) != 0 && inf.form&fPart == 0 {
			if finite > 0 && k > c.a+1 && !x.has(k-1, cAux|cNeg|cAdv) && !x.ti[k-1].ly {
				return k
			}
			finite++
		}
	}
	return c.b
}

// passiveBy reads a passive with its agent: "The bill was opposed by
// House Republicans", "The bill, opposed by House Republicans, died": the
// agent holds the stance and the subject (or the noun the participle
// describes) is what it is about. Only verbs that take a stand (and
// report, reject, deny, dispute, welcome) are read so.
func (x *extractor) passiveBy(a, b, i, vg, by int, v *verb, be bool) {
	if v.props&vObj == 0 || v.props&vIntent != 0 || by+1 >= b {
		return
	}
	switch {
	case stanceVerbs[v.lemma]:
	case v.lemma == "report" || v.lemma == "reject" || v.lemma == "dispute" || v.lemma == "deny" || v.lemma == "welcome":
	default:
		return // "was questioned by the police" is no stance of the police
	}
	agent, ok := x.npRight(by+1, b)
	if !ok || x.has(agent.a, cNoSpeaker) || x.is(agent.b-1, "it") || x.timeAt(agent.a, agent.b) > agent.a {
		return
	}
	var end int
	switch {
	case be:
		end = vg
		for end-1 > a && x.has(end-1, cAux|cNeg|cAdv) {
			end--
		}
	case vg-1 > a && x.punct(vg-1, ','):
		end = vg - 1 // "The bill, opposed by House Republicans,"
	default:
		return
	}
	obj, ok := x.npLeft(end, a)
	if !ok || x.has(obj.a, cSubjPron|cRel|cNoSpeaker) {
		return
	}
	f := frame{cue: span{i, by}, spk: x.namePart(agent), spkNP: agent, content: obj,
		first: min(obj.a, i), last: agent.b - 1}
	f.kind = x.kindOf(f.content)
	x.emit(f)
}

// personObject reports whether the pronoun at j is a person judged or
// backed by a verb that takes no clause: "praised her", "backed them"
// say whom the speaker stands with or against; "denied it" says nothing.
func (x *extractor) personObject(v *verb, j int) bool {
	if v.props&vClause != 0 || v.props&vObj == 0 || x.has(j, cNoSpeaker) || !stanceVerbs[v.lemma] {
		return false
	}
	switch x.ti[j].w {
	case "him", "her", "them", "us", "me":
		return true
	}
	return false
}

// stanceVerbs take a stand for or against whom they name: "backed him",
// "denounced them" (not "thanked her", "called them").
var stanceVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields("support back oppose favor favour endorse criticize criticise praise blame " +
		"denounce condemn slam blast fault rebuke assail mock ridicule dismiss applaud hail defend disavow " +
		"repudiate berate castigate chastise reprimand commend laud admire respect hate love despise distrust " +
		"resent dislike embrace champion lambaste lambast decry scold chide") {
		stanceVerbs[w] = true
	}
}

// objectTo returns where the content of a verb of wishing ends when it is
// a noun phrase and a to-infinitive ("want all of them to leave"), from
// the noun phrase at j; j when there is none.
func (x *extractor) objectTo(j, b int) int {
	if !x.isWord(j) && x.toks[j].Kind != text.Number || x.has(j, cSubjPron) && !x.has(j, cObjPron) || x.has(j, cRel|cSubord|cConj|cPrep|cAux|cVerb) {
		return j
	}
	for k := j + 1; k < b && k-j <= 8; k++ {
		if x.quoted(k) || x.ti[k].punct != 0 || x.has(k, cRel|cSubord|cAux|cVerb) || x.ti[k].verb != 0 && x.ti[k].form&(fPast|f3sg) != 0 {
			return j
		}
		if x.is(k, "to") {
			if k+1 < b && x.isWord(k+1) && !x.has(k+1, cDet|cPossPron|cObjPron|cPrep) && !x.ti[k+1].cap {
				return x.objectEnd(k, x.clauseEnd(k, b))
			}
			return j
		}
	}
	return j
}

// statesClause reports whether what follows "states" or "rules" at k is
// what the verb takes ("the memo states that the …", "the court rules:
// …"), so that the word is no plural noun ("states that vote in May").
func (x *extractor) statesClause(k, b int) bool {
	if k >= b {
		return false
	}
	if x.punct(k, ':') || x.opens(k) {
		return true
	}
	if !x.is(k, "that") || k+1 >= b {
		return false
	}
	n := k + 1
	return x.has(n, cDet|cSubjPron) && !x.relativeThat(k) || x.ti[n].cap
}

// quantifierSubject reports whether the quantifier at L ("many", "most",
// "few") stands on its own for people as the subject of the base form of
// the verb at i: "Many believe the vote was fair", not "many claims" or
// "some support for the plan".
func (x *extractor) quantifierSubject(L, a, i, cueEnd, b int) bool {
	form := fBase
	switch x.ti[L].w {
	case "many", "most", "few", "some", "both", "all", "several":
	case "one", "another", "each", "neither", "either":
		form = f3sg // "one says …, while another says …"
	default:
		return false
	}
	if x.ti[i].form&form == 0 || L > a && x.has(L-1, cDet|cPrep|cPossPron) {
		return false
	}
	return cueEnd < b && !x.has(cueEnd, cPrep) && !x.isTerminal(cueEnd) && !x.punct(cueEnd, ',')
}

// pluralSubject reports whether a noun phrase can be the subject of a
// verb's base form ("officials say", "they claim", "Democrats argue").
func (x *extractor) pluralSubject(np span) bool {
	h := np.b - 1
	if x.quantityHead(h) || x.toks[h].Kind == text.Number || quantityWords[x.lower(h)] {
		return true // "nearly a third say", "a majority believe"
	}
	switch x.ti[np.a].w {
	case "those", "these", "many", "some", "both", "all", "most", "few", "several":
		return true // "those surveyed say"
	}
	switch x.ti[h].w {
	case "i", "we", "they", "you":
		return true
	case "he", "she", "it":
		return false
	}
	w := x.text(h)
	if len(w) > 2 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
		return true
	}
	switch x.lower(h) {
	case "police", "people", "media", "staff", "military", "government", "administration", "public",
		"press", "intelligence", "kremlin", "pentagon", "white", "house", "congress", "team", "campaign":
		return true
	}
	return x.ti[h].cap
}

// pluralHead reports whether a noun phrase may be plural by its form: a
// plural pronoun, a quantity, or any of its words in -s ("officials",
// "people close to Clinton", "a wide array of economists", "new
// fundraising reports"). A single name ("unredacted Brisk") is not.
func (x *extractor) pluralHead(np span) bool {
	for h := np.a; h < np.b; h++ {
		if x.quoted(h) || !x.isWord(h) && x.toks[h].Kind != text.Number {
			continue
		}
		switch x.lower(h) {
		case "i", "we", "they", "you", "people", "police", "media":
			return true
		}
		if x.quantityHead(h) || x.toks[h].Kind == text.Number || quantityWords[x.lower(h)] {
			return true
		}
		if w := x.text(h); len(w) > 2 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && x.toks[h].Flags&text.Clitic == 0 {
			return true
		}
	}
	return false
}

// sharedSpeaker gives f the speaker of the clause that a participle or a
// second verb hangs on: the speaker of the sentence's last statement, or
// else the sentence's subject.
func (x *extractor) sharedSpeaker(a, limit int, f *frame) bool {
	for k := len(x.cur) - 1; k >= 0 && k >= len(x.cur)-8; k-- {
		p := x.cur[k]
		if !p.spk.empty() && p.cue.a < limit && !x.nestedFrame(p) {
			f.spk, f.spkNP = p.spk, p.spkNP
			return true
		}
	}
	np, ok := x.subjectOf(a, limit)
	if !ok {
		return false
	}
	f.spk, f.spkNP = x.namePart(np), np
	return true
}

// nestedFrame reports whether frame p stands inside the content of
// another frame of the sentence: "The group said it had found ..., but
// cautioned ..." shares the group's subject, not the nested "it".
func (x *extractor) nestedFrame(p frame) bool {
	// Only the frames near the end of the sentence so far: a sentence
	// that never ends must not make this quadratic.
	for _, o := range x.cur[max(0, len(x.cur)-16):] {
		if o.cue != p.cue && o.content.a <= p.cue.a && p.cue.b <= o.content.b {
			return true
		}
	}
	return false
}

// gapRelative reports whether a speaker and its verb sit in a relative
// clause whose gap is the verb's object: in "the attack that Russia
// claims targeted Putin" Russia claims the attack targeted Putin, and
// "targeted Putin" is not a content.
func (x *extractor) gapRelative(np, content span, a int) bool {
	if np.empty() || np.a-1 < a || content.empty() {
		return false
	}
	p := np.a - 1
	if !(x.is(p, "that") || x.is(p, "which") || x.is(p, "who") || x.is(p, "whom")) {
		return false
	}
	k := content.a
	return x.isVerbLike(k) && !x.ti[k].cap && !x.has(k, cSubjPron)
}

// zeroRelative reports whether the subject np of a verb of saying follows
// a noun with no pronoun between, and the verb is followed by a finite
// verb with no subject: a relative clause with no pronoun whose gap is
// the content ("a probe the agency said was ongoing", "a dynamic
// Greenberg said could drive moderates away").
func (x *extractor) zeroRelative(np span, cueEnd, a int) bool {
	p := np.a - 1
	if np.empty() || p < a || cueEnd >= len(x.toks) || !x.isWord(p) || x.quoted(p) || x.ti[p].ly ||
		x.ti[p].verb != 0 || x.isVerbLike(p) || x.toks[p].Flags&text.Clitic != 0 ||
		x.ti[p].cls&(cDet|cPrep|cConj|cAux|cNeg|cRel|cSubord|cWh|cSubjPron|cObjPron|cPossPron|cAdv|cClauseAdv|cTimeNoun|cTimeMod|cVerb|cNoSpeaker) != 0 {
		return false
	}
	if !(x.has(np.a, cDet|cSubjPron|cPossPron) || x.ti[np.a].cap) || x.has(np.a, cRel) {
		return false
	}
	ante, ok := x.npLeft(np.a, max(a, p-maxNP))
	if !ok || ante.b != np.a || !x.headOK(p) {
		return false
	}
	if q := ante.a - 1; q >= a && (x.isVerbLike(q) || x.ti[q].verb != 0) && !x.has(q, cAux) {
		return false // "told reporters the agency said …" is no noun phrase of its own
	}
	k := cueEnd
	return k < len(x.toks) && !x.ti[k].cap && !x.has(k, cSubjPron) && x.isWord(k) &&
		(x.has(k, cAux) && x.toks[k].Flags&text.Clitic == 0 || x.ti[k].verb != 0 && x.ti[k].form&(fPast|f3sg) != 0 && x.ti[k].form&fPart == 0)
}

// gapFrame emits a frame inside a relative clause whose gap is the
// subject of the content: "an attack, which Moscow said targeted the
// president" (Moscow said the attack targeted the president), "the
// strike that executives said could hurt earnings ended". The content
// is the relative pronoun and the clause after the frame, with the
// frame as its gap; it ends at the comma that closes a clause set off
// by commas, or, in a restrictive clause, before the verb of the
// sentence.
func (x *extractor) gapFrame(f frame, c comp, b int) {
	p := f.spkNP.a - 1
	if !x.has(p, cRel) {
		// A relative clause with no pronoun: the content starts with
		// its noun ("a probe | the agency said | was ongoing").
		ante, _ := x.npLeft(f.spkNP.a, max(0, p-maxNP))
		p = ante.a
	}
	end := c.content.b
	restrictive := p == 0 || !x.punct(p-1, ',')
	finite := 0
	for k := c.content.a; k < end; k++ {
		inf := &x.ti[k]
		if x.quoted(k) {
			continue
		}
		if inf.punct == ',' || inf.punct == ';' || inf.punct == '-' {
			end = k
			break
		}
		if !restrictive || inf.cap {
			continue
		}
		if inf.cls&(cConj|cRel|cSubord) != 0 {
			break // a second clause: keep it all
		}
		if inf.cls&cAux != 0 && x.toks[k].Flags&text.Clitic == 0 || inf.verb != 0 && inf.form&(fPast|f3sg) != 0 && inf.form&fPart == 0 ||
			x.isVerbLike(k) && inf.verb == 0 && inf.cls&cAux == 0 {
			if finite > 0 && k > c.content.a+1 && !x.has(k-1, cAux|cNeg|cAdv) && !x.ti[k-1].ly {
				end = k // "the strike that executives said could hurt earnings | ended"
				break
			}
			finite++
		}
	}
	for end > c.content.a && x.ti[end-1].punct != 0 && !x.closes(end-1) {
		end--
	}
	if end <= c.content.a {
		return
	}
	f.content = span{p, end}
	f.gap = span{f.spkNP.a, c.content.a}
	f.venue, f.time = c.venue, c.time
	f.first = p
	f.last = max(f.last, end-1)
	f.kind = x.kindOf(span{c.content.a, end})
	x.emit(f)
}

// kindOf says whether a content with no quotation as a whole is indirect
// or mixed: mixed when it holds quoted words.
func (x *extractor) kindOf(c span) dossier.StatementKind {
	for j := c.a; j < c.b; j++ {
		if x.quoted(j) || x.toks[j].Kind == text.QuoteMark {
			return dossier.Mixed
		}
	}
	return dossier.Indirect
}

// complement reads what follows a reporting verb v from token j, in the
// sentence that ends at b. With bare false, a clause with no "that" is not
// taken as content.
func (x *extractor) complement(v *verb, j, b int, bare bool) (c comp) {
	c.direct = -1
	recip := false
	// longAddressee takes an addressee of more than two tokens at j, with
	// the venue and time inside it, and moves j past it.
	longAddressee := func() bool {
		e := x.longRecipient(j, b)
		if e <= j+2 {
			return false
		}
		recip = true
		if c.venue.empty() && v.lemma == "tell" {
			c.venue = span{j, x.phraseEnd(j, e)}
		}
		for k := j + 1; k < e && c.time.empty(); k++ {
			if t := x.timeAt(k, e); t > k {
				c.time = span{k, t} // "told reporters on Thursday that"
			}
		}
		j = e
		return true
	}
	for n := 0; j < b && n < 8; n++ {
		if x.quoted(j) {
			break
		}
		// Before and after the adjuncts: "told The Herald newspaper of
		// Charleston on Saturday that" is an addressee with its own
		// phrases, up to "that".
		if v.props&vRecip != 0 && !recip && n == 0 && longAddressee() {
			continue
		}
		if v.props&vRecip != 0 && recip && x.reducedAdverbial(j) {
			// "told Congress when asked about the inquiry that …": the
			// reduced clause is the frame's; the content comes after it.
			t := j + 1
			for t < b && t-j < 15 && !x.quoted(t) && x.ti[t].punct == 0 && !x.is(t, "that") {
				t++
			}
			if t < b && x.is(t, "that") {
				j = t
				continue
			}
		}
		if e := x.prepBeforeQuote(j, b); e > j && v.props&vSpeech != 0 {
			if c.venue.empty() {
				x.adjunct(j, e, &c.time, &c.venue)
			}
			j = e // "declared in the debate spin room, “...”"
			continue
		}
		if e := x.adjunct(j, b, &c.time, &c.venue); e > j {
			j = e
			continue
		}
		if x.ti[j].ly || x.has(j, cAdv) && !x.has(j, cSubord|cPrep|cTimeMod) && !x.ti[j].cap {
			j++
			continue
		}
		if j+1 < b && (x.is(j, "so") || x.is(j, "very") || x.is(j, "and") && j > 0 && x.ti[j-1].ly) && x.ti[j+1].ly {
			j++ // "concluded so eloquently and timelessly"
			continue
		}
		if j+2 < b && x.punct(j, ',') && (x.has(j+1, cClauseAdv|cAdv) || x.ti[j+1].ly) && x.punct(j+2, ',') {
			j += 3 // "added, though, that ..."
			continue
		}
		if e := x.commaPhrase(j, b); e > j {
			j = e // "said, in reference to the vote, “...”"
			continue
		}

		if v.props&vRecip != 0 && recip && x.is(j, "who") {
			// "told the mayors who gathered in the city, “…”", "told the
			// voters who came that …": the addressee's relative clause,
			// then the content.
			if t := x.contentAfterRelative(j, b); t > j {
				j = t
				continue
			}
		}
		if v.props&vRecip != 0 && !recip {
			if longAddressee() {
				continue
			}
			if e, ok := x.recipientAt(j, b); ok {
				recip = true
				if c.venue.empty() && (v.lemma == "tell" || v.lemma == "assure" || v.lemma == "inform") {
					c.venue = span{j, e}
				}
				j = e
				continue
			}
			if e := x.longRecipient(j, b); e > j {
				// "told a town hall in Salem, New Hampshire on Monday
				// that": an addressee with its own phrases, up to "that".
				recip = true
				if c.venue.empty() && v.lemma == "tell" {
					c.venue = span{j, x.phraseEnd(j, e)}
				}
				j = e
				continue
			}
		}
		break
	}
	c.tail = j
	if j >= b || x.isTerminal(j) || x.closes(j) && !x.quoted(j) {
		c.kind = compEnd
		return
	}
	inf := &x.ti[j]
	if v.props&vSpeech != 0 && !x.quoted(j) && (x.lower(j) == "yes" || x.lower(j) == "no" || x.lower(j) == "so") &&
		(j+1 >= b || x.isTerminal(j+1) || x.punct(j+1, ',') || x.punct(j+1, ';') || x.has(j+1, cConj) ||
			x.lower(j) == "so" && x.has(j+1, cPrep) && !x.is(j+1, "that")) {
		// "75 percent said yes, but …", "half said so in the earlier
		// poll": an answer is all that was said.
		c.kind, c.content = compContent, span{j, j + 1}
		return
	}
	switch {
	case inf.w == "to" && v.props&vTo == 0 && raisingVerbs[v.lemma] && j+1 < b && x.isWord(j+1) && !x.ti[j+1].cap &&
		!x.has(j+1, cDet|cPossPron|cObjPron|cRecipNoun):
		// "as the movement continues to battle …, Brisk gained
		// ground": continue, seem and appear before an infinitive
		// report nothing (a reporting verb after them is the cue).
		return
	case inf.punct == ',' && j+2 < b && x.is(j+1, "including") && x.is(j+2, "that") && v.props&(vClause|vObj) != 0:
		// "possibilities that officials have not ruled out, including
		// that ...": the content is what the gap stands for.
		c.kind, c.content = compContent, span{j + 3, x.clauseEnd(j+3, b)}
	case inf.punct == ',' || inf.punct == '-' || inf.punct == ';':
		if inf.punct == ',' && j+1 < b && v.props&vSpeech != 0 {
			if q := x.quoteOpenedAt(j + 1); q >= 0 && !x.quotes[q].claimed {
				return x.quoteContent(q, j+1, b, c)
			}
		}
		c.kind = compEnd
	case inf.punct == ':':
		if v.props&vSpeech == 0 && v.props&vThought == 0 {
			return
		}
		k := j + 1
		if k >= b {
			// "He added:" at the end of a paragraph, the quotation in the
			// next one.
			if k < len(x.toks) {
				if q := x.quoteOpenedAt(k); q >= 0 && !x.quotes[q].claimed {
					c.kind, c.content, c.direct = compContent, span{k, x.quotes[q].last + 1}, q
				}
			}
			return
		}
		if q := x.quoteOpenedAt(k); q >= 0 && !x.quotes[q].claimed {
			return x.quoteContent(q, k, b, c)
		}
		c.kind, c.content = compContent, span{k, x.clauseEnd(k, b)}
	case x.opens(j):
		q := x.quoteOpenedAt(j)
		if q < 0 && !x.quoted(j) && j+1 < b && v.props&vSpeech != 0 {
			// A mark that opens nothing (it is never closed): read on
			// as if it were not there.
			c.kind, c.content = compContent, span{j, x.clauseEnd(j+1, b)}
			return
		}
		if q < 0 || x.quotes[q].claimed {
			return
		}
		if v.props&vSpeech == 0 && v.props&(vObj|vClause) == 0 {
			return
		}
		return x.quoteContent(q, j, b, c)
	case inf.w == "that" && !c.venue.empty() && c.venue.b == j && x.relativeThat(j):
		// "said in a documentary that showed ...": the relative clause
		// is the venue's.
		c.kind = compEnd
	case inf.w == "that":
		if v.props&(vClause|vObj) == 0 || v.props&vIntent != 0 && v.props&vClause == 0 || v.lemma == "read" {
			return // "she read that …" is what she learnt, not what she said
		}
		k := j + 1
		if k < b && x.has(k, cAux) && !x.ti[k].cap && !x.quoted(k) {
			// "said that was a natural part of it": no complementiser
			// stands before a verb, so "that" is the clause's subject.
			c.kind, c.content = compContent, span{j, x.clauseEnd(j, b)}
			return
		}
		if k+1 < b && x.punct(k, ',') && !x.quoted(k) {
			k++ // "added that, “my principle was ...”"
		}
		if k < b && x.isDash(k) {
			// "says that – in his professional life – he is …": the
			// aside belongs to the content, which goes on after it.
			for e := k + 1; e < b && e <= k+15; e++ {
				if x.isDash(e) {
					if end := x.clauseEnd(e+1, b); end > e+1 {
						c.kind, c.content = compContent, span{k + 1, end}
					}
					return
				}
			}
			return
		}
		if k >= b || x.ti[k].punct != 0 {
			return
		}
		c.kind, c.content = compContent, span{k, x.clauseEnd(k, b)}
	case inf.w == "to" && v.props&vTo != 0 && j+1 < b && x.isWord(j+1) && !x.has(j+1, cDet|cPossPron|cObjPron) && !x.ti[j+1].cap:
		c.kind, c.content = compContent, span{j, x.objectEnd(j, x.clauseEnd(j, b))}
	case inf.w == "not" && recip && v.props&vTo != 0 && j+2 < b && x.is(j+1, "to") && x.isWord(j+2) && !x.ti[j+2].cap:
		// "told Keller not to worry"
		c.kind, c.content = compContent, span{j, x.objectEnd(j, x.clauseEnd(j, b))}
	case inf.cls&cWh != 0 && inf.w != "that" && (inf.w != "which" || recip) && x.whComplement(v, j, b):
		c.kind, c.content = compContent, span{j, x.clauseEnd(j, b)}
	case (inf.w == "and" || inf.w == "but") && j+1 < b && !x.quoted(j+1) && (x.ti[j+1].ly || x.has(j+1, cAdv) ||
		x.isVerbLike(j+1) && !x.ti[j+1].cap && !x.has(j+1, cSubjPron)):
		// "“…,” she said and hung up": a second verb of the frame's
		// subject; the content came before.
		c.kind = compEnd
	case inf.w == "so" && v.lemma == "say" && j+1 < b && (x.isTerminal(j+1) || x.punct(j+1, ',') || x.ti[j+1].ly ||
		x.has(j+1, cAdv|cSubord) && !x.has(j+1, cPrep) || x.timeAt(j+1, b) > j+1):
		// "55 percent said so in May": an answer.
		c.kind, c.content = compContent, span{j, j + 1}
	case inf.cls&(cSubord|cWh) != 0 && inf.cls&cPrep == 0 || inf.w == "after" || inf.w == "before" || inf.w == "since":
		// An adverbial clause: "he told reporters while in Oslo",
		// "said Golvach when asked about it".
		c.kind = compEnd
	case inf.cls&cPrep != 0 && bare && v.props&vClause != 0 && v.props&(vIntent|vNoBare) == 0 && j+1 < b && x.quantityWord(j+1) &&
		(x.is(j, "about") || x.is(j, "around") || x.is(j, "over") || x.is(j, "under")):
		// "said about half of the voters were …": a quantity starts the
		// reported clause.
		if end := x.clauseEnd(j, b); end-j >= 4 {
			c.kind, c.content = compContent, span{j, end}
		}
	case inf.cls&cPrep != 0 && bare && v.props&vClause != 0 && v.props&(vIntent|vNoBare|vObj) == 0 && x.prepThenClause(j, b):
		// "said in politics it takes time …": a phrase that opens the
		// reported clause, then its subject and verb.
		c.kind, c.content = compContent, span{j, x.clauseEnd(j, b)}
	case inf.cls&cPrep != 0:
		// An adjunct between the verb and "that": "said publicly following
		// the episode that ...".
		for k := j + 1; k < b && k-j <= 10; k++ {
			if x.quoted(k) || x.ti[k].punct != 0 || x.isVerbLike(k) {
				break
			}
			if x.is(k, "that") && k+1 < b && v.props&(vClause|vObj) != 0 && v.props&vIntent == 0 {
				if x.relativeThat(k) {
					break // "said of a list that included ...": a relative clause
				}
				c.kind, c.content = compContent, span{k + 1, x.clauseEnd(k+1, b)}
				return
			}
		}
		if bare && v.props&vClause != 0 && v.props&(vIntent|vNoBare) == 0 && !x.is(j, "of") {
			// A clause that opens with a phrase: "say for the party's
			// nominee to win they will have to ...".
			end := x.clauseEnd(j, b)
			verbs := 0
			for k := j + 2; k < end; k++ {
				if x.has(k, cAux|cVerb) && !x.quoted(k) && !x.ti[k].cap && x.has(k-1, cSubjPron) && !x.is(k-1, "it") {
					verbs++
				}
			}
			if verbs > 0 && end-j >= 4 {
				c.kind, c.content = compContent, span{j, end}
				return
			}
		}
		// The phrase belongs to the frame: "As they say about the doctor,
		// ...".
		for k := j + 1; k < b && k-j <= 12; k++ {
			if x.quoted(k) || x.isVerbLike(k) {
				break
			}
			if (x.punct(k, ':') || x.punct(k, ',')) && k+1 < b && v.props&vSpeech != 0 {
				// "says to the voters: “...”"
				if q := x.quoteOpenedAt(k + 1); q >= 0 && !x.quotes[q].claimed {
					return x.quoteContent(q, k+1, b, c)
				}
			}
			if x.punct(k, ',') || x.isTerminal(k) {
				c.tail = k
				break
			}
		}
		c.kind = compEnd
	default:
		if v.props&(vIntent|vTo) == vIntent|vTo && v.props&vSpeech == 0 || v.lemma == "expect" && x.objectTo(j, b) > j {
			// "wants the council to resign": whom the wish is about and
			// what they should do.
			if e := x.objectTo(j, b); e > j {
				c.kind, c.content = compContent, span{j, e}
			}
			return
		}
		if !bare || v.props&(vIntent|vNoBare) != 0 {
			return
		}
		if v.lemma == "tell" && !recip {
			return // "told a meeting being held ...": tell names whom it tells first
		}
		if x.toks[j].Kind != text.Word && x.toks[j].Kind != text.Number && !(x.toks[j].Kind == text.Symbol && isCurrency(x.text(j))) {
			return
		}
		plural := x.ti[j].verb != 0 && x.ti[j].form&f3sg != 0 && x.ti[j].cls&(cAux|cVerb) == 0 &&
			x.ti[j-1].verb != 0 && x.ti[j-1].form&fPast != 0 && !x.ti[j-1].cap // "said comments from Rice were"
		gerund := endsIng(x.text(j)) && !x.ti[j].cap // "said having Putin's respect is good"
		// After a preposition ("called for increased aid", "warned of
		// renewed fighting") a word in -ed is an adjective.
		adj := v.props&vObj != 0 && x.has(j-1, cPrep) && x.ti[j].cls&(cAux|cVerb) == 0 && x.ti[j].verb == 0
		if x.isVerbLike(j) && !x.ti[j].cap && !plural && !gerund && !adj || x.ti[j].cls&(cConj|cRel) != 0 {
			return // "reports have assessed": the verb was a noun
		}
		switch x.ti[j].w {
		case "itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself":
			if x.ti[j-1].verb != 0 && x.ti[j-1].form == fGer {
				return // "a group calling itself the Front" names the group
			}
			switch v.lemma {
			case "call", "describe", "declare", "consider", "see", "view", "portray", "label", "style", "brand":
				// "described himself as her adviser", "called himself
				// pro-choice": what the speaker says of himself.
				if end := x.objectEnd(j, x.clauseEnd(j, b)); end > j+1 {
					c.kind, c.content = compContent, span{j, end}
				}
			}
			return // "asserted itself": no content
		case "yes", "no", "otherwise":
			// "55 percent said so", "he said no": an answer.
			if n := j + 1; v.lemma == "say" && n < b && (x.isTerminal(n) || x.punct(n, ',') || x.has(n, cAdv|cSubord) && !x.has(n, cPrep) ||
				x.ti[n].ly || x.timeAt(n, b) > n) {
				c.kind, c.content = compContent, span{j, j + 1}
				return
			}
		case "the":
			if v.lemma == "say" && j+2 < b && x.is(j+1, "same") {
				c.kind, c.content = compContent, span{j, x.objectEnd(j, x.clauseEnd(j, b))}
				return // "26 percent said the same (of Marten)"
			}
		}
		end := x.clauseEnd(j, b)
		lim := end
		if v.props&vObj != 0 {
			lim = x.objectEnd(j, end) // "denied X, which Moscow said ..."
		}
		clause := x.has(j, cSubjPron) && x.isWord(j) && !x.ti[j].cap || x.has(j, cSubjPron) && !x.is(j, "it") && !x.is(j, "you")
		for k := j + 1; k < lim && !clause; k++ {
			clause = x.isVerbLike(k) || x.has(k, cNeg)
		}
		words := 0
		for k := j; k < lim; k++ {
			if x.isWord(k) {
				words++
			}
		}
		switch {
		case clause && v.props&vClause != 0:
		case v.props&vClause != 0 && words >= 3 && (v.lemma == "say" || v.props&vThought != 0) && v.props&vObj == 0:
			// "He says news outlets undercount his supporters": a verb the
			// lexicon does not know.
		case v.props&vObj != 0:
			if clause && v.props&vClause == 0 {
				// A verb in a relative clause that takes no clause: its
				// object ends before the finite verb of the sentence
				// ("those who support Marten are young").
				for k := j + 1; k < end; k++ {
					if x.has(k, cRel|cSubord|cSubjPron|cWh) || x.ti[k].punct != 0 || x.quoted(k) {
						break
					}
					if x.has(k, cAux) && !x.ti[k].cap && x.toks[k].Flags&text.Clitic == 0 && !x.is(k-1, "to") &&
						!x.is(k, "be") && !x.is(k, "been") && !x.is(k, "being") && !x.is(k, "having") &&
						!x.has(k-1, cDet|cPossPron) {
						end = k
						if x.has(k-1, cConj) {
							end = k - 1 // "opposes the levy and would ..."
						}
						clause = false
						break
					}
				}
			}
			if !clause {
				end = x.objectEnd(j, end)
			}
		default:
			return
		}
		if v.lemma == "find" && !clause && !x.findingObject(j, end) {
			return // "can't find jobs", "found a way": a thing found, no finding
		}
		if end-j < 1 || end-j == 1 && x.has(j, cObjPron|cNoSpeaker) && !x.personObject(v, j) {
			return // "denied it": no content worth keeping
		}
		switch v.lemma {
		case "cite":
			for k := j; k < end; k++ {
				if x.is(k, "as") && k+1 < end && x.ti[k+1].verb != 0 && x.ti[k+1].form == fGer {
					return // "citing Biden as saying": Biden's statement, not a citation
				}
			}
		case "see", "view", "consider", "deem":
			// Only "sees Cruz as a uniter" reports a view; "saw a rise"
			// does not.
			as := false
			for k := j; k < end && !as; k++ {
				as = x.is(k, "as")
			}
			if !as {
				return
			}
		}
		c.kind, c.content = compContent, span{j, end}
	}
	return
}

// whComplement reports whether the wh-word at j starts an embedded
// question that is the content of v ("asked whether", "explained why"),
// rather than an adverbial clause ("said when asked").
func (x *extractor) whComplement(v *verb, j, b int) bool {
	if v.props&vIntent != 0 {
		return false
	}
	switch x.ti[j].w {
	case "whether", "why", "how", "what", "who":
		return v.props&(vWh|vSpeech) != 0
	case "if":
		// "asked if ...", and "said if elected he would ...", "would not
		// say if ...": a conditional clause that opens the content, or
		// a question; either way what follows is what was said.
		return v.props&vWh != 0 || v.props&vClause != 0 && x.clauseAfterIf(j, b)
	case "when", "where", "which":
		return v.props&vWh != 0
	}
	return false
}

// clauseAfterIf reports whether the "if" at j opens a clause of three
// words or more that holds a subject pronoun or a finite verb, which no
// adjunct of a frame does ("he said if asked").
func (x *extractor) clauseAfterIf(j, b int) bool {
	b = x.clauseEnd(j, b)
	if b-j < 4 {
		return false
	}
	for k := j + 1; k < b; k++ {
		if x.has(k, cSubjPron) && !x.quoted(k) || x.isVerbLike(k) && !x.ti[k].cap {
			return true
		}
	}
	return false
}

// quoteContent makes the quotation q, opened at token k, the content: the
// whole of it when nothing but punctuation follows it in its sentence
// (direct speech), or the quotation and the words after it to the end of
// the clause (mixed speech).
func (x *extractor) quoteContent(q, k, b int, c comp) comp {
	last := x.quotes[q].last
	rest := last + 1
	for rest < b && (x.isTerminal(rest) || x.ti[rest].punct == ')' || x.closes(rest)) {
		rest++
	}
	c.kind = compContent
	if rest >= b || last >= b || x.punct(last-1, ',') && (x.reducedAdverbial(rest) || x.frameAfter(rest, b)) {
		// (“We'll see,” when asked whether …: the quotation is all of it)
		c.content, c.direct = span{k, last + 1}, q
		return c
	}
	c.content = span{k, x.clauseEnd(k, b)}
	return c
}

// objectEnd returns where a noun phrase content that starts at j ends: at
// the first comma, dash or relative pronoun outside quotation marks
// ("denied any US involvement in the attack, which ...").
func (x *extractor) objectEnd(j, end int) int {
	for k := j + 1; k < end; k++ {
		if x.closes(k) && x.punct(k-1, ',') && k+1 < end && x.quoteClosedAt(k) >= 0 {
			return k + 1 // "called Keller the “ultimate hypocrite,” linking to …"
		}
		if x.quoted(k) {
			continue
		}
		if p := x.ti[k].punct; p == ',' || p == '-' || p == ';' || p == '(' {
			return k
		}
		if (x.is(k, "and") || x.is(k, "but")) && k+1 < end && !x.quoted(k+1) && !x.ti[k+1].cap &&
			(x.ti[k+1].verb != 0 && x.ti[k+1].form&(fPast|f3sg) != 0 || x.has(k+1, cVerb) || endsEd(x.text(k+1)) && !x.has(k+1, cDet)) {
			return k // "criticised the levy and highlighted her plan": a second verb
		}
		if x.has(k, cPrep) && !x.ti[k].cap && k > j+1 {
			// "praised the plan in a tweet on Monday": the venue and
			// time are the frame's, not the content's.
			if e, _ := x.venueAt(k, end); e > k {
				return k
			}
			if e := x.timeAt(k, end); e > k {
				return k
			}
		}
		if x.has(k, cTimeMod) && !x.ti[k].cap && k > j+1 && k+1 < end && x.has(k+1, cPrep) && x.timeAt(k+1, end) > k+1 {
			return k // "claimed the attack late on Tuesday"
		}
		if k > j+1 && (x.is(k, "during") || x.is(k, "amid")) {
			return k // "asked for his position during an interview": when, not what
		}
	}
	return end
}

// clauseEnd returns where a reported clause that starts at token j ends,
// in the sentence that ends at b: before the sentence's final punctuation,
// before a participial or "according to" frame after a comma, before a
// conjunction that joins a second reporting verb of the same speaker, and
// never inside a quotation (which it may follow past b).
func (x *extractor) clauseEnd(j, b int) int {
	b = min(b, j+maxContent)
	end := b
	for k := j; k < b; k++ {
		if q := x.ti[k].q; q >= 0 {
			last := x.quotes[q].last
			if last >= b-1 {
				return last + 1
			}
			k = last
			if x.punct(last-1, ',') && x.frameAfter(last+1, b) {
				// “…,” adding that ... / “…,” the source recalled.
				end = last + 1
				break
			}
			continue
		}
		inf := &x.ti[k]
		if inf.punct == ';' && k > j {
			end = k
			break
		}
		if inf.punct == ':' && k > j && k+1 < len(x.toks) {
			// "… would not last long: “It won't make it,” Roffman
			// predicted.": the quotation has a frame of its own.
			if q := x.quoteOpenedAt(k + 1); q >= 0 {
				if last := x.quotes[q].last; x.punct(last-1, ',') && x.frameAfter(last+1, len(x.toks)) {
					end = k
					break
				}
			}
		}
		if (inf.punct == ',' || inf.punct == '-') && k+1 < b {
			n := &x.ti[k+1]
			if x.frameAfter(k+1, b) && (inf.punct == ',' || n.verb != 0) {
				end = k
				break
			}
			if n.cls&cConj != 0 && k+2 < b && x.finiteCueAfter(k+2, b) {
				end = k
				break
			}
			if inf.punct == ',' && x.finiteCueAfter(k+1, b) && !x.closesInclusion(j, k) {
				end = k // "Podesta, who said the plan was vetted, said he ..."
				break
			}
			if x.postposedAt(k+1, b) {
				end = k // "..., the race will be tight, said Dan Gerstein."
				break
			}
			if inf.punct == ',' && k > j+1 && x.finalAside(k+1, b) {
				end = k // "…, who worked on her campaign." / "…, a view shared by many." / "…, throwing the race open."
				break
			}
			switch n.w {
			case "but", "while", "although", "though", "whereas":
				// A contrast is the writer's, not the speaker's: "75 percent
				// said yes, but 55 percent ...". One in quotation marks
				// is the speaker's own.
				if !(k+2 < b && (x.is(k+2, "that") || x.opens(k+2))) {
					end = k
				}
			}
			if end == k {
				break
			}
		}
		if inf.cls&cConj != 0 && (inf.w == "and" || inf.w == "but") && k > j && x.finiteCueAfter(k+1, b) {
			end = k
			break
		}
		if inf.cls&cConj != 0 && (inf.w == "and" || inf.w == "but" || inf.w == "while") && k > j+1 {
			// "she said the port was closed and Marten said it was
			// open", "… and other leaders said …", "… and she accused
			// …": a second frame with a subject of its own.
			m := k + 1
			if m < b && x.has(m, cSubjPron) && x.isWord(m) && !x.is(m, "it") && !x.is(m, "you") {
				m++
			} else if np, ok := x.npRight(m, b); ok && np.b-np.a <= 5 && !x.quoted(m) {
				m = np.b
			}
			if m > k+1 && x.finiteCueAfter(m, b) {
				end = k
				if x.punct(k-1, ',') {
					end = k - 1
				}
				break
			}
		}
		if inf.cls&cConj != 0 && (inf.w == "and" || inf.w == "but") && k > j+2 && x.punct(k-1, ',') &&
			k+2 < b && x.has(k+1, cSubjPron) && x.isWord(k+1) && !x.is(k+1, "it") && !x.is(k+1, "you") && x.finiteCueAfter(k+2, b) {
			// "X said A, and he railed against B": a second frame with a
			// subject of its own ends the first content.
			end = k - 1
			break
		}
	}
	// Trailing punctuation belongs to the sentence, not the content.
	for end > j+1 && !x.quoted(end-1) {
		p := x.ti[end-1].punct
		if p == '.' || p == ',' || p == ';' || p == ':' || p == '-' || p == '?' || p == '!' {
			end--
			continue
		}
		break
	}
	return end
}

// labelAfter reports whether an object and a quoted label follow "called"
// at j ("one lawmaker called Marten “the orange prince”"), which a
// naming participle ("a party called Anti-Prom won") never has.
func (x *extractor) labelAfter(j, b int) bool {
	for k := j + 1; k < b && k-j <= 8; k++ {
		if x.opens(k) {
			return x.quoteOpenedAt(k) >= 0
		}
		if x.ti[k].punct != 0 || x.quoted(k) {
			return false
		}
	}
	return false
}

// closesInclusion reports whether the comma at k closes an aside opened
// by "including" or "such as" after an earlier comma of the content that
// starts at j: in "it is unlikely that senior officials, including the
// president, ordered the attack" the verb after the comma is the
// content's own.
func (x *extractor) closesInclusion(j, k int) bool {
	for p := k - 1; p > j && k-p <= 12; p-- {
		if x.punct(p, ',') {
			return x.is(p+1, "including") || x.is(p+1, "such") && x.is(p+2, "as")
		}
		if x.quoted(p) || x.ti[p].punct != 0 && x.ti[p].punct != '.' {
			return false
		}
	}
	return false
}

// finalAside reports whether the words from k to the end of the sentence
// b are an aside of the writer's set off by a comma after a reported
// clause: a relative clause ("who worked on her campaign"), a noun phrase
// with "a" or "an" ("a view shared by many") or a participle phrase
// ("throwing the race open"), with no comma or quotation of their own.
func (x *extractor) finalAside(k, b int) bool {
	if k >= b || x.quoted(k) || x.ti[k].cap && !x.is(k, "who") {
		return false
	}
	switch {
	case x.is(k, "who") || x.is(k, "which") || x.is(k, "whose"):
	case x.is(k, "a") || x.is(k, "an"):
	case endsIng(x.text(k)) && x.ti[k].cls == 0:
	default:
		return false
	}
	end := b
	for end > k && x.ti[end-1].punct != 0 && !x.closes(end-1) {
		end--
	}
	if end-k < 3 {
		return false
	}
	for m := k + 1; m < end; m++ {
		if x.quoted(m) || x.ti[m].punct != 0 {
			return false
		}
	}
	if x.is(k, "a") || x.is(k, "an") {
		// A noun phrase has no finite verb of its own ("a plan that
		// will fail" has one in its relative clause, which is fine).
		for m := k + 1; m < end; m++ {
			if x.has(m, cRel) {
				break
			}
			if x.has(m, cAux) || x.ti[m].verb != 0 && x.ti[m].form&(fPast|f3sg) != 0 && x.ti[m].form&fPart == 0 {
				return false
			}
		}
	}
	return true
}

// frameAfter reports whether a participial frame (", adding that ..."), an
// "according to" or a postposed frame (", the source said") starts at k.
func (x *extractor) frameAfter(k, b int) bool {
	if k >= b {
		return false
	}
	n := &x.ti[k]
	return n.verb != 0 && n.form == fGer && x.isReportGerund(k) || n.w == "according" || x.postposedAt(k, b)
}

// postposedAt reports whether a postposed or inverted frame starts at
// token k: "said X" or "X said" followed by the end of the sentence, a
// comma or the frame's adjuncts.
func (x *extractor) postposedAt(k, b int) bool {
	m := k
	for ; m < b && m-k <= 10; m++ {
		inf := &x.ti[m]
		if x.quoted(m) || inf.punct != 0 {
			return false
		}
		if x.toks[m].Flags&text.Clitic != 0 && m > k && inf.cls&cNeg == 0 && (inf.w == "'s" || inf.w == "’s") {
			continue // "Kessary's military said"
		}
		if inf.verb != 0 && inf.form&(fPast|f3sg) != 0 && !inf.cap {
			if inf.form&(f3sg|fBase) == f3sg && m+1 < b && x.ti[m+1].verb != 0 && x.ti[m+1].form&fBase != 0 && !x.ti[m+1].cap {
				continue // "new fundraising reports show": a noun
			}
			break
		}
		if inf.cls&(cAux|cVerb|cSubord|cRel|cNeg) != 0 && !inf.cap || inf.verb != 0 {
			return false
		}
	}
	if m >= b || m-k > 10 {
		return false
	}
	v := &verbs[x.ti[m].verb-1]
	if v.props&vSpeech == 0 || v.props&(vNoPost|vIntent) != 0 {
		return false
	}
	e := m + 1
	if v.particle != "" {
		e++
	}
	if m == k {
		// Inverted: the speaker follows.
		np, ok := x.npRight(e, b)
		if !ok {
			return false
		}
		e = np.b
	}
	for e < b {
		if t := x.timeAt(e, b); t > e {
			e = t
			continue
		}
		if t, _ := x.venueAt(e, b); t > e {
			e = t
			continue
		}
		if v.props&vRecip != 0 {
			if t, ok := x.recipientAt(e, b); ok && t > e {
				e = t
				continue
			}
		}
		break
	}
	if e >= b || x.isTerminal(e) || x.punct(e, ',') || x.ti[e].cls&(cSubord|cWh) != 0 && x.ti[e].cls&cPrep == 0 {
		return true
	}
	if !x.has(e, cPrep) {
		return false
	}
	// "..., journalist Martha Raddatz said in posing the question.": a
	// phrase with no finite verb to the end.
	for n := 0; e < b && !x.isTerminal(e); e, n = e+1, n+1 {
		if n > maxTail {
			return false
		}
		if x.has(e, cAux|cVerb) && !x.ti[e].cap || x.quoted(e) {
			return false
		}
	}
	return true
}

// isReportGerund reports whether the gerund at k starts a participial frame
// ("saying", "adding", "citing X as saying", "declining to ...").
func (x *extractor) isReportGerund(k int) bool {
	v := &verbs[x.ti[k].verb-1]
	return v.props&vSpeech != 0 || x.is(k, "citing")
}

// finiteCueAfter reports whether a finite reporting verb (with adverbs
// before it) starts at k: the second verb of "claimed X but added Y".
func (x *extractor) finiteCueAfter(k, b int) bool {
	aux := false
	for ; k < b; k++ {
		inf := &x.ti[k]
		if inf.ly || inf.cls&cAdv != 0 {
			continue
		}
		if inf.cls&cAux != 0 && !inf.cap && !x.quoted(k) && x.toks[k].Flags&text.Clitic == 0 && !isBe(inf.w) {
			aux = true // "and has accused", "but would not say"
			continue
		}
		if inf.cls&cNeg != 0 && aux {
			continue
		}
		form := fPast | f3sg
		if aux {
			form = fPart | fBase
		}
		return inf.verb != 0 && inf.form&form != 0 && !inf.cap && !x.quoted(k) &&
			verbs[inf.verb-1].props&(vSpeech|vThought) != 0 && verbs[inf.verb-1].props&vIntent == 0
	}
	return false
}

// leftContent finds the content of a frame that follows it: the quotation
// that closes right before the speaker (direct speech), or the clause from
// the start of the sentence. ns is the frame's first token.
func (x *extractor) leftContent(a, ns int, f *frame) bool {
	p := ns - 1
	if p < a {
		return false // the quotation before ended its own sentence
	}
	if p >= 0 && (x.punct(p, ',') || x.punct(p, '-')) {
		p--
	} else if p >= 0 && !x.closes(p) {
		return false // the frame must be set off from its content
	}
	if p < 0 {
		return false
	}
	if q := x.quoteClosedAt(p); q >= 0 && !x.quotes[q].inMixed {
		// (Quoted words inside reported speech nested in this content
		// do not stop it: "Kessary said the drones were marked “for
		// Ostrel,” officials said.")
		if x.quotes[q].claimed {
			return false
		}
		open := x.quotes[q].open
		if x.startsClause(open) {
			f.content, f.kind = span{open, p + 1}, dossier.Direct
			f.quotes = append(f.quotes, q)
			f.first = min(f.first, open)
			f.postpos = true
			return true
		}
	}
	start := max(a, p+1-maxContent)
	// A statement framed after its content ends before this one's content
	// starts ("“A,” he said, and B, she added"); one framed before its
	// content is nested in this one.
	if x.lastPost >= 0 && x.lastPost < ns && x.lastPost+1 > start {
		start = x.lastPost + 1
	}
	for start <= p && (x.ti[start].punct != 0 || x.has(start, cClauseAdv) && x.punct(start+1, ',')) {
		if x.has(start, cClauseAdv) {
			start++
		}
		start++
	}
	if q := x.ti[start].q; q >= 0 && x.quotes[q].open < start {
		return false
	}
	end := p + 1
	for end > start && x.ti[end-1].punct != 0 && !x.closes(end-1) {
		end--
	}
	if end-start < 1 || end-start == 1 && !x.isWord(start) {
		return false
	}
	clause := false
	for k := start; k < end && !clause; k++ {
		clause = x.quoted(k) || x.isVerbLike(k) && x.toks[k].Flags&text.Clitic == 0 || x.has(k, cNeg) ||
			x.ti[k].verb != 0 && x.ti[k].form != fGer
	}
	f.content = span{start, end}
	// One word is a subject whose predicate follows the frame
	// ("Orlen, Marten said, made him angry"), or nothing said.
	f.phrase = !clause && (x.has(start, cPrep) || x.timeAt(start, end) > start || end-start == 1 && !interjections[x.lower(start)])
	f.kind = x.kindOf(f.content)
	f.first = min(f.first, start)
	f.postpos = true
	return true
}

// interjections are the one-word answers and exclamations that are a
// whole utterance: "Sorry, Marten said."
var interjections = map[string]bool{"yes": true, "no": true, "sorry": true, "thanks": true, "absolutely": true,
	"exactly": true, "okay": true, "ok": true, "nonsense": true, "nope": true, "yeah": true, "agreed": true,
	"wrong": true, "correct": true, "true": true, "false": true, "never": true, "maybe": true, "perhaps": true}

// frameBefore returns the frame of the sentence whose statement ends, with
// its frame after its content, right before the comma before token i, or
// nil.
func (x *extractor) frameBefore(i int) *frame {
	if i < 2 || !x.punct(i-1, ',') {
		return nil
	}
	for k := len(x.cur) - 1; k >= 0 && k >= len(x.cur)-4; k-- {
		if p := &x.cur[k]; p.postpos && p.last == i-2 && p.first < p.last {
			return p
		}
	}
	return nil
}

// startsClause reports whether the quotation opened at token open starts
// a sentence or a clause, so that the quotation is all of the content.
func (x *extractor) startsClause(open int) bool {
	if open == 0 {
		return true
	}
	si := x.doc.SentenceAt(x.toks[open].Span.Start)
	if si < len(x.doc.Sentences) && x.doc.Sentences[si].FirstToken == open {
		return true
	}
	p := open - 1
	return x.ti[p].punct == ':' || x.ti[p].punct == '-' || x.isTerminal(p) || x.closes(p)
}

// rightPiece extends a frame set inside its content with the content's
// second piece: “First part,” she said, “second part.” is one statement
// whose Text leaves the frame out.
func (x *extractor) rightPiece(b int, c comp, f *frame) {
	j := c.tail
	if j >= b || !x.punct(j, ',') || j+1 >= b {
		return
	}
	if f.kind == dossier.Direct {
		q := x.quoteOpenedAt(j + 1)
		if q < 0 || x.quotes[q].claimed {
			return
		}
		gapStart := f.content.b
		f.content.b = x.quotes[q].last + 1
		f.quotes = append(f.quotes, q)
		f.last = max(f.last, f.content.b-1)
		// The gap runs from after the first closing mark to the second
		// opening mark, both of which stay in Content's frame.
		f.gap = span{gapStart - 1, j + 2}
		return
	}
	// "In 2008, Trump said, the foundation's donation had ...": a frame
	// set inside reported speech by commas; the speech goes on after it.
	fs := f.cue.a
	if !f.spkNP.empty() {
		fs = min(fs, f.spkNP.a)
	}
	if f.content.b > fs || fs == 0 || !x.punct(fs-1, ',') && !x.closes(fs-1) {
		return
	}
	n := &x.ti[j+1]
	if x.quoted(j+1) || n.verb != 0 && n.form == fGer || n.w == "according" || n.cls&(cRel|cConj) != 0 && n.w != "that" ||
		x.isTerminal(j+1) {
		return
	}
	start := j + 1
	that := false
	if x.is(start, "that") && start+1 < b {
		start++
		that = true
	}
	end := x.clauseEnd(start, b)
	if end-start < 2 {
		return
	}
	if !that && !x.verbBeforeRelative(start, end) {
		return // "said Ana Marten, director of a group that ...": the speaker's appositive
	}
	clause := false
	for k := start; k < end && !clause; k++ {
		clause = x.isVerbLike(k)
	}
	if !clause {
		return
	}
	// The speech goes on only when its first piece is no clause of its
	// own ("In 2008, Trump said, the foundation ..."), or the second
	// piece starts with its verb ("Any interpretation, said Kofman,
	// would read ..."); "X won, the AP declared, two days after ..." ends
	// with the frame.
	leftClause := false
	// "When she got inside, she said, there were ...": a subordinate
	// clause is no clause of its own.
	for k := f.content.a; k < f.content.b && !leftClause && !x.has(f.content.a, cSubord); k++ {
		leftClause = !x.quoted(k) && (x.has(k, cAux|cVerb) || x.ti[k].verb != 0 && x.ti[k].form&(fPast|f3sg) != 0 ||
			endsEd(x.text(k)) && k > f.content.a && x.has(k-1, cSubjPron|cRecipNoun))
	}
	if leftClause && !x.isVerbLike(start) && !that {
		return // "There is a risk, Marten said, that ..." goes on with "that"
	}
	f.gap = span{f.content.b, start}
	f.content.b = end
	f.last = max(f.last, end-1)
	if f.kind == dossier.Indirect {
		f.kind = x.kindOf(f.content)
	}
}

// gerundCue reads a reporting verb in -ing: a participial frame whose
// speaker is the subject of the clause it hangs on (", saying that ..."),
// "citing X as saying", or "with X saying".
func (x *extractor) gerundCue(a, b, i, cueEnd, vg int, v *verb) {
	if v.props&(vSpeech|vThought) == 0 || v.props&vIntent != 0 {
		return
	}
	L := vg - 1
	f := frame{cue: span{i, cueEnd}, first: i, last: cueEnd - 1}
	switch {
	case L < a:
		return // "Saying that ...," at the start of a sentence
	case x.is(L, "as"):
		// "citing President Joe Biden as saying"; "was quoted as saying"
		np, ok := x.npLeft(L, a)
		if !ok {
			if !x.sharedSpeaker(a, L, &f) {
				return
			}
		} else {
			f.spk, f.spkNP = x.namePart(np), np
			f.first = np.a
		}
	case x.punct(L, ',') || x.punct(L, '-') || x.closes(L) && L > a && x.punct(L-1, ',') ||
		x.has(L, cConj) || x.has(L, cPrep) && !x.is(L, "of"):
		if !x.sharedSpeaker(a, L, &f) {
			// "The Journal, citing internal documents, reported ...": the
			// participle sits between the subject and its verb.
			np, ok := x.npLeft(L, a)
			if !ok || !x.punct(L, ',') || !x.headStarts(np.a, a) || x.has(np.a, cPrep|cSubord) {
				return
			}
			f.spk, f.spkNP, f.first = x.namePart(np), np, np.a
		}
	case x.isWord(L) && !x.quoted(L) && (v.props&vSpeech != 0 || supportVerb(v.lemma)):
		// "with Hrytsenko saying", "some members of Valdoria's defence
		// speculating"
		np, ok := x.npLeftOpt(vg, a, false)
		if !ok {
			return
		}
		if x.has(np.b-1, cVenueNoun) && !x.ti[np.b-1].cap {
			// "she released a statement saying ...": the statement
			// carries her words; the speaker is the clause's subject.
			if !x.sharedSpeaker(a, np.a, &f) {
				return
			}
			break
		}
		f.spk, f.spkNP = x.namePart(np), np
		f.first = np.a
	default:
		return
	}
	c := x.complement(v, cueEnd, b, true)
	if c.kind != compContent {
		return
	}
	if c.direct < 0 {
		c.content.b = x.participleEnd(c.content)
	}
	if supportVerb(v.lemma) && c.direct < 0 {
		// "groups backing Marten also spent heavily": the object ends
		// before the sentence's own verb.
		e := x.objectEnd(c.content.a, c.content.b)
		for k := c.content.a + 1; k < e; k++ {
			if x.has(k, cAux|cVerb|cAdv|cRel) && !x.ti[k].cap && !x.quoted(k) {
				e = k
				break
			}
		}
		c.content.b = e
	}
	x.emitWith(f, c)
}

// emitWith completes frame f with the content of complement c (its span,
// venue, time, and kind: direct when c is a quotation) and emits it.
func (x *extractor) emitWith(f frame, c comp) {
	f.content, f.venue, f.time = c.content, c.venue, c.time
	f.last = max(f.last, c.content.b-1)
	if c.direct >= 0 {
		f.quotes = append(f.quotes, c.direct)
		f.kind = dossier.Direct
	} else {
		f.kind = x.kindOf(c.content)
	}
	x.emit(f)
}

// participleEnd returns where the content of a participle ends: a
// participle in a noun phrase ("officials blaming Ukraine for the attack
// and wondering how it happened, has led ...") ends before the comma that
// hands over to the sentence's own verb, and before a second participle.
func (x *extractor) participleEnd(c span) int {
	for k := c.a + 1; k+1 < c.b; k++ {
		if x.quoted(k) {
			continue
		}
		n := &x.ti[k+1]
		if x.punct(k, ',') && n.cls&(cAux|cVerb) != 0 && !n.cap && !x.quoted(k+1) {
			return k
		}
		if x.is(k, "and") && n.verb != 0 && n.form == fGer {
			return k
		}
	}
	return c.b
}

// infinitiveCue reads a reporting verb after "to": "leading officials to
// believe that ...", "went on to say that ...".
func (x *extractor) infinitiveCue(a, b, i, cueEnd, to int, v *verb) {
	f := frame{cue: span{i, cueEnd}, first: i, last: cueEnd - 1}
	np, ok := x.npLeft(to, a)
	if ok && np.a-1 >= a && x.isWord(np.a-1) && !x.ti[np.a-1].cap && !isBe(x.ti[np.a-1].w) &&
		(x.ti[np.a-1].verb != 0 || x.isVerbLike(np.a-1) || endsIng(x.text(np.a-1))) {
		f.spk, f.spkNP = x.namePart(np), np
		f.first = np.a
	} else if p := to - 1; p >= a && p-1 >= a && x.ti[p].verb != 0 && x.ti[p].form&fPart != 0 && isBe(x.ti[p-1].w) {
		// "is expected to announce", "was asked to comment": the
		// subject is expected or asked, and says nothing yet.
		return
	} else if p < a || !(x.isVerbLike(p) && !isBe(x.ti[p].w) || x.is(p, "on") || x.has(p, cControl) ||
		x.ti[p].verb != 0 && x.ti[p].form != fBase || readyAdjs[x.lower(p)] && x.beBefore(p, a)) ||
		!x.sharedSpeaker(a, to, &f) {
		// Only a verb before "to" shares its subject ("went on to say",
		// "declined to say"); "it's fair to say" has no speaker.
		return
	}
	c := x.complement(v, cueEnd, b, v.props&vObj != 0)
	if c.kind != compContent && v.props&vClause != 0 && cueEnd+1 < b && x.has(cueEnd, cSubjPron) && x.isWord(cueEnd) &&
		!x.is(cueEnd, "it") && !x.is(cueEnd, "you") && x.isVerbLike(cueEnd+1) {
		// "were more likely to say they preferred …": a clause with its
		// own subject is content even without "that".
		c = x.complement(v, cueEnd, b, true)
	}
	if c.kind != compContent {
		return
	}
	x.emitWith(f, c)
}

// readyAdjs are adjectives of readiness whose subject is the subject of
// the infinitive after them: "advisers were quick to point out that".
var readyAdjs = map[string]bool{"quick": true, "eager": true, "keen": true, "ready": true, "willing": true,
	"reluctant": true, "hesitant": true, "loath": true, "careful": true, "unwilling": true, "slow": true,
	"likely": true, "unlikely": true} // "voters were more likely to say …"

// beBefore reports whether a form of "be" stands before the adjective at
// p, with degree words and adverbs between: "were slightly more likely".
func (x *extractor) beBefore(p, a int) bool {
	for k := p - 1; k >= a && p-k <= 4; k-- {
		if isBe(x.ti[k].w) {
			return true
		}
		switch w := x.lower(k); {
		case x.ti[k].ly, w == "more", w == "less", w == "most", w == "much", w == "far", w == "very", w == "so",
			w == "too", w == "not", w == "even", w == "also", w == "still":
		default:
			return false
		}
	}
	return false
}

func endsIng(w string) bool { return len(w) > 4 && w[len(w)-3:] == "ing" }

// invertedCue reads a reporting verb with no subject before it: the
// speaker follows the verb, and the content came before the frame (“…,”
// said Ivan Orlov. / …, says a spokesman for the agency.).
//
// It reports whether the verb was read as such a frame. Verbs whose object
// is their content (praise, thank) do not invert: in "..., praised the
// efforts of the group" what follows is the content.
func (x *extractor) invertedCue(a, b, i, cueEnd, vg int, v *verb, f frame) bool {
	if x.ti[i].form&(fPast|f3sg) == 0 || vg != i || v.props&vSpeech == 0 || v.props&vObj != 0 && v.props&vClause == 0 {
		return false
	}
	np, ok := x.npRight(cueEnd, b)
	if !ok {
		return false
	}
	// After the speaker: the end of the sentence, a comma (an
	// appositive), or the frame's adjuncts.
	j := np.b
	// "said Michael Kofman, an expert on Russia, would read ...",
	// "said Elizabeth Arnold, 32, a former staff member, “...”":
	// appositives closed by commas before the content goes on.
	for n := 0; n < 3 && j+1 < b && x.punct(j, ',') && !x.quoted(j+1); n++ {
		c := j + 1
		for c < b && c-j < 30 && !x.quoted(c) && !x.punct(c, ',') &&
			(x.ti[c].punct == 0 || x.ti[c].punct == '(' || x.ti[c].punct == ')') {
			c++
		}
		if c >= b || !x.punct(c, ',') || !x.appositive(span{j + 1, c}) {
			break
		}
		j = c
	}
	if j < b && x.isWord(j) && !x.quoted(j) && !x.ti[j].cap && x.ti[j].verb == 0 && (endsEd(x.text(j)) || endsIng(x.text(j))) {
		// "says a source involved in the group's creation": a participle
		// phrase describes the speaker, to its comma or the end.
		k := j + 1
		for k < b && !x.quoted(k) && !x.punct(k, ',') && !x.isTerminal(k) && k-j < 15 {
			k++
		}
		if k < b && !x.quoted(k) {
			j = k
		}
	}
	if j+1 < b && x.punct(j, ',') && (x.is(j+1, "who") || x.is(j+1, "whose")) {
		j++ // "say some Democrats, who cringe at ..."
	}
	if j < b && x.isWord(j) && x.has(j, cRel) && !x.is(j, "that") && !x.quoted(j) {
		// "said one source who spoke on condition of anonymity": the
		// relative clause describes the speaker, to its comma or the
		// end of the sentence.
		k := j + 1
		for k < b && (x.quoted(k) || !x.punct(k, ',') && !x.isTerminal(k)) {
			if q := x.ti[k].q; q >= 0 && x.opens(k) && x.quotes[q].last+1 >= b && x.punct(k-1, ',') {
				break // ", “…”" to the end is the content's second piece, not the clause's
			}
			k++ // (quoted words inside the clause are the clause's: "who thinks his staff “need to listen.”")
		}
		j = k
	}
	c := x.complement(&verb{props: v.props &^ vRecip}, j, b, false)
	if c.kind == compContent && c.direct >= 0 && vg == a && x.ti[i].cap && !x.afterQuotation(vg, a) {
		// "Said Dorothy Poynter, who grew up with Ali, “We were all so
		// proud of him.”": the frame opens the sentence.
		f.spk, f.spkNP = x.namePart(np), np
		f.venue, f.time = c.venue, c.time
		f.content, f.kind, f.quotes = c.content, dossier.Direct, []int{c.direct}
		f.last = max(f.last, c.content.b-1)
		x.emit(f)
		return true
	}
	if c.kind == compNone && x.afterQuotation(vg, a) && (j >= b || x.has(j, cPrep|cRel) || x.punct(j, ',')) {
		c.kind, c.tail = compEnd, b-1 // "“...,” said Marten at a rally held in Orlen."
	}
	if c.kind == compContent && c.direct >= 0 && x.afterQuotation(vg, a) && c.content.a-1 >= j && x.punct(c.content.a-1, ',') {
		// “First part,” said Sherman, speaking of the council, “second
		// part.”: the quotation after the frame is the second piece of
		// the one before it.
		c.kind, c.tail = compEnd, c.content.a-1
	}
	if c.kind != compEnd {
		return false
	}
	f.spk, f.spkNP = x.namePart(np), np
	f.venue, f.time = c.venue, c.time
	f.last = max(f.last, np.b-1, c.tail-1)
	if !x.leftContent(a, vg, &f) {
		return false
	}
	x.rightPiece(b, c, &f)
	if f.phrase && f.gap.empty() {
		return false
	}
	x.emit(f)
	return true
}

// commaSubject returns the subject of a verb at vg that a comma separates
// from it, with no appositive after the subject: "Clinton and her
// husband, thanked ...", "The head of the fund, Ana Marten, praised ...".
// The subject starts the sentence or follows a comma.
func (x *extractor) commaSubject(vg, a int) (span, bool) {
	L := vg - 1
	if L <= a || !x.punct(L, ',') {
		return span{}, false
	}
	np, ok := x.npLeft(L, a)
	if !ok || !(np.a == a || x.punct(np.a-1, ',')) || !x.hasName(np) {
		return span{}, false
	}
	h := np.b - 1
	if x.has(h, cTimeNoun) || x.toks[h].Kind == text.Number {
		return span{}, false
	}
	return np, true
}

// firmComplement reports whether complement c of verb v, read from token
// j, is plainly content and no inverted speaker: it opens with "that", a
// quotation, a colon or a wh-word, or v takes its object as content.
func (x *extractor) firmComplement(v *verb, j int, c comp) bool {
	if c.direct >= 0 || v.props&vObj != 0 {
		return true
	}
	k := c.content.a
	if k > 0 && (x.is(k-1, "that") || x.punct(k-1, ':')) {
		return true
	}
	if x.has(k, cSubjPron) && x.isWord(k) && !x.is(k, "it") && !x.is(k, "you") && k+1 < len(x.toks) && x.isVerbLike(k+1) {
		return true // "told POLITICO she was leaning"
	}
	// (but "when asked about it", "if pressed": a reduced clause of
	// time or condition is an adjunct of the frame)
	return x.has(k, cWh) && !x.is(k, "that") && !(k+1 < len(x.toks) && x.reducedAdverbial(k))
}

// reducedAdverbial reports whether "when", "if", "while", "once" or
// "unless" at k opens a clause with no subject and a past participle
// ("when asked about the levy", "if pressed").
func (x *extractor) reducedAdverbial(k int) bool {
	switch x.lower(k) {
	case "when", "if", "while", "once", "unless", "whenever":
	default:
		return false
	}
	n := k + 1
	for n < len(x.toks) && x.ti[n].ly {
		n++
	}
	if n >= len(x.toks) || x.quoted(n) || x.ti[n].cap {
		return false
	}
	return x.ti[n].verb != 0 && x.ti[n].form&fPart != 0 || x.ti[n].verb == 0 && endsEd(x.text(n))
}

// frontAdjuncts finds the time and venue of a frame in the words that
// precede its speaker in the sentence: "Earlier on Thursday, ...", "In a
// separate interview with Channel Nine on Thursday, Marten said ...".
func (x *extractor) frontAdjuncts(a, ns int, f *frame) {
	for j := max(a, ns-maxFront); j < ns; j++ {
		if x.quoted(j) {
			return
		}
		if f.time.empty() {
			if e := x.timeAt(j, ns); e > j {
				f.time = span{j, e}
				j = e - 1
				continue
			}
		}
		if f.venue.empty() {
			if e, ven := x.venueAt(j, ns); e > j {
				f.venue = ven
				j = e - 1
				continue
			}
		}
	}
}

// accordingTo reads "according to X": the content is the rest of the
// clause, before or after the phrase.
func (x *extractor) accordingTo(a, b, i int) {
	np, ok := x.npRight(i+2, b)
	if k := i + 2; !ok && k < b && (x.toks[k].Kind == text.URL || x.toks[k].Kind == text.Handle ||
		x.has(k, cObjPron) && !x.has(k, cPossPron|cSubjPron) && x.isWord(k)) {
		// "according to example.org", "according to him"
		np, ok = span{k, k + 1}, true
	}
	if !ok {
		return
	}
	f := frame{cue: span{i, i + 2}, spk: x.namePart(np), spkNP: np, first: i, last: np.b - 1}
	// Adjuncts after the source: "according to a statement on Telegram".
	j := np.b
	for j < b {
		e := x.adjunct(j, b, &f.time, &f.venue)
		if e == j {
			break
		}
		j = e
	}
	start := a
	for start < i && (x.has(start, cConj|cClauseAdv) || x.ti[start].ly || x.ti[start].punct == ',') {
		start++
	}
	if start == i {
		// According to X, CONTENT. The source may go on past what
		// npRight took ("according to exit polls conducted for the AP,").
		for k := j; k < b && k-j < 15 && !x.punct(j, ',') && !x.punct(j, ':'); k++ {
			if x.quoted(k) || x.ti[k].punct != 0 && x.ti[k].punct != ',' && x.ti[k].punct != ':' ||
				x.has(k, cAux) && x.toks[k].Flags&text.Clitic == 0 {
				break
			}
			if x.punct(k, ',') || x.punct(k, ':') {
				j = k
			}
		}
		if j >= b || !x.punct(j, ',') && !x.punct(j, ':') || j+1 >= b {
			return
		}
		if q := x.quoteOpenedAt(j + 1); q >= 0 && !x.quotes[q].claimed {
			// According to X: “...”
			c := x.quoteContent(q, j+1, b, comp{direct: -1})
			if c.direct >= 0 {
				f.quotes = append(f.quotes, q)
			}
			f.content = c.content
		} else {
			f.content = span{j + 1, x.clauseEnd(j+1, b)}
		}
	} else {
		// CONTENT, according to X. / CONTENT, according to X, CONTENT.
		if p := x.frameBefore(i); p != nil {
			// “…,” Grayson said, according to Frankel: Frankel is the
			// source of the whole report, frame and all.
			f.content, f.postpos = span{p.first, i - 1}, true
		} else if !x.leftContent(a, i, &f) || f.phrase && f.content.b-f.content.a == 1 {
			f.content = span{}
			// "Marten leads by 20 delegates according to a count by
			// the agency": no comma before the phrase.
			if start >= i-1 || !x.isWord(i-1) || x.quoted(i-1) || x.has(i-1, cAux|cPrep|cDet|cSubord|cConj) {
				return
			}
			if x.lastPost >= start && x.lastPost < i {
				start = x.lastPost + 1
			}
			if i-start < 3 {
				return
			}
			f.content = span{start, i}
			f.postpos = true
		}
		if j < b && x.punct(j, ',') && j+1 < b && !x.isTerminal(j+1) && !x.has(j+1, cConj|cSubord) {
			end := x.clauseEnd(j+1, b)
			if x.has(j+1, cRel) && x.isWord(j+1) || x.nounAppositive(span{j + 1, end}) {
				// "…, according to Brian Wieser, an analyst at Pivotal.":
				// what follows describes the source; the content is over.
				end = j + 1
			}
			if end > j+1 {
				f.gap = span{f.content.b, j + 1}
				f.content.b = end
			}
		}
	}
	if f.content.empty() {
		return
	}
	if len(f.quotes) > 0 {
		f.kind = dossier.Direct
	} else {
		f.kind = x.kindOf(f.content)
	}
	f.first = min(f.first, f.content.a)
	f.last = max(f.last, f.content.b-1)
	x.emit(f)
}

// uttNoun reads a noun that names an utterance, with its owner: "Russia's
// claim that ...", "his assessment that ...", "In Marten's view, ...".
func (x *extractor) uttNoun(a, b, i int) {
	p := i - 1
	// Up to two modifiers between the owner and the noun: "Russia's
	// latest claim".
	for n := 0; n < 2 && p >= a && x.isWord(p) && !x.ti[p].cap && x.ti[p].cls == 0 && x.ti[p].verb == 0 &&
		x.toks[p].Flags&text.Clitic == 0; n++ {
		p--
	}
	if p < a || x.quoted(p) {
		return
	}
	var owner span
	switch {
	case x.toks[p].Flags&text.Clitic != 0 && (x.is(p, "'s") || x.is(p, "’s") || x.text(p) == "'" || x.text(p) == "’"):
		np, ok := x.npLeftOpt(p, a, false)
		if !ok {
			return
		}
		owner = np
	case x.has(p, cPossPron) && x.isWord(p):
		owner = span{p, p + 1}
	default:
		return
	}
	if v := owner.a - 1; v >= a && x.isWord(v) && lightVerbs[x.lower(v)] {
		return // "voiced her support for": the light verb's statement
	}
	f := frame{cue: span{i, i + 1}, spk: x.namePart(owner), spkNP: owner, first: owner.a, last: i}
	j := i + 1
	if j < b && (x.is(j, "is") || x.is(j, "was")) && j+1 < b && x.is(j+1, "that") {
		j++
	}
	switch {
	case j < b && x.is(j, "that") && j+1 < b && x.ti[j+1].punct == 0:
		if x.isVerbLike(j+1) && !x.has(j+1, cSubjPron) {
			return // a relative clause: "his claim that was rejected"
		}
		f.content = span{j + 1, x.clauseEnd(j+1, b)}
	case j < b && x.punct(j, ',') && owner.a-1 >= a && x.is(owner.a-1, "in") && owner.a-1 == a:
		// In Marten's view, ...
		f.content = span{j + 1, x.clauseEnd(j+1, b)}
		f.first = owner.a - 1
	case j+1 < b && j == i+1 && x.is(j, "to") && uttInfinitive[x.lower(i)] && x.isWord(j+1) && !x.ti[j+1].cap &&
		!x.has(j+1, cDet|cPossPron|cObjPron) && !x.quoted(j+1) && (x.ti[j+1].verb != 0 || x.ti[j+1].cls == 0):
		// "Marten's promise to stay", "their call to boycott the vote":
		// the infinitive is what was said. ("Her plan to", "his decision
		// to" state an intention no one voiced, and "his speech to" names
		// an audience.) A noun with a phrase of what it
		// is about ("his remarks about Clinton", "her stance on trade",
		// "his response to the verdict") names a topic, not a content:
		// on PolNeAR's training split such frames were right about one
		// time in five.
		f.content = span{j, x.objectEnd(j+1, x.clauseEnd(j+1, b))}
		for k := j + 2; k < f.content.b; k++ {
			if inf := &x.ti[k]; !x.quoted(k) && !inf.cap && (inf.cls&(cAux|cVerb) != 0 || inf.verb != 0 && inf.form&(fPast|f3sg) != 0) {
				f.content.b = k // "her plan to raise taxes was dropped": the sentence's verb
				break
			}
		}
	default:
		return
	}
	if f.content.empty() {
		return
	}
	f.kind = x.kindOf(f.content)
	f.last = max(f.last, f.content.b-1)
	x.emit(f)
}

// uttInfinitive are the utterance nouns whose infinitive after "to" is
// what was said: promises, threats and demands.
var uttInfinitive = map[string]bool{"promise": true, "promises": true, "pledge": true, "pledges": true, "vow": true,
	"vows": true, "threat": true, "threats": true, "call": true, "calls": true, "demand": true, "demands": true,
	"plea": true, "pleas": true, "request": true, "requests": true}

// colonHeads are the words before a colon that label a text rather than
// name a speaker ("Update:", "Watch:").
var colonHeads = map[string]bool{}

func init() {
	for _, w := range strings.Fields("update updated breaking watch read video photos photo exclusive opinion " +
		"analysis editorial note source sources related live factbox explainer timeline transcript listen " +
		"warning advertisement correction clarification background context more also see q a question answer " +
		"contributing contributors reporting boom look revealed revealing notice wow bombshell alert") {
		colonHeads[w] = true
	}
}

// colonFrame reads a speaker's name and a colon before what they said, as
// transcripts, lists and headlines write it: Trump: “We will win.” /
// Graham: Trump's Rhetoric Destroying GOP's Chance. It reports whether it
// made a statement.
func (x *extractor) colonFrame(a, b, i int) bool {
	if i == a || i+1 >= len(x.toks) || i-a > 6 {
		return false
	}
	q := x.quoteOpenedAt(i + 1)
	if q >= 0 && x.quotes[q].claimed {
		return false
	}
	label := q < 0 && !x.titleCase && i+2 < b && x.labelFrame(a, b, i)
	if q < 0 && !label && (!x.titleCase || i+2 >= b) {
		return false // without a quotation, only a headline or a label
	}
	end := i // the label before its parenthesis: "Rep. Ana Marr (R-S.C.):"
	if x.punct(i-1, ')') {
		for o := i - 2; o > a && i-o < 8; o-- {
			if x.punct(o, '(') {
				end = o
				break
			}
		}
		if end == i {
			return false
		}
	}
	for j := a; j < end; j++ {
		inf := &x.ti[j]
		if !x.isWord(j) || x.quoted(j) || inf.verb != 0 && !x.titleCase || inf.cls&(cAux|cVerb|cPrep|cDet) != 0 && !inf.cap {
			return false
		}
		if !inf.cap && inf.cls&cSubjPron == 0 && x.toks[j].Flags&text.Clitic == 0 {
			return false
		}
		if j == a && colonHeads[x.lower(j)] {
			return false // "Update:", "Breaking News:"; not "Judicial Watch:"
		}
	}
	np := span{a, i}
	if !x.headOK(end-1) && !x.titleCase {
		return false
	}
	f := frame{spk: x.namePart(span{a, end}), spkNP: np, cue: span{i, i + 1}, first: a}
	if q >= 0 {
		f.content, f.kind, f.quotes = span{i + 1, x.quotes[q].last + 1}, dossier.Direct, []int{q}
		if rest := x.quotes[q].last + 1; rest < b && !x.isTerminal(rest) && !x.closes(rest) {
			f.content.b = x.clauseEnd(i+1, b)
			f.kind, f.quotes = x.kindOf(f.content), nil
		}
	} else {
		f.content = span{i + 1, x.clauseEnd(i+1, b)}
		if label && isAllCaps(x.text(i-1)) {
			// A transcript: "MARTEN: We will win. We always do." The
			// speaker's turn runs to the end of the paragraph.
			f.content.b = x.paragraphEnd(b)
		}
		f.kind = x.kindOf(f.content)
	}
	f.last = f.content.b - 1
	x.emit(f)
	return true
}

// nameColonQuote reads a name right before a colon and a quotation after
// it, wherever the name stands: "The surge does not surprise pollster
// Dana Shaw: “Historically, …”", "TURNOUT WAS HIGH - Mark Ruiz: “…”". It
// reports whether it made a statement.
func (x *extractor) nameColonQuote(a, b, i int) bool {
	if i == a || i+1 >= len(x.toks) || !x.ti[i-1].cap || x.quoted(i-1) {
		return false
	}
	q := x.quoteOpenedAt(i + 1)
	if q < 0 || x.quotes[q].claimed {
		return false
	}
	np, ok := x.npLeft(i, a)
	if !ok || !x.hasName(x.npHead(np)) || x.has(np.b-1, cTimeNoun|cNoSpeaker) || colonHeads[x.lower(np.a)] {
		return false
	}
	for j := np.a; j < np.b; j++ {
		if isAllCaps(x.text(j)) && len(x.text(j)) > 3 {
			return false // a headline in capitals runs into the name
		}
	}
	cue, first := span{i, i + 1}, np.a
	if v := np.a; np.b-np.a > 1 && x.ti[v].verb != 0 && x.ti[v].form&(fPast|f3sg) != 0 && verbs[x.ti[v].verb-1].props&vSpeech != 0 {
		cue, np.a = span{v, v + 1}, v+1 // "Said Ellis: “…”"
	}
	f := frame{spk: x.namePart(np), spkNP: np, cue: cue, first: first}
	f.content, f.kind, f.quotes = span{i + 1, x.quotes[q].last + 1}, dossier.Direct, []int{q}
	f.last = f.content.b - 1
	x.emit(f)
	return true
}

// verbColonQuote reads a subject and a verb in the past that the lexicon
// does not know, right before a colon and a quotation: "O'Hara
// interjected: “It's just not true.”", "Fallon shot back: “…”". The
// subject must open its clause.
func (x *extractor) verbColonQuote(a, i int) {
	if i-a < 2 || i+1 >= len(x.toks) {
		return
	}
	q := x.quoteOpenedAt(i + 1)
	if q < 0 || x.quotes[q].claimed {
		return
	}
	v := i - 1
	if (x.is(v, "back") || x.is(v, "out") || x.is(v, "in")) && v-1 > a {
		v-- // "shot back", "lashed out", "chimed in"
	}
	if !x.isWord(v) || x.quoted(v) || x.ti[v].cap || !endsEd(x.text(v)) && x.ti[v].form&fPast == 0 {
		return
	}
	spk, np, ok := x.speakerLeft(x.verbGroupStart(a, v), a)
	if !ok || x.has(np.a, cRel) || !(np.a == a || x.has(np.a-1, cConj|cClauseAdv|cSubord) || x.punct(np.a-1, ',')) {
		return
	}
	f := frame{spk: spk, spkNP: np, cue: span{v, i}, first: np.a, kind: dossier.Direct, quotes: []int{q}}
	f.content = span{i + 1, x.quotes[q].last + 1}
	f.last = f.content.b - 1
	x.emit(f)
}

// statementNouns name a text put out by its author; statementVerbs put
// one out.
var (
	statementNouns = map[string]bool{"statement": true, "message": true, "note": true, "tweet": true, "post": true,
		"response": true, "reply": true, "letter": true, "memo": true, "email": true}
	statementVerbs = map[string]bool{"issued": true, "released": true, "posted": true, "sent": true, "tweeted": true,
		"issues": true, "releases": true, "posts": true, "sends": true, "published": true, "publishes": true}
)

// statementColon reads a statement put out before a colon and the
// quotation after it, in the same paragraph or the next: "Marten released
// a statement: “We will rebuild.”", "Keller issued the following
// statement:". The cue runs from the verb to the noun. It reports whether
// it made a statement.
func (x *extractor) statementColon(a, i int) bool {
	if i+1 >= len(x.toks) || i-a < 3 {
		return false
	}
	q := x.quoteOpenedAt(i + 1)
	if q < 0 || x.quotes[q].claimed || !statementNouns[x.lower(i-1)] {
		return false
	}
	v := i - 2
	for v > a && i-v <= 4 && !statementVerbs[x.lower(v)] {
		if !x.isWord(v) || x.quoted(v) || x.ti[v].cap {
			return false
		}
		v--
	}
	if !statementVerbs[x.lower(v)] {
		return false
	}
	vg := x.verbGroupStart(a, v)
	spk, np, ok := x.speakerLeft(vg, a)
	if !ok || x.has(np.a, cRel) && np.b-np.a == 1 {
		return false
	}
	f := frame{spk: spk, spkNP: np, cue: span{v, i}, first: np.a, kind: dossier.Direct, quotes: []int{q}}
	f.content = span{i + 1, x.quotes[q].last + 1}
	f.last = f.content.b - 1
	x.emit(f)
	return true
}

// labelFrame reports whether the colon at token i, in the sentence [a,
// b), follows a speaker's label at the start of a paragraph: a name of
// one to four capitalised words ("Marten:", "Kessary camp:", "JOHN
// KELLER:") before a clause ("Marten: Valdoria will pay.").
func (x *extractor) labelFrame(a, b, i int) bool {
	si := x.doc.SentenceAt(x.toks[a].Span.Start)
	if si > 0 && x.doc.Sentences[si-1].Paragraph == x.doc.Sentences[si].Paragraph || i-a > 4 {
		return false
	}
	if !x.ti[a].cap {
		return false
	}
	for k := a; k < i; k++ {
		if !x.isWord(k) || x.ti[k].cls&(cDet|cPrep|cAux|cSubord|cTimeNoun) != 0 && !isAllCaps(x.text(k)) {
			return false
		}
	}
	if len(x.text(a)) < 2 {
		return false // "Q:", "A:"
	}
	for k := i + 1; k < b; k++ {
		if x.isVerbLike(k) && !x.ti[k].cap && !x.quoted(k) {
			return true
		}
	}
	return false
}

// paragraphEnd returns the token after the last one of the paragraph of
// the sentence that ends at token b, before its final punctuation if that
// is a stop.
func (x *extractor) paragraphEnd(b int) int {
	si := x.doc.SentenceAt(x.toks[b-1].Span.Start)
	p := x.doc.Sentences[si].Paragraph
	for si+1 < len(x.doc.Sentences) && x.doc.Sentences[si+1].Paragraph == p && si-x.doc.SentenceAt(x.toks[b-1].Span.Start) < 50 {
		si++
	}
	end := x.doc.Sentences[si].EndToken
	if end > b && x.quoted(end-1) {
		return b // a quotation runs on: keep the first sentence
	}
	return end
}

// longRecipient returns the token "that" which ends an addressee longer
// than recipientAt reads, with prepositional phrases, names and times in
// it ("a crowded banquet hall at a hotel in Baltimore that"), or j when
// no "that" follows within a short window with no verb before it.
func (x *extractor) longRecipient(j, b int) int {
	if j >= b || !x.isWord(j) || !(x.has(j, cDet|cPossPron|cRecipNoun) || x.ti[j].cap) || x.quoted(j) {
		return j
	}
	for k := j + 1; k < b && k-j <= 16; k++ {
		inf := &x.ti[k]
		if x.quoted(k) || inf.punct != 0 && inf.punct != ',' || inf.punct == ',' && !(k+1 < b && x.ti[k+1].cap) {
			return j
		}
		if inf.w == "that" {
			if k+1 < b && x.isVerbLike(k+1) && !x.has(k+1, cSubjPron) {
				return j // a relative clause: "the crowd that cheered"
			}
			return k
		}
		if (inf.w == "how" || inf.w == "why" || inf.w == "whether") && k > j+1 {
			return k // "telling attendees at the gala how he saved it"
		}
		adj := x.has(k-1, cDet|cPossPron) && endsEd(x.text(k)) // "a crowded hall"
		if inf.cls&cConj != 0 && x.ti[k-1].cap && k+1 < b && x.ti[k+1].cap {
			continue // "The Post and Courier"
		}
		if inf.cls&(cAux|cVerb|cSubord|cRel|cWh|cSubjPron|cConj) != 0 && !inf.cap || inf.verb != 0 && !adj && !inf.cap ||
			x.isVerbLike(k) && !inf.cap && !adj {
			return j
		}
	}
	return j
}

// phraseEnd returns where the noun phrase that starts at j ends, before
// e: at its first preposition, comma or time word.
func (x *extractor) phraseEnd(j, e int) int {
	for k := j + 1; k < e; k++ {
		if x.has(k, cPrep) && !x.ti[k].cap || x.ti[k].punct != 0 || x.timeAt(k, e) > k {
			return k
		}
	}
	return e
}

// evidential reads a verb of appearance or expectation whose subject is
// part of what is attributed, to nobody named: "The vote seems to favour
// Marten", "the Kessary team appeared paralysed", "Marten is expected to
// resign", "It appears that the dam held". The content is the subject
// and the verb's complement, the verb group (vg to i) left out of Text;
// with "it ... that" it is the that-clause alone. The statement has no
// speaker: whoever holds the view is not named.
func (x *extractor) evidential(a, b, i, vg int) {
	j := i + 1
	for j < b && (x.ti[j].ly || x.has(j, cAdv) && !x.has(j, cSubord|cPrep)) {
		j++
	}
	if j >= b || x.quoted(j) {
		return
	}
	seem := strings.HasPrefix(x.ti[i].w, "seem")
	f := frame{cue: span{i, i + 1}, kind: dossier.Indirect, first: vg, last: i}
	L := vg - 1
	switch {
	case L >= a && x.is(L, "it") && x.is(j, "that") && j+1 < b && !x.quoted(j+1):
		// It appears that ...
		f.content = span{j + 1, x.clauseEnd(j+1, b)}
		f.first = L
	case L < a || x.quoted(L):
		return
	default:
		var subj span
		if x.has(L, cRel) && x.isWord(L) && !x.is(L, "that") && !x.is(L, "whose") {
			subj = span{L, L + 1} // "which is expected to draw ..."
		} else {
			np, ok := x.npLeft(vg, a)
			if !ok || x.is(np.a, "it") || x.is(np.a, "there") {
				return
			}
			subj = np
		}
		n := &x.ti[j]
		if n.w == "to" && j+1 < b && x.ti[j+1].verb != 0 && x.ti[i].w != "expected" {
			return // "appeared to imply that": the reporting verb frames it
		}
		switch {
		case n.w == "to" && j+1 < b && x.isWord(j+1) && !x.ti[j+1].cap && !x.has(j+1, cDet|cPossPron|cObjPron|cPrep) &&
			x.toks[j+1].Kind == text.Word:
			// seems to be, is expected to win
		case seem && x.ti[i].w != "" && x.isWord(j) && !n.cap && n.cls&(cPrep|cDet|cConj|cSubord|cAux|cVerb) == 0 &&
			n.verb == 0 && x.timeAt(j, b) == j:
			// seemed unperturbed, seems likely
		case !seem && x.ti[i].w != "expected" && x.isWord(j) && !n.cap && (endsEd(x.text(j)) || n.ly && j+1 < b && endsEd(x.text(j+1))):
			// appeared paralysed
		default:
			return
		}
		end := x.clauseEnd(j, b)
		if end <= j {
			return
		}
		f.content = span{subj.a, end}
		f.gap = span{vg, j}
		f.first = subj.a
	}
	if f.content.empty() {
		return
	}
	f.kind = x.kindOf(f.content)
	f.last = max(f.last, f.content.b-1)
	x.emit(f)
}

// objectPreps are prepositions whose object cannot be the subject of the
// verb after it ("hours after the blast showed").
var objectPreps = map[string]bool{"during": true, "into": true, "through": true,
	"across": true, "behind": true, "beyond": true, "near": true, "toward": true, "towards": true, "onto": true}

// rightOnly reads a frame set off by commas after a sentence adverb or a
// short phrase ("Otherwise, she said, ...", "In the end, Marten said,
// ..."): the content is the clause after the frame. ns is the frame's
// first token and c its complement.
func (x *extractor) rightOnly(a, b, ns int, c comp, f *frame) bool {
	if ns == a {
		// "Marten says, win or lose, she is staying": the frame opens
		// the sentence.
		if j := c.tail; j+1 < b && x.punct(j, ',') && !x.quoted(j+1) {
			goto right
		}
		return false
	}
	if ns-1 <= a || !x.punct(ns-1, ',') || ns-1-a > 4 {
		return false
	}
	for k := a; k < ns-1; k++ {
		if x.quoted(k) || !x.isWord(k) || x.isVerbLike(k) && !x.has(k, cClauseAdv) {
			return false
		}
	}
right:
	j := c.tail
	if j+2 >= b || !x.punct(j, ',') || x.quoted(j+1) || x.has(j+1, cConj|cRel) || x.ti[j+1].verb != 0 ||
		x.isVerbLike(j+1) && !x.ti[j+1].cap {
		return false // "Korvel, asked about it, said ...": the sentence's own verb
	}
	end := x.clauseEnd(j+1, b)
	clause := false
	for k := j + 1; k < end && !clause; k++ {
		clause = x.isVerbLike(k)
	}
	if !clause {
		return false
	}
	f.content = span{j + 1, end}
	f.kind = x.kindOf(f.content)
	f.last = max(f.last, end-1)
	return true
}

// reducedSubject widens a speaker's noun phrase np over a participle
// phrase that ends with it: in "People briefed on the talks say" the
// phrase before the verb is "the talks", and the subject "People briefed
// on the talks". The participle (in -ed or -ing, in lower case) must
// follow a plural noun or a name, with no punctuation or finite verb in
// between.
func (x *extractor) reducedSubject(np span, a int) (span, bool) {
	for k := np.a - 1; k > a && np.a-k <= 12; k-- {
		inf := &x.ti[k]
		if x.quoted(k) || !x.isWord(k) && x.toks[k].Kind != text.Number || inf.cls&(cAux|cVerb|cSubord|cRel|cConj|cNeg) != 0 && !inf.cap {
			return np, false
		}
		w := x.text(k)
		if inf.cap || !(endsEd(w) || endsIng(w)) || inf.cls&(cPrep|cDet) != 0 {
			continue
		}
		if inf.verb != 0 && inf.form&(fPart|fGer) == 0 {
			return np, false
		}
		if !x.has(k+1, cPrep|cDet|cPossPron) && !x.ti[k+1].cap && !x.is(k+1, "to") {
			return np, false // "officials blamed Ukraine": a finite verb
		}
		head, ok := x.npLeft(k, a)
		if !ok || head.b != k {
			return np, false
		}
		h := head.b - 1
		hw := x.text(h)
		if !(x.ti[h].cap || len(hw) > 3 && hw[len(hw)-1] == 's' && hw[len(hw)-2] != 's') || x.has(h, cSubjPron|cTimeNoun) {
			return np, false
		}
		if p := head.a - 1; p >= a && (x.has(p, cPrep) && !x.is(p, "of") || x.isVerbLike(p) && !x.ti[p].cap) {
			return np, false // the noun is an object itself
		}
		return span{head.a, np.b}, true
	}
	return np, false
}

// relativeSubject widens np, the noun phrase right before a verb, to the
// subject it ends when np is the tail of a relative clause with "who"
// ("people who have battled online threats say"): the noun before "who",
// at the start of the sentence or after a comma or conjunction, with the
// whole clause. No punctuation or quotation may stand in the clause.
func (x *extractor) relativeSubject(np span, a int) (span, bool) {
	for k := np.a - 1; k > a && np.a-k <= 12; k-- {
		if x.quoted(k) || !x.isWord(k) && x.toks[k].Kind != text.Number {
			return np, false
		}
		if !x.is(k, "who") {
			continue
		}
		if k+1 >= np.a || !x.isVerbLike(k+1) && !x.has(k+1, cAux|cAdv) && x.ti[k+1].verb == 0 {
			return np, false // "who" must open the clause with its verb
		}
		head, ok := x.npLeft(k, a)
		if !ok || head.b != k || x.has(head.b-1, cSubjPron|cTimeNoun) {
			return np, false
		}
		if p := head.a - 1; p >= a && !(x.punct(p, ',') || x.has(p, cConj|cClauseAdv) || x.ti[p].ly) {
			return np, false // the noun is an object itself
		}
		return span{head.a, np.b}, true
	}
	return np, false
}

// relativeAt returns where the relative pronoun of a subject widened by
// relativeSubject stands.
func (x *extractor) relativeAt(np span) int {
	for k := np.a; k < np.b; k++ {
		if x.is(k, "who") {
			return k
		}
	}
	return np.b
}

// npHead returns the part of a noun phrase before its first preposition
// or participle ("People" in "People briefed on the talks"), which holds
// its head noun; the phrase itself when there is none.
func (x *extractor) npHead(np span) span {
	for k := np.a + 1; k < np.b; k++ {
		w := x.text(k)
		if x.has(k, cPrep) && !x.ti[k].cap || !x.ti[k].cap && x.isWord(k) && (endsEd(w) || endsIng(w)) && x.ti[k].cls&cDet == 0 {
			return span{np.a, k}
		}
	}
	return np
}

// isPollHead reports whether token k is a noun of a source named by "in"
// ("Marten leads in the latest poll"), in any case, without allocating.
func (x *extractor) isPollHead(k int) bool {
	w := x.text(k)
	for _, h := range [...]string{"poll", "polls", "survey", "surveys", "polling"} {
		if strings.EqualFold(w, h) {
			return true
		}
	}
	return false
}

// pollFrame reads a poll or survey given as the source of the clause
// before it, after "in" (token i): "Marten leads by ten points in the
// latest Orlen Herald poll." The content is the clause, from the start of
// the sentence (or the comma after its opening phrase) to "in".
func (x *extractor) pollFrame(a, b, i int) {
	head := -1
	for k := i + 1; k < b && k-i <= 8; k++ {
		inf := &x.ti[k]
		if x.quoted(k) || !x.isWord(k) && x.toks[k].Kind != text.Number && !x.punct(k, '/') ||
			inf.cls&(cSubord|cRel|cConj|cAux|cPrep|cSubjPron) != 0 && !inf.cap {
			break
		}
		if x.isPollHead(k) {
			head = k
			break
		}
	}
	if head < 0 || i-2 >= a && endsEd(x.text(i-1)) && isBe(x.ti[i-2].w) {
		return // "were interviewed in a poll": no finding of the poll
	}
	if head == i+1 || head == i+2 && x.is(i+1, "the") {
		return // "leads in the polls": no poll in particular
	}
	if i == a || x.has(i-1, cConj|cClauseAdv) && i-1 == a {
		x.frontPoll(a, b, i, head)
		return
	}
	np := span{i + 1, head + 1}
	start := a
	for k := i - 1; k > a; k-- {
		if x.quoted(k) {
			return
		}
		if x.punct(k, ',') || x.punct(k, '-') || x.punct(k, ';') {
			start = k + 1
			break
		}
	}
	for start < i && (x.has(start, cConj|cClauseAdv) || x.ti[start].ly) {
		start++
	}
	clause := false
	for k := start; k < i && !clause; k++ {
		clause = x.isVerbLike(k) && !x.ti[k].cap || x.ti[k].verb != 0 && x.ti[k].form&(fPast|f3sg) != 0
	}
	if !clause || i-start < 3 || x.ti[start].cls&(cSubord|cPrep|cWh|cRel) != 0 {
		return
	}
	f := frame{cue: span{i, i + 1}, spk: np, spkNP: np, content: span{start, i}, first: start, last: np.b - 1, postpos: true}
	f.kind = x.kindOf(f.content)
	x.emit(f)
}

// frontPoll reads a poll named before the clause it found: "In a Herald
// poll released Monday, 50 percent chose Marten." The poll runs to its
// head noun and a participle phrase after it ("released Monday"); the
// content is the clause after the comma.
func (x *extractor) frontPoll(a, b, i, head int) {
	end := head + 1
	if end < b && x.isWord(end) && !x.ti[end].cap && endsEd(x.text(end)) {
		for end < b && !x.punct(end, ',') && !x.quoted(end) && end-head < 10 {
			end++
		}
	}
	comma := end
	for comma < b && !x.punct(comma, ',') && comma-end < 5 && !x.quoted(comma) {
		comma++ // "last month": a time phrase is no part of the poll
	}
	if comma >= b || !x.punct(comma, ',') || comma+1 >= b {
		return
	}
	if end > comma {
		end = comma
	}
	k := comma + 1
	e := x.clauseEnd(k, b)
	clause := false
	for m := k; m < e && !clause; m++ {
		clause = x.isVerbLike(m) && !x.ti[m].cap
	}
	if !clause || e-k < 3 {
		return
	}
	np := span{i + 1, end}
	f := frame{cue: span{i, i + 1}, spk: np, spkNP: np, content: span{k, e}, first: i, last: e - 1}
	f.kind = x.kindOf(f.content)
	x.emit(f)
}

// supportVerb reports whether a verb of support or opposition, which
// takes its object as content, may follow its holder as a participle: "a
// group backing Marten", "voters opposing the levy".
func supportVerb(lemma string) bool {
	switch lemma {
	case "support", "back", "oppose", "favor", "favour":
		return true
	}
	return false
}

// askedFrame reads a question put to someone who is the sentence's
// subject or goes unnamed: "Asked whether the dam would hold, Marten
// said ...", "..., she said when asked about the vote.", "Keller was
// asked, “Will you resign?”". The question is the statement of whoever
// asked it: the noun phrase after "by" ("asked by a reporter whether"),
// else nobody named. i is the participle "asked"; it reports whether a
// question was read.
func (x *extractor) askedFrame(a, b, i int) bool {
	p := i - 1
	switch {
	case i == a:
	case x.is(p, "when") || x.is(p, "whenever") || x.is(p, "after") || x.is(p, "once") || x.is(p, "if"):
	case isBe(x.ti[p].w) && x.has(p, cAux):
	default:
		return false
	}
	f := frame{cue: span{i, i + 1}, first: min(i, max(a, p)), last: i}
	j := i + 1
	about := false
	for n := 0; j < b && n < 6; n++ {
		if !about && j+1 < b && (x.is(j, "about") || x.is(j, "for")) && !x.quoted(j+1) {
			// "asked about the vote", "asked at the conference about the
			// merger", "asked for his position": the particle is the
			// cue's when it follows the verb.
			about = true
			if j == i+1 {
				f.cue.b = j + 1
			}
			j++
			break
		}
		if x.is(j, "by") && j+1 < b {
			if np, ok := x.npRight(j+1, b); ok {
				f.spk, f.spkNP = x.namePart(np), np
				j = np.b
				continue
			}
		}
		if e := x.adjunct(j, b, &f.time, &f.venue); e > j {
			j = e
			continue
		}
		if x.ti[j].ly || x.has(j, cAdv) && !x.has(j, cSubord|cWh) {
			j++
			continue
		}
		break
	}
	if j+1 < b && x.punct(j, ',') && x.opens(j+1) {
		j++ // "was asked, “...”"
	}
	if j >= b || x.quoted(j) && !x.opens(j) {
		return false
	}
	switch {
	case x.opens(j):
		q := x.quoteOpenedAt(j)
		if q < 0 || x.quotes[q].claimed {
			return false
		}
		f.content, f.kind, f.quotes = span{j, x.quotes[q].last + 1}, dossier.Direct, []int{q}
	case x.has(j, cWh) && !x.is(j, "that") && j+1 < b && x.punct(j+1, ','):
		f.content, f.kind = span{j, j + 1}, dossier.Indirect // "When asked why, Sembler said"
	case x.is(j, "to") && j+1 < b && x.isWord(j+1) && !x.ti[j+1].cap && !x.has(j+1, cDet|cPossPron|cObjPron) && (i == a || x.has(p, cSubord)):
		// "when asked to leave, he refused"
		f.content = span{j, x.objectEnd(j, x.clauseEnd(j, b))}
		f.kind = x.kindOf(f.content)
	case x.is(j, "whether") || x.is(j, "if") || x.has(j, cWh) && !x.is(j, "that") || x.is(j, "whom") || about:
		end := x.clauseEnd(j, b)
		if about && i > a && x.has(p, cSubord) {
			// "told Congress when asked about the inquiry that …": the
			// topic ends where the sentence's own clause goes on.
			end = x.objectEnd(j, end)
			for k := j + 1; k < end; k++ {
				if x.is(k, "that") && !x.quoted(k) {
					end = k
					break
				}
			}
		}
		if i == a || i-1 == a || i-2 >= a && x.punct(i-2, ',') {
			// "Asked whether ..., Marten said": the question ends at
			// the last comma before the answer's reporting verb, or
			// else at its first comma.
			e := x.objectEnd(j, end)
			lastComma := -1
			for k := j + 1; k < b && k-j < maxContent; k++ {
				if x.quoted(k) {
					continue
				}
				if x.punct(k, ',') {
					lastComma = k
				}
				if inf := &x.ti[k]; inf.verb != 0 && inf.form&(fPast|f3sg) != 0 && !inf.cap && lastComma > j {
					e = lastComma
					break
				}
			}
			if about {
				e = min(e, x.objectEnd(j, end))
			}
			end = e
		}
		if end-j < 2 {
			return false
		}
		f.content = span{j, end}
		f.kind = x.kindOf(f.content)
	default:
		return false
	}
	f.last = max(f.last, f.content.b-1)
	x.emit(f)
	return true
}

// commaPhrase returns the comma that closes a prepositional phrase set off
// by commas or dashes between a verb and its quotation (", in reference
// to her child, “...”"), or the "that" after it (", per a translator,
// that ..."), or j when none starts at token j.
func (x *extractor) commaPhrase(j, b int) int {
	sep := x.ti[j].punct
	if j+2 >= b || sep != ',' && sep != '-' || x.ti[j+1].cap || x.is(j+1, "according") {
		return j
	}
	if !(x.has(j+1, cPrep) || x.lower(j+1) == "per") {
		// "joked, again using an exaggerated accent, “…”": a participle
		// aside before the quotation.
		n := j + 1
		for n < b && (x.ti[n].ly || x.has(n, cAdv)) {
			n++
		}
		if n >= b || !endsIng(x.text(n)) || x.ti[n].cap || x.quoted(n) || x.ti[n].verb != 0 {
			return j // (", adding, “…”" is a frame of its own)
		}
		for k := n + 1; k < b && k-j <= 12; k++ {
			if x.quoted(k) || x.ti[k].punct != 0 && !x.punct(k, sep) {
				return j
			}
			if x.punct(k, sep) {
				if k+1 < b && x.opens(k+1) {
					return k
				}
				return j
			}
		}
		return j
	}
	for k := j + 2; k < b && k-j <= 12; k++ {
		if x.quoted(k) || x.isVerbLike(k) && !x.ti[k].cap || x.ti[k].punct != 0 && !x.punct(k, sep) && !(sep == '-' && x.punct(k, ',')) {
			return j
		}
		if x.punct(k, sep) {
			if k+1 < b && x.is(k+1, "that") {
				return k + 1 // "said, in a letter, that ..."
			}
			if k+1 < b && x.opens(k+1) {
				return k
			}
			return j
		}
	}
	return j
}

// leadingSubord returns the subordinator that opens a phrase of time or
// place right before the subject at ns ("Although in September she
// said"), or -1.
func (x *extractor) leadingSubord(a, ns int) int {
	for q := ns - 1; q >= a && ns-q <= 6; q-- {
		if x.quoted(q) || x.ti[q].punct != 0 {
			return -1
		}
		if x.has(q, cSubord) && !x.has(q, cRel) && q+1 < ns {
			if x.timeAt(q+1, ns) == ns || x.has(q+1, cPrep) {
				return q
			}
			return -1
		}
	}
	return -1
}

// prepThenClause reports whether a short prepositional phrase at j (at
// most five words, no verb or punctuation) is followed by a subject
// pronoun and a verb: "in politics it takes time", "in his view they
// were wrong".
func (x *extractor) prepThenClause(j, b int) bool {
	if x.is(j, "of") || x.is(j, "to") || x.is(j, "about") || x.is(j, "by") || x.quoted(j) {
		return false
	}
	for k := j + 2; k < b && k-j <= 6; k++ {
		if x.quoted(k-1) || x.ti[k-1].punct != 0 || x.isVerbLike(k-1) && !x.ti[k-1].cap {
			return false
		}
		if x.has(k, cSubjPron) && x.isWord(k) && !x.is(k, "you") && k+1 < b && x.isVerbLike(k+1) && !x.ti[k].cap {
			return true
		}
	}
	return false
}

// prepBeforeQuote returns the comma that ends a prepositional phrase
// starting at j when a quotation opens right after it ("declared in the
// debate spin room, “…”"), or j: the phrase is where it was said.
func (x *extractor) prepBeforeQuote(j, b int) int {
	if j+2 >= b || !x.has(j, cPrep) || x.ti[j].cap || x.quoted(j) || x.is(j, "of") || x.is(j, "that") {
		return j
	}
	for k := j + 1; k < b && k-j <= 10; k++ {
		if x.quoted(k) || x.isVerbLike(k) && !x.ti[k].cap || x.ti[k].punct != 0 && !x.punct(k, ',') {
			return j
		}
		if x.punct(k, ',') {
			if k > j+1 && k+1 < b && x.opens(k+1) && x.quoteOpenedAt(k+1) >= 0 {
				return k
			}
			return j
		}
	}
	return j
}

// isCurrency reports whether a symbol is a currency sign: "called for $1
// trillion in new spending" has a content.
func isCurrency(w string) bool { return w == "$" || w == "€" || w == "£" || w == "¥" }

// afterQuotation reports whether the frame that starts at token ns follows
// a quotation that closes with a comma, a question or exclamation mark or a
// dash inside its marks (“…,” Marten said; “Why now?” Orlen asked the
// mayor), so that the frame can only be postposed.
func (x *extractor) afterQuotation(ns, a int) bool {
	p := ns - 1
	return p-1 >= a && x.closes(p) && x.quoteClosedAt(p) >= 0 &&
		(x.punct(p-1, ',') || x.punct(p-1, '?') || x.punct(p-1, '!') || x.isDash(p-1))
}

// verbBeforeRelative reports whether the words [a, e) hold a verb before
// any relative pronoun: a clause ("the city saved millions") rather than a
// noun phrase with a relative clause ("director of a union that has
// broken away").
func (x *extractor) verbBeforeRelative(a, e int) bool {
	for k := a; k < e; k++ {
		if x.quoted(k) {
			continue
		}
		if x.has(k, cRel) && x.isWord(k) && k > a {
			return false
		}
		if x.isVerbLike(k) && !x.ti[k].cap || x.has(k, cNeg) {
			return true
		}
	}
	return false
}

// relativeThat reports whether "that" at token k opens a relative clause
// with its subject gapped ("a documentary that showed"): a verb follows
// it at once.
func (x *extractor) relativeThat(k int) bool {
	n := k + 1
	return n < len(x.toks) && x.isWord(n) && !x.quoted(n) && !x.ti[n].cap && !x.has(n, cSubjPron|cDet) &&
		x.isVerbLike(n) && !(x.has(n, cAux) && x.toks[n].Flags&text.Clitic != 0)
}
