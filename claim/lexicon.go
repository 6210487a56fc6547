package claim

// The word lists of this file are the extractor's knowledge of English
// responsibility talk. Every entry is lower case with ASCII apostrophes:
// the extractor folds the text's words the same way before it looks them
// up. Keeping the lists here, apart from the matching code, is what lets
// the extractor be extended for a new outlet's phrasing without touching
// its logic.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// beForms are the forms of "to be" that link a subject to "behind",
// "responsible", "involved" or "a false flag".
var beForms = set("is", "was", "were", "are", "be", "been", "being", "'s", "'re", "am")

// skippable are the words that may stand between a subject and its
// predicate without changing who is said to have done what: auxiliaries,
// modals, negation (recorded separately) and adverbs.
var skippable = set(
	"is", "was", "were", "are", "be", "been", "being", "'s", "'re", "am",
	"has", "have", "had", "'ve", "'d", "do", "does", "did",
	"may", "might", "could", "would", "should", "must", "will", "can", "shall", "'ll",
	"not", "n't", "never", "also", "still", "even", "indeed", "all", "only", "just",
	"very", "most", "more", "much", "almost", "quite", "itself", "themselves", "himself",
	"ever", "then", "now", "already", "both", "alone", "so",
)

// negations turn a predicate into its denial.
var negations = set("not", "n't", "never", "no")

// incidentNouns head the noun phrases that can name the story's incident.
// "the attack", "the incident", "an explosion" ... A responsibility claim
// must concern such a phrase (or a pronoun for one), so that a denial of
// something else ("had nothing to do with the talks") is not a claim
// about the incident.
var incidentNouns = set(
	"attack", "incident", "operation", "explosion", "blast", "bombing", "strike",
	"assault", "sabotage", "crime", "raid", "shooting", "killing", "assassination",
	"poisoning", "hack", "cyberattack", "cyber-attack", "plot", "act", "attacks",
	"explosions", "blasts", "strikes", "drone", "massacre", "ambush", "detonation", "arson",
)

// instrumentNouns are what an attack is done with: "responsible for
// placing the charges" concerns the incident.
var instrumentNouns = set(
	"charge", "charges", "explosive", "explosives", "bomb", "bombs", "device", "devices",
	"drones", "mines", "detonators",
)

// eventPronouns stand for an incident named before: "behind it", "had
// nothing to do with this".
var eventPronouns = set("it", "this", "that")

// agentVerbs are the verbs whose subject is said to have done the object:
// "X carried out the attack". Each maps to the particle that must follow
// it, or "" for none.
var agentVerbs = map[string]string{
	"carried": "out", "carry": "out", "carries": "out", "carrying": "out",
	"conducted": "", "conduct": "", "conducts": "",
	"launched": "", "launch": "", "launches": "",
	"orchestrated": "", "orchestrate": "", "orchestrates": "",
	"ordered": "", "order": "", "orders": "",
	"staged": "", "stage": "", "stages": "", "staging": "",
	"planned": "", "plan": "", "plans": "",
	"perpetrated": "", "perpetrate": "",
	"masterminded": "", "mastermind": "",
	"organised": "", "organized": "", "organise": "", "organize": "",
	"committed": "", "commit": "",
	"sponsored": "", "engineered": "", "plotted": "", "directed": "",
	"executed": "",
	"blew":     "up", "blow": "up", "blown": "up",
	"did": "", "do": "", "done": "",
	"attacked": "", "attack": "",
	"struck": "", "strike": "", "hit": "",
	"placed": "", "planted": "", "place": "", "plant": "",
	"caused": "", "cause": "",
}

// targetVerbs are the agent verbs whose object is the target, not the
// incident ("attacked the Kremlin"): they need an object that the article
// has named as the incident's target, or a pronoun.
var targetVerbs = set("attacked", "attack", "struck", "strike", "hit", "blew", "blow", "blown")

// weakVerbs are agent verbs too common to be read with any object: they
// need a pronoun or an incident noun phrase ("did this", "caused the
// explosion").
var weakVerbs = set("did", "do", "done", "caused", "cause", "directed", "executed", "placed", "planted", "place", "plant")

