package certainty

import (
	"strconv"
	"strings"

	"dossier"
	"dossier/text"
)

// Assessment is what the wording of a text states about how likely its
// proposition is, and with what confidence.
type Assessment struct {
	// Term is an ICD 203 likelihood term (one of dossier.Likelihoods), or
	// "" when the text states none.
	Term string
	// TermCue is the cue that states Term; its Span is in bytes of the
	// text assessed.
	TermCue Cue
	// Negated is set when the likelihood is of the negated proposition:
	// "likely not", "probably not", "may not", "certainly not". A caller
	// that holds the proposition's polarity flips it and keeps Term:
	// "X likely did not do it" is a likely claim that X did not.
	Negated bool
	// Confidence is "low", "moderate" or "high" when the text states an
	// analytic confidence ("with moderate confidence"), else "". It is
	// never folded into Term: ICD 203 keeps the two apart.
	Confidence string
	// ConfidenceCue is the cue that states Confidence.
	ConfidenceCue Cue
	// Uncertain is set when the text carries a hedge cue of any kind,
	// with or without a term ("alleged", "if", "it is unclear whether").
	Uncertain bool
}

// Likelihood maps the wording of a text (a claim's evidence, a statement's
// content) to an ICD 203 likelihood term and a stated confidence level,
// and reports whether the likelihood is of the negated proposition. It
// returns "" for what the text does not state. See Assess for the rules.
//
//	"undoubtedly", "certainly", "clearly", "confirmed"      → "almost certain"
//	"almost certainly", "nearly certain", "95 percent"      → "almost certain"
//	"very likely", "highly likely", "highly probable"       → "very likely"
//	"likely", "probably", "most likely", "in all likelihood" → "likely"
//	"may", "might", "could (have)", "possibly", "perhaps"   → "roughly even chance"
//	"unlikely", "improbable", "doubtful", "not likely"      → "unlikely"
//	"very unlikely", "highly unlikely", "highly improbable" → "very unlikely"
//	"almost no chance", "remote possibility", "no way"      → "almost no chance"
//	"likely not", "probably not"                            → "likely", negated
//	"with low confidence", "a high-confidence assessment"   → confidence "low", "high"
func Likelihood(s string) (term, confidence string, negated bool) {
	a := Assess(s)
	return a.Term, a.Confidence, a.Negated
}

// Assess reads the cues of s (every sentence of it, with the default
// detector) and returns what they state. The term is the first cue in
// text order that states one: in "officials said it was very likely that
// the group may have fired", the assessment is the officials' "very
// likely", and the "may have" inside it is part of what they assess. The
// confidence is the first confidence cue. A negated booster ("it is not
// certain that") states uncertainty but no term.
func Assess(s string) Assessment {
	doc := text.NewDoc(s)
	var cues []Cue
	d := Default()
	for i := range doc.Sentences {
		cues = d.AppendCues(cues, doc, i)
	}
	return AssessCues(cues)
}

// AssessCues returns what cues state (see Assess), for a caller that
// already has them: the cues of a claim's evidence span from SpanCues.
func AssessCues(cues []Cue) Assessment {
	var a Assessment
	for _, c := range cues {
		if c.Term != "" && a.Term == "" {
			a.Term, a.TermCue, a.Negated = c.Term, c, c.Negated
		}
		if c.Confidence != "" && a.Confidence == "" {
			a.Confidence, a.ConfidenceCue = c.Confidence, c
		}
		if c.Type.Hedge() {
			a.Uncertain = true
		}
	}
	return a
}

// TermOf returns the ICD 203 term of a stated probability in percent, by
// the ranges of the directive: below 5 almost no chance, below 20 very
// unlikely, below 45 unlikely, up to 55 roughly even chance, below 80
// likely, below 95 very likely, else almost certain. (The ranges of ICD 203
// share their ends; each end goes to the term nearer the middle.)
func TermOf(percent float64) string {
	switch {
	case percent < 5:
		return AlmostNoChance
	case percent < 20:
		return VeryUnlikely
	case percent < 45:
		return Unlikely
	case percent <= 55:
		return RoughlyEvenChance
	case percent < 80:
		return Likely
	case percent < 95:
		return VeryLikely
	}
	return AlmostCertain
}

// percentWords are what a stated percentage must be about to be a
// likelihood: "a 70 percent chance", "90% certain", "60 percent likely".
var percentWords = setOf("chance", "chances", "probability", "likelihood", "likely", "certain",
	"sure", "odds", "possibility", "confident", "certainty", "risk")

// percentAt finds a stated probability at token i: a number of percent
// ("70", "70%", "70 percent", "70 per cent") followed within two words by
// what it measures ("chance", "certain"). It returns the cue's end token
// and the percentage.
func percentAt(s *sentence, i int) (end int, pct float64, ok bool) {
	if s.toks[i].Kind != text.Number {
		return 0, 0, false
	}
	num := s.words[i]
	j := i + 1
	if n, found := strings.CutSuffix(num, "%"); found {
		num = n
	} else {
		switch {
		case s.word(j) == "%" || s.word(j) == "percent":
			j++
		case s.word(j) == "per" && s.word(j+1) == "cent":
			j += 2
		default:
			return 0, 0, false
		}
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || v < 0 || v > 100 {
		return 0, 0, false
	}
	for k := j; k < j+2 && k < len(s.words); k++ {
		if percentWords[s.words[k]] {
			return k + 1, v, true
		}
	}
	return 0, 0, false
}

// ClaimCertainty fills what a claim needs from the cues of its evidence
// span in doc: the ICD 203 term, the stated confidence, and whether the
// term applies to the negated proposition.
func ClaimCertainty(doc *text.Doc, evidence dossier.Span) Assessment {
	return AssessCues(SpanCues(doc, evidence))
}
