package quote

import "strings"

// The word lists of this file are the whole of the extractor's knowledge of
// English: which verbs report speech or thought and what they take as their
// complement, which nouns name an utterance, and the closed classes
// (pronouns, determiners, auxiliaries, prepositions, ...) that tell where a
// speaker's noun phrase and a reported clause begin and end. They are small
// on purpose, because a word that belongs to a list matches wherever it is
// written.

// wclass is a set of word classes; a word may belong to several ("that" is
// a determiner, a complementiser and a relative pronoun).
type wclass uint32

const (
	cSubjPron  wclass = 1 << iota // he, she, they: a speaker on its own
	cObjPron                      // him, them: an addressee
	cPossPron                     // his, their: the possessor of an utterance noun
	cDet                          // the, a, some: starts a noun phrase
	cAux                          // be, have, do and the modals
	cNeg                          // not, n't, never
	cAdv                          // adverbs found inside a verb group (also, still)
	cPrep                         // prepositions: inside noun phrases, or adjuncts
	cSubord                       // subordinators: a clause starts here
	cRel                          // relative pronouns: who, which
	cWh                           // wh-words and whether/if: an embedded question
	cConj                         // and, or, but
	cTitle                        // a title before a name: President, Sen.
	cRole                         // a role noun before a name: spokesman
	cTimeNoun                     // Thursday, May, yesterday, week
	cTimeMod                      // last, this, earlier: modifies a time noun
	cVenueNoun                    // statement, interview, tweet: a venue's head
	cPlatform                     // Twitter, Telegram: a venue by its name
	cRecipNoun                    // reporters, journalists: an addressee
	cUttNoun                      // assessment, claim: names an utterance
	cVerb                         // a finite verb that is no reporting verb: ends a noun phrase
	cClauseAdv                    // however, meanwhile: sentence adverbs
	cOffice                       // State, Defense: the office after "Secretary of"
	cNoSpeaker                    // words that are never a speaker's head (there, this)
	cControl                      // tend, continue: shares its subject with the infinitive after it
)

// vprops says what a reporting verb takes and how it frames content.
type vprops uint16

const (
	vSpeech  vprops = 1 << iota // an act of speech: may frame a quotation
	vThought                    // belief, assessment, knowledge
	vClause                     // takes a that-clause or a bare clause
	vObj                        // its noun phrase object is the content (deny X)
	vRecip                      // its first object is the addressee (tell X that)
	vTo                         // takes a to-infinitive as content (vow to)
	vWh                         // takes an embedded question (ask whether)
	vIntent                     // intention: only with a to-infinitive or a that-clause
	vNoPost                     // never follows its content (", X wants." is not a frame)
	vNoBare                     // needs that, a quotation or a colon: a bare object is no content
	vPast                       // only its past forms are verbs here: "attacks", "challenging" are mostly nouns and adjectives
	vAct                        // an act more than an utterance: inside reported content it is part of what is reported
	vNoS                        // its form in -s is a plural noun here ("emails", "remarks"), never the verb
)

// vform is the inflection of a verb form; a form may be several (said is
// past tense and past participle).
type vform uint8

const (
	fBase vform = 1 << iota
	f3sg
	fPast
	fPart
	fGer
)

// verb is one reporting verb.
type verb struct {
	lemma string
	props vprops
	// particle lists the particles of a phrasal verb, "|" between them
	// ("out|to" for point out, point to); a final "?" makes the particle
	// optional ("rule", "rule out"); "" for none.
	particle string
}

// word is what the lexicon knows of one lower-case word.
type word struct {
	w    string // the word itself, for identity tests; "" when unknown
	cls  wclass
	verb int16 // index+1 in verbs, or 0
	form vform
	trig trigger // the phrase rules (light.go) this word may start
}

// trigger marks the words that start a phrase rule of light.go, so that
// the rule is tried only where its first word stands.
type trigger uint8

const (
	tLight trigger = 1 << iota // a light verb: "voiced (support for)"
	tMake                      // "made (it clear that)"
	tIdiom                     // "took (issue with)", "cast (doubt on)"
	tAdj                       // an adjective of attitude: "is (critical of)", "was (confident that)"
)

// addTrigger marks the words of list as starting the phrase rules t.
func addTrigger(t trigger, list []string) {
	for _, w := range list {
		e := lexicon[w]
		e.w = w
		e.trig |= t
		lexicon[w] = e
	}
}

var (
	verbs   []verb
	lexicon = map[string]word{}
)

// addClass adds words to the classes cls.
func addClass(cls wclass, list string) {
	for _, w := range strings.Fields(list) {
		e := lexicon[w]
		e.w = w
		e.cls |= cls
		lexicon[w] = e
	}
}

