package certainty

import (
	"strings"

	"dossier/text"
)

// set is a set of folded words.
type set map[string]bool

func setOf(words ...string) set {
	s := make(set, len(words))
	for _, w := range words {
		s[w] = true
	}
	return s
}

var (
	// determiners before a word make it a noun: "his might", "the will",
	// "a can".
	determiners = setOf("a", "an", "the", "his", "her", "its", "their", "our", "my", "your",
		"this", "that", "whose", "free", "political", "own", "good", "ill", "last", "full", "all")
	// suspectNoun precede "suspect" as a noun: "prime suspect".
	suspectNoun = setOf("prime", "main", "key", "chief", "murder", "terror", "terrorism",
		"another", "one", "two", "three", "sole", "only", "possible", "potential", "likely",
		"second", "first", "third", "shooting", "bombing", "robbery", "any", "no", "every")
	// negations make "could" and "can" deny an ability, and turn a
	// booster into a hedge.
	negations = setOf("not", "n't", "never")
	// likelihoodAdverbs carry the hedge of a modal they follow: in "will
	// likely" the cue is "likely".
	likelihoodAdverbs = setOf("likely", "probably", "possibly", "perhaps", "certainly",
		"undoubtedly", "definitely", "almost", "most", "very", "highly")
	// modalsBeforeNot are kept in the span of a negated booster: "could
	// not confirm", "can't verify".
	modalsBeforeNot = setOf("could", "can", "ca", "would", "wo", "will", "did", "do", "does")
	// negTriggers start a negated booster; the last three take "to":
	// "unable to confirm", "refused to rule out".
	negTriggers = setOf("not", "n't", "never", "cannot", "unable", "refused", "declined", "refuses", "declines")
	// negatables are the boosters and words of knowledge that a negation
	// turns into a hedge: "not certain", "not yet clear", "never been
	// proven", "cannot be ruled out", "could not independently verify".
	negatables = setOf("certain", "certainly", "clear", "clearly", "known", "sure", "confirmed",
		"confirm", "verify", "verified", "proven", "proved", "prove", "established", "understood",
		"ruled", "rule", "definite", "definitive", "definitively", "conclusive", "conclusively",
		"corroborate", "corroborated", "substantiated", "substantiate", "determined", "obvious",
		"evident")
	// negSkip are the words allowed between a negation and what it
	// negates.
	negSkip = setOf("be", "been", "being", "is", "was", "are", "were", "yet", "fully", "entirely",
		"completely", "immediately", "independently", "well", "so", "very", "too", "quite",
		"always", "publicly", "officially", "formally", "absolutely", "totally", "really",
		"necessarily", "able", "to", "have", "has", "had", "at", "all", "exactly", "altogether",
		"wholly", "100", "percent", "definitively", "directly", "conclusively")
)

// veto reports whether a context rule rules phrase p at token i out as a
// cue, whatever the model would say.
func veto(s *sentence, p *phrase, i int) bool {
	end := i + len(p.words)
	prev, next := s.word(i-1), s.word(end)
	switch p.key {
	case "may":
		return isMonth(s, i)
	case "might":
		// "with all his might"
		return determiners[prev]
	case "could", "can", "ca":
		// "could not", "can't": an ability denied, not a possibility.
		// "a can" is a noun.
		return negations[next] || p.key == "can" && determiners[prev]
	case "will", "would", "wo":
		// "will likely": the adverb is the cue. "free will", "the will
		// of the people", "against their will" are nouns.
		return likelihoodAdverbs[next] || p.key == "will" && determiners[prev]
	case "think", "thinks":
		// "think tank", "think about it": no belief held.
		switch next {
		case "tank", "tanks", "about", "of", "twice", "again":
			return true
		}
	case "suspect":
		// "the suspect", "a murder suspect", "two suspect packages" are
		// nouns, and "suspect was arrested" follows one.
		if determiners[prev] || suspectNoun[prev] || (i > 0 && s.toks[i-1].Kind == text.Number) {
			return true
		}
		switch next {
		case "was", "is", "has", "had", "who", "'s", "in", "remains", "fled", "died":
			return true
		}
	case "if":
		// "as if" compares; it sets no condition.
		return prev == "as"
	}
	return false
}

