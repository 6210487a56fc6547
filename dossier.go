// Package dossier holds the domain of the dossier system: the articles it
// reads, the people and organisations it finds in them, the statements they
// make, the responsibility claims those statements carry, and the stories
// that group articles about one event. It also declares the interfaces that
// connect the stages (Store), so that every subpackage depends on this one
// and on nothing of each other's internals.
//
// The layout follows the "standard package layout": domain types here, one
// subpackage per concern (ingest, text, export, report, ...) and one per
// external dependency (sqlite, ...); cmd/dossier only wires them together.
package dossier

import (
	"errors"
	"fmt"
)

// Span is a half-open byte range [Start, End) into an article's clean text.
// Every analysis layer points into Article.Text with spans, so the text of
// an article is never rewritten once it has been cleaned.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Of returns the text the span covers in text. It returns "" for a span
// that does not fit text rather than panicking, because spans may come from
// stored data.
func (s Span) Of(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// Errors that callers test for with errors.Is.
var (
	// ErrNotFound is returned when a requested record does not exist.
	ErrNotFound = errors.New("not found")
	// ErrEmpty is returned by readers for an input with no text at all.
	ErrEmpty = errors.New("empty input")
	// ErrTooLarge is returned for an input over the configured size limit.
	ErrTooLarge = errors.New("input too large")
	// ErrBinary is returned for an input that is not text.
	ErrBinary = errors.New("binary input")
	// ErrNoBody is returned when a page has no article body to extract.
	ErrNoBody = errors.New("no article body")
)

// InputError describes why one input (a file, a line of a file, an item of
// a feed) could not be ingested. It names where the problem is so that a
// user can find it; one InputError never stops a batch.
type InputError struct {
	Path string // file name, URL or "-" for standard input
	Line int    // 1-based line for line-oriented formats, 0 when not applicable
	Item string // item id or field name within the input, "" when not applicable
	Err  error
}

func (e *InputError) Error() string {
	where := e.Path
	if e.Line > 0 {
		where = fmt.Sprintf("%s:%d", where, e.Line)
	}
	if e.Item != "" {
		where = fmt.Sprintf("%s (%s)", where, e.Item)
	}
	return where + ": " + e.Err.Error()
}

func (e *InputError) Unwrap() error { return e.Err }