// addVerb adds a reporting verb with its forms. forms lists irregular
// forms as "3sg past part ger" with "-" for the regular one.
func addVerb(lemma string, props vprops, irregular string) {
	particle := ""
	if i := strings.IndexByte(lemma, ' '); i >= 0 {
		lemma, particle = lemma[:i], lemma[i+1:]
	}
	verbs = append(verbs, verb{lemma: lemma, props: props, particle: particle})
	id := int16(len(verbs))
	s3, past, part, ger := regularForms(lemma)
	if irregular != "" {
		f := strings.Fields(irregular)
		pick := func(i int, def string) string {
			if i < len(f) && f[i] != "-" {
				return f[i]
			}
			return def
		}
		s3, past, part, ger = pick(0, s3), pick(1, past), pick(2, part), pick(3, ger)
	}
	set := func(w string, form vform) {
		e := lexicon[w]
		e.w = w
		if e.verb != 0 && e.verb != id {
			// Two lemmas share a form (none do in this list); the first
			// one wins.
			return
		}
		e.verb = id
		e.form |= form
		lexicon[w] = e
	}
	if props&vPast == 0 {
		set(lemma, fBase)
		if props&vNoS == 0 {
			set(s3, f3sg)
		}
		set(ger, fGer)
	}
	set(past, fPast)
	set(part, fPart)
}

// regularForms returns the regular inflections of an English verb.
func regularForms(v string) (s3, past, part, ger string) {
	n := len(v)
	last := v[n-1]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") ||
		strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") || strings.HasSuffix(v, "o"):
		s3 = v + "es"
	case last == 'y' && n > 1 && !vowel(v[n-2]):
		s3 = v[:n-1] + "ies"
	default:
		s3 = v + "s"
	}
	switch {
	case last == 'e':
		past = v + "d"
		ger = v[:n-1] + "ing"
	case last == 'y' && n > 1 && !vowel(v[n-2]):
		past = v[:n-1] + "ied"
		ger = v + "ing"
	default:
		past = v + "ed"
		ger = v + "ing"
	}
	return s3, past, past, ger
}

