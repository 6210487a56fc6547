package dossier

import "time"

// Story is one real-world event as the articles of many outlets report it.
type Story struct {
	ID       string
	Title    string
	Articles []string // article IDs, in publication order
	Outlets  []string
	// First and Last bound the known publication dates, nil when none of
	// its articles has one.
	First, Last *time.Time
	// Leads are the names the story's articles mention most, most
	// frequent first.
	Leads []string
	// NearCopies maps each article that is a near-copy of another (a wire
	// copy, a republication with small edits) to that original: evidence
	// it carries counts once.
	NearCopies map[string]string
	Hypotheses []Hypothesis
}

// Rating is an ACH consistency rating of one piece of evidence against one
// hypothesis: CC very consistent, C consistent, N neutral, I inconsistent,
// II very inconsistent.
type Rating string

// ACH ratings.
const (
	VeryConsistent   Rating = "CC"
	Consistent       Rating = "C"
	Neutral          Rating = "N"
	Inconsistent     Rating = "I"
	VeryInconsistent Rating = "II"
)

// Hypothesis is one competing explanation of who was responsible for a
// story's event, with the evidence rated against it.
type Hypothesis struct {
	Agent string // entity ID, or "" for "other / unknown"
	Label string
	// Score is Heuer's weighted inconsistency score: lower is better
	// supported. It is an aid to the analyst, not a probability.
	Score    float64
	Evidence []Evidence
}

// Evidence rates one claim against a hypothesis.
type Evidence struct {
	Claim  string
	Rating Rating
}