// isMonth reports whether "May" at token i is the month: written with a
// capital, next to a number ("May 3", "3 May", "May 2024"), or with a
// capital inside a sentence ("in May", "Theresa May") unless a verb
// follows as after the modal in a headline ("Group May Have Planted").
func isMonth(s *sentence, i int) bool {
	if s.raw(i) != "May" {
		return false
	}
	if (i+1 < len(s.toks) && s.toks[i+1].Kind == text.Number) || (i > 0 && s.toks[i-1].Kind == text.Number) {
		return true
	}
	switch s.word(i + 1) {
	case "have", "be", "not", "also", "well", "never", "still", "even", "soon", "now", "already",
		"seem", "need", "face", "take", "come", "want", "help", "become", "lead", "cause", "affect":
		return false
	}
	// At the start of a sentence (after opening quotes or brackets),
	// "May" is the modal of a wish or question ("May God ...", "May I").
	for j := i - 1; j >= 0; j-- {
		if k := s.toks[j].Kind; k == text.Word || k == text.Number {
			return true
		}
	}
	return false
}

// negatedBooster finds a negated booster that starts at token i: a
// negation, up to four words that do not break the scope ("not yet",
// "never been", "could not independently"), and a booster or word of
// knowledge ("certain", "clear", "confirmed", "ruled out"). It returns the
// cue's token range [from, end): from includes a modal before "not" ("could
// not confirm") and end runs over "out" and "for certain".
func negatedBooster(s *sentence, i int) (from, end int, ok bool) {
	w := s.word(i)
	if !negTriggers[w] {
		return 0, 0, false
	}
	j := i + 1
	switch w {
	case "unable", "refused", "declined", "refuses", "declines":
		if s.word(j) != "to" {
			return 0, 0, false
		}
		j++
	}
	for k := 0; k < 4 && negSkip[s.word(j)] && !negatables[s.word(j)]; k++ {
		j++
	}
	if !negatables[s.word(j)] {
		return 0, 0, false
	}
	if s.word(j) == "clear" && j == i+1 && modalsBeforeNot[s.word(i-1)] {
		// "did not clear the area": the verb.
		return 0, 0, false
	}
	end = j + 1
	for negatables[s.word(end)] {
		end++
	}
	switch s.word(end - 1) {
	case "rule", "ruled":
		if s.word(end) == "out" {
			end++
		}
	}
	if a, b := s.word(end), s.word(end+1); (a == "for" && (b == "certain" || b == "sure")) || (a == "with" && b == "certainty") {
		end += 2
	}
	from = i
	if (w == "not" || w == "n't") && modalsBeforeNot[s.word(i-1)] {
		from = i - 1
	}
	return from, end, true
}

// negatedAfter reports whether the proposition of a cue that ends before
// token end is negated: "probably not", "may not", "certainly not". "not
// only" does not negate.
func negatedAfter(s *sentence, end int, p *phrase) bool {
	if p.term == "" || !negations[s.word(end)] {
		return false
	}
	return s.word(end+1) != "only"
}

// confidenceLevels maps the words of a stated confidence to its level.
var confidenceLevels = map[string]string{
	"low": LowConfidence, "moderate": ModerateConfidence, "medium": ModerateConfidence,
	"high": HighConfidence,
}

// confidenceAdverbs maps the adverbs of "highly confident" to a level.
var confidenceAdverbs = map[string]string{
	"highly": HighConfidence, "very": HighConfidence, "fairly": ModerateConfidence,
	"moderately": ModerateConfidence, "reasonably": ModerateConfidence, "somewhat": LowConfidence,
}

// confidenceWords may follow "high confidence" as the thing held with it.
var confidenceHeads = setOf("that", "assessment", "assessments", "judgment", "judgments",
	"judgement", "judgements", "level", "in")

// confidenceVerbs may precede "high confidence" as who holds it.
var confidenceVerbs = setOf("have", "has", "had", "hold", "holds", "held", "express",
	"expressed", "expresses", "of", "at", "with", "assess", "assesses", "assessed", "judge",
	"judges", "judged")

