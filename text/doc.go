// Package text is the first analysis layer: it splits an article's clean
// text into tokens, paragraphs, sentences and quotations, each located by
// byte offsets (dossier.Span) into the text itself.
//
// Every later layer (entities, times, statements, claims) points into the
// article with these offsets, so the text is never rewritten: quote marks,
// apostrophes and dashes stay as written, and the rules here read both the
// straight and the typographic forms. The rules are tuned for English news
// copy: abbreviations and titles that do not end sentences ("Gen.",
// "U.S."), quotations with frames (“Is it over?” he asked.), quotations
// that run over several paragraphs, and the apostrophe that is not a quote
// mark (Ukraine's, ’90s, rock ’n’ roll).
//
// All functions are linear in the length of the text, allocate little
// beyond their results, and never panic, whatever bytes they are given.
package text

import (
	"sort"

	"dossier"
)

// Doc is a text with its layers: what every annotator reads.
type Doc struct {
	// Text is the article's clean text; every span points into it.
	Text string
	// Tokens are in text order; see AppendTokens.
	Tokens []Token
	// Sentences cover Tokens in order; see Segment.
	Sentences []Sentence
	// Paragraphs are the spans between blank lines; see Paragraphs.
	Paragraphs []dossier.Span
	// Quotes are the quotations in the order of their opening marks; see
	// Quotations.
	Quotes []Quote
}

// NewDoc tokenizes text and finds its paragraphs, sentences and
// quotations.
func NewDoc(text string) *Doc {
	d := &Doc{Text: text}
	d.Tokens = Tokenize(text)
	d.Paragraphs = paragraphsOf(text, d.Tokens)
	d.Sentences = Segment(text, d.Tokens)
	d.Quotes = Quotations(text, d.Tokens)
	return d
}

// TokenAt returns the index of the token that contains the byte offset,
// or of the first token after it when the offset is in white space; it
// returns len(d.Tokens) when no token ends after the offset.
func (d *Doc) TokenAt(offset int) int {
	return sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.End > offset })
}

// SentenceAt returns the index of the sentence that contains the byte
// offset, or of the first sentence after it; it returns len(d.Sentences)
// when no sentence ends after the offset.
func (d *Doc) SentenceAt(offset int) int {
	return sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Span.End > offset })
}

// SentenceTokens returns the tokens of sentence i.
func (d *Doc) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.FirstToken:s.EndToken]
}

// Words returns the texts of tokens, for tests and debugging.
func Words(text string, tokens []Token) []string {
	out := make([]string, len(tokens))
	for i, t := range tokens {
		out[i] = t.Text(text)
	}
	return out
}
