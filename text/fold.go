package text

import "strings"

// FoldQuotes returns s with its typographic quote marks and apostrophes
// replaced by the ASCII ones: ‘ ’ ‚ ‛ ‹ › ʼ ′ become ' and “ ” „ ‟ « » ″
// become ". Layers that compare strings use it so that "Putin’s" and
// "Putin's" match; it is never applied to the text itself, whose offsets
// it would change. It returns s itself, without allocating, when there is
// nothing to fold.
func FoldQuotes(s string) string {
	if !strings.ContainsAny(s, "‘’‚‛‹›ʼ′“”„‟«»″") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '‘', '’', '‚', '‛', '‹', '›', 'ʼ', '′':
			return '\''
		case '“', '”', '„', '‟', '«', '»', '″':
			return '"'
		}
		return r
	}, s)
}
