package dossier

// Polarity says whether a claim asserts responsibility or its absence.
type Polarity string

// Polarities.
const (
	Responsible    Polarity = "+"
	NotResponsible Polarity = "-"
)

// Likelihood terms of ICD 203, from least to most likely.
var Likelihoods = []string{
	"almost no chance", "very unlikely", "unlikely", "roughly even chance",
	"likely", "very likely", "almost certain",
}

// Confidence levels, kept apart from likelihood: an assessment can be
// "likely" with "low confidence".
var Confidences = []string{"low", "moderate", "high"}

// Claim is an assertion that an agent was, or was not, responsible for an
// event, held by someone (a speaker, or the outlet in its own voice).
type Claim struct {
	ID        string
	Article   string
	Statement string // the statement that carries it, or "" when narrated
	// Holder is the entity ID of who asserts it; "" means the outlet.
	Holder string
	// Agent is the entity ID of who is said to be responsible.
	Agent    string
	Event    string
	Polarity Polarity
	// Certainty is an ICD 203 likelihood term, or "" when unstated.
	Certainty string
	// Confidence is "low", "moderate" or "high" when stated, else "".
	Confidence string
	// Evidence is the span of the words that carry the claim.
	Evidence Span
	Text     string
}
