package dossier

// Analysis is what the analysis pipeline found in one article. Every span
// in it points into the article's Text.
type Analysis struct {
	Article    string
	Sentences  []Span
	Tokens     int // number of tokens, for throughput figures
	Entities   []Entity
	Statements []Statement
	Claims     []Claim
}
