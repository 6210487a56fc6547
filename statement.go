package dossier

// StatementKind says how a statement is reported.
type StatementKind string

// Statement kinds.
const (
	Direct   StatementKind = "direct"   // a quotation in quote marks
	Indirect StatementKind = "indirect" // reported speech: "X said that ..."
	Mixed    StatementKind = "mixed"    // reported speech with quoted fragments
)

// Statement is one reported utterance: who said what, how, where and when.
type Statement struct {
	ID      string
	Article string
	// Speaker is the entity ID of who said it, or "" when the article does
	// not say: a speaker is never guessed.
	Speaker string
	// SpeakerText is the speaker as the article names it ("he", "Marten"),
	// and SpeakerSpan where; the zero span when the article names none.
	SpeakerText string
	SpeakerSpan Span
	// Cue is the reporting verb or phrase ("said", "told", "according to"),
	// and CueSpan where it stands.
	Cue     string
	CueSpan Span
	Kind    StatementKind
	// Content is the reported content, without its frame; Text is the
	// content as it reads in the article.
	Content Span
	Text    string
	// Venue is where it was said ("CNN", "a statement"), or "".
	Venue string
	// When is the date it was said, YYYY-MM-DD, or "".
	When string
	// TimeText is the time expression attached to the statement ("on
	// Thursday"), and TimeSpan where it stands; When is its normalised
	// value.
	TimeText string
	TimeSpan Span
	// VenueSpan is where the venue is named.
	VenueSpan Span
	// Sentence is the span of the sentence(s) that carry the statement,
	// the evidence a reader checks.
	Sentence Span
}
