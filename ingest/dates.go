package ingest

import (
	"strings"
	"time"
)

// earliestNews is the earliest publication date dossier believes: dates
// before it in scraped news are almost always placeholders or parse errors.
var earliestNews = time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)

// futureSlack allows for time zones and clock skew before a date counts as
// "in the future".
const futureSlack = 48 * time.Hour

// now is the clock; tests replace it.
var now = time.Now

// ValidDate returns t as a publication date, or nil when t cannot be one:
// the zero time, the Unix epoch in any time zone (scrapers print a missing
// timestamp as "1970-01-01 08:00" in UTC+8), anything before 1990, or a
// date in the future. Unknown is nil, never 1970.
func ValidDate(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	if t.Before(earliestNews) || t.After(now().Add(futureSlack)) {
		return nil
	}
	return &t
}

// dateLayouts are the forms publication dates take in feeds, JSON and page
// metadata, most common first.
var dateLayouts = []string{
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006",
	"January 2, 2006",
	"Jan 2, 2006",
	"2006/01/02",
	"1/2/2006",
	"1/2/06",
}

// ParseDate parses a publication date in any of the common machine forms
// and validates it with ValidDate. It returns nil for an empty, malformed
// or placeholder date; ok reports whether s held a date at all, valid or
// not, so that callers can note a rejected one.
func ParseDate(s string) (t *time.Time, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, false
	}
	for _, layout := range dateLayouts {
		if p, err := time.Parse(layout, s); err == nil {
			return ValidDate(p), true
		}
	}
	return nil, false
}
