package dossier

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"sort"
	"time"
	"unicode"
	"unicode/utf8"
)

// Article is one news report after ingest: decoded to UTF-8, extracted from
// its markup, cleaned of scraper residue, with its metadata. Text is the
// reference for every later layer: spans are byte offsets into it.
type Article struct {
	// ID identifies the article within a corpus. It is derived from the
	// content hash, so the same text always gets the same ID.
	ID string
	// ExternalID is the identifier the input gave the article (the "id"
	// field of a JSON Lines record, a feed item's GUID), or "".
	ExternalID string
	// Source is the outlet that published it ("Al Jazeera"), or "" when the
	// input does not say.
	Source string
	// Title is the headline, cleaned like the body.
	Title string
	// URL is where the article was published, or "".
	URL string
	// Authors are the bylines, in the order given.
	Authors []string
	// Published is the publication time, or nil when unknown. A placeholder
	// or impossible date (the Unix epoch, a date in the future, before
	// 1990) is unknown: nil, never 1970.
	Published *time.Time
	// PublishedInferred bounds the publication date when Published is nil
	// and the text and its story bound it: the analysis fills it, after
	// the stories are known, and it is never copied into Published.
	PublishedInferred *DateBounds
	// File is the path of the file the article came from, or "".
	File string
	// Format names the reader that produced the article: "text", "html",
	// "jsonl" or "feed".
	Format string
	// Text is the clean body, UTF-8, paragraphs separated by a blank line.
	// Quote marks are kept as written.
	Text string
	// Notes records what cleaning changed or doubted (a repaired encoding,
	// a dropped paragraph), for the analyst who wonders why the text
	// differs from the page.
	Notes []string
	// ContentHash is the hex SHA-256 of the normalised title and text: the
	// key that makes re-ingest idempotent and finds copies.
	ContentHash string
	// Story is the ID of the story the article belongs to, or "".
	Story string
	// IngestedAt is when the article was first stored.
	IngestedAt time.Time
}

// ByPublication returns the articles in order of publication, earliest
// first, those with no known date last in the order given. The slice given
// is not changed.
func ByPublication(articles []*Article) []*Article {
	out := append([]*Article(nil), articles...)
	sort.SliceStable(out, func(i, j int) bool {
		pi, pj := out[i].Published, out[j].Published
		switch {
		case pi == nil:
			return false
		case pj == nil:
			return true
		}
		return pi.Before(*pj)
	})
	return out
}

// DateBounds is what the text tells of a date that the metadata does not
// give: the earliest and the latest day it can be, and why. A bound the
// text does not set is "": bounds never claim more precision than the
// text gives.
type DateBounds struct {
	Earliest, Latest string // YYYY-MM-DD, or ""
	// Basis says, one reason a line, what the bounds rest on.
	Basis []string
}

// Copy records that an article's exact content arrived again from another
// source or address: a wire copy or a republication. The content is stored
// once, under the original's ID; each copy is kept as evidence of reach.
type Copy struct {
	ArticleID  string // the stored original
	Source     string
	URL        string
	File       string
	ExternalID string
	Published  *time.Time
	SeenAt     time.Time
}

// Seal computes the content hash and, when the article has none yet, its ID.
// Readers call it once the text is final.
func (a *Article) Seal() {
	a.ContentHash = ContentHash(a.Title, a.Text)
	if a.ID == "" {
		a.ID = a.ContentHash[:16]
	}
}

// ContentHash returns the hex SHA-256 of title and text after folding case
// and collapsing whitespace and quote-mark variants, so that two scrapes of
// one article that differ only in layout or typography hash alike.
func ContentHash(title, text string) string {
	h := sha256.New()
	buf := make([]byte, 0, 4096)
	buf = appendNormalised(buf, title, h)
	buf = append(buf, 0)
	buf = appendNormalised(buf, text, h)
	h.Write(buf)
	return hex.EncodeToString(h.Sum(nil))
}

// appendNormalised appends s to buf folded for hashing: lower case, runs of
// white space as one space (none at the ends), typographic quote marks as
// ASCII. It flushes buf into h whenever buf grows large, so memory stays
// small for long texts.
func appendNormalised(buf []byte, s string, h hash.Hash) []byte {
	space := false
	started := false
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		if c < utf8.RuneSelf {
			r = rune(c)
			i++
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			i += size
		}
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || (r >= utf8.RuneSelf && unicode.IsSpace(r)):
			space = started
			continue
		case r == '\u2018' || r == '\u2019' || r == '\u201B' || r == '`':
			r = '\''
		case r == '\u201C' || r == '\u201D' || r == '\u201F':
			r = '"'
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r >= utf8.RuneSelf:
			r = unicode.ToLower(r)
		}
		if space {
			buf = append(buf, ' ')
			space = false
		}
		started = true
		buf = utf8.AppendRune(buf, r)
		if len(buf) >= 4096 {
			h.Write(buf)
			buf = buf[:0]
		}
	}
	return buf
}

// Source is an outlet and what the analyst thinks of it.
type Source struct {
	// Name is the outlet's name as it signs its articles.
	Name string
	// Domain is the outlet's web domain ("aljazeera.com"), or "".
	Domain string
	// Reliability is the Admiralty source-reliability grade, "A"
	// (completely reliable) to "F" (reliability cannot be judged). Unset
	// means F.
	Reliability string
}
