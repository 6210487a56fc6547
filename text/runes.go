package text

import (
	"unicode"
	"unicode/utf8"
)

// byteClass is the class of an ASCII byte. The tokenizer looks bytes up in
// asciiClass so that the common case (English news is almost all ASCII)
// never calls into package unicode.
type byteClass uint8

const (
	clOther  byteClass = iota // punctuation and symbols handled one by one
	clSpace                   // white space and control characters
	clLetter                  // A-Z a-z
	clDigit                   // 0-9
)

var asciiClass = func() (t [utf8.RuneSelf]byteClass) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c <= ' ' || c == 0x7f:
			// Control characters carry no text; treating them as space
			// keeps them out of tokens without losing offsets.
			t[c] = clSpace
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			t[c] = clLetter
		case '0' <= c && c <= '9':
			t[c] = clDigit
		}
	}
	return t
}()

// isSpaceRune reports whether r separates tokens. Besides Unicode white
// space it counts control characters and the invisible characters that
// scraped text is full of: the zero-width space, word joiner, byte order
// mark and the bidirectional marks.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiClass[r] == clSpace
	}
	switch {
	case r == 0x200B, r == 0x2060, r == 0xFEFF, r == 0x180E, r == 0x061C,
		0x200E <= r && r <= 0x200F, 0x202A <= r && r <= 0x202E, 0x2066 <= r && r <= 0x2069:
		return true
	}
	return r <= 0x9F || unicode.IsSpace(r) // C1 controls, NBSP, em space, ...
}

// spaceAt reports whether the text at i starts with a separator, and its
// size in bytes. An invalid byte is not a separator: it is kept inside
// tokens so that every byte that is not space belongs to some token.
func spaceAt(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiClass[c] == clSpace, 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && size == 1 {
		return false, 1
	}
	return isSpaceRune(r), size
}

// isWordRune reports whether r can be part of a word: letters, digits and
// other numbers, combining marks, the joiners and the soft hyphen that
// occur inside words.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		if r < 0 {
			return false
		}
		cl := asciiClass[r]
		return cl == clLetter || cl == clDigit
	}
	switch r {
	case 0x00AD, 0x200C, 0x200D: // soft hyphen, ZWNJ, ZWJ
		return true
	case utf8.RuneError:
		// Invalid bytes are most often a stray Latin-1 letter; keeping
		// them in the word keeps "caf\xe9" one token.
		return true
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// isIdeograph reports whether r is a Han character. Chinese and Japanese
// are written without spaces, so each ideograph is its own token rather
// than a whole clause becoming one word.
func isIdeograph(r rune) bool {
	return r >= 0x2E80 && unicode.Is(unicode.Han, r)
}

// decodeWord decodes the rune at i and reports whether it is a word rune.
// An invalid byte decodes as utf8.RuneError of size 1, which counts as a
// word rune.
func decodeWord(s string, i int) (r rune, size int, ok bool) {
	c := s[i]
	if c < utf8.RuneSelf {
		cl := asciiClass[c]
		return rune(c), 1, cl == clLetter || cl == clDigit
	}
	r, size = utf8.DecodeRuneInString(s[i:])
	return r, size, isWordRune(r)
}

// runeBefore returns the rune that ends at i, or -1 at the start of s.
func runeBefore(s string, i int) rune {
	if i <= 0 {
		return -1
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// runeAt returns the rune that starts at i, or -1 at the end of s.
func runeAt(s string, i int) rune {
	if i >= len(s) {
		return -1
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func isASCIILetter(c byte) bool { return c < utf8.RuneSelf && asciiClass[c] == clLetter }
func isASCIIDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isASCIIUpper(c byte) bool  { return 'A' <= c && c <= 'Z' }

// isLetterRune reports whether r is a letter, counting an invalid byte as
// one (see isWordRune).
func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiClass[r] == clLetter
	}
	return r == utf8.RuneError || unicode.IsLetter(r)
}

func isDigitRune(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsNumber(r)
}

// isDash reports whether r is a dash used as punctuation between words.
func isDash(r rune) bool {
	switch r {
	case '-', 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2E3A, 0x2E3B:
		return true
	}
	return false
}

// markClass describes a character used as a quotation mark: which family
// of marks it pairs with, and which way it faces when the context does not
// say (“ opens, ” closes; the straight marks face neither way).
type markClass uint8

const (
	notMark markClass = 0
	qDouble markClass = 1 << 0 // pairs with the double marks " “ ” „ « »
	qSingle markClass = 1 << 1 // pairs with the single marks ' ‘ ’ ‚ ‹ ›
	qOpens  markClass = 1 << 2 // faces right: an opening mark by default
	qCloses markClass = 1 << 3 // faces left: a closing mark by default
	qFixed  markClass = 1 << 4 // never turned round by its context (「 」)
)

func markClassOf(r rune) markClass {
	switch r {
	case '"', 0xFF02: // " ＂
		return qDouble
	case '\'':
		return qSingle
	case 0x201C, 0x201E, 0x201F, 0x00AB: // “ „ ‟ «
		return qDouble | qOpens
	case 0x201D, 0x00BB: // ” »
		return qDouble | qCloses
	case 0x2018, 0x201A, 0x201B, 0x2039: // ‘ ‚ ‛ ‹
		return qSingle | qOpens
	case 0x2019, 0x203A: // ’ ›
		return qSingle | qCloses
	case 0x300C: // 「
		return qDouble | qOpens | qFixed
	case 0x300D: // 」
		return qDouble | qCloses | qFixed
	case 0x300E: // 『
		return qSingle | qOpens | qFixed
	case 0x300F: // 』
		return qSingle | qCloses | qFixed
	}
	return notMark
}

// family is the pairing family of a quote mark: qDouble or qSingle.
func (q markClass) family() markClass { return q & (qDouble | qSingle) }

// isApostrophe reports whether r may be an apostrophe: the straight mark,
// the right single quotation mark that typographers use for it, and the
// left one that autocorrect wrongly puts in "‘90s".
func isApostrophe(r rune) bool {
	return r == '\'' || r == 0x2019 || r == 0x2018
}
