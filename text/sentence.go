package text

import (
	"unicode"
	"unicode/utf8"

	"dossier"
)

// Sentence is one sentence of a text.
type Sentence struct {
	// Span runs from the start of the first token to the end of the last:
	// it has no white space at either end.
	Span dossier.Span
	// FirstToken and EndToken are the half-open range [FirstToken,
	// EndToken) of the sentence's tokens in the slice it was segmented
	// from.
	FirstToken, EndToken int
	// Paragraph is the index of the sentence's paragraph in
	// Paragraphs(text) when the sentences were segmented from all the
	// tokens of text, as NewDoc does; from a part of them, it counts the
	// paragraph breaks since the first token.
	Paragraph int
}

// Segment splits the tokens of text (as Tokenize makes them) into
// sentences. Every token belongs to exactly one sentence: the sentences
// are in order and their token ranges follow each other without a gap.
//
// A sentence never runs over a paragraph break (a blank line): news
// paragraphs end their sentences, and a broken one is safer cut than
// joined to the next. Inside a paragraph a sentence ends:
//
//   - after . ! ? or an ellipsis, together with the closing quote marks
//     and brackets that follow it (“It is over.” He left. → two
//     sentences, the first ending after ”), when what follows can start a
//     sentence: not a lowercase word (“Is it over?” he asked.), not a
//     comma or other continuing punctuation, not an opening quote mark
//     before a lowercase word (the U.S. “gained nothing”), and not the
//     frame of the quotation just closed (“Is it over?” Orlov asked.).
//     An ellipsis ends a sentence only before a capital; the "1." of a
//     numbered list does not end one.
//   - after an abbreviation that may end a sentence ("U.S.", "Inc.",
//     "Jr.", "etc.", a month, an initial) only when a common sentence
//     starter or an opening quote mark follows ("… in the U.S. The …",
//     but "U.S. Army", "Jan. 5", "J. K. Rowling"); after a US state
//     ("Lowell, Mass.") or "a.m."/"p.m." before any capitalised word but
//     a title, a time zone, a weekday or a month ("5 p.m. ET"); never
//     after a title ("Gen.", "Dr."), "e.g." or "No. 5".
//   - at a single line break when the line looks like a heading or a
//     caption: it ends without punctuation, not on a word like "the" or
//     "and" that shows it was wrapped, and the next line starts with a
//     capital, a digit, an opening quote mark or a bullet. A bulleted
//     line always starts a sentence. Text wrapped at a fixed width is
//     rare in cleaned news and would otherwise break wherever a line
//     starts with a name.
func Segment(text string, tokens []Token) []Sentence {
	return AppendSentences(make([]Sentence, 0, len(tokens)/20+1), text, tokens)
}

// AppendSentences is Segment appending to dst, so that a caller can reuse
// one buffer.
func AppendSentences(dst []Sentence, text string, tokens []Token) []Sentence {
	s, toks := text, tokens
	n := len(toks)
	first, para := 0, 0
	for i := 0; i < n; {
		last := i
		split := false
		if isTerminal(s, toks[i]) {
			last = closersEnd(s, toks, i)
			if last+1 < n && newlinesBetween(s, toks[last], toks[last+1]) < 2 {
				split = endsSentence(s, toks, first, i, last)
			}
		} else if i+1 < n && newlinesBetween(s, toks[i], toks[i+1]) == 1 {
			split = lineEndsSentence(s, toks[i], toks[i+1])
		}
		breaks := 2 // after the last token
		if last+1 < n {
			breaks = newlinesBetween(s, toks[last], toks[last+1])
		}
		if split || breaks >= 2 {
			dst = append(dst, Sentence{
				Span:       dossier.Span{Start: toks[first].Span.Start, End: toks[last].Span.End},
				FirstToken: first,
				EndToken:   last + 1,
				Paragraph:  para,
			})
			first = last + 1
		}
		if breaks >= 2 {
			para++
		}
		i = last + 1
	}
	return dst
}

// newlinesBetween counts the newlines between two tokens, up to 2: a
// paragraph break.
func newlinesBetween(s string, a, b Token) int {
	n := 0
	for i := a.Span.End; i < b.Span.Start && i < len(s); i++ {
		if s[i] == '\n' {
			if n++; n == 2 {
				break
			}
		}
	}
	return n
}

