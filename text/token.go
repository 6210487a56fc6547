package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier"
)

// TokenKind says what a token is.
type TokenKind uint8

// Token kinds. Every byte of a text that is not white space belongs to
// exactly one token, so the kinds together cover everything that can be
// written; Symbol is the catch-all.
const (
	// Word is a run of letters, with internal hyphens and apostrophes
	// ("well-known", "O'Brien"), an abbreviation or initial with its
	// period ("U.S.", "Gen.", "J."), or a split-off contraction ("'s",
	// "n't"). A word may contain digits after its first letter ("COVID-19").
	Word TokenKind = iota + 1
	// Number starts with a digit: "29,650", "3.5", "1970-01-01", "08:00",
	// "24/7", "1990s", "10th", "’90s".
	Number
	// Punct is punctuation: . , ; : ! ? ( ) [ ] { } / and the dashes, and
	// an ellipsis ("...", "…", ". . .") or a run of "?!" as one token.
	Punct
	// QuoteMark is a quotation mark: " ' “ ” ‘ ’ « » „ ‹ ›, or two
	// single marks typed for a double one. Its Flags say whether it opens
	// or closes. An apostrophe is never a QuoteMark. (The kind is not
	// called Quote because Quote is the quotation these marks delimit.)
	QuoteMark
	// Symbol is anything else: $ % & + = © °, emoji, a lone @ or #.
	Symbol
	// URL is a web address, with or without a scheme ("https://t.co/x",
	// "www.example.org", "pic.twitter.com/abc", "kremlin.ru").
	URL
	// Email is an e-mail address.
	Email
	// Handle is a social media handle ("@SenatorCollins").
	Handle
	// Hashtag is a hashtag ("#StopKavanaugh").
	Hashtag
)

var kindNames = [...]string{"?", "Word", "Number", "Punct", "QuoteMark", "Symbol", "URL", "Email", "Handle", "Hashtag"}

// String returns the kind's name, as in "Word".
func (k TokenKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "?"
}

// TokenFlags say more about a token than its kind.
type TokenFlags uint8

const (
	// Opening marks a QuoteMark token that opens a quotation.
	Opening TokenFlags = 1 << iota
	// Closing marks a QuoteMark token that closes a quotation. A
	// QuoteMark token has exactly one of Opening and Closing.
	Closing
	// Clitic marks a Word split off the word before it: "'s", "’re",
	// "n't", or the bare apostrophe of a plural possessive ("officials’").
	Clitic
	// Abbrev marks a Word whose final period belongs to it: an
	// abbreviation ("Gen.", "U.S.") or an initial ("J.").
	Abbrev
)

// Token is one token of a text: where it is and what it is. It holds no
// string, so that a slice of tokens is one allocation without pointers
// for the garbage collector to scan.
type Token struct {
	Span  dossier.Span
	Kind  TokenKind
	Flags TokenFlags
}

// Text returns the token's text in s, the text it was made from.
func (t Token) Text(s string) string { return t.Span.Of(s) }

// Tokenize splits text into tokens. See AppendTokens.
func Tokenize(text string) []Token {
	return AppendTokens(make([]Token, 0, estimateTokens(text)), text)
}

// estimateTokens guesses how many tokens text has, so that the slice is
// allocated once: English news has about 1.2 tokens per space (words and
// the punctuation attached to them), and a text without spaces still has
// about one token per eight bytes. Counting spaces is fast.
func estimateTokens(text string) int {
	n := strings.Count(text, " ")
	return max(n+n/4, len(text)/8) + 16
}

