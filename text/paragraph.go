package text

import "dossier"

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
		if text[i] == '\n' {
			if blankLine && start >= 0 {
				dst = append(dst, dossier.Span{Start: start, End: end})
				start = -1
			}
			blankLine = true
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
