package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dossier/eval"
)

// run runs the dossier command in-process and returns its exit code,
// stdout and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut}
	code := runMain(context.Background(), e, args)
	return code, out.String(), errOut.String()
}

const sharedDir = "../../../shared"

func TestUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		says string
	}{
		{nil, exitUsage, "Usage: dossier COMMAND"},
		{[]string{"frobnicate"}, exitUsage, "unknown command"},
		{[]string{"ingest"}, exitUsage, "no PATH"},
		{[]string{"ingest", "--no-such-flag", "x"}, exitUsage, "flag provided but not defined"},
		{[]string{"export", "--format", "xml", "x"}, exitUsage, "unknown --format"},
		{[]string{"eval"}, exitUsage, "which stage"},
		{[]string{"search"}, exitUsage, "no QUERY"},
		{[]string{"ingest", "--help"}, exitOK, "Example:"},
		{[]string{"help", "export"}, exitOK, "dossier export --format json"},
	}
	for _, tt := range tests {
		code, out, errOut := run(t, "", tt.args...)
		if code != tt.code || !strings.Contains(out+errOut, tt.says) {
			t.Errorf("dossier %q: exit %d, output %q; want exit %d saying %q", tt.args, code, out+errOut, tt.code, tt.says)
		}
	}
}

func TestEveryCommandHasHelpAndExample(t *testing.T) {
	for _, c := range commands {
		code, _, errOut := run(t, "", c.name, "--help")
		if code != exitOK || !strings.Contains(errOut, "Example:") || !strings.Contains(errOut, "Usage: dossier "+c.name) {
			t.Errorf("dossier %s --help: exit %d, %q", c.name, code, errOut)
		}
	}
}

func TestDemo(t *testing.T) {
	start := time.Now()
	code, out, errOut := run(t, "", "demo")
	took := time.Since(start)
	if code != exitOK {
		t.Fatalf("demo exit %d: %s", code, errOut)
	}
	// A guard against a hang, not a speed measure: speed is measured by
	// the benchmarks and `dossier bench`, and go test runs packages side
	// by side on a shared machine.
	if took > 30*time.Second {
		t.Errorf("demo took %v", took)
	}
	for _, want := range []string{"# Dossier", "5 articles", "Meridian Wire", "Kessary State News"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo report lacks %q", want)
		}
	}
	code, out, _ = run(t, "", "demo", "--json")
	var d struct {
		Format   string `json:"format"`
		Articles []struct {
			Published *string `json:"published"`
		} `json:"articles"`
	}
	if code != exitOK || json.Unmarshal([]byte(out), &d) != nil || d.Format != "dossier/v1" || len(d.Articles) < 4 {
		t.Errorf("demo --json: exit %d, format %q, %d articles", code, d.Format, len(d.Articles))
	}
}

// exported is the part of a dossier/v1 export the tests read.
type exported struct {
	Format   string `json:"format"`
	Articles []struct {
		ID        string  `json:"id"`
		Source    *string `json:"source"`
		Title     string  `json:"title"`
		Published *string `json:"published"`
		File      *string `json:"file"`
		Text      string  `json:"text"`
	} `json:"articles"`
}

// TestExportSeeds checks the cleaning and metadata of the seed articles
// against the gold file, as ../shared/tools/score-dossier does.
func TestExportSeeds(t *testing.T) {
	seeds := filepath.Join(sharedDir, "seeds")
	gold, err := eval.ReadSeedsGold(filepath.Join(sharedDir, "gold", "seeds.json"))
	if err != nil {
		t.Skipf("shared seeds not available: %v", err)
	}
	code, out, errOut := run(t, "", "export", "--format", "json", seeds)
	if code != exitOK {
		t.Fatalf("export exit %d: %s", code, errOut)
	}
	var d exported
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	if d.Format != "dossier/v1" || len(d.Articles) != len(gold.Articles) {
		t.Fatalf("format %q with %d articles, want dossier/v1 with %d", d.Format, len(d.Articles), len(gold.Articles))
	}
	for _, a := range d.Articles {
		g, ok := gold.Articles[filepath.Base(*a.File)]
		if !ok {
			t.Errorf("article from unexpected file %v", a.File)
			continue
		}
		if a.Title != g.Title {
			t.Errorf("%s: title %q, want %q", *a.File, a.Title, g.Title)
		}
		if (a.Published == nil) != (g.Published == nil) {
			t.Errorf("%s: published %v, want %v", *a.File, a.Published, g.Published)
		}
		if g.Source != nil && (a.Source == nil || *a.Source != *g.Source) {
			t.Errorf("%s: source %v, want %q", *a.File, a.Source, *g.Source)
		}
		for _, bad := range g.MustNotContain {
			if strings.Contains(a.Text, bad) {
				t.Errorf("%s: text still contains %q", *a.File, bad)
			}
		}
		if g.DuplicateOnce != "" && strings.Count(a.Text, g.DuplicateOnce) != 1 {
			t.Errorf("%s: duplicated paragraph appears %d times", *a.File, strings.Count(a.Text, g.DuplicateOnce))
		}
	}
}