// AppendTokens appends the tokens of text to dst and returns the extended
// slice, so that a caller who tokenizes many texts can reuse one buffer.
//
// Tokens are in text order, do not overlap, and cover every byte that is
// not white space (control characters count as white space; an invalid
// UTF-8 byte does not, and is kept inside a word). No token contains a
// newline.
//
// Contractions are split the Penn Treebank way, with either apostrophe:
// "don't" → "do" "n't", "can’t" → "ca" "n’t", "it’s" → "it" "’s",
// "Ukraine's" → "Ukraine" "'s", "we'll" → "we" "'ll". Other internal
// apostrophes stay in the word ("O'Brien", "rock’n’roll", "Côte d’Ivoire"
// → "d’Ivoire"). A leading apostrophe before two digits belongs to the
// number ("’90s"), and before a known elision to the word ("'em", "’til",
// "’n’" in "rock ’n’ roll"). After a word, an apostrophe before a space
// or punctuation closes a single-quoted passage when one is open, and is
// otherwise a possessive or elision (Word, Clitic: "officials’ claims").
func AppendTokens(dst []Token, text string) []Token {
	t := tokenizer{s: text, toks: dst, first: len(dst)}
	t.run()
	return t.toks
}

// tokenizer holds the state of one pass over a text.
type tokenizer struct {
	s     string
	toks  []Token
	first int // index in toks of the first token of s

	// Whether a double or single quotation is open in the current
	// paragraph. A straight mark with no telling context closes an open
	// quotation and opens one otherwise; after a word, ’ closes an open
	// single quotation and is an apostrophe otherwise.
	doubleOpen, singleOpen bool

	// A scan for an e-mail's local part or a domain that started before
	// these offsets failed, and so would any scan that starts later
	// within the same run: remembering that keeps tokenizing linear on
	// input like "a.a.a.a.a...".
	noEmailBefore, noDomainBefore int
}

func (t *tokenizer) emit(start, end int, kind TokenKind, flags TokenFlags) {
	t.toks = append(t.toks, Token{Span: dossier.Span{Start: start, End: end}, Kind: kind, Flags: flags})
}

func (t *tokenizer) run() {
	s := t.s
	newlines := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiClass[c] == clSpace {
				if c == '\n' {
					newlines++
				}
				i++
				continue
			}
		} else if space, size := spaceAt(s, i); space {
			i += size
			continue
		}
		if newlines >= 2 {
			// A blank line ends the paragraph and whatever quotation was
			// open in it; a quotation that goes on reopens with a mark.
			t.doubleOpen, t.singleOpen = false, false
		}
		newlines = 0
		i = t.next(i)
	}
}

// next reads the token that starts at i, which is not space, and returns
// where it ends.
func (t *tokenizer) next(i int) int {
	s := t.s
	c := s[i]
	if c < utf8.RuneSelf {
		switch asciiClass[c] {
		case clLetter:
			if lc := c | 0x20; lc == 'h' || lc == 'w' || lc == 'f' {
				if end := urlEnd(s, i); end > i {
					t.emit(i, end, URL, 0)
					return end
				}
			}
			return t.word(i)
		case clDigit:
			return t.word(i)
		}
		switch c {
		case '"', '\'':
			return t.quote(i, rune(c), 1)
		case '.':
			return t.period(i)
		case '!', '?':
			return t.run1(i, Punct, "!?")
		case '-':
			return t.run1(i, Punct, "-")
		case ',', ';', ':', '(', ')', '[', ']', '{', '}', '/':
			t.emit(i, i+1, Punct, 0)
			return i + 1
		case '@':
			return t.handle(i)
		case '#':
			return t.hashtag(i)
		}
		t.emit(i, i+1, Symbol, 0)
		return i + 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && size == 1 {
		return t.word(i)
	}
	if markClassOf(r) != notMark {
		return t.quote(i, r, size)
	}
	switch {
	case r == '…':
		end := i + size
		for strings.HasPrefix(s[end:], "…") {
			end += len("…")
		}
		t.emit(i, end, Punct, 0)
		return end
	case isDash(r):
		t.emit(i, i+size, Punct, 0)
		return i + size
	case isWordRune(r):
		return t.word(i)
	case unicode.IsPunct(r):
		t.emit(i, i+size, Punct, 0)
		return i + size
	}
	end := symbolEnd(s, i+size, r)
	t.emit(i, end, Symbol, 0)
	return end
}

// run1 emits a run of the bytes in set that starts at i as one token.
func (t *tokenizer) run1(i int, kind TokenKind, set string) int {
	end := i + 1
	for end < len(t.s) && strings.IndexByte(set, t.s[end]) >= 0 {
		end++
	}
	t.emit(i, end, kind, 0)
	return end
}

// symbolEnd extends a symbol that ends at i over what modifies it: emoji
// variation selectors, skin tones, combining marks, tag characters, a
// second regional indicator (a flag) and zero-width-joined sequences, so
// that one emoji is one token.
func symbolEnd(s string, i int, first rune) int {
	isRegional := func(r rune) bool { return 0x1F1E6 <= r && r <= 0x1F1FF }
	if isRegional(first) && i < len(s) {
		if r, size := utf8.DecodeRuneInString(s[i:]); isRegional(r) {
			i += size
		}
	}
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x200D: // zero width joiner: the next symbol joins in
			i += size
			if i < len(s) {
				if r2, size2 := utf8.DecodeRuneInString(s[i:]); r2 != utf8.RuneError && !isSpaceRune(r2) {
					i += size2
				}
			}
		case 0xFE00 <= r && r <= 0xFE0F, 0x1F3FB <= r && r <= 0x1F3FF, 0xE0020 <= r && r <= 0xE007F,
			r >= utf8.RuneSelf && r != utf8.RuneError && unicode.In(r, unicode.Mn, unicode.Me):
			i += size
		default:
			return i
		}
	}
	return i
}

