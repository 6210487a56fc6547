package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"dossier"
	"dossier/quote"
	"dossier/text"
)

// pnFixture writes a one-document PolNeAR file. Each attribution is given
// by the texts of its pieces, found in order in the document text, and
// written with code point offsets, as PolNeAR writes them.
func pnFixture(t *testing.T, docText string, attrs [][3][]string) string {
	t.Helper()
	type span struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
	}
	find := func(piece string) span {
		i := strings.Index(docText, piece)
		if i < 0 {
			t.Fatalf("fixture: %q not in text", piece)
		}
		start := utf8.RuneCountInString(docText[:i])
		return span{start, start + utf8.RuneCountInString(piece), piece}
	}
	var list []map[string][]span
	for _, a := range attrs {
		m := map[string][]span{"sources": {}, "cue": {}, "contents": {}}
		for role, key := range []string{"sources", "cue", "contents"} {
			for _, p := range a[role] {
				m[key] = append(m[key], find(p))
			}
		}
		list = append(list, m)
	}
	line, err := json.Marshal(map[string]any{"id": "doc1", "text": docText, "attributions": list})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "dev.jsonl")
	if err := os.WriteFile(path, append(line, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// fixed returns an extractor that returns the statements built from
// (speaker, cue, content, kind) texts, found in the document.
func fixed(t *testing.T, sts ...[4]string) func(*text.Doc) []dossier.Statement {
	return func(doc *text.Doc) []dossier.Statement {
		at := func(s string) dossier.Span {
			if s == "" {
				return dossier.Span{}
			}
			i := strings.Index(doc.Text, s)
			if i < 0 {
				t.Fatalf("fixture: %q not in text", s)
			}
			return dossier.Span{Start: i, End: i + len(s)}
		}
		var out []dossier.Statement
		for _, s := range sts {
			st := dossier.Statement{SpeakerText: s[0], SpeakerSpan: at(s[0]), Cue: s[1], CueSpan: at(s[1]),
				Content: at(s[2]), Text: s[2], Kind: dossier.StatementKind(s[3])}
			out = append(out, st)
		}
		return out
	}
}

const pnText = "Zoë Varga, a mayor, said that the café would close.\n\n" +
	"“We tried everything,” Ruiz told reporters. “Nothing worked.”\n\n" +
	"The river rose overnight, according to the ministry."

var pnGoldAttrs = [][3][]string{
	{{"Zoë Varga, a mayor,"}, {"said"}, {"that the café would close"}},
	{{"Ruiz"}, {"told"}, {"“We tried everything,”", "“Nothing worked.”"}},
	{{"the ministry"}, {"according to"}, {"The river rose overnight"}},
}

func TestEvalPolNeARPerfect(t *testing.T) {
	path := pnFixture(t, pnText, pnGoldAttrs)
	extract := fixed(t,
		[4]string{"Zoë Varga", "said", "the café would close", "indirect"},
		[4]string{"Ruiz", "told", "We tried everything,", "direct"},
		[4]string{"Ruiz", "told", "Nothing worked.", "direct"},
		[4]string{"the ministry", "according to", "The river rose overnight", "indirect"},
	)
	r, err := EvalPolNeAR(path, extract)
	if err != nil {
		t.Fatal(err)
	}
	if r.BadOffsets != 0 {
		t.Errorf("%d gold spans off their text: code points were not converted to bytes", r.BadOffsets)
	}
	// The adapter adds the leading "that", the quote marks and the
	// appositive with its comma, and joins the quotation to its
	// continuation: every piece matches exactly.
	for name, p := range map[string]PRF{"source": r.Source, "cue": r.Cue, "content": r.Content, "linked": r.Linked, "direct": r.Direct} {
		if p.F1 != 1 {
			t.Errorf("%s = %+v, want F1 1", name, p)
		}
	}
	if r.Gold != 3 || r.Predicted != 3 || r.Content.Gold != 4 {
		t.Errorf("gold %d, predicted %d, gold content pieces %d; want 3, 3, 4", r.Gold, r.Predicted, r.Content.Gold)
	}
	var buf bytes.Buffer
	r.WriteTable(&buf)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	last := lines[len(lines)-1]
	for _, key := range []string{"source_exact_f1=1.000", "cue_exact_f1=1.000", "content_exact_f1=1.000", "linked_f1=1.000", "direct_f1=1.000"} {
		if !strings.Contains(last, key) {
			t.Errorf("last line %q lacks %s", last, key)
		}
	}
}

func TestEvalPolNeARPartial(t *testing.T) {
	path := pnFixture(t, pnText, pnGoldAttrs)
	extract := fixed(t,
		// Content off by its last word: no exact match, but linked
		// (token F1 0.89), though its source is wrong.
		[4]string{"Ruiz", "said", "the café would", "indirect"},
		// Right quotation, wrong cue: matched, not linked.
		[4]string{"Ruiz", "Ruiz", "We tried everything,", "direct"},
		// Not in the gold.
		[4]string{"the ministry", "according to", "overnight", "indirect"},
	)
	r, err := EvalPolNeAR(path, extract)
	if err != nil {
		t.Fatal(err)
	}
	check := func(name string, p PRF, tp, pred, gold int) {
		t.Helper()
		if p.TP != tp || p.Pred != pred || p.Gold != gold {
			t.Errorf("%s: tp/pred/gold %d/%d/%d, want %d/%d/%d", name, p.TP, p.Pred, p.Gold, tp, pred, gold)
		}
	}
	check("source", r.Source, 2, 2, 3)   // "Ruiz" twice is one piece; "the ministry" right
	check("cue", r.Cue, 2, 3, 3)         // said (offsets of "said") and according to right
	check("content", r.Content, 1, 3, 4) // the quotation, marks added
	// Contents: "overnight" shares 1 of 4 tokens with its gold (F1 0.4),
	// no match; the other two match.
	check("matched", r.Matched, 2, 3, 3)
	check("linked", r.Linked, 0, 3, 3)
	check("direct", r.Direct, 0, 1, 1)
}

// TestEvalPolNeARErrors checks that the errors listing names every gold
// attribution left unlinked and every spurious prediction, one
// tab-separated line each, with the document and the kind of error.
func TestEvalPolNeARErrors(t *testing.T) {
	path := pnFixture(t, pnText, pnGoldAttrs)
	extract := fixed(t,
		[4]string{"Ruiz", "said", "the café would", "indirect"},
		[4]string{"Ruiz", "Ruiz", "We tried everything,", "direct"},
		[4]string{"the ministry", "according to", "overnight", "indirect"},
	)
	var buf bytes.Buffer
	if _, err := EvalPolNeARErrors(path, extract, &buf); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		cols := strings.Split(line, "\t")
		if len(cols) != 8 {
			t.Fatalf("line %q has %d columns, want 8", line, len(cols))
		}
		if cols[0] == "" {
			t.Errorf("line %q names no document", line)
		}
		kinds[cols[1]]++
	}
	// The first two predictions match gold contents but miss the source
	// (the café) and the cue (the quotation); "overnight" shares its cue
	// with the third gold attribution but not enough of its content.
	want := map[string]int{"source": 1, "cue": 1, "content": 1}
	for k, n := range want {
		if kinds[k] != n {
			t.Errorf("%d %q lines, want %d (all: %v)", kinds[k], k, n, kinds)
		}
	}
}

// TestEvalPolNeARMixedAsDirect checks that a mixed statement whose
// content ends with a closing mark counts as direct, by the test the gold
// is held to, and that an indirect one with no quotation does not.
func TestEvalPolNeARMixedAsDirect(t *testing.T) {
	doc := "Marten said the levy was “a disaster.” Keller said the levy was fair."
	path := pnFixture(t, doc, [][3][]string{
		{{"Marten"}, {"said"}, {"the levy was “a disaster.”"}},
		{{"Keller"}, {"said the levy was fair"}, {"the levy was fair"}},
	})
	r, err := EvalPolNeAR(path, fixed(t,
		[4]string{"Marten", "said", "the levy was “a disaster.”", "mixed"},
		[4]string{"Keller", "said the levy was fair", "the levy was fair", "indirect"},
	))
	if err != nil {
		t.Fatal(err)
	}
	if r.Direct.TP != 1 || r.Direct.Pred != 1 || r.Direct.Gold != 1 {
		t.Errorf("direct tp/pred/gold %d/%d/%d, want 1/1/1", r.Direct.TP, r.Direct.Pred, r.Direct.Gold)
	}
}

func TestEvalPolNeARMissing(t *testing.T) {
	if _, err := EvalPolNeAR(filepath.Join(t.TempDir(), "none.jsonl"), quote.Extract); err == nil {
		t.Error("no error for a missing file")
	}
}

func TestCharOffsets(t *testing.T) {
	s := "aé“b"
	offs := charOffsets(s)
	want := []int{0, 1, 3, 6, 7}
	if len(offs) != len(want) {
		t.Fatalf("charOffsets(%q) = %v, want %v", s, offs, want)
	}
	for i := range want {
		if offs[i] != want[i] {
			t.Fatalf("charOffsets(%q) = %v, want %v", s, offs, want)
		}
	}
}

const polnearDir = "../../shared/data/polnear"

// TestEvalPolNeARDev scores quote.Extract on PolNeAR's dev split and holds
// it to floors a little under what it scored when this was written
// (source 0.704, cue 0.694, content 0.606, linked 0.678, direct 0.810).
// Run with -v to see the table.
func TestEvalPolNeARDev(t *testing.T) {
	path := filepath.Join(polnearDir, "dev.jsonl")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("PolNeAR dev split not found at %s", path)
	}
	r, err := EvalPolNeAR(path, quote.Extract)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	r.WriteTable(&buf)
	t.Log("\n" + buf.String())
	if r.BadOffsets != 0 {
		t.Errorf("%d gold spans off their text", r.BadOffsets)
	}
	for name, c := range map[string]struct{ got, floor float64 }{
		"source exact F1":  {r.Source.F1, 0.69},
		"cue exact F1":     {r.Cue.F1, 0.68},
		"content exact F1": {r.Content.F1, 0.59},
		"linked F1":        {r.Linked.F1, 0.66},
		"direct F1":        {r.Direct.F1, 0.79},
	} {
		if c.got < c.floor {
			t.Errorf("%s = %.3f, below the floor %.2f", name, c.got, c.floor)
		}
	}
}