// firstRune returns the first rune of a token's text, or -1.
func firstRune(s string, t Token) rune {
	if t.Span.Start >= t.Span.End || t.Span.End > len(s) {
		return -1
	}
	return runeAt(s, t.Span.Start)
}

func isUpperRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLowerRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

// isTerminal reports whether a token may end a sentence: . ! ? an
// ellipsis, or an abbreviation with its period.
func isTerminal(s string, t Token) bool {
	switch t.Kind {
	case Punct:
		switch r := firstRune(s, t); r {
		case '.', '!', '?', '…', '。', '！', '？', '؟', '।', '｡':
			return true
		}
	case Word:
		return t.Flags&Abbrev != 0
	}
	return false
}

// isEllipsis reports whether a Punct token is an ellipsis.
func isEllipsis(s string, t Token) bool {
	w := t.Text(s)
	return w == "…" || len(w) > 1 && w[0] == '.' || len(w) > 3 && w[:3] == "…"
}

// closersEnd returns the index of the last of the closing quote marks,
// closing brackets and further final punctuation that follow the
// terminal token at i on the same line; they belong to its sentence.
func closersEnd(s string, toks []Token, i int) int {
	j := i
	for j+1 < len(toks) && newlinesBetween(s, toks[j], toks[j+1]) == 0 {
		nt := toks[j+1]
		closer := nt.Kind == QuoteMark && nt.Flags&Closing != 0 ||
			nt.Kind == Punct && (isTerminal(s, nt) || isClosingBracket(firstRune(s, nt)))
		if !closer {
			break
		}
		j++
	}
	return j
}

func isClosingBracket(r rune) bool { return r == ')' || r == ']' || r == '}' }

// endsSentence decides whether the sentence that starts at toks[first]
// ends after toks[last], where toks[i] is a terminal token and
// toks[i+1:last+1] the closers after it.
func endsSentence(s string, toks []Token, first, i, last int) bool {
	term, next := toks[i], toks[last+1]
	if i == first+1 && toks[first].Kind == Number && toks[first].Span.Len() <= 3 && term.Span.Len() == 1 {
		return false // a numbered list item: "1. The first demand …"
	}
	closed := last > i
	r := firstRune(s, next)
	// The word that would start the next sentence: after an opening
	// mark, the first word inside it.
	lead, leadRune := next, r
	switch next.Kind {
	case Punct:
		// Commas, colons, dashes and closing brackets go on with the
		// sentence ("“Why?”, he asked"); an opening bracket or a bullet
		// may start the next one.
		if r != '(' && r != '[' && r != '•' {
			return false
		}
	case QuoteMark:
		if next.Flags&Opening == 0 {
			return false
		}
		if last+2 < len(toks) {
			lead = toks[last+2]
			leadRune = firstRune(s, lead)
			if lead.Kind == Word && isLowerRune(leadRune) {
				return false // a quotation inside the sentence: the U.S. “nothing”
			}
		}
	case Word:
		if isLowerRune(r) {
			return false
		}
	}
	if term.Kind == Word { // an abbreviation
		kind := abbrevKindOf(term.Text(s))
		if closed && kind != abbrevTitle {
			kind = notAbbrev // a closing mark after "U.S." shows the period ends the sentence
		}
		switch kind {
		case abbrevTitle, abbrevInner, abbrevNumber:
			return false
		case abbrevPlace:
			if !(next.Kind == Word || next.Kind == QuoteMark) || !isUpperRune(leadRune) {
				return false
			}
			if next.Flags&Abbrev != 0 && abbrevKindOf(next.Text(s)) == abbrevTitle {
				return false // "Mass. Gov. Deval Patrick"
			}
		case abbrevTime:
			if next.Kind == Word && (timeFollowers.has(next.Text(s)) ||
				last+2 < len(toks) && toks[last+2].Text(s) == "time") { // "9 p.m. Moscow time"
				return false
			}
			if !(next.Kind == Word || next.Kind == QuoteMark) || !isUpperRune(leadRune) {
				return false
			}
		case abbrevFinal, abbrevInitial:
			if !(next.Kind == Word && sentenceStarters.has(next.Text(s))) && next.Kind != QuoteMark {
				return false
			}
		}
	}
	if term.Kind == Punct && isEllipsis(s, term) && !closed {
		// An ellipsis trails off inside a sentence as often as it ends
		// one: only a capitalised word or an opening mark starts a new one.
		if !(next.Kind == Word && isUpperRune(r)) && next.Kind != QuoteMark {
			return false
		}
	}
	if closed && next.Kind == Word && isUpperRune(r) && closesQuote(toks[i+1:last+1]) {
		// A quotation followed by its frame is one sentence: “Is it
		// over?” Orlov asked.
		if isFrame(s, toks, last+1, firstRune(s, term) == '.') {
			return false
		}
	}
	return true
}

