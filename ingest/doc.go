// Package ingest turns inputs in many formats into clean dossier.Articles.
//
// Each format has a small reader (plain text, HTML, JSON Lines, RSS/Atom)
// that yields the same Article: UTF-8 text with scraper residue removed,
// quote marks as written, and metadata (title, outlet, authors, date) where
// the input gives it. Dates that cannot be publication dates are unknown,
// never 1970. A reader never stops a batch for one bad record: it reports an
// InputError naming the file and line, and goes on.
package ingest
