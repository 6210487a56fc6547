package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"time"

	"dossier"
)

// CSV tables: the rows a spreadsheet user filters and counts. Each has a
// header row; docs/stix.md ("CSV") lists the columns.
const (
	StatementsTable = "statements"
	ClaimsTable     = "claims"
)

// Tables are the names WriteCSV knows, in the order a directory export
// writes them.
var Tables = []string{StatementsTable, ClaimsTable}

// statementColumns and claimColumns are the header rows. The first
// columns repeat the dossier/v1 field names; the others add what a
// reader of one table alone needs (names beside IDs, the outlet, the
// date).
var (
	statementColumns = []string{"id", "article", "source", "published", "story", "url",
		"speaker", "speaker_name", "speaker_text", "cue", "kind", "text", "start", "end", "venue", "when"}
	claimColumns = []string{"id", "article", "source", "published", "story", "url",
		"statement", "holder", "holder_name", "agent", "agent_name", "event", "polarity",
		"certainty", "confidence", "text"}
)

// WriteCSV writes one table of d — StatementsTable or ClaimsTable — as
// RFC 4180 CSV, UTF-8, with a header row: one row per statement or claim,
// in the order of d's articles and their place in the article. An unknown
// value is an empty cell (never a placeholder date); published is RFC 3339.
// Cells are written as they are: a cell that begins with "=", "+", "-" or
// "@" is not escaped for spreadsheets, so that the data round-trips.
func WriteCSV(w io.Writer, d *dossier.Dossier, table string) error {
	var header []string
	switch table {
	case StatementsTable:
		header = statementColumns
	case ClaimsTable:
		header = claimColumns
	default:
		return fmt.Errorf("export: unknown CSV table %q (known: %s, %s)", table, StatementsTable, ClaimsTable)
	}
	names := make(map[string]string, len(d.Entities))
	for _, e := range d.Entities {
		names[e.ID] = e.Name
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, a := range d.Articles {
		an := d.Analyses[a.ID]
		if an == nil {
			continue
		}
		published := ""
		if a.Published != nil {
			published = a.Published.Format(time.RFC3339)
		}
		common := []string{a.Source, published, a.Story, a.URL}
		if table == StatementsTable {
			for _, s := range an.Statements {
				row := append([]string{s.ID, s.Article}, common...)
				row = append(row, s.Speaker, names[s.Speaker], s.SpeakerText, s.Cue, string(s.Kind), s.Text,
					strconv.Itoa(s.Content.Start), strconv.Itoa(s.Content.End), s.Venue, s.When)
				if err := cw.Write(row); err != nil {
					return err
				}
			}
			continue
		}
		for _, c := range an.Claims {
			holderName := names[c.Holder]
			if c.Holder == "" {
				holderName = a.Source // the outlet's own voice
			}
			row := append([]string{c.ID, c.Article}, common...)
			row = append(row, c.Statement, c.Holder, holderName, c.Agent, names[c.Agent], c.Event,
				string(c.Polarity), c.Certainty, c.Confidence, c.Text)
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
