// Package certainty finds the words that make a sentence less (or more)
// certain than a plain assertion — hedges, speculation, conditions,
// beliefs, vague attribution, boosters and stated confidence — so that
// every statement and responsibility claim of a dossier can carry how sure
// its source is.
//
// Cue detection has two layers. A lexicon of cue words and phrases, matched
// on the tokens of package text (never with regular expressions, so that
// it costs a few map look-ups per word), proposes candidates, and context
// rules veto the readings that are not cues at all: "May 3" is a month,
// "could not" denies an ability, "likely" in "will likely" leaves "will"
// alone, "as if" is a comparison. Candidates that are cues in some
// contexts only ("would", "could", "expected", "considered", "until") are
// then decided by a small averaged perceptron over context features,
// trained on the Szeged Uncertainty Corpus by `go run ./certainty/gen`
// and embedded as model.tsv.gz; unambiguous cues ("allegedly", "probably",
// "it is unclear whether") are emitted by the rules alone, so that what
// the package promises for them does not depend on a training run.
//
// Likelihood maps the wording of a span to an ICD 203 likelihood term
// ("almost certain" ... "almost no chance", dossier.Likelihoods) and, kept
// apart, to a stated confidence level (dossier.Confidences).
//
// Every function is safe for concurrent use; detection allocates nothing
// beyond the cues it returns.
package certainty
