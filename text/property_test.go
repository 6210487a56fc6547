package text

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// checkTokens checks what every tokenization must satisfy: tokens are
// non-empty, in order, do not overlap, stay within the text, do not start
// or end with white space or contain a newline, and cover every byte that
// is not white space.
func checkTokens(t testing.TB, s string, toks []Token) {
	t.Helper()
	pos := 0
	for i, tok := range toks {
		sp := tok.Span
		if sp.Start < pos || sp.End <= sp.Start || sp.End > len(s) {
			t.Fatalf("token %d %+v out of order or bounds (prev end %d, len %d) in %q", i, sp, pos, len(s), s)
		}
		// Every byte skipped between tokens is white space.
		for j := pos; j < sp.Start; {
			space, size := spaceAt(s, j)
			if !space {
				t.Fatalf("byte %d (%q) is in no token in %q; tokens %q", j, s[j:j+size], s, Words(s, toks))
			}
			j += size
		}
		w := tok.Text(s)
		if strings.IndexByte(w, '\n') >= 0 {
			t.Fatalf("token %d %q contains a newline", i, w)
		}
		if space, _ := spaceAt(w, 0); space {
			t.Fatalf("token %d %q starts with space", i, w)
		}
		if r, _ := utf8.DecodeLastRuneInString(w); r != utf8.RuneError && isSpaceRune(r) {
			t.Fatalf("token %d %q ends with space", i, w)
		}
		if tok.Kind < Word || tok.Kind > Hashtag {
			t.Fatalf("token %d %q has kind %d", i, w, tok.Kind)
		}
		if tok.Kind == QuoteMark && (tok.Flags&(Opening|Closing) == 0 || tok.Flags&(Opening|Closing) == Opening|Closing) {
			t.Fatalf("quote mark %d %q has flags %b", i, w, tok.Flags)
		}
		pos = sp.End
	}
	for j := pos; j < len(s); {
		space, size := spaceAt(s, j)
		if !space {
			t.Fatalf("byte %d (%q) after the last token is not space in %q", j, s[j:j+size], s)
		}
		j += size
	}
}

// checkDoc checks the invariants of every layer of a Doc.
func checkDoc(t testing.TB, d *Doc) {
	t.Helper()
	s := d.Text
	checkTokens(t, s, d.Tokens)

	// The paragraphs found from the tokens are those found from the text.
	if p := Paragraphs(s); !reflect.DeepEqual(p, d.Paragraphs) && (len(p) > 0 || len(d.Paragraphs) > 0) {
		t.Fatalf("Paragraphs(text) = %+v, from tokens %+v", p, d.Paragraphs)
	}

	// Paragraphs are in order, disjoint, trimmed and non-empty.
	end := 0
	for i, p := range d.Paragraphs {
		if p.Start < end || p.End <= p.Start || p.End > len(s) {
			t.Fatalf("paragraph %d %+v out of order or bounds", i, p)
		}
		if strings.Contains(s[p.Start:p.End], "\n\n") {
			t.Fatalf("paragraph %d contains a blank line", i)
		}
		end = p.End
	}

	// Sentences cover the tokens contiguously, each inside its paragraph.
	next := 0
	for i, se := range d.Sentences {
		if se.FirstToken != next || se.EndToken <= se.FirstToken || se.EndToken > len(d.Tokens) {
			t.Fatalf("sentence %d covers tokens [%d,%d), want to start at %d of %d", i, se.FirstToken, se.EndToken, next, len(d.Tokens))
		}
		if se.Span.Start != d.Tokens[se.FirstToken].Span.Start || se.Span.End != d.Tokens[se.EndToken-1].Span.End {
			t.Fatalf("sentence %d span %+v does not match its tokens", i, se.Span)
		}
		if se.Paragraph < 0 || se.Paragraph >= len(d.Paragraphs) {
			t.Fatalf("sentence %d in paragraph %d of %d", i, se.Paragraph, len(d.Paragraphs))
		}
		if p := d.Paragraphs[se.Paragraph]; se.Span.Start < p.Start || se.Span.End > p.End {
			t.Fatalf("sentence %d %+v outside its paragraph %d %+v", i, se.Span, se.Paragraph, p)
		}
		if i > 0 && se.Paragraph < d.Sentences[i-1].Paragraph {
			t.Fatalf("sentence %d goes back a paragraph", i)
		}
		next = se.EndToken
	}
	if next != len(d.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(d.Tokens))
	}
	if len(d.Tokens) > 0 && d.Sentences[len(d.Sentences)-1].Paragraph != len(d.Paragraphs)-1 {
		t.Fatalf("last sentence in paragraph %d of %d", d.Sentences[len(d.Sentences)-1].Paragraph, len(d.Paragraphs))
	}

	// Quotations are in order of their opening marks, which are quote
	// tokens, and contain their marks.
	start := -1
	for i, q := range d.Quotes {
		if q.Span.Start < start || q.Span.Start != q.Open.Start || q.Span.End < q.Open.End || q.Span.End > len(s) {
			t.Fatalf("quote %d %+v out of order or bounds", i, q)
		}
		if k := d.TokenAt(q.Open.Start); k >= len(d.Tokens) || d.Tokens[k].Span != q.Open || d.Tokens[k].Kind != QuoteMark {
			t.Fatalf("quote %d opens with %+v, not a quote token", i, q.Open)
		}
		if q.Closed {
			if q.Close.End != q.Span.End || q.Close.Start < q.Open.End {
				t.Fatalf("quote %d closed by %+v but spans %+v", i, q.Close, q.Span)
			}
		} else if q.Close.Start != 0 || q.Close.End != 0 {
			t.Fatalf("unclosed quote %d has a closing mark %+v", i, q.Close)
		}
		// An unclosed quotation stays in its paragraph unless continued.
		if !q.Closed && len(q.Continued) == 0 {
			p := d.Paragraphs[d.Sentences[d.SentenceAt(q.Span.Start)].Paragraph]
			if q.Span.End > p.End {
				t.Fatalf("unclosed quote %d %+v runs out of its paragraph %+v", i, q.Span, p)
			}
		}
		start = q.Span.Start
	}
}

