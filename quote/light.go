package quote

import (
	"strings"

	"dossier"
)

// A light verb with a noun of attitude says what its subject thinks of
// something as a verb of judging would: "Marten voiced support for the
// levy", "she expressed concern that the dam would fail", "the minister
// threw his support behind Keller", "they raised questions about the
// count". The cue is the verb, the noun and its preposition; the content
// is what follows.

// lightVerbs are the inflected forms of the light verbs.
var lightVerbs = map[string]bool{}

// attitudeNouns name an attitude that a light verb expresses.
var attitudeNouns = map[string]bool{}

// attitudePreps join an attitude noun to what it is about.
var attitudePreps = map[string]bool{"for": true, "to": true, "behind": true, "about": true, "over": true,
	"with": true, "in": true, "of": true, "from": true, "at": true, "toward": true, "towards": true,
	"regarding": true, "against": true, "on": true}

func init() {
	for _, w := range []string{
		"express expressed expresses expressing", "voice voiced voices voicing",
		"throw threw throws throwing thrown", "lend lent lends lending",
		"offer offered offers offering", "pledge pledged pledges pledging",
		"withhold withheld withholds withholding", "signal signaled signalled signals signaling signalling",
		"reiterate reiterated reiterates reiterating", "reaffirm reaffirmed reaffirms reaffirming",
		"register registered registers registering", "convey conveyed conveys conveying",
		"raise raised raises raising", "air aired airs airing", "declare declared declares declaring",
		"give gave gives giving given", "extend extended extends extending",
	} {
		for _, f := range strings.Fields(w) {
			lightVerbs[f] = true
		}
		addTrigger(tLight, strings.Fields(w))
	}
	for _, w := range strings.Fields("support backing opposition concern concerns confidence doubt doubts " +
		"skepticism scepticism frustration optimism pessimism regret sympathy solidarity displeasure " +
		"disappointment dismay outrage anger alarm gratitude reservations condolences admiration approval " +
		"disapproval dissatisfaction unhappiness appreciation enthusiasm fears worries objections questions " +
		"misgivings criticism praise thanks") {
		attitudeNouns[w] = true
	}
}

// lightNoun reads a light verb at token i with its attitude noun and what
// the attitude is about, and reports whether it made a statement.
func (x *extractor) lightNoun(a, b, i int) bool {
	k := i + 1
	for n := 0; n < 3 && k < b && !x.quoted(k) && x.isWord(k) && !x.ti[k].cap &&
		(x.has(k, cPossPron|cDet) && !x.has(k, cRel|cSubjPron) || x.ti[k].cls == 0 && x.ti[k].verb == 0 && !attitudeNouns[x.lower(k)] || x.ti[k].ly); n++ {
		k++
	}
	if k >= b || x.quoted(k) || !attitudeNouns[x.lower(k)] {
		return false
	}
	noun := k
	if x.lower(noun) == "questions" && !strings.HasPrefix(x.lower(i), "rais") {
		return false // "gave questions", "answered questions": no doubt of one's own
	}
	j := noun + 1
	f := frame{cue: span{i, noun + 1}, first: i}
	switch {
	case j+1 < b && x.is(j, "that") && x.ti[j+1].punct == 0 && !x.relativeThat(j):
		f.content = span{j + 1, x.clauseEnd(j+1, b)}
	case j+1 < b && attitudePreps[x.ti[j].w] && !x.quoted(j+1) && x.ti[j+1].punct == 0 && x.timeAt(j+1, b) == j+1:
		f.cue.b = j + 1
		f.content = span{j + 1, x.objectEnd(j+1, x.clauseEnd(j+1, b))}
		for m := j + 2; m < f.content.b && !x.has(j+1, cWh); m++ {
			if inf := &x.ti[m]; !x.quoted(m) && !inf.cap && (inf.cls&cAux != 0 && x.toks[m].Flags == 0 || inf.verb != 0 && inf.form&(fPast|f3sg) != 0) {
				f.content.b = m // "support for the levy was strong": the sentence's verb
				break
			}
		}
	default:
		return false
	}
	if f.content.empty() {
		return false
	}
	vg := x.verbGroupStart(a, i)
	if vg > a && isBe(x.ti[vg-1].w) || vg < i && isBe(x.ti[i-1].w) {
		return false // "support was given": a passive
	}
	if spk, np, ok := x.speakerLeft(vg, a); ok && !x.has(np.a, cRel) || ok && x.has(np.a, cRel) {
		if x.has(np.a, cRel) && np.b-np.a == 1 {
			return false
		}
		if strings.HasPrefix(x.lower(i), "rais") && !x.has(np.b-1, cSubjPron) && !x.hasName(np) && !x.hasRole(np) || x.is(np.b-1, "it") {
			return false // "the clash raised doubts about": no one's doubt
		}
		f.spk, f.spkNP, f.first = spk, np, np.a
	} else if L := vg - 1; L >= a && (x.has(L, cConj) || x.punct(L, ',')) && endsIngOrConj(x, i, L) {
		if !x.sharedSpeaker(a, L, &f) {
			return false
		}
	} else {
		return false
	}
	f.last = f.content.b - 1
	f.kind = x.kindOf(f.content)
	if f.kind == dossier.Direct {
		f.kind = dossier.Mixed
	}
	x.emit(f)
	return true
}