// period reads the token that starts with the period at i: an ellipsis,
// a decimal like ".5", or the period alone.
func (t *tokenizer) period(i int) int {
	s := t.s
	end := i + 1
	for end < len(s) && s[end] == '.' {
		end++
	}
	switch {
	case end-i >= 2:
		// ".." is a typo for an ellipsis more often than two stops.
	case strings.HasPrefix(s[i:], ". . ."):
		end = i + len(". . .")
		for strings.HasPrefix(s[end:], " .") {
			end += 2
		}
	case end < len(s) && isASCIIDigit(s[end]) && (i == 0 || isSpaceRune(runeBefore(s, i))):
		for end < len(s) && isASCIIDigit(s[end]) {
			end++
		}
		t.emit(i, end, Number, 0)
		return end
	}
	t.emit(i, end, Punct, 0)
	return end
}

func (t *tokenizer) handle(i int) int {
	s := t.s
	end := i + 1
	for end < len(s) && (isASCIILetter(s[end]) || isASCIIDigit(s[end]) || s[end] == '_') {
		end++
	}
	if end == i+1 {
		t.emit(i, end, Symbol, 0)
		return end
	}
	t.emit(i, end, Handle, 0)
	return end
}

func (t *tokenizer) hashtag(i int) int {
	s := t.s
	end := i + 1
	letter := false
	for end < len(s) {
		if s[end] == '_' {
			end++
			continue
		}
		r, size, ok := decodeWord(s, end)
		if !ok || isIdeograph(r) {
			break
		}
		letter = letter || isLetterRune(r)
		end += size
	}
	if !letter { // "#1" is a symbol and a number, not a hashtag
		t.emit(i, i+1, Symbol, 0)
		return i + 1
	}
	t.emit(i, end, Hashtag, 0)
	return end
}

