package http

import (
	"context"
	"math"
	"strings"
	"testing"

	"dossier"
	"dossier/sqlite"
)

func TestPlainWords(t *testing.T) {
	tests := []struct {
		q    string
		want string // words joined by "|", "-" for not plain
	}{
		{"Sorvan dam", "sorvan|dam"},
		{"  SÉNÉGAL  coup ", "senegal|coup"},
		{"Kyiv 2025", "kyiv|2025"},
		{`"Sorvan dam"`, "-"},
		{"dam OR weir", "-"},
		{"dam NOT weir", "-"},
		{"dam*", "-"},
		{"title:dam", "-"},
		{"Biden's", "-"},
		{"(dam", "-"},
		{"-dam", "-"},
		{"or not", "or|not"}, // lower case: words, not operators
	}
	for _, tt := range tests {
		got := plainWords(tt.q)
		s := strings.Join(got, "|")
		if got == nil {
			s = "-"
		}
		if s != tt.want {
			t.Errorf("plainWords(%q) = %q, want %q", tt.q, s, tt.want)
		}
	}
}

// TestIndexMatchesStore checks that the in-memory index finds the same
// articles as the store's FTS5 index, in the same order, on the demo
// corpus and a few more.
func TestIndexMatchesStore(t *testing.T) {
	f := newFixture(t, nil)
	extra := []string{
		"Sénégal: the Dakar dam\n\nThe DAM at Dakar held, the ministry said. Dam dam dam.",
		"Weir report\n\nThe weir on the Tarvin held after the rain; the dam below it did not.",
		"Café owners protest\n\nCafé owners in Ostrel said the cafe tax was unfair.",
	}
	for i, e := range extra {
		code, out, _ := f.do(t, "POST", "/api/ingest?name=x"+string(rune('a'+i))+".txt", f.token, strings.NewReader(e), "Content-Type", "text/plain")
		if code != 202 {
			t.Fatalf("ingest: %d %s", code, out)
		}
	}
	f.srv.Wait()
	ix := f.srv.current().corpus.index
	for _, q := range []string{"dam", "Sorvan", "sorvan DAM", "Valdoria attack", "the", "Free Lessa Front", "xylophone", "senegal", "cafe", "CAFÉ", "2025", "said the"} {
		want, err := f.store.SearchIDs(context.Background(), q, 500)
		if err != nil {
			t.Fatal(err)
		}
		got := ix.search(plainWords(q), 500)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%q: index %v, store %v", q, got, want)
		}
	}
	var _ dossier.Store = (*sqlite.Store)(nil)
}

// TestSnippets checks the search API's hits for plain words against the
// store's: the same articles in the same order with the same bm25 ranks,
// and snippets that show the query's words, marked.
func TestSnippets(t *testing.T) {
	f := newFixture(t, nil)
	for _, q := range []string{"Sorvan", "dam", "Valdoria attack", "intelligence confidence", "xylophone"} {
		want, err := f.store.Search(context.Background(), q, 20)
		if err != nil {
			t.Fatal(err)
		}
		var got struct {
			Total int
			Hits  []searchHit
		}
		f.getJSON(t, "/api/search?q="+strings.ReplaceAll(q, " ", "+"), &got)
		if len(got.Hits) != len(want) {
			t.Fatalf("%q: %d hits, store %d", q, len(got.Hits), len(want))
		}
		for i, h := range got.Hits {
			w := want[i]
			if h.ID != w.Article.ID || math.Abs(h.Rank-w.Rank) > 1e-6*math.Abs(w.Rank) {
				t.Errorf("%q hit %d: %s rank %v, store %s rank %v", q, i, h.ID, h.Rank, w.Article.ID, w.Rank)
			}
			if n := len(strings.Fields(h.Snippet)); n == 0 || n > snippetWords+2 {
				t.Errorf("%q hit %d: snippet of %d words: %q", q, i, n, h.Snippet)
			}
			marked := false
			for _, word := range strings.Fields(strings.ToLower(q)) {
				marked = marked || strings.Contains(strings.ToLower(h.Snippet), "["+word)
			}
			if !marked {
				t.Errorf("%q hit %d: snippet %q marks no word (store: %q)", q, i, h.Snippet, w.Snippet)
			}
		}
	}
}

func TestFragment(t *testing.T) {
	want := map[string]string{"dam": "dam", "river": "river"}
	tests := []struct {
		text string
		out  string
		hits int
	}{
		{"The dam held.", "The [dam] held.", 1},
		{"No match here at all.", "No match here at all.", 0},
		{"one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen the DAM on the river broke eighteen nineteen twenty",
			// A full window: it starts earlier when the hits are near the end.
			"…eleven twelve thirteen fourteen fifteen sixteen seventeen the [DAM] on the [river] broke eighteen nineteen twenty", 2},
		{"Dam first, then words words words words words words words words words words words words words words words words words river",
			"[Dam] first, then words words words words words words words words words words words words words…", 1},
	}
	for _, tt := range tests {
		out, hits := fragment(tt.text, want)
		if out != tt.out || hits != tt.hits {
			t.Errorf("fragment(%q) = %q, %d; want %q, %d", tt.text, out, hits, tt.out, tt.hits)
		}
	}
}

func BenchmarkSnippet(b *testing.B) {
	text := strings.Repeat("The regional water board said on Monday that the “dam” at Tarvin—built in 1962—had held, despite reports of cracks. ", 60)
	a := &dossier.Article{Title: "Dam holds at Tarvin, water board says", Text: text}
	terms := plainWords("reports cracks")
	for b.Loop() {
		snippet(a, terms)
	}
}