// Reporting verbs. The props say what each takes; speech verbs frame
// quotations, thought verbs only reported clauses. Doubled consonants and
// irregular forms are given as "3sg past part ger".
func init() {
	const (
		say    = vSpeech | vClause
		sayObj = vSpeech | vClause | vObj
		think  = vThought | vClause
		tell   = vSpeech | vClause | vRecip
	)
	for _, v := range []struct {
		lemma string
		props vprops
		irr   string
	}{
		// Saying, in general and by manner.
		{"say", say, "- said said"},
		{"add", say | vNoBare, ""},
		{"state", say | vNoBare, ""},
		{"declare", sayObj, ""},
		{"claim", sayObj | vTo, ""},
		{"assert", say, ""},
		{"insist on?", say, ""},
		{"maintain", say | vNoBare, ""},
		{"argue for|against?", say, ""},
		{"contend", say, ""},
		{"stress", sayObj, ""},
		{"emphasize", sayObj, ""},
		{"emphasise", sayObj, ""},
		{"underscore", sayObj, ""},
		{"note", say, ""},
		{"remark", say | vNoS, ""},
		{"comment on|about?", say | vNoS, ""},
		{"explain", say | vWh, ""},
		{"write about|back?", say, "- wrote written writing"},
		{"tweet", say, ""},
		{"post", say | vNoBare | vPast, ""},
		{"reply", say, ""},
		{"respond to?", say | vNoBare, ""},
		{"answer", say | vNoBare | vNoS, ""},
		{"counter", say | vNoBare, ""},
		{"retort", say, ""},
		{"allege", say, ""},
		{"admit", sayObj, "- admitted admitted admitting"},
		{"concede", sayObj, ""},
		{"acknowledge", sayObj, ""},
		{"confirm", sayObj, ""},
		{"deny", sayObj, ""},
		{"reveal", sayObj, ""},
		{"disclose", sayObj, ""},
		{"report", sayObj, ""},
		{"suggest", sayObj, ""},
		{"warn of|about|against?", tell | vTo, ""},
		{"caution", tell, ""},
		{"predict", sayObj, ""},
		{"forecast", sayObj, "- forecast forecast"},
		{"estimate", sayObj, ""},
		{"recall", say, ""},
		{"repeat", sayObj, ""},
		{"reiterate", sayObj, ""},
		{"complain about|of?", say, ""},
		{"lament", say, ""},
		{"boast about|of?", say, ""},
		{"brag", say, "- bragged bragged bragging"},
		{"joke about?", say, ""},
		{"quip", say, "- quipped quipped quipping"},
		{"shout", say | vNoBare, ""},
		{"yell", say | vNoBare, ""},
		{"scream", say | vNoBare, ""},
		{"exclaim", say | vNoBare, ""},
		{"whisper", say | vNoBare, ""},
		{"testify", say, ""},
		{"announce", sayObj, ""},
		{"proclaim", sayObj, ""},
		{"affirm", sayObj, ""},
		{"charge", say | vNoBare, ""},
		{"hint", say, ""},
		{"imply", say, ""},
		{"conclude", sayObj | vThought, ""},
		{"agree with|on?", say | vTo, ""},
		{"speculate", say | vThought, ""},
		{"theorize", say, ""},
		{"muse", say, ""},
		{"point out|to", say | vObj, ""},
		{"mention", sayObj, ""},
		{"posit", say, "- posited posited"},
		{"opine", say, ""},
		{"assure", tell, ""},
		{"reassure", tell, ""},
		{"tell", tell | vTo | vWh, "- told told"},
		{"inform", tell, ""},
		{"remind", tell, ""},
		{"notify", tell, ""},
		{"promise", tell | vTo | vObj, ""},
		{"vow", say | vTo, ""},
		{"pledge", say | vTo, ""},
		{"swear", say | vTo, "- swore sworn"},
		{"threaten", say | vTo | vNoBare, ""},
		{"urge", tell | vTo, ""},
		{"advise", tell | vTo, ""},
		{"recommend", sayObj, ""},
		{"propose", sayObj, ""},
		{"demand", sayObj, ""},
		{"ask about|for?", tell | vWh | vTo, ""},
		{"wonder", say | vWh, ""},
		{"question", say | vWh | vObj | vNoPost, ""},
		{"describe", sayObj | vWh, ""},
		{"cite", vSpeech | vObj | vNoPost, ""},
		{"call", vSpeech | vObj | vNoPost, ""},
		{"accuse", vSpeech | vObj, ""},
		{"reject", vSpeech | vObj, ""},
		{"dispute", sayObj, ""},
		{"clarify", say, ""},
		{"elaborate", say, ""},
		{"plead", say, "- pleaded pleaded"},
		{"protest", say, ""},
		{"concur", say, "- concurred concurred concurring"},
		{"declaim", say, ""},
		{"observe", say | vNoBare, ""},
		{"signal", say, ""},
		{"indicate", say, ""},
		{"insinuate", say, ""},
		{"confide", say, ""},
		{"contest", say | vNoBare | vNoS, ""},
		{"grouse", say, ""},
		{"gripe", say, "- griped griped griping"},
		{"scoff", say, ""},
		{"fume", say | vNoBare, ""},
		// More verbs of saying by manner, which frame quotations in news.
		{"confess", say, ""},
		{"bark", say | vNoBare, ""},
		{"snap", say | vNoBare, "- snapped snapped snapping"},
		{"shoot back", say | vNoBare, "shoots shot shot shooting"},
		{"fire back", say | vNoBare, ""},
		{"chime in", say | vNoBare, ""},
		{"sigh", say | vNoBare, ""},
		{"gush", say | vNoBare, ""},
		{"marvel", say | vNoBare, "- marveled marveled marveling"},
		{"mutter", say | vNoBare, ""},
		{"grumble", say | vNoBare, ""},
		{"murmur", say | vNoBare, ""},
		{"holler", say | vNoBare, ""},
		{"interject", say | vNoBare, ""},
		{"recount", say | vNoBare, ""},
		{"rant", say | vNoBare, ""},
		{"blurt out", say | vNoBare, ""},
		{"thunder", say | vNoBare, ""},
		{"stammer", say | vNoBare, ""},
		{"sneer", say | vNoBare, ""},
		{"snap", say | vNoBare, "- snapped snapped snapping"},
		{"vent", say | vNoBare, ""},
		{"marvel", say, "- marveled marveled marveling"},
		{"chant", say | vNoBare, ""},
		{"jeer", say | vNoBare, ""},
		{"email", say | vNoBare | vNoS, ""},
		{"reference", vSpeech | vObj | vNoPost, ""},
		{"put it", say | vNoBare, "- put put putting"},
		{"go on", say | vNoBare, "goes went gone going"},
		{"read", say | vNoBare, "- read read"},
		{"boom", say | vNoBare, ""},

		// Speaking of something: the object of the preposition is the
		// content.
		{"talk about", vSpeech | vObj | vNoPost, ""},
		{"speak about|of|against", vSpeech | vObj | vNoPost, "- spoke spoken"},
		{"focus on", vSpeech | vObj | vNoPost, ""},
		{"refer to", vSpeech | vObj | vNoPost, "- referred referred referring"},
		{"rail against", vSpeech | vObj | vNoPost, ""},
		{"push for", vSpeech | vObj | vNoPost, ""},
		{"dwell on", vSpeech | vObj | vNoPost, ""},
		{"advocate for?", vSpeech | vObj | vNoPost, ""},

		// Judging out loud: the object is what is judged.
		{"criticize", vSpeech | vObj | vNoPost, ""},
		{"criticise", vSpeech | vObj | vNoPost, ""},
		{"praise", vSpeech | vObj | vNoPost, ""},
		{"defend", vSpeech | vObj | vNoPost, ""},
		{"blast", vSpeech | vObj | vNoPost, ""},
		{"slam", vSpeech | vObj | vNoPost, "- slammed slammed slamming"},
		{"mock", vSpeech | vObj | vNoPost, ""},
		{"ridicule", vSpeech | vObj | vNoPost, ""},
		{"denounce", vSpeech | vObj | vNoPost, ""},
		{"condemn", vSpeech | vObj | vNoPost, ""},
		{"decry", vSpeech | vObj | vNoPost, ""},
		{"lambaste", vSpeech | vObj | vNoPost, ""},
		{"rebuke", vSpeech | vObj | vNoPost, ""},
		{"chide", vSpeech | vObj | vNoPost, ""},
		{"scold", vSpeech | vObj | vNoPost, ""},
		{"assail", vSpeech | vObj | vNoPost, ""},
		{"fault", vSpeech | vObj | vNoPost, ""},
		{"dismiss", vSpeech | vObj | vNoPost, ""},
		{"welcome", vSpeech | vObj | vNoPost, ""},
		{"applaud", vSpeech | vObj | vNoPost, ""},
		{"hail", vSpeech | vObj | vNoPost, ""},
		{"endorse", vSpeech | vObj | vNoPost, ""},
		{"blame", vSpeech | vObj | vNoPost, ""},
		{"bemoan", vSpeech | vObj | vNoPost, ""},
		{"lash out", vSpeech | vObj | vNoPost, "- lashed lashed"},
		{"shrug off", vSpeech | vObj | vNoPost, "- shrugged shrugged shrugging"},
		{"downplay", vSpeech | vObj | vNoPost, ""},
		{"compare", vSpeech | vObj | vNoPost, ""},
		{"portray", vSpeech | vObj | vNoPost, ""},
		{"invoke", vSpeech | vObj | vNoPost, ""},
		{"highlight", sayObj, ""},
		{"reaffirm", sayObj, ""},
		{"lay out", vSpeech | vObj | vNoPost, "lays laid laid laying"},
		{"apologize for", vSpeech | vObj | vNoPost, ""},
		{"apologise for", vSpeech | vObj | vNoPost, ""},
		{"credit", vSpeech | vObj | vNoPost, ""},
		{"retweet", vSpeech | vObj | vNoPost, ""},
		{"encourage", tell | vTo, ""},
		{"side with", vThought | vObj | vNoPost, ""},
		{"allude to", vSpeech | vObj | vNoPost, ""},
		{"clamor for", vSpeech | vObj | vNoPost, ""},
		{"harp on", vSpeech | vObj | vNoPost, ""},
		{"rave about", vSpeech | vObj | vNoPost, ""},
		{"snipe at", vSpeech | vObj | vNoPost, "- sniped sniped sniping"},
		{"double down on", vSpeech | vObj | vNoPost, "- doubled doubled doubling"},
		{"walk back", vSpeech | vObj | vNoPost, ""},
		{"push back on|against", vSpeech | vObj | vNoPost, ""},
		{"disown", vSpeech | vObj | vNoPost, ""},
		{"espouse", vThought | vObj | vNoPost, ""},
		{"malign", vSpeech | vObj | vNoPost, ""},
		{"vilify", vSpeech | vObj | vNoPost, ""},
		{"reproach", vSpeech | vObj | vNoPost, ""},
		{"retract", vSpeech | vObj | vNoPost, ""},
		{"recant", vSpeech | vObj | vNoPost, ""},
		{"trumpet", vSpeech | vObj | vNoPost, ""},
		{"hype", vSpeech | vObj | vNoPost, ""},
		{"tease", vSpeech | vObj | vNoPost, ""},
		{"underline", sayObj, ""},
		{"profess", sayObj, ""},
		{"relay", sayObj, ""},
		{"demur", say | vNoBare, "- demurred demurred demurring"},
		{"weigh in", vSpeech | vObj | vNoPost, ""},
		{"open up", vSpeech | vObj | vNoPost, ""},
		{"berate", vSpeech | vObj | vNoPost, ""},
		{"castigate", vSpeech | vObj | vNoPost, ""},
		{"excoriate", vSpeech | vObj | vNoPost, ""},
		{"disparage", vSpeech | vObj | vNoPost, ""},
		{"denigrate", vSpeech | vObj | vNoPost, ""},
		{"belittle", vSpeech | vObj | vNoPost, ""},
		{"deride", vSpeech | vObj | vNoPost, ""},
		{"disavow", vSpeech | vObj | vNoPost, ""},
		{"repudiate", vSpeech | vObj | vNoPost, ""},
		{"renounce", vSpeech | vObj | vNoPost, ""},
		{"deplore", vSpeech | vObj | vNoPost, ""},
		{"lambast", vSpeech | vObj | vNoPost, ""},
		{"rebuff", vSpeech | vObj | vNoPost, ""},
		{"rebut", vSpeech | vObj | vNoPost, "- rebutted rebutted rebutting"},
		{"refute", vSpeech | vObj | vNoPost, ""},
		{"contradict", vSpeech | vObj | vNoPost, ""},
		{"chastise", vSpeech | vObj | vNoPost, ""},
		{"reprimand", vSpeech | vObj | vNoPost, ""},
		{"admonish", vSpeech | vObj | vNoPost, ""},
		{"taunt", vSpeech | vObj | vNoPost, ""},
		{"bash", vSpeech | vObj | vNoPost, ""},
		{"skewer", vSpeech | vObj | vNoPost, ""},
		{"commend", vSpeech | vObj | vNoPost, ""},
		{"laud", vSpeech | vObj | vNoPost, ""},
		{"extol", vSpeech | vObj | vNoPost, "- extolled extolled extolling"},
		{"characterize", vSpeech | vObj | vNoPost, ""},
		{"characterise", vSpeech | vObj | vNoPost, ""},
		{"label", vSpeech | vObj | vNoPost, "- labeled labeled labeling"},
		{"dub", vSpeech | vObj | vNoPost, "- dubbed dubbed dubbing"},
		{"object to", vSpeech | vObj | vNoPost, ""},
		{"disagree with", vSpeech | vObj | vNoPost, ""},
		{"press for", vSpeech | vObj | vNoPost, ""},
		{"lobby for|against", vSpeech | vObj | vNoPost, ""},
		{"rally behind|around", vThought | vObj | vNoPost, ""},
		{"embrace", vThought | vObj | vNoPost, ""},
		{"champion", vThought | vObj | vNoPost, ""},
		{"implore", tell | vTo, ""},
		{"beg", tell | vTo, "- begged begged begging"},
		{"envision", think, ""},
		{"foresee", think, "- foresaw foreseen"},
		{"ponder", say | vWh | vNoBare, ""},
		{"fret about|over?", say, ""},

		// Saying by manner, more of it.
		{"mumble", say | vNoBare, ""},
		{"roar", say | vNoBare, ""},
		{"bellow", say | vNoBare, ""},
		{"growl", say | vNoBare, ""},
		{"hiss", say | vNoBare, ""},
		{"gasp", say | vNoBare, ""},
		{"laugh", say | vNoBare, ""},
		{"reason", say | vNoBare, ""},
		{"conjecture", say, ""},
		{"hypothesize", say, ""},
		{"postulate", say, ""},
		{"surmise", say, ""},
		{"stipulate", say, ""},
		{"attest", say, ""},
		{"prophesy", say, ""},
		{"specify", sayObj, ""},
		{"verify", sayObj, ""},
		{"summarize", sayObj, ""},
		{"restate", sayObj, ""},
		{"guarantee", sayObj | vTo, ""},
		{"brief", tell, ""},
		{"counsel", tell | vTo, "- counseled counseled counseling"},
		{"instruct", tell | vTo, ""},
		{"petition", tell | vTo, ""},
		{"preach", vSpeech | vObj | vNoPost, ""},
		{"lecture", vSpeech | vObj | vNoPost, ""},
		{"detail", vSpeech | vObj | vNoPost, ""},
		{"outline", vSpeech | vObj | vNoPost, ""},
		{"vouch for", vSpeech | vObj | vNoPost, ""},
		{"appeal for|to", vSpeech | vObj | vNoPost, ""},
		{"campaign for|against|on", vSpeech | vObj | vNoPost, ""},
		{"salute", vSpeech | vObj | vNoPost, ""},
		{"compliment", vSpeech | vObj | vNoPost, ""},
		{"justify", vSpeech | vObj | vNoPost, ""},
		{"spurn", vSpeech | vObj | vNoPost, ""},
		{"scorn", vSpeech | vObj | vNoPost, ""},
		{"insult", vSpeech | vObj | vNoPost | vNoS, ""},
		{"smear", vSpeech | vObj | vNoPost, ""},
		{"slander", vSpeech | vObj | vNoPost, ""},
		{"lampoon", vSpeech | vObj | vNoPost, ""},

		// Thinking and attitudes, more of them.
		{"infer", think, "- inferred inferred inferring"},
		{"deduce", think, ""},
		{"imagine", think | vNoPost, ""},
		{"notice", think | vNoPost, ""},
		{"discover", think | vNoPost, ""},
		{"approve of", vThought | vObj | vNoPost, ""},
		{"disapprove of", vThought | vObj | vNoPost, ""},
		{"resent", vThought | vObj | vNoPost, ""},
		{"detest", vThought | vObj | vNoPost, ""},
		{"despise", vThought | vObj | vNoPost, ""},
		{"loathe", vThought | vObj | vNoPost, ""},
		{"hate", vThought | vObj | vNoPost, ""},
		{"love", vThought | vObj | vNoPost, ""},
		{"admire", vThought | vObj | vNoPost, ""},
		{"dislike", vThought | vObj | vNoPost, ""},
		{"appreciate", vThought | vObj | vClause | vNoPost, ""},
		{"distrust", vThought | vObj | vNoPost, ""},
		{"mistrust", vThought | vObj | vNoPost, ""},
		{"regret", vThought | vObj | vClause | vNoPost, "- regretted regretted regretting"},
		{"thank", vSpeech | vObj | vNoPost, ""},
		{"congratulate", vSpeech | vObj | vNoPost, ""},
		{"support", vThought | vObj | vNoPost, ""},
		{"oppose", vThought | vObj | vNoPost, ""},
		{"back", vThought | vObj | vNoPost, ""},
		{"favor", vThought | vObj | vNoPost, ""},
		{"favour", vThought | vObj | vNoPost, ""},

		// Thinking, knowing, assessing.
		{"believe in?", think, ""},
		{"think", think, "- thought thought"},
		{"assess", think | vObj, ""},
		{"judge", think, ""},
		{"expect", think | vTo, ""},
		{"fear", think, ""},
		{"hope for?", think | vTo, ""},
		{"worry about?", think, ""},
		{"suspect", think, ""},
		{"know", think | vWh, "- knew known"},
		{"understand", think | vWh, "- understood understood"},
		{"feel", think, "- felt felt"},
		{"reckon", think, ""},
		{"assume", think, ""},
		{"presume", think, ""},
		{"realize", think, ""},
		{"realise", think, ""},
		{"recognize", think, ""},
		{"recognise", think, ""},
		{"doubt", think | vNoS, ""},
		{"rule out?", think | vObj, "- ruled ruled ruling"},
		{"discuss", vSpeech | vObj | vNoPost, ""},
		{"express", vSpeech | vObj | vNoPost, ""},
		{"tout", vSpeech | vObj | vNoPost, ""},
		{"echo", vSpeech | vObj | vNoPost, ""},
		{"continue", vSpeech | vNoBare, ""},
		{"offer", vSpeech | vObj | vNoPost | vTo, ""},
		{"request", vSpeech | vObj | vNoPost, ""},
		{"remember", think | vWh, ""},
		{"consider", think | vObj | vNoPost, ""},
		{"view", think | vObj | vNoPost, ""},
		{"see", think | vNoPost, "- saw seen"},
		{"deem", think | vObj | vNoPost, ""},
		{"decline", vSpeech | vIntent | vTo | vNoPost | vAct, ""},
		{"refuse", vSpeech | vIntent | vTo | vNoPost | vAct, ""},
		{"determine", think | vWh, ""},
		{"find", think | vObj, "- found found"},
		{"learn", think | vNoPost, ""},
		{"calculate", think, ""},
		{"guess", think, ""},
		{"figure", think | vNoPost, ""},
		{"anticipate", think, ""},
		{"contemplate", think | vNoPost, ""},
		{"show", think, "- showed shown"},

		// Acts of judging, naming and directing that news reports as
		// stances: "attacked Marten for the delay", "identified the
		// gunman as a local man", "ordered the release of the files".
		{"attack", vSpeech | vObj | vNoPost | vPast | vAct, ""},
		{"challenge", vSpeech | vObj | vNoPost | vPast | vAct, ""},
		{"quote", vSpeech | vObj | vNoPost, ""},
		{"identify", think | vObj | vNoPost | vAct, "- identified identified identifying"},
		{"list", vSpeech | vObj | vNoPost | vAct, ""},
		{"liken", vSpeech | vObj | vNoPost, ""},
		{"balk at", vThought | vObj | vNoPost, ""},
		{"articulate", vSpeech | vObj | vNoPost, ""},
		{"acquiesce to|in?", vThought | vNoPost, ""},
		{"document", sayObj | vPast | vAct, ""},
		{"attribute", vSpeech | vObj | vNoPost, ""},
		{"persuade", tell | vTo, ""},
		{"order", vSpeech | vObj | vNoPost | vTo | vAct, ""},

		// Intentions and wishes: content only as a to-infinitive or a
		// that-clause.
		{"want", vThought | vIntent | vTo | vNoPost, ""},
		{"plan", vThought | vIntent | vTo | vNoPost, "- planned planned planning"},
		{"wish", vThought | vIntent | vTo | vClause | vNoPost, ""},
		{"seek", vThought | vIntent | vTo | vNoPost, "- sought sought"},
		{"prefer", vThought | vIntent | vTo | vNoPost, "- preferred preferred preferring"},
	} {
		addVerb(v.lemma, v.props, v.irr)
	}
}