// closesQuote reports whether the closers include a closing quote mark.
func closesQuote(closers []Token) bool {
	for _, t := range closers {
		if t.Kind == QuoteMark {
			return true
		}
	}
	return false
}

// isFrame reports whether the tokens from j, after a closed quotation, are
// its frame: up to four words then a reporting verb, as in "Orlov said",
// "Gen. Ann Lee asked", "the spokesman said.". The frame may go on after
// the verb ("Trump wrote on Twitter.") when the words before the verb are
// all capitalised (a name) and the quotation ended with ? or !; after a
// full stop (afterStop) the verb must end the sentence or be followed by
// a comma, so that “We lost.” He said the army … is two sentences. A
// verb that introduces a new quotation (Trump responded, “Absolutely.”)
// or a clause ("said that") starts a new sentence instead.
func isFrame(s string, toks []Token, j int, afterStop bool) bool {
	switch toks[j].Text(s) {
	case "And", "But", "Or", "So", "Yet":
		return false // “…” And he continued, …
	}
	name := true // every word before the verb is capitalised
	for k := j; k < len(toks) && k < j+5; k++ {
		t := toks[k]
		if t.Kind != Word || k > j && newlinesBetween(s, toks[k-1], t) > 0 {
			return false
		}
		if !reportingVerbs.has(t.Text(s)) {
			name = name && isUpperRune(firstRune(s, t))
			continue
		}
		if k == j {
			return false // the verb cannot be the capitalised word itself
		}
		if k+1 == len(toks) {
			return true
		}
		after := toks[k+1]
		w := after.Text(s)
		opensQuote := func(t Token) bool { return t.Kind == QuoteMark && t.Flags&Opening != 0 }
		if opensQuote(after) || w == "," && k+2 < len(toks) && opensQuote(toks[k+2]) || w == "that" {
			return false
		}
		if after.Kind == Punct && (w == "," || w == ".") {
			return true
		}
		return name && !afterStop
	}
	return false
}

// abbrevKindOf returns the kind of an abbreviation token (a Word with the
// Abbrev flag), such as "Gen.", "U.S.", "J." or "R-Ind.".
func abbrevKindOf(w string) abbrevKind {
	for k := len(w) - 1; k >= 0; k-- {
		if w[k] == '-' { // "R-Ind.", "U.S.-Russia" has no final period
			w = w[k+1:]
			break
		}
	}
	if k, ok := abbreviations[w]; ok {
		return k
	}
	if r, size := utf8.DecodeRuneInString(w); size+1 == len(w) && isUpperRune(r) {
		return abbrevInitial
	}
	return abbrevFinal
}

// lineEndsSentence decides whether a single line break between the
// tokens a and b, a not being final punctuation, ends a sentence.
func lineEndsSentence(s string, a, b Token) bool {
	rb := firstRune(s, b)
	switch b.Kind {
	case Punct, Symbol:
		// A bulleted line starts a new sentence, whatever ends the last.
		return rb == '•' || rb == '·' || rb == '*' || rb == '▪' || rb == '►' || isDash(rb)
	}
	switch a.Kind {
	case Punct, Symbol:
		if r := firstRune(s, a); !isClosingBracket(r) {
			return false // , ; : ( - & and the like carry on
		}
	case QuoteMark:
		if a.Flags&Opening != 0 {
			return false
		}
	case Word:
		if lineContinuers.has(a.Text(s)) {
			return false
		}
	}
	switch b.Kind {
	case Word:
		return isUpperRune(rb)
	case QuoteMark:
		return b.Flags&Opening != 0
	}
	return true // a number, URL, handle or hashtag starts the line
}
