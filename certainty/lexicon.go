package certainty

// ICD 203 likelihood terms (dossier.Likelihoods), from least to most
// likely, with the probability ranges the directive gives them.
const (
	AlmostNoChance    = "almost no chance"    // 01-05%
	VeryUnlikely      = "very unlikely"       // 05-20%
	Unlikely          = "unlikely"            // 20-45%
	RoughlyEvenChance = "roughly even chance" // 45-55%
	Likely            = "likely"              // 55-80%
	VeryLikely        = "very likely"         // 80-95%
	AlmostCertain     = "almost certain"      // 95-99%
)

// Confidence levels (dossier.Confidences), kept apart from likelihood.
const (
	LowConfidence      = "low"
	ModerateConfidence = "moderate"
	HighConfidence     = "high"
)

// mode says who decides whether a lexicon candidate is a cue.
type mode uint8

const (
	// ruled candidates are cues wherever no context rule vetoes them:
	// their reading as a cue does not depend on the sentence ("allegedly",
	// "probably"), and what the package promises for them should not
	// change with a training run.
	ruled mode = iota
	// learnedYes candidates are decided by the model; without a model
	// they are cues. Most of their occurrences are cues ("could",
	// "whether", "considered").
	learnedYes
	// learnedNo candidates are decided by the model; without a model they
	// are not cues. Most of their occurrences are not ("will", "can",
	// "until", "estimated").
	learnedNo
)

// lexEntry is one cue word or phrase of the lexicon.
type lexEntry struct {
	// phrase is written as it reads; it is tokenized like text, so "it's"
	// is two tokens. Square brackets mark the words that make the cue's
	// span when they are fewer than the phrase: "very [likely]" matches
	// "very likely" (and states "very likely") but marks "likely", as the
	// Szeged corpus does. Without brackets the whole phrase is the span.
	phrase string
	typ    CueType
	mode   mode
	// term is the likelihood the phrase states, or "".
	term string
}

// group builds entries of one type, mode and term.
func group(typ CueType, m mode, term string, phrases ...string) []lexEntry {
	out := make([]lexEntry, len(phrases))
	for i, p := range phrases {
		out[i] = lexEntry{phrase: p, typ: typ, mode: m, term: term}
	}
	return out
}

