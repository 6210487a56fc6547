package certainty

import (
	"dossier"
	"dossier/text"
)

// CueType says what a cue does to the certainty of what it is attached to.
type CueType uint8

// Cue types. The first four follow the speculation classes of the Szeged
// Uncertainty Corpus, so that the detector can be scored against it; the
// others are what a news reader needs on top of them.
const (
	// Speculation is a hedge on the proposition itself: a modal of
	// possibility ("may", "might", "could have"), a likelihood word
	// ("likely", "probably", "possibly"), an evidential ("reportedly",
	// "apparently", "appears to", "seems"), an inference ("suggests",
	// "indicates"), an admitted gap ("it is unclear", "cannot confirm",
	// "no evidence", "not ruled out") or a negated booster ("not
	// certain").
	Speculation CueType = iota + 1
	// Doxastic marks a belief, expectation or accusation held by someone:
	// "believe", "think", "expected", "considered", "alleged", "suspected".
	Doxastic
	// Condition makes the proposition hold only under a condition or in a
	// hypothetical: "if", "unless", "would", "until".
	Condition
	// Investigation marks an open question: "whether", "remains to be
	// seen", "to determine".
	Investigation
	// Weasel is vague attribution that hides who holds a view: "some
	// say", "it is believed", "many people", "critics say". It says
	// nothing about how likely the proposition is, so it does not make a
	// sentence uncertain; it matters for how far a source can be traced.
	Weasel
	// Peacock is unsourced praise: "legendary", "world-renowned", "one of
	// the greatest". It does not make a sentence uncertain either.
	Peacock
	// Booster strengthens the proposition: "undoubtedly", "certainly",
	// "clearly", "confirmed", "there is no doubt". Negated ("not
	// certain"), a booster becomes a Speculation cue.
	Booster
	// Confidence states the analytic confidence of an assessment ("with
	// moderate confidence", "a high-confidence assessment"), which ICD 203
	// keeps apart from likelihood: the cue's Confidence field holds the
	// level.
	Confidence
)

var cueTypeNames = [...]string{"", "speculation", "doxastic", "condition", "investigation", "weasel", "peacock", "booster", "confidence"}

// String returns the type's name in lower case, as in "speculation".
func (t CueType) String() string {
	if int(t) < len(cueTypeNames) && t != 0 {
		return cueTypeNames[t]
	}
	return "?"
}

// ParseCueType returns the type named s (as String writes it), or 0.
func ParseCueType(s string) CueType {
	for i, n := range cueTypeNames {
		if n == s && i > 0 {
			return CueType(i)
		}
	}
	return 0
}

// CueTypes lists every cue type in order.
var CueTypes = []CueType{Speculation, Doxastic, Condition, Investigation, Weasel, Peacock, Booster, Confidence}

// Hedge reports whether a cue of type t makes its sentence uncertain:
// speculation, doxastic, condition and investigation cues do; weasel and
// peacock cues are about attribution and tone, boosters and confidence
// statements about strength, and do not.
func (t CueType) Hedge() bool {
	return t >= Speculation && t <= Investigation
}

// Cue is one certainty cue of a text.
type Cue struct {
	// Span is where the cue stands, in bytes of the document's text; a
	// phrase cue ("it is unclear", "not ruled out") covers all its words.
	Span dossier.Span
	// Text is the cue as written.
	Text string
	Type CueType
	// Term is the ICD 203 likelihood term that the cue's wording states
	// ("may" → "roughly even chance", "undoubtedly" → "almost certain"), or
	// "" when it states none ("believe", "if").
	Term string
	// Confidence is "low", "moderate" or "high" for a Confidence cue, else
	// "".
	Confidence string
	// Negated is set when a negation applies to the cue's proposition
	// ("probably not", "may not"): the likelihood is of the negated
	// proposition. A negated booster is not Negated: it is a Speculation
	// cue of its own ("not certain").
	Negated bool
	// Learned is set when the model, not a rule alone, decided that the
	// candidate is a cue.
	Learned bool
}

// Cues returns the cues of sentence i of doc, in text order, found with
// the default detector (the lexicon, the rules and the embedded model).
func Cues(doc *text.Doc, sentence int) []Cue {
	return Default().AppendCues(nil, doc, sentence)
}

// DocCues returns the cues of every sentence of doc: DocCues(doc)[i] are
// the cues of doc.Sentences[i].
func DocCues(doc *text.Doc) [][]Cue {
	return Default().DocCues(doc)
}

// Uncertain reports whether sentence i of doc carries a hedge cue (see
// CueType.Hedge): the sentence-level decision of the CoNLL-2010 shared
// task.
func Uncertain(doc *text.Doc, sentence int) bool {
	return Default().Uncertain(doc, sentence)
}

// SpanCues returns the cues of doc that lie inside span, in text order: the
// cues of a statement's content or of a claim's evidence. Sentences that
// the span only touches are read whole, so that a cue's context is its
// sentence, and only the cues inside the span are kept.
func SpanCues(doc *text.Doc, span dossier.Span) []Cue {
	return Default().SpanCues(nil, doc, span)
}

// UncertainCues reports whether cues hold a hedge cue.
func UncertainCues(cues []Cue) bool {
	for _, c := range cues {
		if c.Type.Hedge() {
			return true
		}
	}
	return false
}
