package dossier

// Analysis is what the analysis pipeline found in one article. Every span
// in it points into the article's Text.
type Analysis struct {
	Article    string
	Sentences  []Span
	Tokens     int // number of tokens, for throughput figures
	Mentions   []Mention
	Entities   []Entity // the article's own entities, before cross-article resolution
	Statements []Statement
	Times      []TimeExpr
	Claims     []Claim
}

// Dossier is everything known about a set of articles: what the report and
// the exports render.
type Dossier struct {
	Articles []*Article
	Analyses map[string]*Analysis // by article ID
	Copies   map[string][]Copy    // by article ID
	Entities []Entity
	Stories  []Story
}
