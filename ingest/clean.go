package ingest

import (
	"hash/maphash"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Residue that scrapers leave in article text. Each pattern matches a whole
// line (after trimming) that carries no reporting.
var residueLine = []*regexp.Regexp{
	// View counters: "Views:", "Views: 1,204".
	regexp.MustCompile(`^(?i:views?)\s*:?\s*[\d,. ]*$`),
	// Bare timestamps: "1970-01-01 08:00", "2023-05-04T10:00:00Z".
	regexp.MustCompile(`^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$`),
	// Advertising and layout words.
	regexp.MustCompile(`^(?i:advertisement|scroll to continue(?: with content)?|continue reading(?: below)?|skip advertisement|story continued below|article continues below)$`),
}

// photoCredit matches a bracketed photo or file credit ("[File: Name/Agency]",
// "[Photo: ...]") with the space before it.
var photoCredit = regexp.MustCompile(`\s*\[(?i:file|photo|photograph|image|picture|credit|pictured)s?\s*:[^\]\n]*\]`)

// tagsTrailer matches the tag list some sites append to the body.
var tagsTrailer = regexp.MustCompile(`^(?i:tags?)\s*:?\s+\S`)

// sourceTrailer matches the "Source: Outlet" line that ends some scraped
// articles and names the outlet.
var sourceTrailer = regexp.MustCompile(`^(?i:source)\s*:\s*(\S.{0,80})$`)

// isResidue reports whether a trimmed line is scraper residue.
func isResidue(line string) bool {
	for _, re := range residueLine {
		if re.MatchString(line) {
			return true
		}
	}
	return false
}

// normaliseChars prepares raw text for cleaning: Unix newlines, no control
// characters, no zero-width characters, no-break spaces as spaces. Quote
// marks are left as written.
func normaliseChars(s string) string {
	if !needsNormalising(s) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteByte('\n')
		case r == '\r' || r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r == '\t' || r == '\u00a0' || r == '\f' || r == '\v':
			b.WriteByte(' ')
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff':
			// zero-width: drop
		case r < 0x20 || (r >= 0x7f && r < 0xa0):
			// control character: drop
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// needsNormalising reports, in one pass over the bytes, whether s holds
// anything normaliseChars changes: ASCII controls other than newline, C1
// controls and no-break spaces (lead byte 0xC2), zero-width characters and
// line separators (0xE2 0x80/0x81 ...), or a byte order mark (0xEF 0xBB 0xBF).
func needsNormalising(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20 && c != '\n', c == 0x7f:
			return true
		case c == 0xC2 && i+1 < len(s) && s[i+1] <= 0xA0:
			return true
		case c == 0xE2 && i+2 < len(s) && (s[i+1] == 0x80 && (s[i+2] >= 0x8B && s[i+2] <= 0x8D || s[i+2] == 0xA8 || s[i+2] == 0xA9) || s[i+1] == 0x81 && s[i+2] == 0xA0):
			return true
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBB && s[i+2] == 0xBF:
			return true
		}
	}
	return false
}

