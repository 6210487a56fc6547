package sqlite

import (
	"context"
	"strings"
	"testing"
)

// TestSearchIDs checks that SearchIDs finds what Search finds, in the
// same order, for valid, malformed and empty queries alike.
func TestSearchIDs(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	c := corpus()
	body := article("Coastal Times", "https://ct.example/2", "Markets close lower",
		"Shares fell after the drone attack on Velmora, traders said.", date("2025-03-01T18:00:00Z"))
	add(t, s, append(c, body))
	for _, q := range []string{"drone attack", "velmora", `"Kremlin drone"`, "Orlov OR Marten", "dron*", "title:grain",
		"nonexistentword", `"Velmora port`, "-", "drone -", "(velmora", "   "} {
		hits, err := s.Search(ctx, q, 10)
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, h := range hits {
			want = append(want, h.Article.ID)
		}
		got, err := s.SearchIDs(ctx, q, 10)
		if err != nil {
			t.Fatalf("SearchIDs(%q): %v", q, err)
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("SearchIDs(%q) = %v, want %v", q, got, want)
		}
		// SearchPage gives the same hits, snippets and ranks, a page at a
		// time.
		for _, pg := range []struct{ limit, offset int }{{10, 0}, {1, 0}, {2, 1}, {5, 50}} {
			page, err := s.SearchPage(ctx, q, pg.limit, pg.offset)
			if err != nil {
				t.Fatalf("SearchPage(%q, %d, %d): %v", q, pg.limit, pg.offset, err)
			}
			lo, hi := min(pg.offset, len(hits)), min(pg.offset+pg.limit, len(hits))
			if len(page) != hi-lo {
				t.Errorf("SearchPage(%q, %d, %d) gave %d hits, want %d", q, pg.limit, pg.offset, len(page), hi-lo)
				continue
			}
			for i, h := range page {
				w := hits[lo+i]
				if h.Article.ID != w.Article.ID || h.Snippet != w.Snippet || h.Rank != w.Rank {
					t.Errorf("SearchPage(%q) hit %d = %s %q %v, want %s %q %v", q, lo+i, h.Article.ID, h.Snippet, h.Rank, w.Article.ID, w.Snippet, w.Rank)
				}
			}
		}
	}
	// Snippets gives Search's hits for the IDs it is given, in their
	// order, leaving out those the query does not match.
	hits, _ := s.Search(ctx, "drone", 10)
	ids := []string{hits[1].Article.ID, "no-such-article", hits[0].Article.ID}
	sn, err := s.Snippets(ctx, "drone", ids)
	if err != nil || len(sn) != 2 || sn[0].Article.ID != hits[1].Article.ID || sn[0].Snippet != hits[1].Snippet || sn[1].Rank != hits[0].Rank {
		t.Errorf("Snippets = %+v, %v", sn, err)
	}
	if sn, err := s.Snippets(ctx, `"drone`, ids[:1]); err != nil || len(sn) != 1 {
		t.Errorf("Snippets of a malformed query = %+v, %v", sn, err)
	}
	if got, _ := s.SearchIDs(ctx, "drone", 1); len(got) != 1 {
		t.Errorf("limit 1 gave %v", got)
	}
}
