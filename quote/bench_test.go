package quote

import (
	"math/rand"
	"strings"
	"testing"
	"time"

	"dossier/text"
)

// article builds a news-like text of about n bytes from the sentences of
// the extraction tests, one or two to a paragraph.
func article(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		c := extractCases[i%len(extractCases)]
		b.WriteString(c.in)
		if i%2 == 1 {
			b.WriteString("\n\n")
		} else {
			b.WriteString(" ")
		}
	}
	return b.String()
}

// BenchmarkExtract measures Extract alone on a 6 KB article (the size of
// a typical news story), its tokens and sentences made beforehand as the
// analysis pipeline makes them once for every layer.
func BenchmarkExtract(b *testing.B) {
	doc := text.NewDoc(article(6000))
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(doc)
	}
}

// BenchmarkNewDocExtract measures text.NewDoc and Extract together.
func BenchmarkNewDocExtract(b *testing.B) {
	s := article(6000)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text.NewDoc(s))
	}
}

// TestExtractLinear checks that a document of 10,000 sentences, with
// quotation marks that open and never close, and one sentence of 4,000
// clauses full of frames are read in time linear in their length. Both
// take tens of milliseconds; the bound of two seconds is wide enough for
// a machine that runs other packages' tests side by side, and narrow
// enough to catch a pass quadratic in the tokens (50,000 of them here:
// 2.5 billion steps). The growth from an eighth of the text is logged
// with -v; it is a benchmark's figure, not a test's (caches and a busy
// machine move it by a factor of two or three).
func TestExtractLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("long document")
	}
	unit := "Keller said the vote was fair. “We won, and we will govern,” she said. He said “they cheated. " +
		"Officials, who asked not to be named, said the count went on. According to police, nobody was hurt.\n\n"
	clause := "officials said the vote was fair, he said, “and nobody complained,” she added, and "
	least := func(s string) time.Duration {
		doc := text.NewDoc(s)
		best := time.Duration(1 << 62)
		for range 3 {
			start := time.Now()
			Extract(doc)
			best = min(best, time.Since(start))
		}
		return best
	}
	for _, c := range []struct {
		what string
		unit string
		n    int
	}{
		{"10,000 sentences", unit, 2000},
		{"one sentence of 4,000 clauses", clause, 4000},
	} {
		tl := least(strings.Repeat(c.unit, c.n))
		if tl > 2*time.Second {
			t.Errorf("%s took %v", c.what, tl)
		}
		ts := least(strings.Repeat(c.unit, c.n/8))
		t.Logf("%s: %v, %.1fx the time of an eighth of it", c.what, tl, float64(tl)/float64(ts))
	}
}

// TestExtractGarbage feeds Extract random mixes of words, quotation marks
// and punctuation and checks that it never panics and that every
// statement keeps the span invariants.
func TestExtractGarbage(t *testing.T) {
	parts := []string{"said", "says", "told", "according", "to", "Keller", "the", "officials", "that", ",", ".", ":",
		"“", "”", "\"", "'", "‘", "’", "\n\n", "\n", "—", "(", ")", "who", "and", "saying", "claim", "'s", "on",
		"Thursday", "in", "a", "statement", "As", "as", "denied", "CNN", "é", "\xff", "...",
		// words the rules of late 2026 key on
		"which", "was", "would", "at", "least", "21", "%", "percent", "yes", "Sorry", "including", "critical", "of",
		"is", "quick", "likely", "more", "attacked", "ordered", "promise", "emails", "known", "Said", "One", "another",
		"all", "five", "were", "when", "asked", "people", "probe", "email", "say", "?", "!", "—"}
	r := rand.New(rand.NewSource(1))
	for range 3000 {
		var b strings.Builder
		for range r.Intn(60) {
			b.WriteString(parts[r.Intn(len(parts))])
			if r.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		doc := text.NewDoc(b.String())
		for _, st := range Extract(doc) {
			checkSpans(t, doc.Text, st)
		}
		SpeakerPhrases(doc, Extract(doc))
	}
}
