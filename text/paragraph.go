package text

import (
	"unicode/utf8"

	"dossier"
)

// Paragraphs returns the paragraphs of text: the runs of text between
// blank lines (lines with nothing but white space), each trimmed of the
// white space at its ends. A text with no words has no paragraphs.
//
// White space here is what the tokenizer skips, so every paragraph holds
// at least one token and no token crosses a paragraph break; the
// Paragraph index of a Sentence is an index into this slice.
func Paragraphs(text string) []dossier.Span {
	return AppendParagraphs(nil, text)
}

// AppendParagraphs is Paragraphs appending to dst.
func AppendParagraphs(dst []dossier.Span, text string) []dossier.Span {
	start, end := -1, -1
	blankLine := true // the current line has only white space so far
	for i := 0; i < len(text); {
		c := text[i]
		if c == '\n' {
			if blankLine && start >= 0 {
				dst = append(dst, dossier.Span{Start: start, End: end})
				start = -1
			}
			blankLine = true
			i++
			continue
		}
		if c < utf8.RuneSelf {
			if asciiClass[c] != clSpace {
				blankLine = false
				if start < 0 {
					start = i
				}
				end = i + 1
			}
			i++
			continue
		}
		space, size := spaceAt(text, i)
		if !space {
			blankLine = false
			if start < 0 {
				start = i
			}
			end = i + size
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, dossier.Span{Start: start, End: end})
	}
	return dst
}

// paragraphsOf returns the paragraphs of text from its tokens (all of
// them, as Tokenize makes them): the same spans as Paragraphs, found by
// looking only at the gaps between tokens, since every byte that is not
// white space is in a token and a blank line is a gap with two newlines.
func paragraphsOf(text string, tokens []Token) []dossier.Span {
	var dst []dossier.Span
	start := 0
	for i := range tokens {
		if i+1 == len(tokens) || newlinesBetween(text, tokens[i], tokens[i+1]) >= 2 {
			dst = append(dst, dossier.Span{Start: tokens[start].Span.Start, End: tokens[i].Span.End})
			start = i + 1
		}
	}
	return dst
}
