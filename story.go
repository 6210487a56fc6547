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
	// Timeline is what the story's articles date, in order of date: the
	// incident, other dated events and the statements, each with its
	// evidence.
	Timeline []TimelineEntry
}

// Kinds of TimelineEntry.
const (
	TimelineIncident  = "incident"  // the story's event, dated by its articles
	TimelineEvent     = "event"     // a dated event a claim or sentence reports
	TimelineStatement = "statement" // a statement with the day it was made
)

// TimelineEntry is one dated thing in a story's timeline.
type TimelineEntry struct {
	// Date is the absolute date: YYYY-MM-DD, or YYYY-MM, YYYY-Www or YYYY
	// when the text gives no more.
	Date string
	Kind string
	// Text is the time expression as written ("on Thursday") and Summary
	// what happened then: the statement's content, or the sentence.
	Text, Summary string
	// Article and Span are the evidence: the expression's (for a
	// statement, the statement's content) byte range in the article text.
	Article string
	Span    Span
	// Statement and Claim are the IDs of the statement or claim the entry
	// dates, or "".
	Statement, Claim string
	// Inferred is true when the date rests on a publication date the
	// analysis inferred rather than one the article states.
	Inferred bool
}

// TimeExpr is a temporal expression of an article, normalised against
// its publication date (TimeML TIMEX3 type and value; relative values
// stay in X forms when the date is unknown).
type TimeExpr struct {
	Span  Span
	Text  string
	Type  string // DATE, TIME, DURATION, SET
	Value string
	// Incident is true when the expression dates an incident noun right
	// before it ("the attack on Wednesday", "the incident on May 3").
	Incident bool
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