// collapseSpaces trims a line and reduces runs of spaces to one.
func collapseSpaces(s string) string {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r == ' ' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// lines splits normalised text into trimmed lines with spaces collapsed.
func lines(s string) []string {
	ls := strings.Split(s, "\n")
	for i, l := range ls {
		ls[i] = collapseSpaces(l)
	}
	return ls
}

// cleanBody turns the body lines of an article into clean text: residue
// lines and photo credits removed, hard-wrapped lines joined, one
// paragraph per block, a paragraph the scraper repeated kept once, and
// paragraphs separated by one blank line. It returns the notes of what it
// removed that a reader might miss.
func cleanBody(ls []string) (string, []string) {
	var notes []string
	var paras []string
	var cur strings.Builder
	endPara := func() {
		if cur.Len() > 0 {
			paras = append(paras, cur.String())
			cur.Reset()
		}
	}
	for _, l := range ls {
		if l == "" {
			endPara()
			continue
		}
		if isResidue(l) {
			endPara()
			continue
		}
		if strings.Contains(l, "[") {
			l = strings.TrimSpace(photoCredit.ReplaceAllString(l, ""))
			if l == "" {
				continue
			}
		}
		if cur.Len() > 0 && continuesLine(cur.String(), l) {
			cur.WriteByte(' ')
			cur.WriteString(l)
			continue
		}
		endPara()
		cur.WriteString(l)
	}
	endPara()

	// A paragraph repeated verbatim is a scraper's doing, not the
	// writer's; short lines ("Reuters", "—") legitimately repeat, so only
	// paragraphs of some length are considered.
	seen := make(map[uint64]bool, len(paras))
	kept := paras[:0]
	dropped := 0
	for _, p := range paras {
		if utf8.RuneCountInString(p) >= 40 {
			key := foldKey(p)
			if seen[key] {
				dropped++
				continue
			}
			seen[key] = true
		}
		kept = append(kept, p)
	}
	if dropped > 0 {
		notes = append(notes, plural(dropped, "repeated paragraph")+" dropped")
	}
	return strings.Join(kept, "\n\n"), notes
}

// continuesLine reports whether line continues the paragraph prev across a
// hard line break: prev does not end a sentence and line starts in lower
// case. A line that starts with a capital after an unfinished one is
// usually a caption or heading, so it stays its own paragraph.
func continuesLine(prev, line string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?:;\"”’'…)]", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	return unicode.IsLower(first) || strings.ContainsRune(",;)–—", first)
}

// foldKey is the form under which two paragraphs count as the same: the
// hash of their text without spaces, in lower case, with typographic
// quote marks as ASCII.
func foldKey(p string) uint64 {
	var h maphash.Hash
	h.SetSeed(foldSeed)
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\n' || c == '\t':
			case c >= 'A' && c <= 'Z':
				h.WriteByte(c + 'a' - 'A')
			default:
				h.WriteByte(c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		i += size
		switch {
		case unicode.IsSpace(r):
		case r == '\u2018' || r == '\u2019':
			h.WriteByte('\'')
		case r == '\u201c' || r == '\u201d':
			h.WriteByte('"')
		default:
			h.WriteString(string(unicode.ToLower(r)))
		}
	}
	return h.Sum64()
}

var foldSeed = maphash.MakeSeed()

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}

// CleanText cleans a body of text that came without its own layout rules
// (a JSON Lines "text" field, a feed item): characters normalised, residue
// removed, paragraphs separated by one blank line, and a first paragraph
// that only repeats the title dropped. It returns the clean text, the
// outlet named by a "Source:" trailer (or ""), and notes.
func CleanText(title, body string) (text, source string, notes []string) {
	ls := lines(normaliseChars(body))
	ls, source, trailerNotes := stripTrailers(ls)
	// Drop a leading repetition of the headline.
	if title != "" {
		for i, l := range ls {
			if l == "" {
				continue
			}
			if foldKey(l) == foldKey(title) {
				ls = ls[i+1:]
			}
			break
		}
	}
	text, bodyNotes := cleanBody(ls)
	return text, source, append(trailerNotes, bodyNotes...)
}

// stripTrailers removes the lines scrapers append after the body — the tag
// list, a "Source:" line, view counters — and returns the outlet that a
// "Source:" line names.
func stripTrailers(ls []string) (rest []string, source string, notes []string) {
	end := len(ls)
	for end > 0 {
		l := ls[end-1]
		switch {
		case l == "" || isResidue(l):
		case tagsTrailer.MatchString(l) && !strings.ContainsAny(strings.TrimRight(l, " "), ".!?\"“”") && len(l) < 400:
			notes = append(notes, "tag list removed")
		case sourceTrailer.MatchString(l) && source == "":
			source = strings.TrimSpace(sourceTrailer.FindStringSubmatch(l)[1])
		default:
			return ls[:end], source, notes
		}
		end--
	}
	return ls[:end], source, notes
}