// hedgeLexicon holds the cues that compete for their tokens: where two
// match at one place the longest wins, and a matched phrase is not read
// again word by word ("almost certainly" is one hedge, not a hedge and a
// booster). Words that a context rule treats specially ("may", "could",
// "certain", the negatable boosters) are listed here too; see rules.go.
//
// The lists are general English hedging vocabulary, the classes of the
// Szeged Uncertainty Corpus annotation guidelines, and the booster and
// evidential words of news copy; the corpus itself only tells the model
// which ambiguous ones are cues where.
var hedgeLexicon = concat(
	// Modals and adverbs of possibility and probability.
	group(Speculation, ruled, RoughlyEvenChance,
		"may", "might", "possibly", "perhaps", "maybe", "conceivably", "perchance",
		"may or may not", "might or might not", "may , or may not", "[could] have",
		"roughly even chance", "roughly even odds", "even chance", "even odds", "50-50", "fifty-fifty",
		"toss-up", "coin flip"),
	group(Speculation, ruled, Likely,
		"probably", "likely", "probable", "presumably", "in all likelihood", "in all probability",
		"most [likely]", "more than likely", "more [likely] than not", "good chance", "strong possibility"),
	group(Speculation, ruled, VeryLikely,
		"very [likely]", "highly [likely]", "very [probably]", "highly [probable]", "very [probable]",
		"little doubt", "little or no doubt"),
	group(Speculation, ruled, AlmostCertain,
		"almost certainly", "almost certain", "nearly certain", "nearly certainly",
		"virtually certain", "virtually certainly"),
	group(Speculation, ruled, Unlikely,
		"unlikely", "improbable", "doubtful", "not [likely]", "not [probable]"),
	group(Speculation, ruled, VeryUnlikely,
		"very [unlikely]", "highly [unlikely]", "extremely [unlikely]", "highly [improbable]",
		"very [doubtful]", "highly [doubtful]"),
	group(Speculation, ruled, AlmostNoChance,
		"remote possibility", "remote chance", "almost no chance", "virtually no chance",
		"little or no chance"),
	// Litotes: a negated "unlikely" or "impossible" leaves a possibility
	// open, and says no more than that.
	group(Speculation, ruled, RoughlyEvenChance, "not [unlikely]", "not [impossible]",
		"not [inconceivable]"),
	// Admitting that something cannot be known is a hedge, whatever
	// "impossible" or "no way" would say alone.
	group(Speculation, ruled, "",
		"impossible to verify", "impossible to confirm", "impossible to say", "impossible to know",
		"impossible to determine", "impossible to tell", "impossible to predict",
		"no way to verify", "no way to confirm", "no way to know", "no way to tell",
		"difficult to verify", "difficult to confirm", "difficult to prove", "difficult to determine",
		"hard to verify", "hard to confirm", "hard to prove", "hard to determine", "hard to say",
		"too early to say", "too early to tell", "too soon to say", "too soon to tell"),
	group(Speculation, ruled, RoughlyEvenChance, "could"),
	group(Speculation, learnedYes, RoughlyEvenChance, "possible", "possibility", "potentially"),
	group(Speculation, learnedNo, "", "can", "ca", "potential", "possibilities"),
	group(Speculation, learnedYes, Likely, "likelihood"),
	group(Speculation, learnedNo, "", "should", "must", "almost", "probability", "chance", "chances"),

	// Evidentials and appearances: the source reports without vouching.
	group(Speculation, ruled, "",
		"reportedly", "reputedly", "purportedly", "purported", "ostensibly", "apparently",
		"seem", "seems", "seemed", "seeming", "seemingly",
		"[appear] to", "[appears] to", "[appeared] to", "[appearing] to",
		"it [appears]", "it [appeared]", "it would [appear]", "it would [seem]",
		"rumor", "rumors", "rumored", "rumour", "rumours", "rumoured",
		"speculate", "speculates", "speculated", "speculating", "speculation", "speculative",
		"unclear", "uncertain", "uncertainty", "unsure", "unconfirmed", "unproven", "unverified",
		"tentative", "tentatively", "suggest", "suggests"),
	group(Speculation, learnedYes, "",
		"suggested", "suggesting", "suggestion", "suggestive", "imply", "implies", "implied", "implying",
		"apparent", "questioned", "questionable", "dubious", "doubt", "doubts", "doubted", "appear",
		"appears", "appeared", "indicates", "indicative"),
	group(Speculation, learnedNo, "",
		"indicate", "indicated", "indicating", "indication", "indications", "unknown", "question",
		"fear", "fears", "feared", "fearing", "worry", "worries", "worried", "concern", "concerns",
		"risk", "signs", "look", "looks", "looked", "sign"),
	// Admitted gaps in what is known.
	group(Speculation, ruled, "",
		"no evidence", "little evidence", "scant evidence", "insufficient evidence", "no proof",
		"no hard evidence", "no direct evidence", "no clear evidence", "no conclusive evidence",
		"no firm evidence", "no solid evidence", "no credible evidence", "no confirmation",
		"no independent confirmation", "little is known", "remains unclear", "far from clear",
		"raises the possibility", "raised the possibility", "raise the possibility", "raising the possibility",
		"raises questions", "raised questions", "raise questions", "raising questions",
		"cast doubt", "casts doubt", "casting doubt", "cast doubts", "casts doubts",
		"called into question", "calls into question", "calling into question", "call into question",
		"in doubt", "open question", "under question"),

	// Beliefs, expectations, accusations.
	// "think" and "suspect" are doxastic wherever a rule does not make
	// them a noun ("think tank", "the suspect"): the corpus leaves many
	// a quoted "I think" unmarked, which a model learns and a dossier
	// should not.
	group(Doxastic, ruled, "", "think", "thinks", "suspect"),
	// The analytic judgment of intelligence writing ("we assess that",
	// "we judge with moderate confidence") is a belief, not a fact.
	group(Doxastic, ruled, "",
		"[assess] that", "[assesses] that", "[assessed] that", "[assess] with", "[assesses] with",
		"[assessed] with", "[judge] that", "[judges] that", "[judged] that", "[judge] with",
		"[judges] with", "[judged] with"),
	group(Doxastic, ruled, "",
		"believe", "believes", "believed", "believing", "suspected", "alleged", "allegedly",
		"allege", "alleges", "alleging", "supposedly", "putative", "accused", "accuses", "accusing"),
	group(Doxastic, learnedYes, "",
		"thought", "expect", "expects", "expected", "expecting", "considered",
		"consider", "considers", "regarded", "regard", "viewed", "presumed", "presume", "assumed",
		"assume", "assumes", "assuming", "assumption", "supposed", "suppose", "suspects",
		"hypothesis", "hypothesize", "hypothesized", "hypothesise", "hypothesised", "theorized",
		"theorised", "reckon", "reckons", "predict", "predicts", "predicted", "anticipate",
		"anticipates", "anticipated", "accuse", "allegation", "allegations", "accusation",
		"accusations", "wonder", "wonders", "wondered", "expectation", "expectations", "belief",
		"beliefs", "suspicion", "suspicions", "seen"),
	group(Doxastic, learnedNo, "",
		"thinking", "considering", "regards", "regarding", "view", "views", "see", "sees",
		"feel", "feels", "felt", "estimated", "estimates", "estimate", "forecast", "forecasts",
		"projected", "deemed", "guess", "idea", "ideas", "anticipation", "charges", "charged",
		"prediction", "predictions", "imagine", "suspicious", "unexpected"),

	// Conditions and hypotheticals.
	group(Condition, ruled, "",
		"unless", "[provided] that", "[providing] that", "as long as", "so long as",
		"in the event that", "on condition that", "on the condition that", "in case"),
	group(Condition, learnedYes, "", "if", "would", "wo", "whenever"),
	group(Condition, learnedNo, "", "will", "until", "once", "otherwise"),

	// Open questions.
	group(Investigation, ruled, "",
		"whether or not", "remains to be seen", "remain to be seen", "remained to be seen",
		"remains to be determined", "remains to be known", "yet to be determined"),
	group(Investigation, learnedYes, "", "whether"),
	group(Investigation, learnedNo, "", "investigate", "determine", "evaluate", "assess", "examine",
		"verify", "test", "explore"),

	// Boosters. "certain" and "sure" are boosters only in a predicate
	// ("is certain"), not as determiners ("a certain man", "make sure").
	group(Booster, ruled, AlmostCertain,
		"undoubtedly", "certainly", "clearly", "definitely", "without doubt", "without a doubt",
		"beyond doubt", "beyond any doubt", "beyond a doubt", "beyond reasonable doubt",
		"beyond a reasonable doubt", "there is no doubt", "there was no doubt", "there is no question",
		"no doubt", "undeniably", "unquestionably", "indisputably", "incontrovertibly", "doubtless",
		"conclusively", "confirmed", "confirms", "proved", "proven", "proves",
		"is [certain]", "was [certain]", "are [certain]", "were [certain]", "be [certain]",
		"am [certain]", "absolutely certain", "completely certain", "100 percent certain",
		"it is clear that", "it was clear that", "it is obvious that", "obviously"),
	// Boosters of the contrary: the proposition is all but excluded.
	group(Booster, ruled, AlmostNoChance,
		"impossible", "no way", "no chance", "zero chance", "inconceivable", "out of the question"),
)