func init() {
	addClass(cSubjPron, "he she they we i you it")
	addClass(cObjPron, "him her them us me you it")
	addClass(cPossPron, "his her their its our my your whose")
	addClass(cDet, "the a an this that these those some any each every no another both all many several few most "+
		"such other one two three four five six seven eight nine ten dozens hundreds thousands")
	addClass(cAux, "be is are was were am been being 's ’s 're ’re 'm ’m have has had having 've ’ve 'd ’d "+
		"do does did will would shall should can could may might must ought 'll ’ll wo ca")
	addClass(cNeg, "not n't n’t never no longer")
	addClass(cAdv, "also still later previously again repeatedly once often already just even then now further "+
		"first initially recently earlier subsequently consistently publicly privately openly flatly firmly "+
		"reportedly allegedly separately similarly likewise simply only too ever always meanwhile "+
		"elsewhere yet last originally falsely correctly rightly wrongly here long")
	addClass(cPrep, "in on at by for with from of to about into over under after before during since against "+
		"without among between through across following per via toward towards upon amid amongst within "+
		"regarding concerning despite near like unlike beyond behind outside inside throughout around "+
		"including excluding")
	addClass(cSubord, "that because although though when whenever while whereas if unless until as since "+
		"whether where once so")
	addClass(cRel, "who whom whose which that")
	addClass(cWh, "whether if why how what when where who which")
	addClass(cConj, "and or but nor & plus")
	addClass(0, "out up off down back")
	addClass(cClauseAdv, "however meanwhile moreover furthermore nevertheless nonetheless instead indeed "+
		"still also separately additionally overall now then later earlier previously but and so yet thus "+
		"hence accordingly besides likewise similarly otherwise")
	addClass(cNoSpeaker, "there this that these those here what which whom whose it's such one")

	// Titles written before names, capitalised; the lower-case ones
	// double as role nouns.
	addClass(cTitle, "mr. mrs. ms. dr. prof. sen. rep. gov. gen. lt. col. maj. capt. sgt. adm. cmdr. rev. "+
		"hon. amb. sec. atty. supt. insp. det. pres. lt.-gen. maj.-gen. brig. gens. sens. reps. messrs. "+
		"president vice secretary minister senator congressman congresswoman representative governor mayor "+
		"judge justice chancellor premier king queen prince princess pope sheikh ambassador general "+
		"admiral colonel major captain lieutenant sergeant commander chief chairman chairwoman chair "+
		"director spokesman spokeswoman spokesperson speaker leader prosecutor attorney counsel "+
		"commissioner superintendent inspector detective officer professor dr sir lord lady dame "+
		"deputy acting former undersecretary envoy emir ayatollah archbishop bishop cardinal father rabbi "+
		"imam mufti councilman councilwoman councillor alderman alderwoman assemblyman assemblywoman delegate "+
		"founder ceo cfo coo executive manager coach head candidate nominee")
	addClass(cRole, "spokesman spokeswoman spokesperson spokespeople spokesmen minister secretary president "+
		"senator governor mayor leader chief official officials director adviser advisor aide ambassador "+
		"envoy analyst expert professor researcher economist strategist pollster lawyer attorney general "+
		"commander chairman chairwoman chair founder ceo executive head representative lawmaker "+
		"congressman congresswoman member manager editor reporter correspondent columnist writer author "+
		"activist campaigner prosecutor judge justice colleague friend wife husband son daughter mother "+
		"father brother sister nominee candidate hopeful rival opponent challenger frontrunner "+
		"front-runner host anchor commentator critic supporter backer donor operative consultant "+
		"counsel deputy undersecretary premier chancellor officer agent investigator inspector "+
		"diplomat negotiator mediator sheriff detective coach player owner partner president-elect "+
		"vice-president governor-elect ex-president king queen prince sen. rep. gov. gen. mr. mrs. "+
		"ms. dr. prof. rev. sgt. capt. col. lt. adm. maj. cmdr. amb.")
	addClass(cOffice, "state defense defence homeland security treasury health energy commerce labor labour "+
		"education transportation justice agriculture interior veterans affairs foreign staff the "+
		"housing urban development human services")

	addClass(cTimeNoun, "monday tuesday wednesday thursday friday saturday sunday "+
		"mon. tue. tues. wed. thu. thur. thurs. fri. sat. sun. "+
		"january february march april may june july august september october november december "+
		"jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. "+
		"yesterday today tonight tomorrow morning afternoon evening night week weekend month year "+
		"weeks months years days day hours decade spring summer fall autumn winter overnight "+
		"midday noon midnight dawn dusk daybreak nightfall mid-morning midmorning mid-afternoon midafternoon mid-evening")
	addClass(0, "itself himself herself themselves myself ourselves yourself")
	addClass(0, "few several recent others everyone everybody nobody someone somebody anyone critics")
	// Verbs whose subject is also the subject of the infinitive after
	// them: "continued to insist", "tend to favor", "declined to say".
	addClass(cControl, "tend tends tended continue continues continued seem seems seemed appear appears appeared "+
		"want wants wanted plan plans planned hope hopes hoped try tries tried begin begins began start starts "+
		"started refuse refuses refused decline declines declined decide decides decided agree agrees agreed "+
		"promise promises promised vow vows vowed threaten threatens threatened fail fails failed need needs "+
		"needed used going went wish wishes wished prefer prefers preferred expect expects expected")
	addClass(cTimeMod, "last this next earlier later early late mid previous past recent same following "+
		"that ago")

	addClass(cVenueNoun, "statement statements interview interviews tweet tweets post posts speech speeches "+
		"letter letters email emails e-mail op-ed video message messages conference briefing hearing "+
		"testimony appearance broadcast podcast show program programme column article essay memo "+
		"filing blog address remarks channel radio television tv press release news newsletter "+
		"documentary book report communique communiqué announcement declaration call session rally "+
		"debate forum summit meeting ceremony event documents document transcript notice")
	addClass(cPlatform, "twitter facebook instagram telegram youtube tiktok x truth linkedin reddit snapchat "+
		"whatsapp vk weibo threads bluesky substack cnn msnbc fox bbc npr pbs nbc abc cbs reuters "+
		"television radio tv")
	addClass(cRecipNoun, "reporters journalists reporter journalist correspondents press media audience "+
		"crowd crowds supporters lawmakers legislators senators viewers listeners readers voters "+
		"students members colleagues delegates parliament congress committee panel investigators "+
		"police prosecutors court jury judge interviewer interviewers host anchor")

	// Nouns that name an utterance or an attitude, for "X's claim that".
	addClass(cUttNoun, "assessment assessments claim claims statement assertion assertions belief beliefs view "+
		"views warning warnings argument arguments allegation allegations accusation accusations suggestion "+
		"prediction predictions conclusion conclusions insistence contention denial denials admission "+
		"acknowledgment acknowledgement announcement promise promises pledge vow threat threats remark "+
		"remarks comment comments message opinion estimate estimates fear fears hope hopes concern "+
		"concerns suspicion suspicions theory position stance proposal demand demands report reports "+
		"finding findings testimony tweet speech words explanation response reply answer charge "+
		"charges complaint complaints criticism verdict ruling judgment judgement impression "+
		"understanding expectation expectations worry worries intention plan plans wish desire decision "+
		"determination recommendation advice request call appeal insistence reminder guess "+
		"forecast analysis conviction thesis")

	// Common finite verbs that are not reporting verbs. They end a
	// speaker's noun phrase (“the intercepts include some members”) and
	// mark a stretch of words as a clause.
	addClass(cVerb, "is are was were has have had does did "+
		"made makes took takes gave gives got gets went goes came comes saw sees became becomes left "+
		"leaves brought brings began begins kept keeps held holds stood stands heard hears let lets "+
		"meant means met meets ran runs paid pays sat sits lay lies led leads grew grows lost loses fell "+
		"falls sent sends built builds spent spends cut cuts rose rises drove drives bought buys wore "+
		"chose chooses sought caught catches dealt won wins fought fights struck strikes hit hits "+
		"includes included include seems seemed appears appeared remains remained becomes tries tried "+
		"needs needed wanted uses used helps helped shows showed works worked calls called moves moved "+
		"lives lived happens happened continues continued sets provides provided requires required "+
		"allows allowed offers offered launched launches fired attacked killed died opened closed "+
		"faces faced plays played runs reached remained became returned voted signed passed ordered "+
		"joined visited won beat spent owns owned received led according")
}