// levelAt returns the confidence level written at token i and the token
// after it: "high", or "high-confidence" as one token (then the second
// result is true), or "high – confidence" with a dash.
func levelAt(s *sentence, i int) (level string, hyphenated bool, next int) {
	w := s.word(i)
	if l, ok := confidenceLevels[w]; ok {
		if s.toks[min(i+1, len(s.toks)-1)].Kind == text.Punct && isDash(s.raw(i+1)) && s.word(i+2) == "confidence" {
			return l, true, i + 3
		}
		return l, false, i + 1
	}
	if base, ok := strings.CutSuffix(w, "-confidence"); ok {
		if l, ok := confidenceLevels[base]; ok {
			return l, true, i + 1
		}
	}
	return "", false, i
}

func isDash(s string) bool {
	switch s {
	case "-", "–", "—":
		return true
	}
	return false
}

// confidenceAt finds a statement of analytic confidence that starts at
// token i: "with high confidence", "with a moderate degree of confidence",
// "a low-confidence assessment", "we have high confidence that", "highly
// confident". A level and "confidence" alone ("high confidence in the
// economy") is not enough: something must show it is an assessment's.
func confidenceAt(s *sentence, i int) (from, end int, level string, ok bool) {
	w := s.word(i)
	if w == "with" {
		j := i + 1
		if s.word(j) == "a" {
			j++
		}
		l, hyph, k := levelAt(s, j)
		if l == "" {
			return 0, 0, "", false
		}
		if hyph {
			return i, k, l, true
		}
		if s.word(k) == "confidence" {
			return i, k + 1, l, true
		}
		if (s.word(k) == "degree" || s.word(k) == "level") && s.word(k+1) == "of" && s.word(k+2) == "confidence" {
			return i, k + 3, l, true
		}
		return 0, 0, "", false
	}
	if l, ok := confidenceAdverbs[w]; ok && s.word(i+1) == "confident" {
		return i, i + 2, l, true
	}
	l, hyph, k := levelAt(s, i)
	if l == "" {
		return 0, 0, "", false
	}
	if hyph {
		return i, k, l, true
	}
	if s.word(k) == "confidence" && (confidenceVerbs[s.word(i-1)] || confidenceHeads[s.word(k+1)]) {
		return i, k + 1, l, true
	}
	return 0, 0, "", false
}

var (
	// weaselQuantifiers and weaselGroups make the vague holder of
	// "some say", "many experts believe", "some have argued".
	weaselQuantifiers = setOf("some", "many", "most", "several", "numerous", "various")
	weaselGroups      = setOf("people", "observers", "experts", "analysts", "critics",
		"historians", "scholars", "commentators", "sources", "scientists", "researchers", "others",
		"skeptics", "sceptics", "officials", "diplomats", "residents", "activists", "americans")
	// weaselVerbs are what the vague holder does.
	weaselVerbs = setOf("say", "said", "says", "believe", "believed", "argue", "argued", "claim",
		"claimed", "think", "thought", "suggest", "suggested", "contend", "contended", "feel",
		"felt", "consider", "considered", "maintain", "maintained", "speculate", "speculated",
		"allege", "alleged", "insist", "insisted", "fear", "feared", "suspect", "suspected",
		"assert", "asserted", "suppose", "wonder", "wondered", "worry", "worried")
)

// weaselAt finds a quantified vague holder with a verb of saying or
// believing at token i: "some say", "many people believe", "some experts
// have argued". The group alone ("many people were hurt") is no weasel.
func weaselAt(s *sentence, i int) (end int, ok bool) {
	if !weaselQuantifiers[s.word(i)] {
		return 0, false
	}
	j := i + 1
	if weaselGroups[s.word(j)] {
		j++
	}
	for k := 0; k < 2 && (s.word(j) == "have" || s.word(j) == "had" || s.word(j) == "would" ||
		s.word(j) == "even" || s.word(j) == "also" || s.word(j) == "still"); k++ {
		j++
	}
	if j == i+1 && s.word(i) != "some" && s.word(i) != "many" {
		// "most say" is too often "most [of them] say" after a noun.
		return 0, false
	}
	if !weaselVerbs[s.word(j)] {
		return 0, false
	}
	if j == i+1 && determiners[s.word(i-1)] {
		return 0, false
	}
	return j + 1, true
}