func TestIngestIsIdempotentAndSearchable(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "test.db")
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	os.WriteFile(filepath.Join(in, "a.txt"), []byte("Reservoir levels fall\n\nThe reservoir fell to a record low on Sunday, the water board said.\n\nSource: Valley Post\n"), 0o644)
	os.WriteFile(filepath.Join(in, "b.txt"), []byte("Council approves budget\n\nThe council approved the budget after a long debate.\n"), 0o644)

	code, out, errOut := run(t, "", "ingest", in, "--db", db)
	if code != exitOK || !strings.Contains(out, "2 read: 2 added") {
		t.Fatalf("first ingest: exit %d, %q %q", code, out, errOut)
	}
	code, out, _ = run(t, "", "ingest", "--db", db, in)
	if code != exitOK || !strings.Contains(out, "2 read: 0 added, 2 already stored") {
		t.Errorf("second ingest: exit %d, %q", code, out)
	}
	// The same text from another outlet is recorded as a copy.
	code, out, _ = run(t, "Reservoir levels fall\n\nThe reservoir fell to a record low on Sunday, the water board said.\n\nSource: Hill News\n", "ingest", "--db", db, "-")
	if code != exitOK || !strings.Contains(out, "1 copies recorded") {
		t.Errorf("copy from stdin: exit %d, %q", code, out)
	}
	code, out, _ = run(t, "", "ingest", "--db", db, "-")
	if code != exitFailed || !strings.Contains(out, "0 read") {
		t.Errorf("empty stdin: exit %d, %q; want a failure for an empty input", code, out)
	}
	code, out, _ = run(t, "", "search", "--db", db, "reservoir")
	if code != exitOK || !strings.Contains(out, "Reservoir levels fall") || strings.Contains(out, "Council") {
		t.Errorf("search: exit %d, %q", code, out)
	}
	code, out, _ = run(t, "", "report", "--db", db)
	if code != exitOK || !strings.Contains(out, "Valley Post") || !strings.Contains(out, "2 articles") || !strings.Contains(out, "also carried verbatim by Hill News") {
		t.Errorf("report: exit %d, %q", code, out)
	}
}

func TestIngestReportsBadInputsAndKeepsGoodOnes(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "test.db")
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("Good title\n\nA good body.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	code, out, errOut := run(t, "", "ingest", "--db", db, dir)
	if code != exitFailed || !strings.Contains(errOut, "empty.txt") || !strings.Contains(out, "1 added") {
		t.Errorf("exit %d, out %q, err %q; want exit 1 naming empty.txt and the good file added", code, out, errOut)
	}
}

func TestNotADatabase(t *testing.T) {
	dir := t.TempDir()
	bogus := filepath.Join(dir, "notes.db")
	content := []byte("these are my notes, not a database\n")
	os.WriteFile(bogus, content, 0o644)
	code, _, errOut := run(t, "", "report", "--db", bogus)
	if code != exitFailed || !strings.Contains(errOut, bogus) {
		t.Errorf("exit %d, %q; want exit 1 naming %s", code, errOut, bogus)
	}
	if got, _ := os.ReadFile(bogus); !bytes.Equal(got, content) {
		t.Errorf("the file was changed: %q", got)
	}
}

func TestReadingCommandsDoNotCreateADatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "typo.db")
	for _, args := range [][]string{{"report", "--db", db}, {"search", "--db", db, "x"}, {"export", "--format", "json", "--db", db}} {
		code, _, errOut := run(t, "", args...)
		if code != exitFailed || !strings.Contains(errOut, "no such database") {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a reading command created the database")
	}
}

func TestNonEnglishArticleIsANoteNotAFailure(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "de.txt"), []byte("Damm beschädigt\n\nDie Regierung hat am Dienstag erklärt, dass der Damm schwer beschädigt wurde. Die Ursache ist noch nicht bekannt, und die Polizei ermittelt in alle Richtungen. Es gibt keine Toten.\n"), 0o644)
	code, out, errOut := run(t, "", "export", "--format", "json", dir)
	if code != exitOK || !strings.Contains(errOut, "German") || !strings.Contains(errOut, "note:") {
		t.Errorf("exit %d, stderr %q; want exit 0 and a note naming German", code, errOut)
	}
	if !strings.Contains(out, "Damm beschädigt") {
		t.Error("the German article is not in the export")
	}
}

func TestReliabilityGradesWeighTheEvidence(t *testing.T) {
	seeds := filepath.Join(sharedDir, "seeds")
	if _, err := os.Stat(seeds); err != nil {
		t.Skipf("shared seeds not available: %v", err)
	}
	codeA, outA, _ := run(t, "", "report", "--reliability", "Al Jazeera=A", seeds)
	codeE, outE, _ := run(t, "", "report", "--reliability", "Al Jazeera=e", seeds)
	if codeA != exitOK || codeE != exitOK || outA == outE || !strings.Contains(outA, "ACH matrix") {
		t.Errorf("exits %d, %d; the grade did not change the brief", codeA, codeE)
	}
	if code, _, errOut := run(t, "", "report", "--reliability", "Al Jazeera=Z", seeds); code != exitUsage || !strings.Contains(errOut, "Admiralty grade") {
		t.Errorf("bad grade: exit %d, %q", code, errOut)
	}
}