// overlayLexicon holds cues that lie over others without taking their
// tokens: "it is believed" is a weasel phrase and "believed" in it is a
// doxastic cue as well.
var overlayLexicon = concat(
	// Quantified groups that say or believe ("some say", "many experts
	// believe") are found by weaselAt, which needs the verb.
	group(Weasel, ruled, "",
		"it is said", "it is believed", "it is thought", "it is claimed", "it is alleged",
		"it is rumored", "it is rumoured", "it is reported", "it is understood", "it is suggested",
		"it is widely believed", "it is widely thought", "it is widely held", "it is generally believed",
		"it is generally accepted", "it is often said", "it is commonly believed",
		"it's said", "it's believed", "it's thought", "it's understood",
		"it was said", "it was believed", "it was thought", "it was claimed", "it was reported",
		"it has been said", "it has been suggested", "it has been claimed", "it has been argued",
		"it has been reported", "it has been alleged", "it has been speculated",
		"widely believed", "widely regarded", "widely considered", "widely thought",
		"widely reported", "widely seen", "according to some", "there are those who", "so-called",
		"is said to", "are said to", "was said to", "were said to", "some would say",
		"critics say", "critics said", "critics argue", "critics claim", "critics contend",
		"experts say", "observers say", "analysts say", "people say", "others say", "others argue"),
	group(Peacock, ruled, "",
		"legendary", "iconic", "renowned", "world-renowned", "world-famous", "world-class",
		"acclaimed", "critically acclaimed", "illustrious", "eminent", "prestigious", "visionary",
		"one of the greatest", "one of the best", "one of the finest",
		"one of the most important", "one of the most influential", "one of the most famous",
		"among the greatest", "among the best", "greatest ever", "unparalleled", "unrivaled",
		"unrivalled", "unsurpassed", "finest"),
)

func concat(groups ...[]lexEntry) []lexEntry {
	var out []lexEntry
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}
