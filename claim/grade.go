package claim

import (
	"dossier"
	"dossier/certainty"
)

// likelihood returns the ICD 203 term and the stated confidence of the
// words of span, and whether the term is of the negated proposition
// ("likely not"). It is the one place the claim layer asks package
// certainty (as certainty.ClaimCertainty does, with the cues of each
// sentence found once however many claims it holds), so that the mapping
// can be swapped without touching the extractor.
func (x *extractor) likelihood(span dossier.Span) (term, confidence string, negated bool) {
	var in []certainty.Cue
	for i := x.doc.SentenceAt(span.Start); i < len(x.doc.Sentences) && x.doc.Sentences[i].Span.Start < span.End; i++ {
		cues, ok := x.cues[i]
		if !ok {
			cues = certainty.Default().AppendCues(nil, x.doc, i)
			x.cues[i] = cues
		}
		for _, c := range cues {
			if c.Span.Start >= span.Start && c.Span.End <= span.End {
				in = append(in, c)
			}
		}
	}
	a := certainty.AssessCues(in)
	return a.Term, a.Confidence, a.Negated
}

// lowTerms are the likelihood terms below an even chance. Worded about the
// positive proposition ("it is unlikely that X did it"), they make a claim
// negative: see polarityOf.
var lowTerms = map[string]bool{
	certainty.AlmostNoChance: true,
	certainty.VeryUnlikely:   true,
	certainty.Unlikely:       true,
}

// grade fills a claim's certainty and confidence from the words of span,
// and settles its polarity: pol is the polarity the predicate and its
// frames give; negated says whether the predicate itself carries a
// negation. The conventions (documented in docs/claims.md):
//
//   - a low term ("unlikely that X did it") flips the polarity and is kept
//     as worded: "-", "unlikely";
//   - a term the certainty package reads as of the negated proposition
//     ("likely not") flips the polarity when the predicate's own negation
//     has not already done so: "-", "likely";
//   - a booster that package certainty leaves to context ("I can assure
//     you", "we know") states "almost certain".
func (x *extractor) grade(c *dossier.Claim, span dossier.Span, pol dossier.Polarity, negated bool) {
	term, conf, tneg := x.likelihood(span)
	if term == "" && x.boosted(span) {
		term = certainty.AlmostCertain
	}
	if tneg && !negated {
		pol = flip(pol)
	}
	if lowTerms[term] {
		pol = flip(pol)
	}
	c.Polarity, c.Certainty, c.Confidence = pol, term, conf
}

// boosted reports whether span holds one of the boosters.
func (x *extractor) boosted(span dossier.Span) bool {
	lo, hi := x.doc.TokenAt(span.Start), x.doc.TokenAt(span.End)
	for i := lo; i < hi && i < len(x.w); i++ {
		for _, b := range boosters {
			if x.word(i) != b[0] {
				continue
			}
			ok := true
			for k := 1; k < len(b); k++ {
				if x.word(i+k) != b[k] {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

func flip(p dossier.Polarity) dossier.Polarity {
	if p == dossier.Responsible {
		return dossier.NotResponsible
	}
	return dossier.Responsible
}