// randomText builds a text from fragments chosen to meet the rules'
// corner cases, and random bytes.
func randomText(rng *rand.Rand) string {
	pieces := []string{
		"The", "minister", "said", "U.S.", "Gen.", "J.", "a.m.", "No.", "5", "3.5",
		"29,650", ".", ",", "?", "!", "...", "…", "“", "”", "‘", "’", "'", `"`,
		"«", "»", "„", "it's", "don't", "’90s", "rock ’n’ roll", "O'Hare",
		"(", ")", "[", "]", "—", "–", "-", "\n", "\n\n", " ", " ", " ", "\t",
		"\r\n", "x@y.com", "http://a.b/c", "www.example.org", "@h", "#t",
		"cnn.com", "e.g.", "Inc.", "Mass.", "\xff", "\xe2\x80", "é", "北",
		"👍🏽", "\u00a0", "\u200b", "Hrytsenko", "he", "asked", "He", "The",
		"\x00", "''", "‘‘", "’’", "pilots'", ". . .", "etc.", "Ph.D.",
	}
	var b strings.Builder
	n := rng.Intn(60)
	for i := 0; i < n; i++ {
		if rng.Intn(20) == 0 {
			b.WriteByte(byte(rng.Intn(256)))
			continue
		}
		b.WriteString(pieces[rng.Intn(len(pieces))])
		if rng.Intn(3) > 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func TestRandomTextInvariants(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		s := randomText(rng)
		checkDoc(t, NewDoc(s))
	}
}

func FuzzNewDoc(f *testing.F) {
	seeds := []string{
		"",
		" ",
		"\n\n",
		"Mr. Smith went to the U.S. The end.",
		"“It is over.” He left. “Is it over?” he asked.",
		"“First part.\n\n“Second part,” she said.",
		"An “unclosed quote.\n\nNext paragraph.",
		"Valdoria's 'certainly' ‘Absurd’ rock ’n’ roll ’90s officials’",
		"see https://x.org/a_(b). Mail a@b.co now.",
		"caf\xe9 \xff\xfe \r\n\x00",
		"1. The first.\n2. The second.",
		"Heading line\nThe body starts here.",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkDoc(t, NewDoc(s))
	})
}

// TestLinear checks that time grows linearly with the input, on inputs
// built to defeat the caches that keep the tokenizer linear: 200,000
// repetitions of each unit take milliseconds, and the bound of one
// second, wide enough for a machine that runs other packages' tests side
// by side, catches a pass quadratic in the input (10^11 steps). The
// growth from a tenth of the input is logged with -v; it is a
// benchmark's figure, not a test's (a busy machine moves it).
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	adversarial := []string{
		"a.", "a.b", "a-", "“", "’", "'", "\"", "x@", "1,", "http://a", ")", "(", "…", "\n",
		"U.S.", "a_", "‘‘",
	}
	for _, unit := range adversarial {
		tl := timeDoc(strings.Repeat(unit, 200000))
		if tl > int64(time.Second) {
			t.Errorf("unit %q: 200,000 repetitions took %v", unit, time.Duration(tl))
		}
		if testing.Verbose() {
			ts := timeDoc(strings.Repeat(unit, 20000))
			t.Logf("unit %q: %v, %.1fx the time of a tenth of it", unit, time.Duration(tl), float64(tl)/float64(ts))
		}
	}
}

func timeDoc(s string) int64 {
	best := int64(-1)
	for i := 0; i < 3; i++ {
		start := time.Now()
		NewDoc(s)
		if d := time.Since(start).Nanoseconds(); best < 0 || d < best {
			best = d
		}
	}
	return best
}