// word reads the word or number that starts at start with a word rune.
func (t *tokenizer) word(start int) int {
	s := t.s
	kind := Word
	if c := s[start]; c < utf8.RuneSelf {
		if isASCIIDigit(c) {
			kind = Number
		}
	} else {
		r0, size0 := utf8.DecodeRuneInString(s[start:])
		if isIdeograph(r0) {
			t.emit(start, start+size0, Word, 0)
			return start + size0
		}
		if isDigitRune(r0) {
			kind = Number
		}
	}
	var flags TokenFlags
	i := start
	ascii := true      // every rune so far is ASCII (for domains)
	seg := start       // start of the current hyphen-separated segment
	segLetters := true // the segment has only letters (for abbreviations)
	segRunes := 0      // runes in the segment
scan:
	for {
		// The run of word runes.
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				cl := asciiClass[c]
				if cl == clDigit {
					segLetters = false
				} else if cl != clLetter {
					break
				}
				i++
				segRunes++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) || isIdeograph(r) {
				break
			}
			if !isLetterRune(r) && !unicode.IsMark(r) {
				segLetters = false
			}
			ascii = false
			i += size
			segRunes++
		}
		if i >= len(s) {
			break
		}
		// What joins the run to more of the word, if anything.
		c := s[i]
		switch c {
		case '-':
			if startsWord(s, i+1) {
				i++
				seg, segLetters, segRunes = i, true, 0
				continue scan
			}
		case '.':
			if end := t.email(start); end > 0 {
				t.emit(start, end, Email, 0)
				return end
			}
			if isASCIIDigit(s[i-1]) && i+1 < len(s) && isASCIIDigit(s[i+1]) {
				i++ // 3.5, 1.2.3
				segLetters = false
				continue scan
			}
			if ascii && i+1 < len(s) && (('a' <= s[i+1] && s[i+1] <= 'z') || isASCIIDigit(s[i+1])) {
				if end := t.domain(start); end > 0 {
					t.emit(start, end, URL, 0)
					return end
				}
			}
			if !segLetters || segRunes == 0 {
				break scan
			}
			if end := acronymEnd(s, seg, i); end > 0 {
				i = end
				if s[i-1] == '.' {
					flags = Abbrev
				}
				// "U.S.-led": a hyphen goes on after the abbreviation.
				if i < len(s) && s[i] == '-' && startsWord(s, i+1) {
					i++
					seg, segLetters, segRunes, flags = i, true, 0, 0
					continue scan
				}
				break scan
			}
			if isAbbreviation(s, seg, i, segRunes) {
				i++
				flags = Abbrev
			}
			break scan
		case ',':
			// Thousands: exactly three digits follow.
			if isASCIIDigit(s[i-1]) && i+4 <= len(s) && isASCIIDigit(s[i+1]) && isASCIIDigit(s[i+2]) &&
				isASCIIDigit(s[i+3]) && (i+4 == len(s) || !isASCIIDigit(s[i+4])) {
				i += 4
				continue scan
			}
		case ':', '/':
			// Times, scores, dates and fractions: 08:00, 2:1, 24/7.
			if isASCIIDigit(s[i-1]) && i+1 < len(s) && isASCIIDigit(s[i+1]) {
				i++
				segLetters = false
				continue scan
			}
		case '&':
			// AT&T, S&P.
			if isASCIIUpper(s[i-1]) && i+1 < len(s) && isASCIIUpper(s[i+1]) {
				i++
				continue scan
			}
		case '\'':
			if next, done := t.apostrophe(start, i, 1, kind); done {
				return next
			} else if next > i {
				i = next
				continue scan
			}
		case '_', '+', '%', '@':
			if end := t.email(start); end > 0 {
				t.emit(start, end, Email, 0)
				return end
			}
		default:
			if c >= utf8.RuneSelf {
				r, size := utf8.DecodeRuneInString(s[i:])
				switch r {
				case 0x2019: // ’
					if next, done := t.apostrophe(start, i, size, kind); done {
						return next
					} else if next > i {
						i = next
						continue scan
					}
				case 0x2010, 0x2011: // hyphen, non-breaking hyphen
					if startsWord(s, i+size) {
						i += size
						seg, segLetters, segRunes = i, true, 0
						continue scan
					}
				}
			}
		}
		break
	}
	t.emit(start, i, kind, flags)
	return i
}

// startsWord reports whether a word rune (not an ideograph) starts at i.
func startsWord(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _, ok := decodeWord(s, i)
	return ok && !isIdeograph(r)
}

// apostrophe decides what an apostrophe of size bytes at i does inside the
// word that starts at start. It either splits off a contraction, emitting
// both tokens (done is true and next is where the clitic ends), lets the
// word go on past it (next is after the apostrophe), or ends the word
// before it (next is i).
func (t *tokenizer) apostrophe(start, i, size int, kind TokenKind) (next int, done bool) {
	s := t.s
	after := i + size
	end := after
	for end < len(s) && isASCIILetter(s[end]) {
		end++
	}
	if end == after {
		// Not followed by an ASCII letter: go on only before another
		// letter ("d’État"); otherwise the word ends here.
		if r := runeAt(s, after); r >= utf8.RuneSelf && isLetterRune(r) && isLetterRune(runeBefore(s, i)) {
			return after, false
		}
		return i, false
	}
	if end == len(s) || !startsWord(s, end) {
		suffix := s[after:end]
		if isClitic(suffix) {
			t.emit(start, i, kind, 0)
			t.emit(i, end, Word, Clitic)
			return end, true
		}
		if (suffix == "t" || suffix == "T") && i-1 > start && (s[i-1] == 'n' || s[i-1] == 'N') {
			t.emit(start, i-1, kind, 0)
			t.emit(i-1, end, Word, Clitic)
			return end, true
		}
	}
	if isLetterRune(runeBefore(s, i)) {
		return after, false // O'Brien, rock’n’roll, Qur’an
	}
	return i, false
}

