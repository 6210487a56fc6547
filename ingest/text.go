package ingest

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"dossier"
)

// headerDate matches a dated header line: "Published: 2023-05-04",
// "Date: Thu, 04 May 2023 10:00:00 GMT", "Updated: ...".
var headerDate = regexp.MustCompile(`^(?i:published|date|posted|updated|last updated)\s*:\s*(.+)$`)

// headerByline matches an author line: "By Jane Doe and John Roe".
var headerByline = regexp.MustCompile(`^(?i:by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*)$`)

// maxHeaderLines bounds how far below the title header lines are looked for.
const maxHeaderLines = 6

// ReadText reads a plain-text article as scrapers save them: the first line
// is the title; header lines below it may give a view counter, a bare
// timestamp, a "Published:" date or a byline; the body follows; trailers
// may give a tag list and a "Source: Outlet" line. Scraper residue is
// removed (see cleanBody). A header timestamp that cannot be a publication
// date (the Unix epoch, a future date) leaves the date unknown and is
// recorded in the article's notes.
func ReadText(data []byte, path string) (*dossier.Article, error) {
	dec, err := Decode(data)
	if err != nil {
		return nil, err
	}
	ls := lines(normaliseChars(dec.Text))
	a := &dossier.Article{File: path, Format: "text", Notes: dec.Notes}

	// Title: the first non-empty line.
	i := 0
	for i < len(ls) && ls[i] == "" {
		i++
	}
	if i == len(ls) {
		return nil, dossier.ErrEmpty
	}
	a.Title = ls[i]
	i++

	// Header lines, up to the first line that reads as body.
	for n := 0; i < len(ls) && n < maxHeaderLines; i, n = i+1, n+1 {
		l := ls[i]
		if l == "" {
			continue
		}
		if m := headerDate.FindStringSubmatch(l); m != nil {
			a.Published = noteDate(a, m[1])
			continue
		}
		if isResidue(l) {
			if residueLine[1].MatchString(l) { // a bare timestamp
				a.Published = noteDate(a, l)
			}
			continue
		}
		if m := headerByline.FindStringSubmatch(l); m != nil && len(a.Authors) == 0 {
			a.Authors = splitAuthors(m[1])
			continue
		}
		break
	}

	body, source, trailerNotes := stripTrailers(ls[i:])
	a.Source = source
	a.Text, a.Notes = cleanBodyNotes(body, append(a.Notes, trailerNotes...))
	if a.Text == "" {
		return nil, fmt.Errorf("title %q but no body text: %w", a.Title, dossier.ErrNoBody)
	}
	a.Seal()
	return a, nil
}

func cleanBodyNotes(body []string, notes []string) (string, []string) {
	text, more := cleanBody(body)
	return text, append(notes, more...)
}

// noteDate parses a date from a header and records a rejected one.
func noteDate(a *dossier.Article, s string) *time.Time {
	t, ok := ParseDate(s)
	if ok && t == nil {
		a.Notes = append(a.Notes, fmt.Sprintf("date %q is not a valid publication date; left unknown", s))
	}
	if !ok {
		a.Notes = append(a.Notes, fmt.Sprintf("date %q not understood; left unknown", s))
	}
	return t
}

// splitAuthors splits a byline into names.
func splitAuthors(s string) []string {
	s = strings.NewReplacer(" and ", ",", " & ", ",", ";", ",").Replace(s)
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