// passiveAgentVerbs take the doer after "by" in the passive: "the attack
// was carried out by X".
var passiveAgentVerbs = set(
	"carried", "conducted", "launched", "orchestrated", "ordered", "staged", "planned",
	"perpetrated", "masterminded", "organised", "organized", "committed", "sponsored",
	"engineered", "plotted", "directed", "struck", "hit", "attacked", "blown", "caused", "placed", "planted",
)

// baseNouns are agent verbs whose base form is also a noun of the deed.
var baseNouns = set("attack", "strike", "hit", "order", "plan", "stage", "launch", "plot", "cause", "place",
	"plant", "blow", "commit", "conduct", "carry", "do", "mastermind", "execute", "organise", "organize",
	"orchestrate", "perpetrate")

// blameVerbs name the object as the one responsible: "blamed Y for".
var blameVerbs = set("blame", "blames", "blamed", "blaming")

// accuseVerbs name the object as the doer of their "of" phrase.
var accuseVerbs = set("accuse", "accuses", "accused", "accusing", "suspect", "suspects", "suspected", "suspecting")

// claimVerbs with "responsibility" make their subject claim the deed for
// itself.
var claimVerbs = set("claimed", "claim", "claims", "claiming", "took", "take", "takes", "taking",
	"accepted", "accept", "accepts", "admitted", "admit", "admits")

// denyVerbs deny what follows: a clause, or a noun of involvement.
var denyVerbs = set("denied", "deny", "denies", "denying", "rejected", "reject", "rejects", "rejecting",
	"dismissed", "dismiss", "dismisses", "dismissing", "refuted", "refute", "refutes", "disputed", "dispute")

// involvementNouns are what a denial or an admission is of: "denied any
// involvement", "denied responsibility".
var involvementNouns = set("involvement", "responsibility", "role", "part", "hand", "complicity", "participation", "link", "links", "connection")

// frameVerbs report what someone says, thinks or finds: the holder of a
// claim in their complement is their subject. The value is the frame's
// kind.
var frameVerbs = map[string]frameKind{
	"said": say, "says": say, "say": say, "saying": say, "told": say, "tells": say, "tell": say,
	"added": say, "adds": say, "stated": say, "states": say, "declared": say, "announced": say,
	"claimed": say, "claims": say, "claim": say, "claiming": say,
	"alleged": say, "alleges": say, "allege": say, "alleging": say,
	"insisted": say, "insists": say, "insist": say, "insisting": say,
	"argued": say, "argues": say, "maintained": say, "maintains": say,
	"stressed": say, "asserted": say, "asserts": say, "charged": say, "charges": say,
	"wrote": say, "writes": say, "warned": say, "confirmed": say, "confirms": say, "confirm": say,
	"acknowledged": say, "admitted": say, "admits": say, "repeated": say, "reiterated": say,
	"reported": say, "reports": say, "noted": say, "explained": say, "accused": say,
	"believe": think, "believes": think, "believed": think, "believing": think,
	"think": think, "thinks": think, "thought": think,
	"assess": think, "assesses": think, "assessed": think, "assessing": think,
	"concluded": think, "concludes": think, "conclude": think,
	"found": think, "finds": think, "determined": think, "judged": think, "judge": think, "judges": think,
	"suspect": think, "suspects": think, "suspected": think,
	"speculated": think, "speculates": think, "speculating": think, "speculate": think,
	"suggested": think, "suggests": think, "suggesting": think, "suggest": think,
	"indicated": think, "indicates": think, "indicate": think,
	"showed": think, "shows": think, "show": think, "revealed": think, "reveals": think,
	"know": think, "knows": think, "knew": think, "consider": think, "considers": think, "considered": think,
	"considering": think, "examining": think, "exploring": think, "weighing": think,
	"raised": think, "raises": think, "raising": think,
	"estimated": think, "estimates": think, "feared": think, "fears": think, "hinted": think,
	"assure": think, "assured": think, "doubt": think, "doubts": think, "doubted": think,
	"denied": deny, "deny": deny, "denies": deny, "denying": deny,
	"rejected": deny, "reject": deny, "rejects": deny, "rejecting": deny,
	"dismissed": deny, "dismiss": deny, "dismisses": deny, "refuted": deny, "disputed": deny,
}

