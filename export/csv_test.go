package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"dossier"
)

func TestWriteCSV(t *testing.T) {
	d := sampleDossier()
	// A cell with a comma, quote marks and a line break must round-trip.
	d.Analyses["a1"].Statements[0].Text = "the \"dam\", it failed,\nthey said"
	tests := []struct {
		table string
		rows  int
		// want maps a column to the value of the first data row.
		want map[string]string
	}{
		{StatementsTable, 1, map[string]string{
			"id": "st1", "article": "a1", "source": "Valley Post", "published": "2024-04-02T10:30:00Z",
			"story": "s1", "url": "https://valley.example/dam", "speaker": "e1", "speaker_name": "Anna Lind",
			"speaker_text": "Mayor Lind", "cue": "said", "kind": "indirect",
			"text": "the \"dam\", it failed,\nthey said", "start": "4", "end": "14", "venue": "", "when": "",
		}},
		{ClaimsTable, 1, map[string]string{
			"id": "c1", "statement": "st1", "holder": "e1", "holder_name": "Anna Lind", "agent": "e2",
			"agent_name": "", "event": "dam breach", "polarity": "-", "certainty": "unlikely", "confidence": "",
			"text": "dam failed",
		}},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		if err := WriteCSV(&buf, d, tt.table); err != nil {
			t.Fatalf("%s: %v", tt.table, err)
		}
		records, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", tt.table, err)
		}
		if len(records) != tt.rows+1 {
			t.Fatalf("%s: %d records, want a header and %d rows", tt.table, len(records), tt.rows)
		}
		header, row := records[0], records[1]
		col := map[string]int{}
		for i, h := range header {
			col[h] = i
		}
		for name, want := range tt.want {
			i, ok := col[name]
			if !ok {
				t.Errorf("%s: no column %q in %v", tt.table, name, header)
				continue
			}
			if row[i] != want {
				t.Errorf("%s: %s = %q, want %q", tt.table, name, row[i], want)
			}
		}
	}
}

func TestWriteCSVOutletVoiceAndUnknownTable(t *testing.T) {
	d := sampleDossier()
	d.Analyses["a1"].Claims[0].Holder = ""
	var buf bytes.Buffer
	if err := WriteCSV(&buf, d, ClaimsTable); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "c1,a1,Valley Post,2024-04-02T10:30:00Z,s1,https://valley.example/dam,st1,,Valley Post,e2,") {
		t.Errorf("a claim in the outlet's voice names the outlet as holder: %q", buf.String())
	}
	if err := WriteCSV(&buf, &dossier.Dossier{}, "entities"); err == nil || !strings.Contains(err.Error(), "unknown CSV table") {
		t.Errorf("unknown table: %v", err)
	}
	buf.Reset()
	if err := WriteCSV(&buf, &dossier.Dossier{}, StatementsTable); err != nil || strings.Count(buf.String(), "\n") != 1 {
		t.Errorf("empty dossier: %v, %q; want the header alone", err, buf.String())
	}
}
