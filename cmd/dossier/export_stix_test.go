package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeCorpus writes two small invented articles about one incident and
// returns their directory.
func writeCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"herald.txt": "Footbridge collapse in Norwick blamed on builder\nPublished: 2024-05-06T08:00:00Z\n\n" +
			"A footbridge over the Tarn collapsed in Norwick on Sunday, injuring three people.\n\n" +
			"\u201cHalden Works cut corners on this bridge, and the council warned them twice,\u201d Mayor Ella Brandt told reporters.\n\n" +
			"Halden Works denied any responsibility for the collapse. Its director, Olaf Sund, said the bridge had been overloaded during a festival.\n\n" +
			"Source: Norwick Herald\n",
		"courier.txt": "Builder rejects blame for Norwick bridge collapse\nPublished: 2024-05-07T09:15:00Z\n\n" +
			"The builder of the footbridge that collapsed in Norwick on Sunday rejected the mayor's accusation.\n\n" +
			"\u201cWe built the bridge to the standard the council set,\u201d said Olaf Sund, director of Halden Works.\n\n" +
			"Mayor Ella Brandt said Halden Works was probably responsible for the collapse.\n\n" +
			"Source: Tarn Courier\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestExportFormatFlags(t *testing.T) {
	dir := writeCorpus(t)
	tests := []struct {
		args []string
		code int
		says string
	}{
		{[]string{"export", "--format", "yaml", dir}, exitUsage, "known: json, stix, csv"},
		{[]string{"export", "--format", "stix", "--table", "claims", dir}, exitUsage, "go with --format csv"},
		{[]string{"export", "--format", "json", "--out", t.TempDir(), dir}, exitUsage, "go with --format csv"},
		{[]string{"export", "--format", "csv", "--table", "entities", dir}, exitUsage, "unknown --table"},
		{[]string{"help", "export"}, exitOK, "--format stix"},
	}
	for _, tt := range tests {
		code, out, errOut := run(t, "", tt.args...)
		if code != tt.code || !strings.Contains(out+errOut, tt.says) {
			t.Errorf("dossier %q: exit %d, output %q; want exit %d saying %q", tt.args, code, out+errOut, tt.code, tt.says)
		}
	}
}

// v1Counts returns the number of statements and claims of a dossier/v1
// export of paths.
func v1Counts(t *testing.T, paths ...string) (int, int) {
	t.Helper()
	code, out, errOut := run(t, "", append([]string{"export", "--format", "json"}, paths...)...)
	if code != exitOK {
		t.Fatalf("json export: exit %d: %s", code, errOut)
	}
	var d struct {
		Statements []json.RawMessage `json:"statements"`
		Claims     []json.RawMessage `json:"claims"`
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	return len(d.Statements), len(d.Claims)
}

// stixObject is the part of a STIX object the tests read.
type stixObject struct {
	Type        string `json:"type"`
	SpecVersion string `json:"spec_version"`
	ID          string `json:"id"`
	Created     string `json:"created"`
	Published   string `json:"published"`
	Statement   string `json:"x_dossier_statement"`
	Claim       string `json:"x_dossier_claim"`
}

func TestExportSTIX(t *testing.T) {
	dir := writeCorpus(t)
	corpora := []struct {
		name string
		path string
	}{
		{"invented", dir},
		{"seeds", filepath.Join(sharedDir, "seeds")},
	}
	for _, c := range corpora {
		t.Run(c.name, func(t *testing.T) {
			if _, err := os.Stat(c.path); err != nil {
				t.Skipf("not available: %v", err)
			}
			code, out, errOut := run(t, "", "export", "--format", "stix", c.path)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			_, again, _ := run(t, "", "export", "--format", "stix", c.path)
			if out != again {
				t.Error("two exports of the same files differ")
			}
			var b struct {
				Type    string       `json:"type"`
				ID      string       `json:"id"`
				Objects []stixObject `json:"objects"`
			}
			if err := json.Unmarshal([]byte(out), &b); err != nil {
				t.Fatal(err)
			}
			if b.Type != "bundle" || !strings.HasPrefix(b.ID, "bundle--") {
				t.Errorf("not a bundle: %q %q", b.Type, b.ID)
			}
			statements, claims, reports := 0, 0, 0
			for _, o := range b.Objects {
				if o.SpecVersion != "2.1" || !strings.HasPrefix(o.ID, o.Type+"--") || strings.HasPrefix(o.Created, "1970") {
					t.Errorf("object %s: spec_version %q, created %q", o.ID, o.SpecVersion, o.Created)
				}
				switch {
				case o.Type == "note" && o.Claim != "":
					claims++
				case o.Type == "note" && o.Statement != "":
					statements++
				case o.Type == "report":
					reports++
					if o.Published == "" || strings.HasPrefix(o.Published, "1970") {
						t.Errorf("report %s published %q", o.ID, o.Published)
					}
				}
			}
			wantS, wantC := v1Counts(t, c.path)
			if statements != wantS || claims != wantC || reports == 0 || wantS == 0 {
				t.Errorf("%d statement notes, %d claim notes, %d reports; the JSON export has %d statements, %d claims",
					statements, claims, reports, wantS, wantC)
			}
		})
	}
}

func TestExportCSV(t *testing.T) {
	dir := writeCorpus(t)
	wantS, wantC := v1Counts(t, dir)
	tests := []struct {
		args   []string
		header string
		rows   int
	}{
		{[]string{"export", "--format", "csv", dir}, "id,article,source,published,story,url,speaker,", wantS},
		{[]string{"export", "--format", "csv", "--table", "claims", dir}, "id,article,source,published,story,url,statement,holder,", wantC},
	}
	for _, tt := range tests {
		code, out, errOut := run(t, "", tt.args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", tt.args, code, errOut)
		}
		records, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		if !strings.HasPrefix(out, tt.header) || len(records) != tt.rows+1 {
			t.Errorf("%v: %d records, header %q; want %d rows under %q", tt.args, len(records), records[0], tt.rows, tt.header)
		}
	}

	out := filepath.Join(t.TempDir(), "tables")
	code, stdout, errOut := run(t, "", "export", "--format", "csv", "--out", out, dir)
	if code != exitOK || stdout != "" {
		t.Fatalf("--out: exit %d, stdout %q, stderr %s", code, stdout, errOut)
	}
	for table, rows := range map[string]int{"statements": wantS, "claims": wantC} {
		data, err := os.ReadFile(filepath.Join(out, table+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		records, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil || len(records) != rows+1 {
			t.Errorf("%s.csv: %d records (%v), want %d rows", table, len(records), err, rows)
		}
	}
}