// lookup returns what the lexicon knows of the word w, which may be in any
// case; buf is scratch space for lower-casing, returned for reuse.
func lookup(w string, buf []byte) (word, []byte) {
	lower := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			lower = false
			break
		}
	}
	if lower {
		return lexicon[w], buf
	}
	buf = buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return lexicon[string(buf)], buf
}

// notLyAdverbs are words in -ly that are no adverbs of manner: nouns,
// verbs, names and adjectives.
var notLyAdverbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields("supply family assembly italy belly bully daily weekly monthly " +
		"yearly hourly nightly quarterly biweekly likely unlikely lonely friendly unfriendly costly elderly " +
		"deadly orderly kelly emily sally molly holly billy anomaly monopoly homily comply multiply philly " +
		"shelly chilly lovely lively timely curly beverly kimberly stanley bradley ashley wesley dudley " +
		"shirley hadley finley burly surly ghastly manly womanly heavenly worldly july jolly silly ugly " +
		"early only") {
		notLyAdverbs[w] = true
	}
}

// isLyAdverb reports whether the lower-case word w looks like an adverb in
// -ly that may sit in a verb group ("flatly denied"). Short words (tally,
// rally, reply) are not.
func isLyAdverb(w string) bool {
	return len(w) >= 6 && strings.HasSuffix(w, "ly") && !notLyAdverbs[w]
}
