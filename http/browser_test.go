package http

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium finds the browser for the browser tests: $DOSSIER_CHROMIUM,
// else Debian's /usr/bin/chromium, else one on the PATH. Without one the
// tests skip, unless DOSSIER_REQUIRE_BROWSER=1 (scripts/test.sh sets it,
// after installing chromium), when they fail.
func chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("DOSSIER_CHROMIUM"), "/usr/bin/chromium"} {
		if p != "" {
			if _, err := os.Stat(p); err == nil {
				return p
			}
		}
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "no chromium at /usr/bin/chromium or on the PATH: the browser tests need Debian's chromium (apt-get install chromium; scripts/test.sh installs it)"
	if os.Getenv("DOSSIER_REQUIRE_BROWSER") == "1" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// browser starts a headless chromium and returns a context that drives
// it.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox, // the CI runs as root
		chromedp.DisableGPU,
		chromedp.WindowSize(1280, 1600),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel3)
	if err := chromedp.Do(ctx); err != nil {
		msg := "chromium did not start: " + err.Error()
		if os.Getenv("DOSSIER_REQUIRE_BROWSER") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return ctx
}

// run runs one action that returns a value, failing the test on error.
func run[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// do runs actions that return nothing, failing the test on error.
func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

type css = chromedp.CSS

// TestBrowser walks the analyst's path in a real browser against a real
// server: the story list, the demo story with its ACH matrix, a claim
// followed to its highlighted evidence, the login form, and an outlet's
// reliability grade that re-scores the matrix. With
// DOSSIER_SCREENSHOTS=1 it saves the story page and its ACH matrix to
// docs/screenshots/story.png and matrix.png.
func TestBrowser(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, nil)
	m := f.matrix(t)
	first := m.Rows[0].Claim

	weighted := `Array.from(document.querySelectorAll('#ach td.weighted')).map(td => td.textContent)`
	do(t, ctx,
		chromedp.Navigate(f.ts.URL+"/"),
		chromedp.WaitVisible(css(`#stories`)),
		chromedp.Click(css(`a[href="/stories/s1"]`)),
		chromedp.WaitVisible(css(`#ach`)),
	)
	title := run(t, ctx, chromedp.Text(css(`#story-title`)))
	caveat := run(t, ctx, chromedp.Text(css(`#caveat`)))
	heads := run(t, ctx, chromedp.Text(css(`#ach thead`)))
	cells := run(t, ctx, chromedp.Evaluate[[]string](weighted))
	if !strings.Contains(title, "Sorvan") || !strings.Contains(caveat, "not a probability") {
		t.Errorf("story page: title %q, caveat %q", title, caveat)
	}
	for _, h := range m.Hypotheses {
		if !strings.Contains(heads, h.Label) {
			t.Errorf("matrix heads %q lack hypothesis %s", heads, h.Label)
		}
	}
	if len(cells) != len(m.Hypotheses) {
		t.Fatalf("matrix shows %d weighted scores, want %d", len(cells), len(m.Hypotheses))
	}

	// Follow the first claim of the matrix to its evidence.
	do(t, ctx,
		chromedp.Click(css(`#E1 a.evidence`)),
		chromedp.WaitVisible(css(`mark#evidence`)),
	)
	marked := run(t, ctx, chromedp.Text(css(`mark#evidence`)))
	loc := run(t, ctx, chromedp.Location())
	if marked != first.Text || !strings.HasSuffix(loc, "#evidence") {
		t.Errorf("evidence page %s highlights %q, want %q", loc, marked, first.Text)
	}

	// Log in, grade the claim's outlet A, and see the score change.
	sel := css(`select[aria-label="grade for ` + first.Outlet + `"]`)
	gradeSpan := css(`#outlets span.grade[data-outlet="` + first.Outlet + `"]`)
	steps := []chromedp.Action[chromedp.Void]{
		chromedp.Navigate(f.ts.URL + "/login?next=/stories/s1"),
		chromedp.WaitVisible(css(`#token`)),
		chromedp.SendKeys(css(`#token`), f.token),
		chromedp.Click(css(`#login`)),
		chromedp.WaitVisible(sel),
		chromedp.SetValue(sel, "A"),
		chromedp.Submit(sel),
	}
	for _, st := range steps {
		do(t, ctx, st)
	}
	// The form reloads the page; poll until the new one shows.
	var grade string
	for range 50 {
		do(t, ctx, chromedp.WaitVisible(gradeSpan))
		if grade = run(t, ctx, chromedp.Text(gradeSpan)); grade == "A" {
			break
		}
		do(t, ctx, chromedp.Sleep(100*time.Millisecond))
	}
	after := run(t, ctx, chromedp.Evaluate[[]string](weighted))
	if grade != "A" {
		t.Errorf("grade shown %q, want A", grade)
	}
	if strings.Join(after, " ") == strings.Join(cells, " ") {
		t.Errorf("weighted scores %v unchanged after grading %s A", after, first.Outlet)
	}

	if os.Getenv("DOSSIER_SCREENSHOTS") == "1" {
		do(t, ctx, chromedp.Navigate(f.ts.URL+"/stories/s1"), chromedp.WaitVisible(css(`#ach`)))
		shots := map[string][]byte{
			"story.png":  run(t, ctx, chromedp.CaptureScreenshot()),
			"matrix.png": run(t, ctx, chromedp.Screenshot(css(`#ach`))),
		}
		for name, png := range shots {
			out := filepath.Join("..", "docs", "screenshots", name)
			if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(out, png, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("wrote %s (%d bytes)", out, len(png))
		}
	}
}