// endsIngOrConj reports whether the light verb at i shares the subject of
// the clause before L: after "and", or as a participle after a comma.
func endsIngOrConj(x *extractor, i, L int) bool {
	return x.has(L, cConj) || endsIng(x.lower(i))
}

// The forms of "make" trigger "made it clear that …".
func init() { addTrigger(tMake, []string{"make", "makes", "made", "making"}) }

// madeClear reads "made (it) clear that …", "has made clear what …": the
// subject says what follows. It reports whether it made a statement.
func (x *extractor) madeClear(a, b, i int) bool {
	k := i + 1
	if k < b && x.is(k, "it") {
		k++
	}
	if k >= b || x.lower(k) != "clear" {
		return false
	}
	j := k + 1
	f := frame{cue: span{i, j}, first: i}
	switch {
	case j+1 < b && x.is(j, "that") && x.ti[j+1].punct == 0:
		f.content = span{j + 1, x.clauseEnd(j+1, b)}
	case j+1 < b && x.has(j, cWh) && !x.is(j, "that") && !x.is(j, "which"):
		f.content = span{j, x.clauseEnd(j, b)}
	default:
		return false
	}
	if f.content.empty() {
		return false
	}
	vg := x.verbGroupStart(a, i)
	spk, np, ok := x.speakerLeft(vg, a)
	if !ok || x.has(np.a, cRel) && np.b-np.a == 1 || x.is(np.b-1, "it") || x.is(np.b-1, "this") ||
		!x.has(np.b-1, cSubjPron) && !x.hasName(np) && !x.hasRole(np) {
		return false // "the floods make clear how …": no one's statement
	}
	f.spk, f.spkNP, f.first = spk, np, np.a
	f.last = f.content.b - 1
	f.kind = x.kindOf(f.content)
	x.emit(f)
	return true
}

// idioms are verb phrases that take a stand on what follows them: "took
// issue with the plan", "made the case that …", "cast doubt on the
// count". The key is the verb's base form; each phrase ends with the word
// after which the content starts.
var idioms = map[string][][]string{}

// idiomForms maps the inflected forms of the idioms' verbs to their base.
var idiomForms = map[string]string{}

func init() {
	for _, e := range []struct{ base, forms, phrases string }{
		{"take", "take takes took taken taking", "aim at|a shot at|shots at|issue with|credit for|exception to|" +
			"a swipe at|swipes at|a jab at|jabs at|a dig at|a stand on|a stand against|a hard line on"},
		{"make", "make makes made making", "the case that|the case for|the case against|a case for|" +
			"no secret of|an argument for|the argument that|a pitch for|a plea for|an appeal for"},
		{"pay", "pay pays paid paying", "tribute to|homage to"},
		{"cast", "cast casts casting", "doubt on|doubt over|aspersions on"},
		{"pour", "pour pours poured pouring", "cold water on"},
		{"heap", "heap heaps heaped heaping", "praise on|scorn on"},
		{"sound", "sound sounds sounded sounding", "the alarm about|the alarm on|the alarm over"},
	} {
		for _, f := range strings.Fields(e.forms) {
			idiomForms[f] = e.base
		}
		addTrigger(tIdiom, strings.Fields(e.forms))
		for _, p := range strings.Split(e.phrases, "|") {
			idioms[e.base] = append(idioms[e.base], strings.Fields(p))
		}
	}
}

