package text

import (
	"unicode/utf8"

	"dossier"
)

// Quote is a quotation: a passage between an opening and a closing quote
// mark.
type Quote struct {
	// Span runs from the start of the opening mark through the end of the
	// closing mark, or, when the quotation is not closed, through the end
	// of the last token of the paragraph where it stops.
	Span dossier.Span
	// Open and Close are the quote marks. Close is the zero Span when the
	// quotation is not closed.
	Open, Close dossier.Span
	// Closed reports whether a closing mark was found.
	Closed bool
	// Depth is 0 for a quotation in the running text, 1 for a quotation
	// inside it (“He called it ‘ludicrous’.”), and so on.
	Depth int
	// Continued holds the opening marks that continue the quotation at
	// the start of later paragraphs, in the news convention where a
	// paragraph of a long quotation ends without a closing mark and the
	// next one opens with a mark again. Span then covers all the
	// paragraphs; Continued is nil for a quotation in one paragraph.
	Continued []dossier.Span
}

// maxQuoteDepth bounds the nesting of quotations that Quotations tracks,
// so that a text made of opening marks stays linear. Real nesting rarely
// goes past two.
const maxQuoteDepth = 8

// openQuote is a quotation on the stack of those not yet closed.
type openQuote struct {
	index  int       // in the result
	family markClass // qDouble or qSingle
}

// Quotations pairs the opening and closing quote marks among tokens (as
// Tokenize makes them, with their Opening and Closing flags) into
// quotations, in the order of their opening marks. Nested quotations are
// returned as well, with their Depth.
//
// A closing mark closes the innermost open quotation of its family
// (double: " “ ” „ « », and a pair of single marks typed for a double
// one; single: ' ‘ ’ ‚ ‹ ›); quotations inside it that were left open
// stop before it, unclosed. With no quotation of its family open, it
// closes the innermost open one (a mistyped “OK?’), and with none open
// at all it is ignored. An opening mark of the same family as the
// innermost open quotation stops that one, unclosed: English nests
// quotations in the other family's marks, so “A … “B … is a closing
// mark left out.
//
// A quotation still open at the end of a paragraph stops there,
// unclosed, so that a stray mark cannot swallow the rest of the article —
// unless the next paragraph opens with a mark of the same family: then
// the quotation goes on (see Quote.Continued).
func Quotations(text string, tokens []Token) []Quote {
	var quotes []Quote
	var stack [maxQuoteDepth]openQuote
	depth := 0
	stop := func(to, end int) { // ends the quotations above depth to, unclosed
		for ; depth > to; depth-- {
			quotes[stack[depth-1].index].Span.End = end
		}
	}
	continuation := -1 // index of a mark that continues a quotation
	for i, tok := range tokens {
		if tok.Kind == QuoteMark && i != continuation {
			family := markFamily(tok.Text(text))
			switch {
			case tok.Flags&Opening != 0:
				if depth > 0 && stack[depth-1].family == family {
					// English nests quotations in the other family's
					// marks, so “A “B is a quotation left unclosed.
					stop(depth-1, tokens[i-1].Span.End)
				}
				if depth == maxQuoteDepth {
					stop(depth-1, tokens[i-1].Span.End)
				}
				quotes = append(quotes, Quote{Span: tok.Span, Open: tok.Span, Depth: depth})
				stack[depth] = openQuote{index: len(quotes) - 1, family: family}
				depth++
			case tok.Flags&Closing != 0:
				k := depth - 1
				for k >= 0 && stack[k].family != family {
					k--
				}
				if k < 0 && depth > 0 {
					// No quotation of the mark's family is open: take it
					// as a mistyped close of the innermost one (“OK?’).
					k = depth - 1
				}
				if k >= 0 {
					stop(k+1, tokens[i-1].Span.End)
					q := &quotes[stack[k].index]
					q.Span.End, q.Close, q.Closed = tok.Span.End, tok.Span, true
					depth = k
				}
			}
		}
		if depth == 0 {
			continue
		}
		if i+1 == len(tokens) {
			stop(0, tok.Span.End)
			break
		}
		next := tokens[i+1]
		if newlinesBetween(text, tok, next) < 2 {
			continue
		}
		// The paragraph ends with quotations open.
		if next.Kind == QuoteMark && next.Flags&Opening != 0 {
			if markFamily(next.Text(text)) == stack[0].family {
				stop(1, tok.Span.End)
				q := &quotes[stack[0].index]
				q.Continued = append(q.Continued, next.Span)
				continuation = i + 1
				continue
			}
		}
		stop(0, tok.Span.End)
	}
	return quotes
}

// markFamily returns the family of the quote mark written mark: a pair of
// single marks stands for a double one, and anything unknown (a token not
// made by Tokenize) counts as double.
func markFamily(mark string) markClass {
	r, size := utf8.DecodeRuneInString(mark)
	if size < len(mark) {
		return qDouble
	}
	if f := markClassOf(r).family(); f != 0 {
		return f
	}
	return qDouble
}