// frameKind says what a frame does to the claims in its complement.
type frameKind uint8

const (
	noFrame         frameKind = iota
	say                       // reports the claim as the subject's
	think                     // reports a belief or assessment: same, and hedges may attach
	deny                      // reports the subject's denial: the claim's polarity flips
	ruleOut                   // "ruled out": the claim is judged almost impossible
	openPossibility           // "has not ruled out": the claim is kept open, a roughly even chance
)

// nounFrames head a "that" clause whose content is someone's claim: "a
// US assessment that ...", "Russia's claim that ...".
var nounFrames = set(
	"claim", "claims", "assessment", "assessments", "allegation", "allegations", "accusation",
	"accusations", "belief", "suspicion", "suspicions", "conclusion", "possibility", "view",
	"finding", "findings", "report", "reports", "charge", "speculation", "theory", "idea",
	"suggestion", "notion", "assertion", "argument", "judgment", "judgement", "intelligence",
	"evidence", "indications", "sign", "signs",
)

// rejectionNouns are what a rejection or a denial refers back to: "an
// allegation rejected by Washington", "described the allegation as absurd".
var rejectionNouns = set(
	"allegation", "allegations", "accusation", "accusations", "claim", "claims", "charge",
	"charges", "assertion", "suggestion", "reading", "idea", "version", "account", "story",
)

// scornWords judge a claim false: "the idea that we did it is an
// insult", "described the allegation as absurd".
var scornWords = set(
	"absurd", "ludicrous", "baseless", "nonsense", "false", "lie", "lies", "insult", "preposterous",
	"ridiculous", "fabricated", "fabrication", "untrue", "groundless", "laughable", "slander",
	"propaganda", "fiction", "unfounded",
)

// stateHeads are nouns of a state's own organs: "senior Ukrainian
// government officials" are the state, so the agent is the country.
var stateHeads = set(
	"government", "governments", "officials", "official", "leadership", "leaders", "leader",
	"authorities", "regime", "state", "administration", "president", "ministry", "cabinet",
	"kremlin", "army", "military", "troops", "services", "intelligence", "country", "nation",
	"side", "officers", "soldiers", "ministers", "minister", "agencies", "agency",
)

// groupHeads are nouns of non-state or sub-state groups: "a Ukrainian
// group", "special forces", "non-state actors". An agent so
// named is a group entity, affiliated to the country its demonym names.
var groupHeads = set(
	"group", "groups", "forces", "force", "unit", "units", "militants", "fighters", "rebels",
	"saboteurs", "actors", "operatives", "agents", "cell", "cells", "network", "front",
	"brigade", "organisation", "organization", "militia", "militias", "faction", "insurgents",
	"partisans", "squad", "commandos", "hackers", "separatists", "extremists", "terrorists",
	"sympathizers", "sympathisers", "elements", "proxies", "mercenaries", "nationalists",
	"radicals", "volunteers", "men", "movement", "members", "activists", "guerrillas", "team",
)

// orgNouns are the group nouns that "the ..." can use for an
// organisation named before: "the group", "the front".
var orgNouns = set("group", "front", "organisation", "organization", "movement", "network", "brigade",
	"militia", "faction", "cell", "unit", "army")

// channelHeads are the carriers of second-hand claims: in "intercepted
// communications of Kessary officials", the holder is the officials.
var channelHeads = set(
	"communications", "communication", "intercepts", "intercept", "chatter", "messages", "message",
	"calls", "cables", "documents", "document", "recordings", "conversations", "emails", "letters",
)

// determiners open a noun phrase without naming anything.
var determiners = set("the", "a", "an", "some", "any", "one", "two", "several", "certain", "such", "these", "those", "this", "that", "other", "another", "many")

