package eval

import (
	"compress/gzip"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/ingest"
)

func TestShingleCounts(t *testing.T) {
	cases := []struct {
		text string
		want map[string]int
	}{
		{"", map[string]int{}},
		{" -- ", map[string]int{}},
		{"one", map[string]int{"one": 1}},
		{"one, two... three!", map[string]int{"one two three": 1}},
		{"a b c d", map[string]int{"a b c d": 1}},
		{"a b c d e", map[string]int{"a b c d": 1, "b c d e": 1}},
		{"x y x y x y x", map[string]int{"x y x y": 2, "y x y x": 2}},
		// Case is kept, and letters of any script are word characters;
		// punctuation (an apostrophe, a hyphen) splits words.
		{"Café déjà-vu l'été", map[string]int{"Café déjà vu l": 1, "déjà vu l été": 1}},
		{"snake_case 42 x²", map[string]int{"snake_case 42 x²": 1}},
	}
	for _, c := range cases {
		got := ShingleCounts(c.text, 4)
		if len(got) != len(c.want) {
			t.Errorf("ShingleCounts(%q) = %v, want %v", c.text, got, c.want)
			continue
		}
		for k, v := range c.want {
			if got[k] != v {
				t.Errorf("ShingleCounts(%q) = %v, want %v", c.text, got, c.want)
				break
			}
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreExtraction(t *testing.T) {
	const truth = "The river rose two metres overnight and flooded the lower town."
	cases := []struct {
		name        string
		truth, pred string
		tp, fp, fn  float64
		p, r        float64
	}{
		{"identical", truth, truth, 1, 0, 0, 1, 1},
		{"identical up to layout and punctuation", truth, "The river rose two metres\n\novernight -- and flooded the lower town", 1, 0, 0, 1, 1},
		{"disjoint", truth, "Sign up for our newsletter to get all the news first", 0, 0.5, 0.5, 0, 0},
		{"nothing predicted", truth, "", 0, 0, 1, 0, 0},
		{"nothing true", "", "Cookie settings and privacy policy", 0, 1, 0, 0, 0},
		{"both empty", "", "", 0, 0, 0, 1, 1},
		// All 8 of the truth's shingles found; the prefix adds 2 more.
		{"extra prefix", truth, "Breaking news: " + truth, 8.0 / 10, 2.0 / 10, 0, 0.8, 1},
		// The first half: 4 of 8 shingles (tokens 1-7).
		{"first half", truth, "The river rose two metres overnight and", 4.0 / 8, 0, 4.0 / 8, 1, 0.5},
		// Case counts: the benchmark does not fold it.
		{"case differs", "Two Short Words", "two short words", 0, 0.5, 0.5, 0, 0},
		// Short texts are one shingle each.
		{"short match", "Yes.", "yes", 0, 0.5, 0.5, 0, 0},
		{"short identical", "Storm warning", "Storm  warning!", 1, 0, 0, 1, 1},
		// Repeats count: a paragraph predicted twice is half wrong.
		{"repeated", "a b c d", "a b c d a b c d", 1.0 / 5, 4.0 / 5, 0, 1.0 / 5, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tp, fp, fn := ScoreExtraction(c.truth, c.pred)
			if !near(tp, c.tp) || !near(fp, c.fp) || !near(fn, c.fn) {
				t.Errorf("tp, fp, fn = %.4f, %.4f, %.4f, want %.4f, %.4f, %.4f", tp, fp, fn, c.tp, c.fp, c.fn)
			}
			if p := precisionScore(tp, fp, fn); !near(p, c.p) {
				t.Errorf("precision = %.4f, want %.4f", p, c.p)
			}
			if r := recallScore(tp, fp, fn); !near(r, c.r) {
				t.Errorf("recall = %.4f, want %.4f", r, c.r)
			}
		})
	}
}

// writeBenchmark writes a two-page benchmark in the benchmark's layout.
func writeBenchmark(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	truth := `{
	  "good": {"articleBody": "The bridge reopened on Monday after four months of repairs.", "url": "https://x.example/good"},
	  "bad":  {"articleBody": "Tolls will rise by ten percent from the first of May.", "url": "https://x.example/bad"}
	}`
	if err := os.WriteFile(filepath.Join(dir, "ground-truth.json"), []byte(truth), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"good", "bad"} {
		writeGzip(t, filepath.Join(dir, "html", id+".html.gz"), "<p>page "+id+"</p>")
	}
	return dir
}

func TestEvalExtract(t *testing.T) {
	dir := writeBenchmark(t)
	res, err := EvalExtract(dir, func(data []byte, path, url string) (string, error) {
		switch {
		case strings.Contains(string(data), "good"):
			return "The bridge reopened on Monday after four months of repairs.", nil
		default:
			return "", errors.New("no body")
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Pages != 2 || res.Failed != 1 {
		t.Errorf("pages, failed = %d, %d, want 2, 1", res.Pages, res.Failed)
	}
	// The failed page has no precision (nothing predicted) and recall 0.
	if !near(res.Precision, 1) || !near(res.Recall, 0.5) || !near(res.F1, 2*0.5/1.5) {
		t.Errorf("P, R, F1 = %.3f, %.3f, %.3f, want 1, 0.5, 0.667", res.Precision, res.Recall, res.F1)
	}
	var b strings.Builder
	res.WriteTable(&b)
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if last := lines[len(lines)-1]; last != "precision=1.000 recall=0.500 f1=0.667 pages=2" {
		t.Errorf("last line = %q", last)
	}
	if !strings.Contains(b.String(), "ERROR no body") {
		t.Errorf("table does not show the failure:\n%s", b.String())
	}
}

func writeGzip(t *testing.T, path, text string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	if _, err := zw.Write([]byte(text)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestEvalExtractMissingData(t *testing.T) {
	if _, err := EvalExtract(t.TempDir(), nil); err == nil {
		t.Error("no error for a directory without ground truth")
	}
}

// benchmarkDir is the article-extraction benchmark, relative to this
// package; the data set is not part of the repository.
const benchmarkDir = "../../shared/data/article-extraction"

// TestEvalExtractBenchmark scores ingest.ReadHTML on the real benchmark.
// go-trafilatura alone scores F1 0.960 there; the floor leaves room for
// noise but catches a broken extractor or text layout.
func TestEvalExtractBenchmark(t *testing.T) {
	if _, err := os.Stat(filepath.Join(benchmarkDir, "ground-truth.json")); err != nil {
		t.Skipf("benchmark not available: %v", err)
	}
	if testing.Short() {
		t.Skip("benchmark skipped in -short mode")
	}
	res, err := EvalExtract(benchmarkDir, func(data []byte, path, url string) (string, error) {
		a, err := ingest.ReadHTML(data, path, url)
		if err != nil {
			return "", err
		}
		return a.Text, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("precision=%.3f recall=%.3f f1=%.3f pages=%d failed=%d, %.1f ms per page",
		res.Precision, res.Recall, res.F1, res.Pages, res.Failed,
		float64(res.Extracting.Microseconds())/1000/float64(max(1, res.Pages)))
	if res.F1 < 0.93 {
		var b strings.Builder
		res.WriteTable(&b)
		t.Errorf("F1 = %.3f, want >= 0.93\n%s", res.F1, b.String())
	}
}