// idiom reads an idiom of stance at token i and reports whether it made
// a statement.
func (x *extractor) idiom(a, b, i int) bool {
	base := idiomForms[x.text(i)]
	var n int
	for _, p := range idioms[base] {
		ok := i+len(p) < b
		for k := 0; ok && k < len(p); k++ {
			ok = x.isWord(i+1+k) && !x.quoted(i+1+k) && x.lower(i+1+k) == p[k]
		}
		if ok {
			n = len(p)
			break
		}
	}
	if n == 0 {
		return false
	}
	j := i + 1 + n
	if j >= b || x.ti[j].punct != 0 || x.quoted(j) && !x.opens(j) {
		return false
	}
	f := frame{cue: span{i, j}, first: i}
	if x.is(j-1, "that") {
		f.cue.b = j - 1
		f.content = span{j, x.clauseEnd(j, b)}
	} else {
		f.content = span{j, x.objectEnd(j, x.clauseEnd(j, b))}
	}
	if f.content.empty() {
		return false
	}
	vg := x.verbGroupStart(a, i)
	if vg > a && isBe(x.ti[vg-1].w) {
		return false
	}
	if spk, np, ok := x.speakerLeft(vg, a); ok {
		if x.has(np.a, cRel) && np.b-np.a == 1 || x.is(np.b-1, "it") || x.is(np.b-1, "this") {
			return false
		}
		f.spk, f.spkNP, f.first = spk, np, np.a
	} else if L := vg - 1; L >= a && (x.has(L, cConj) || x.punct(L, ',') && endsIng(x.lower(i))) {
		if !x.sharedSpeaker(a, L, &f) {
			return false
		}
	} else {
		return false
	}
	f.last = f.content.b - 1
	f.kind = x.kindOf(f.content)
	x.emit(f)
	return true
}

// attitudeAdjs are adjectives that, predicated of a person or a group,
// state their attitude to what follows: "Marten is critical of the
// levy", "officials were confident that the dam would hold", "the
// council was eager to settle". Each lists the words its content may
// start with: a preposition (the content is its object), "that" (a
// clause) or "to" (an infinitive). Adjectives that more often state the
// writer's judgement ("clear", "certain to") or a mere disposition
// ("willing", "ready") are left out.
var attitudeAdjs = map[string]string{
	"critical": "of", "supportive": "of",
	"skeptical": "of about that", "sceptical": "of about that",
	"confident": "that in of", "convinced": "that of",
	"hopeful": "that of about", "optimistic": "that about", "pessimistic": "that about",
	"concerned": "that about", "worried": "that about", "adamant": "that about",
	"wary": "of about", "doubtful": "that of about", "dismissive": "of",
	"angry": "about that at with", "upset": "about that at with", "furious": "about that at with",
	"unhappy": "with about that", "pleased": "with that", "disappointed": "with in that",
	"eager": "to", "reluctant": "to", "loath": "to", "keen": "to", "hesitant": "to",
}

func init() {
	for w := range attitudeAdjs {
		addTrigger(tAdj, []string{w})
	}
}

// attitudeAdj reads an adjective of attitude at token i after a form of
// "be" (or "seem", "remain", "become"), with adverbs and "not" between,
// and reports whether it made a statement. "It" and the words that are
// never a speaker ("this", "there") have no attitude.
func (x *extractor) attitudeAdj(a, b, i int) bool {
	j := i + 1
	if j+1 >= b || x.quoted(j) || !x.isWord(j+1) || x.quoted(j+1) {
		return false
	}
	next := x.lower(j)
	allowed := false
	for _, w := range strings.Fields(attitudeAdjs[x.lower(i)]) {
		allowed = allowed || w == next
	}
	if !allowed {
		return false
	}
	f := frame{cue: span{i, j + 1}, first: i}
	switch next {
	case "that":
		if x.ti[j+1].punct != 0 || x.relativeThat(j) {
			return false
		}
		f.cue.b = j
		f.content = span{j + 1, x.clauseEnd(j+1, b)}
	case "to":
		if x.ti[j+1].verb == 0 && !x.isVerbLike(j+1) && x.ti[j+1].cls&(cDet|cPossPron|cObjPron) != 0 {
			return false // "keen to the idea" is no infinitive
		}
		f.cue.b = j
		f.content = span{j, x.clauseEnd(j, b)}
	default:
		if x.timeAt(j+1, b) > j+1 {
			return false
		}
		f.content = span{j + 1, x.objectEnd(j+1, x.clauseEnd(j+1, b))}
	}
	if f.content.empty() {
		return false
	}
	// The copula, with adverbs and negation between it and the adjective.
	k := i - 1
	for k >= a && !x.quoted(k) && (x.ti[k].ly || x.has(k, cAdv|cNeg)) {
		k--
	}
	if k < a || x.quoted(k) {
		return false
	}
	switch x.lower(k) {
	case "seem", "seems", "seemed", "remain", "remains", "remained", "become", "becomes", "became", "appear", "appears", "appeared":
	default:
		if !isBe(x.ti[k].w) {
			return false
		}
	}
	vg := x.verbGroupStart(a, k)
	spk, np, ok := x.speakerLeft(vg, a)
	if !ok || x.has(np.a, cRel) && np.b-np.a == 1 || x.has(np.b-1, cNoSpeaker) || x.is(np.b-1, "it") {
		return false // "it was critical to …": no one's attitude
	}
	f.spk, f.spkNP, f.first = spk, np, np.a
	f.last = f.content.b - 1
	f.kind = x.kindOf(f.content)
	if f.kind == dossier.Direct {
		f.kind = dossier.Mixed
	}
	x.emit(f)
	return true
}