// npStop ends a noun phrase read leftwards or rightwards: clause words,
// conjunctions, reporting verbs and pronouns that cannot be inside one.
var npStop = set(
	"that", "which", "who", "whom", "whose", "whether", "if", "because", "while", "as",
	"since", "although", "though", "when", "after", "before", "unless", "until", "than",
	"but", "so", "including", "to", "you", "me", "him", "them", "us", "by", "for", "with",
	"from", "into", "during", "about", "over", "following", "where", "why", "how", "what",
	"there", "here", "not", "nor", "is", "was", "were", "are", "be", "been", "has", "have", "had",
	"said", "says", "told", "believe", "believes", "think", "assess", "assesses", "assessed",
)

// conditionWords make a clause hypothetical: "if the investigation
// confirmed involvement" claims nothing.
var conditionWords = set("if", "whether", "unless", "lest", "why")

// figurative words before a noun of incident make it no incident: "a
// searing attack on the nominee", "a heart attack".
var figurative = set("searing", "scathing", "blistering", "verbal", "rhetorical", "personal", "political",
	"stinging", "withering", "heart", "panic", "asthma", "anxiety", "charm", "media", "pr", "campaign",
	"partisan", "public", "written", "twitter", "sharp")

// firstPersonPlural stand for the holder's side: "we didn't attack".
var firstPersonPlural = set("we", "us", "our", "ours")

// possessivePronouns before a noun of country or group stand for the
// holder's side: "his country", "our forces".
var possessivePronouns = set("his", "her", "their", "our", "its", "my")

// boosters are phrases of certainty that package certainty leaves to the
// context; in a responsibility claim they state the speaker's certainty.
// Each is a word sequence; the term is always "almost certain".
var boosters = [][]string{
	{"assure"}, {"we", "know"}, {"i", "know"}, {"know", "for", "certain"}, {"no", "doubt"},
	{"beyond", "doubt"}, {"beyond", "any", "doubt"}, {"without", "doubt"},
}

// Word classes, as bits, so that the extractor looks each word up once
// (in newExtractor) and tests bits in its inner loops.
const (
	cTrigger uint32 = 1 << iota
	cIncident
	cSkippable
	cBe
	cNeg
	cNPStop
	cRightStop
	cDeterminer
	cFrame
	cPossessive
	cNounFrame
	cKnown // the word's classes have been looked up
)

// shape tables say which lengths, first and last letters the words of a
// list have: shape[n][f][l] is set when one has n bytes, starts with the
// letter f and ends with the letter l (letters as 0-25, 26 for any other
// byte). They answer most words of a text without a map look-up.
type shape [16][27][27]bool

func letter(b byte) byte {
	switch {
	case 'a' <= b && b <= 'z':
		return b - 'a'
	case 'A' <= b && b <= 'Z':
		return b - 'A'
	}
	return 26
}

func shapeOf(words map[string]bool) *shape {
	var t shape
	for w := range words {
		if len(w) >= len(t) {
			panic("claim: word too long for a shape table: " + w)
		}
		t[len(w)][letter(w[0])][letter(w[len(w)-1])] = true
	}
	return &t
}

var (
	triggerShape  = shapeOf(triggers)
	incidentShape = shapeOf(incidentNouns)
)

// maxLexWord is the length of the longest word of lexClass: a longer
// word need not be looked up.
var maxLexWord = func() int {
	n := 0
	for w := range lexClass {
		n = max(n, len(w))
	}
	return n
}()

// lexClass maps a folded word to its classes.
var lexClass = func() map[string]uint32 {
	m := map[string]uint32{}
	add := func(c uint32, words map[string]bool) {
		for w := range words {
			m[w] |= c
		}
	}
	add(cTrigger, triggers)
	add(cIncident, incidentNouns)
	add(cSkippable, skippable)
	add(cBe, beForms)
	add(cNeg, negations)
	add(cNPStop, npStop)
	add(cRightStop, rightStop)
	add(cDeterminer, determiners)
	add(cPossessive, possessivePronouns)
	add(cNounFrame, nounFrames)
	for w := range frameVerbs {
		m[w] |= cFrame
	}
	return m
}()
