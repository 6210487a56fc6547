package http

import (
	"context"
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