// isAbbreviation reports whether the letters s[seg:i], followed by the
// period at s[i], are an abbreviation or initial that keeps its period.
func isAbbreviation(s string, seg, i, runes int) bool {
	if i+1 < len(s) && s[i+1] == '.' {
		return false // "etc..." — the periods are an ellipsis
	}
	if runes == 1 {
		r, _ := utf8.DecodeRuneInString(s[seg:])
		if unicode.IsUpper(r) {
			return true // an initial
		}
	}
	switch abbreviations[s[seg:i+1]] {
	case notAbbrev:
		return false
	case abbrevNumber:
		j := i + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		return j < len(s) && isASCIIDigit(s[j])
	}
	return true
}

// acronymEnd returns the end of an abbreviation made of single letters
// and periods that starts at seg, where s[seg:i] is the first letter and
// s[i] its period: "U.S.", "U.S.A.", "a.m.", "e.g.", "D.C.", and also
// "Ph.D.". The final period is included when there is one and no
// ellipsis follows. It returns 0 when there is no such abbreviation.
func acronymEnd(s string, seg, i int) int {
	if !(i-seg == 1 && isASCIILetter(s[seg])) && s[seg:i] != "Ph" {
		return 0
	}
	j, letters := i, 1
	for j+1 < len(s) && s[j] == '.' && isASCIILetter(s[j+1]) &&
		(j+2 == len(s) || !(isASCIILetter(s[j+2]) || isASCIIDigit(s[j+2]) || s[j+2] >= utf8.RuneSelf)) {
		j += 2
		letters++
	}
	if letters < 2 {
		return 0
	}
	if j < len(s) && s[j] == '.' && (j+1 == len(s) || s[j+1] != '.') {
		j++
	}
	return j
}

