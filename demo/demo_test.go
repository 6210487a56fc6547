package demo

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

type article struct {
	name      string
	title     string
	published time.Time
	paras     []string
	source    string
}

func parse(t *testing.T, name string) article {
	t.Helper()
	data, err := Corpus.ReadFile(name)
	if err != nil {
		t.Fatalf("%s: read: %v", name, err)
	}
	if !utf8.Valid(data) {
		t.Fatalf("%s: not valid UTF-8", name)
	}
	text := strings.TrimRight(string(data), "\n")
	if strings.Contains(text, "\r") {
		t.Fatalf("%s: contains carriage returns", name)
	}
	lines := strings.Split(text, "\n")
	if len(lines) < 6 {
		t.Fatalf("%s: too short (%d lines)", name, len(lines))
	}
	a := article{name: name, title: strings.TrimSpace(lines[0])}
	if a.title == "" || strings.HasPrefix(a.title, "Published:") {
		t.Errorf("%s: missing title line", name)
	}
	date, ok := strings.CutPrefix(lines[1], "Published: ")
	if !ok {
		t.Errorf("%s: second line %q is not a Published line", name, lines[1])
	} else if a.published, err = time.Parse(time.RFC3339, date); err != nil {
		t.Errorf("%s: bad publication date: %v", name, err)
	}
	if lines[2] != "" {
		t.Errorf("%s: third line should be blank, got %q", name, lines[2])
	}
	last := lines[len(lines)-1]
	src, ok := strings.CutPrefix(last, "Source: ")
	if !ok || strings.TrimSpace(src) == "" {
		t.Errorf("%s: last line %q is not a Source trailer", name, last)
	}
	a.source = strings.TrimSpace(src)
	body := strings.TrimSpace(strings.Join(lines[3:len(lines)-1], "\n"))
	for _, p := range strings.Split(body, "\n\n") {
		if strings.TrimSpace(p) == "" || strings.Contains(p, "\n") {
			t.Errorf("%s: paragraphs must be single non-empty lines separated by one blank line: %q", name, p)
			continue
		}
		a.paras = append(a.paras, p)
	}
	return a
}

// checkQuotes walks the paragraphs and verifies that double quotes pair up.
// A quotation may run over into the next paragraph only in the news
// convention: the first paragraph leaves the quote open and the next one
// starts with an opening quote mark. For straight quotes open == close.
// It returns the number of quotations and of cross-paragraph continuations.
func checkQuotes(paras []string, open, close rune) (quotes, continued int, err error) {
	carry := false
	for i, p := range paras {
		if carry {
			if !strings.HasPrefix(p, string(open)) {
				return 0, 0, fmt.Errorf("paragraph %d leaves a quote open but paragraph %d does not reopen it", i-1, i)
			}
			continued++
		}
		inside := false
		for _, r := range p {
			switch {
			case open == close && r == open:
				inside = !inside
				if inside {
					quotes++
				}
			case r == open:
				if inside {
					return 0, 0, fmt.Errorf("paragraph %d: nested or unclosed opening quote", i)
				}
				inside = true
				quotes++
			case r == close:
				if !inside {
					return 0, 0, fmt.Errorf("paragraph %d: closing quote without opening quote", i)
				}
				inside = false
			}
		}
		carry = inside
	}
	if carry {
		return 0, 0, fmt.Errorf("last paragraph leaves a quote open")
	}
	return quotes, continued, nil
}

func TestCorpus(t *testing.T) {
	files := Files()
	if len(files) != 5 {
		t.Fatalf("want 5 corpus files, got %d: %v", len(files), files)
	}
	var arts []article
	outlets := map[string]int{}
	days := map[string]bool{}
	straightFiles, continuations := 0, 0
	for i, name := range files {
		if i > 0 && files[i-1] >= name {
			t.Errorf("files not in order: %q before %q", files[i-1], name)
		}
		a := parse(t, name)
		arts = append(arts, a)
		outlets[a.source]++
		days[a.published.Format(time.DateOnly)] = true

		words := 0
		for _, p := range a.paras {
			words += len(strings.Fields(p))
		}
		if words < 350 || words > 700 {
			t.Errorf("%s: body has %d words, want 350-700", name, words)
		}

		body := strings.Join(a.paras, "\n")
		curly := strings.ContainsAny(body, "“”")
		straight := strings.Contains(body, `"`)
		if curly && straight {
			t.Errorf("%s: mixes curly and straight double quotes", name)
		}
		var q, c int
		var err error
		if straight {
			straightFiles++
			q, c, err = checkQuotes(a.paras, '"', '"')
		} else {
			q, c, err = checkQuotes(a.paras, '“', '”')
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if q == 0 {
			t.Errorf("%s: no quotations found", name)
		}
		continuations += c
		t.Logf("%s: %s, %s, %d words, %d quotations (%d continued)", name, a.source, a.published.Format(time.RFC3339), words, q, c)
	}
	if len(outlets) != 4 {
		t.Errorf("want 4 distinct outlets, got %d: %v", len(outlets), outlets)
	}
	if len(days) != 4 {
		t.Errorf("want articles over 4 days, got %d", len(days))
	}
	if straightFiles != 1 {
		t.Errorf("want exactly 1 file with straight quotes, got %d", straightFiles)
	}
	if continuations == 0 {
		t.Errorf("want at least one quotation running over two paragraphs")
	}

	// One article must be a near-copy of another published by a different
	// outlet, so copy detection has something to find.
	copies := 0
	for i, a := range arts {
		for j, b := range arts {
			if i == j || a.source == b.source || !a.published.After(b.published) {
				continue
			}
			seen := map[string]bool{}
			for _, p := range b.paras {
				seen[p] = true
			}
			shared := 0
			for _, p := range a.paras {
				if seen[p] {
					shared++
				}
			}
			if shared*10 >= len(a.paras)*8 {
				copies++
			}
		}
	}
	if copies != 1 {
		t.Errorf("want exactly one near-copy republication, got %d", copies)
	}
}
