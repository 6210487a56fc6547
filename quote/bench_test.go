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
// quotation marks that open and never close, is read in time linear in
// its length: it is read well within a generous bound, and eight times the
// text takes nowhere near 64 times as long.
func TestExtractLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("long document")
	}
	unit := "Keller said the vote was fair. “We won, and we will govern,” she said. He said “they cheated. " +
		"Officials, who asked not to be named, said the count went on. According to police, nobody was hurt.\n\n"
	small := strings.Repeat(unit, 250) // 1,250 sentences
	large := strings.Repeat(unit, 2000)
	// Eight times the text: linear work takes about 8x as long, quadratic
	// work 64x. Runs of the two sizes alternate and the least of each
	// counts, and a ratio over the bound is measured again (three tries):
	// a busy machine (go test runs packages side by side) only ever adds
	// time, and a quadratic cost would show in every try.
	times := func(a, b string) (ta, tb time.Duration) {
		da, db := text.NewDoc(a), text.NewDoc(b)
		Extract(da) // warm up
		ta, tb = time.Duration(1<<62), time.Duration(1<<62)
		for range 5 {
			start := time.Now()
			Extract(da)
			ta = min(ta, time.Since(start))
			start = time.Now()
			Extract(db)
			tb = min(tb, time.Since(start))
		}
		return ta, tb
	}
	linear := func(what, a, b string) {
		t.Helper()
		var ts, tl time.Duration
		for range 3 {
			ts, tl = times(a, b)
			if tl > 5*time.Second {
				t.Fatalf("%s: the larger took %v", what, tl)
			}
			if ts <= time.Millisecond || tl <= 24*ts {
				return
			}
		}
		t.Errorf("%s: 8x the text took %v, %.1fx as long as %v: not linear", what, tl, float64(tl)/float64(ts), ts)
	}
	linear("10,000 sentences", small, large)
	// One sentence that never ends, full of frames: the windows the rules
	// look at are bounded, so it is linear too.
	clause := "officials said the vote was fair, he said, “and nobody complained,” she added, and "
	linear("one sentence of 4,000 clauses", strings.Repeat(clause, 500), strings.Repeat(clause, 4000))
}

// TestExtractGarbage feeds Extract random mixes of words, quotation marks
// and punctuation and checks that it never panics and that every
// statement keeps the span invariants.
func TestExtractGarbage(t *testing.T) {
	parts := []string{"said", "says", "told", "according", "to", "Keller", "the", "officials", "that", ",", ".", ":",
		"“", "”", "\"", "'", "‘", "’", "\n\n", "\n", "—", "(", ")", "who", "and", "saying", "claim", "'s", "on",
		"Thursday", "in", "a", "statement", "As", "as", "denied", "CNN", "é", "\xff", "..."}
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