// isLocalByte reports whether c may be in the local part of an e-mail.
func isLocalByte(c byte) bool {
	return isASCIILetter(c) || isASCIIDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

func isLabelByte(c byte) bool { return isASCIILetter(c) || isASCIIDigit(c) || c == '-' }

// email returns the end of the e-mail address that starts at start, or 0.
func (t *tokenizer) email(start int) int {
	s := t.s
	if start < t.noEmailBefore {
		return 0
	}
	at := start
	for at < len(s) && isLocalByte(s[at]) {
		at++
	}
	if at == len(s) || s[at] != '@' || s[at-1] == '.' {
		t.noEmailBefore = at
		return 0
	}
	end, labels := labelsEnd(s, at+1)
	if labels < 2 {
		t.noEmailBefore = at
		return 0
	}
	return end
}

// labelsEnd returns the end of the dotted domain labels that start at i,
// and how many there are. A trailing period is not included.
func labelsEnd(s string, i int) (end, labels int) {
	for {
		j := i
		for j < len(s) && isLabelByte(s[j]) {
			j++
		}
		if j == i {
			return i, labels
		}
		labels++
		i = j
		if i+1 < len(s) && s[i] == '.' && isLabelByte(s[i+1]) {
			i++
			continue
		}
		return i, labels
	}
}

// domain returns the end of the bare domain name, and of the path after
// it, that starts at start ("cnn.com", "pic.twitter.com/abc"), or 0. The
// last label must be a known top-level domain; one that is also an
// English word ("it", "in", "no") counts only with three labels or a path,
// so that "said.it" with a missing space stays two words.
func (t *tokenizer) domain(start int) int {
	s := t.s
	if start < t.noDomainBefore {
		return 0
	}
	end, labels := labelsEnd(s, start)
	last := strings.LastIndexByte(s[start:end], '.') + start + 1
	tld := s[last:end]
	ok := labels >= 2 && topLevelDomains.has(tld)
	path := end+1 < len(s) && s[end] == '/' && !isSpaceRune(runeAt(s, end+1))
	if ok && labels == 2 && !path && wordLikeTLD(tld) {
		ok = false
	}
	if !ok || (end < len(s) && startsWord(s, end)) {
		t.noDomainBefore = end
		return 0
	}
	if path {
		return urlPathEnd(s, start, end)
	}
	return end
}

func wordLikeTLD(tld string) bool {
	switch tld {
	case "it", "in", "no", "me", "be", "at", "us", "by", "co", "so", "is", "to", "do", "go", "am", "as", "news", "app", "dev", "info", "int":
		return true
	}
	return false
}

// urlEnd returns the end of the URL that starts at i with a scheme or
// "www.", or 0.
func urlEnd(s string, i int) int {
	var body int
	switch c := s[i] | 0x20; {
	case c == 'h' && hasPrefixFold(s[i:], "https://"):
		body = i + len("https://")
	case c == 'h' && hasPrefixFold(s[i:], "http://"):
		body = i + len("http://")
	case c == 'f' && hasPrefixFold(s[i:], "ftp://"):
		body = i + len("ftp://")
	case c == 'w' && hasPrefixFold(s[i:], "www.") && i+4 < len(s) && isLabelByte(s[i+4]):
		body = i + len("www.")
	default:
		return 0
	}
	if body >= len(s) || !(isLabelByte(s[body]) || s[body] >= utf8.RuneSelf) {
		return 0
	}
	return urlPathEnd(s, i, body)
}

// urlPathEnd returns the end of a URL that starts at start and is known
// to go on at least to i. It stops at white space and at characters that
// do not occur unescaped in URLs written in prose (quote marks, angle
// brackets), and gives back trailing punctuation that ends the sentence
// and a closing bracket that the URL did not open.
func urlPathEnd(s string, start, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiClass[c] == clSpace || c == '"' || c == '<' || c == '>' || c == '`' {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSpaceRune(r) || markClassOf(r) != notMark || r == '…' || (r != utf8.RuneError && unicode.IsPunct(r) && !unicode.IsLetter(r)) {
			break
		}
		i += size
	}
	// Brackets the URL opened stay with it ("wiki/Kyiv_(city)"); one
	// more closing bracket belongs to the prose around it.
	var opened, closed [3]int
	for j := start; j < i; j++ {
		if k := strings.IndexByte("([{", s[j]); k >= 0 {
			opened[k]++
		} else if k := strings.IndexByte(")]}", s[j]); k >= 0 {
			closed[k]++
		}
	}
	for i > start {
		c := s[i-1]
		if strings.IndexByte(".,;:!?'*", c) >= 0 {
			i--
			continue
		}
		if k := strings.IndexByte(")]}", c); k >= 0 && closed[k] > opened[k] {
			closed[k]--
			i--
			continue
		}
		break
	}
	return i
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// quote reads the quote mark or apostrophe r of size bytes at i.
func (t *tokenizer) quote(i int, r rune, size int) int {
	s := t.s
	end := i + size
	prev, next := runeBefore(s, i), runeAt(s, end)
	if next == r && (r == '\'' || r == 0x2018 || r == 0x2019) {
		// Two single marks typed for one double, as in ‘‘unwavering’’.
		return t.quoteMark(i, end+size, qDouble|markClassOf(r)&(qOpens|qCloses), prev, runeAt(s, end+size))
	}
	if isApostrophe(r) {
		afterWord := prev >= 0 && isWordRune(prev) && !isSpaceRune(prev)
		if prev == '.' && len(t.toks) > t.first && t.toks[len(t.toks)-1].Flags&Abbrev != 0 {
			// "the U.S.'s allies": the clitic of an abbreviation.
			j := end
			for j < len(s) && isASCIILetter(s[j]) {
				j++
			}
			if isClitic(s[end:j]) && (j == len(s) || !startsWord(s, j)) {
				t.emit(i, j, Word, Clitic)
				return j
			}
		}
		if !afterWord {
			// ’90s
			if end+2 <= len(s) && isASCIIDigit(s[end]) && isASCIIDigit(s[end+1]) {
				j := end + 2
				if j < len(s) && s[j] == 's' {
					j++
				}
				if j == len(s) || !startsWord(s, j) {
					t.emit(i, j, Number, 0)
					return j
				}
			}
			// 'em, ’til, ’n’
			if j := end; j < len(s) && isASCIILetter(s[j]) {
				for j < len(s) && isASCIILetter(s[j]) {
					j++
				}
				if w := s[end:j]; isElision(w) && (j == len(s) || !startsWord(s, j)) {
					if w != "n" {
						t.emit(i, j, Word, 0)
						return j
					}
					if r2 := runeAt(s, j); r2 == '\'' || r2 == 0x2019 {
						j += utf8.RuneLen(r2)
						t.emit(i, j, Word, 0)
						return j
					}
				}
			}
		} else {
			if next >= 0 && isLetterRune(next) {
				// A contraction the word scanner did not split, as the
				// second of "he'd've": the apostrophe and its letters.
				j := end
				for j < len(s) && startsWord(s, j) {
					_, sz, _ := decodeWord(s, j)
					j += sz
				}
				t.emit(i, j, Word, Clitic)
				return j
			}
			if r != 0x2018 && !t.singleOpen {
				if isLetterRune(prev) {
					t.emit(i, end, Word, Clitic) // officials’, goin’
					return end
				}
				if r == '\'' && isDigitRune(prev) {
					t.emit(i, end, Symbol, 0) // 5'
					return end
				}
			}
		}
	}
	return t.quoteMark(i, end, markClassOf(r), prev, next)
}

// quoteMark emits the quote mark q that spans s[i:end], between the runes
// prev and next, deciding its role.
func (t *tokenizer) quoteMark(i, end int, q markClass, prev, next rune) int {
	role := t.quoteRole(i, q, prev, next)
	switch {
	case role == Opening && q.family() == qDouble:
		t.doubleOpen = true
	case role == Opening:
		t.singleOpen = true
	case q.family() == qDouble:
		// A single quotation cannot outlive the double one around it.
		t.doubleOpen, t.singleOpen = false, false
	default:
		t.singleOpen = false
	}
	t.emit(i, end, QuoteMark, role)
	return end
}

// quoteRole decides whether the quote mark q at i, between the runes prev
// and next (-1 at the ends of the text), opens or closes a quotation.
//
// A mark with space (or an opening bracket, a dash, an opening mark)
// before it and a word after it opens; one with a word before it and
// space or punctuation after it closes. Curly marks keep the direction
// they are drawn with unless the context plainly says the opposite (so a
// German „…“ or a Swedish ”…” still pairs). Straight marks in a context
// that says nothing close a quotation that is open and open one
// otherwise.
func (t *tokenizer) quoteRole(i int, q markClass, prev, next rune) TokenFlags {
	if q&qFixed != 0 {
		if q&qOpens != 0 {
			return Opening
		}
		return Closing
	}
	prevOpen := prev < 0 || isSpaceRune(prev) || isDash(prev) || prev == '(' || prev == '[' || prev == '{'
	if !prevOpen && len(t.toks) > t.first {
		last := t.toks[len(t.toks)-1]
		prevOpen = last.Span.End == i && last.Kind == QuoteMark && last.Flags&Opening != 0
	}
	nextClose := next < 0 || isSpaceRune(next) || isDash(next) || markClassOf(next) != notMark ||
		next == '…' || (next < utf8.RuneSelf && strings.IndexByte(".,;:!?)]}", byte(next)) >= 0)
	left := prevOpen && !nextClose
	right := !prevOpen && nextClose
	switch {
	case q&qOpens != 0:
		if right {
			return Closing
		}
		return Opening
	case q&qCloses != 0:
		if left {
			return Opening
		}
		return Closing
	case left:
		return Opening
	case right:
		return Closing
	}
	open := t.singleOpen
	if q.family() == qDouble {
		open = t.doubleOpen
	}
	if open {
		return Closing
	}
	return Opening
}
