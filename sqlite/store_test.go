package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"dossier"
)

// The articles below are fictional: invented outlets, people and events.

func date(s string) *time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return &t
}

// article returns a sealed article.
func article(source, url, title, text string, published *time.Time) *dossier.Article {
	a := &dossier.Article{
		Source:    source,
		URL:       url,
		Title:     title,
		Text:      text,
		Published: published,
		Format:    "text",
	}
	a.Seal()
	return a
}

// clone returns a copy of a, as a second reader would produce it.
func clone(a *dossier.Article) *dossier.Article {
	c := *a
	return &c
}

func corpus() []*dossier.Article {
	a1 := article("Harbour Gazette", "https://harbour.example/1", "Drone attack on Velmora port",
		"A drone attack struck the port of Velmora overnight.\n\nOfficials in Velmora said two cranes were damaged.",
		date("2025-03-01T06:00:00Z"))
	a1.Authors = []string{"Ana Petrel", "Oskar Lind"}
	a1.Notes = []string{"repaired encoding: windows-1252"}
	a1.ExternalID = "hg-1"
	a1.File = "in/harbour.jsonl"
	a1.Format = "jsonl"
	a1.Story = "story-velmora"

	a2 := article("Northern Wire", "https://nwire.example/a", "Ministry denies involvement",
		"Spokesman Tavi Kordon said the Kremlin drone claims were baseless. \"We had no part in it,\" Kordon said.",
		// A non-UTC offset: stored and read back in UTC.
		date("2025-03-02T12:30:00+02:00"))
	a3 := article("Northern Wire", "https://nwire.example/b", "Grain talks resume",
		"Negotiators met in Sénégal to resume grain talks. Orlov was not present.",
		date("2025-03-05T09:00:00Z"))
	a4 := article("Coastal Times", "", "Weather warning for the coast",
		"Storms are expected. Marten, the harbour master, closed the marina.", nil)
	return []*dossier.Article{a1, a2, a3, a4}
}

func openTemp(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "dossier.db")
	s, err := Open(path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func add(t *testing.T, s *Store, batch []*dossier.Article) []dossier.AddResult {
	t.Helper()
	res, err := s.AddArticles(context.Background(), batch)
	if err != nil {
		t.Fatalf("AddArticles: %v", err)
	}
	if len(res) != len(batch) {
		t.Fatalf("AddArticles returned %d results for %d articles", len(res), len(batch))
	}
	return res
}

func stats(t *testing.T, s *Store) dossier.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

// checkFTS runs FTS5's own consistency check of the index against the
// articles table.
func checkFTS(t *testing.T, s *Store) {
	t.Helper()
	if _, err := s.db.Exec(`INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')`); err != nil {
		t.Fatalf("FTS integrity check: %v", err)
	}
}

func TestAddAndReadBack(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	batch := corpus()
	before := time.Now().Add(-time.Second)
	res := add(t, s, batch)
	for i, r := range res {
		if r.Outcome != dossier.Added || r.ID != batch[i].ID {
			t.Errorf("result %d = %+v, want Added %s", i, r, batch[i].ID)
		}
	}
	if got, want := stats(t, s), (dossier.Stats{Articles: 4, Copies: 0, Sources: 3}); got != want {
		t.Errorf("Stats = %+v, want %+v", got, want)
	}
	for _, want := range batch {
		got, err := s.Article(ctx, want.ID)
		if err != nil {
			t.Fatalf("Article(%s): %v", want.ID, err)
		}
		if got.IngestedAt.Before(before) || got.IngestedAt.After(time.Now()) {
			t.Errorf("%s: IngestedAt = %v, want about now", want.ID, got.IngestedAt)
		}
		if got.Published != nil && got.Published.Location() != time.UTC {
			t.Errorf("%s: Published in %v, want UTC", want.ID, got.Published.Location())
		}
		if (got.Published == nil) != (want.Published == nil) ||
			got.Published != nil && !got.Published.Equal(*want.Published) {
			t.Errorf("%s: Published = %v, want %v", want.ID, got.Published, want.Published)
		}
		// Compare the rest field by field through a copy without the
		// fields checked above.
		g, w := *got, *want
		g.IngestedAt, w.IngestedAt = time.Time{}, time.Time{}
		g.Published, w.Published = nil, nil
		if !reflect.DeepEqual(g, w) {
			t.Errorf("Article(%s) =\n%+v\nwant\n%+v", want.ID, g, w)
		}
	}
	checkFTS(t, s)
}

func TestReAddIsUnchanged(t *testing.T) {
	s, _ := openTemp(t)
	add(t, s, corpus())
	before := stats(t, s)
	batch := corpus() // the same articles, read again
	res := add(t, s, batch)
	for i, r := range res {
		if r.Outcome != dossier.Unchanged || r.ID != batch[i].ID {
			t.Errorf("result %d = %+v, want Unchanged %s", i, r, batch[i].ID)
		}
	}
	if after := stats(t, s); after != before {
		t.Errorf("Stats after re-add = %+v, want %+v", after, before)
	}
}

func TestCopies(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	orig := corpus()
	add(t, s, orig)

	// The same text from another outlet, with different typography and
	// layout: the content hash folds those, so it is a copy.
	wire := article("Eastern Courier", "https://courier.example/x", "Drone  attack on Velmora port",
		"A drone attack struck the port of Velmora overnight.\nOfficials in Velmora said two cranes were damaged.",
		date("2025-03-01T08:00:00Z"))
	wire.ExternalID = "ec-77"
	res := add(t, s, []*dossier.Article{wire})
	if want := (dossier.AddResult{ID: orig[0].ID, Outcome: dossier.Copied}); res[0] != want {
		t.Fatalf("result = %+v, want %+v", res[0], want)
	}
	copies, err := s.Copies(ctx, orig[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(copies) != 1 {
		t.Fatalf("Copies = %+v, want one", copies)
	}
	c := copies[0]
	if c.ArticleID != orig[0].ID || c.Source != "Eastern Courier" || c.URL != wire.URL || c.ExternalID != "ec-77" ||
		c.Published == nil || !c.Published.Equal(*wire.Published) || c.SeenAt.IsZero() {
		t.Errorf("copy = %+v", c)
	}
	if got, want := stats(t, s), (dossier.Stats{Articles: 4, Copies: 1, Sources: 4}); got != want {
		t.Errorf("Stats = %+v, want %+v", got, want)
	}

	// Seeing the same copy again records nothing new.
	res = add(t, s, []*dossier.Article{clone(wire)})
	if res[0].Outcome != dossier.Copied || res[0].ID != orig[0].ID {
		t.Errorf("second copy result = %+v", res[0])
	}
	if got := stats(t, s); got.Copies != 1 {
		t.Errorf("Copies after re-adding the copy = %d, want 1", got.Copies)
	}

	// The original's text is the one stored.
	got, err := s.Article(ctx, orig[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Source != "Harbour Gazette" {
		t.Errorf("stored source = %q, want the original's", got.Source)
	}

	// An article without copies has none; an unknown one is not found.
	if copies, err := s.Copies(ctx, orig[1].ID); err != nil || len(copies) != 0 {
		t.Errorf("Copies(no copies) = %v, %v; want empty, nil", copies, err)
	}
	if _, err := s.Copies(ctx, "nope"); !errors.Is(err, dossier.ErrNotFound) {
		t.Errorf("Copies(unknown) error = %v, want ErrNotFound", err)
	}
}

func TestDuplicatesWithinBatch(t *testing.T) {
	base := article("Harbour Gazette", "https://harbour.example/9", "Ferry service suspended",
		"The ferry to Isla Brava will not run this week.", date("2025-04-01T10:00:00Z"))
	sameSource := clone(base)
	otherSource := clone(base)
	otherSource.Source, otherSource.URL = "Northern Wire", "https://nwire.example/9"
	otherFile := clone(base)
	otherFile.File = "second-scrape.html"

	tests := []struct {
		name       string
		second     *dossier.Article
		want       dossier.AddOutcome
		wantCopies int
	}{
		{"same place", sameSource, dossier.Unchanged, 0},
		{"other source", otherSource, dossier.Copied, 1},
		{"other file", otherFile, dossier.Copied, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := openTemp(t)
			// The third is the second seen again: still one article, and at
			// most one copy row.
			res := add(t, s, []*dossier.Article{clone(base), clone(tt.second), clone(tt.second)})
			want := []dossier.AddResult{
				{ID: base.ID, Outcome: dossier.Added},
				{ID: base.ID, Outcome: tt.want},
				{ID: base.ID, Outcome: tt.want},
			}
			if !reflect.DeepEqual(res, want) {
				t.Errorf("results = %+v, want %+v", res, want)
			}
			st := stats(t, s)
			if st.Articles != 1 || st.Copies != tt.wantCopies {
				t.Errorf("Stats = %+v, want 1 article and %d copies", st, tt.wantCopies)
			}
		})
	}
}

func TestArticleNotFound(t *testing.T) {
	s, path := openTemp(t)
	add(t, s, corpus())
	_, err := s.Article(context.Background(), "0000000000000000")
	if !errors.Is(err, dossier.ErrNotFound) {
		t.Fatalf("error = %v, want ErrNotFound", err)
	}
	if !strings.Contains(err.Error(), "0000000000000000") || !strings.Contains(err.Error(), path) {
		t.Errorf("error %q should name the id and the path", err)
	}
}

func TestUnsealedArticle(t *testing.T) {
	s, _ := openTemp(t)
	a := &dossier.Article{Title: "No hash", Text: "Never sealed."}
	if _, err := s.AddArticles(context.Background(), []*dossier.Article{a}); err == nil {
		t.Fatal("AddArticles accepted an unsealed article")
	}
	if _, err := s.AddArticles(context.Background(), []*dossier.Article{nil}); err == nil {
		t.Fatal("AddArticles accepted a nil article")
	}
}

func ids(t *testing.T, s *Store, f dossier.ArticleFilter) []string {
	t.Helper()
	var got []string
	err := s.Articles(context.Background(), f, func(a *dossier.Article) error {
		got = append(got, a.ID)
		return nil
	})
	if err != nil {
		t.Fatalf("Articles(%+v): %v", f, err)
	}
	return got
}

func TestArticlesFilter(t *testing.T) {
	s, _ := openTemp(t)
	c := corpus()
	add(t, s, c)
	id := func(i ...int) []string {
		var out []string
		for _, j := range i {
			out = append(out, c[j].ID)
		}
		return out
	}
	tests := []struct {
		name   string
		filter dossier.ArticleFilter
		want   []string
	}{
		{"all, in ingest order", dossier.ArticleFilter{}, id(0, 1, 2, 3)},
		{"source", dossier.ArticleFilter{Source: "Northern Wire"}, id(1, 2)},
		{"unknown source", dossier.ArticleFilter{Source: "Nobody"}, nil},
		// 2025-03-02T12:30+02:00 is 10:30 UTC: the bound compares instants.
		{"since", dossier.ArticleFilter{Since: date("2025-03-02T10:30:00Z")}, id(1, 2)},
		{"since excludes earlier", dossier.ArticleFilter{Since: date("2025-03-02T10:30:01Z")}, id(2)},
		{"until is exclusive", dossier.ArticleFilter{Until: date("2025-03-02T10:30:00Z")}, id(0)},
		{"since and until in another zone", dossier.ArticleFilter{
			Since: date("2025-03-01T07:00:00+01:00"), Until: date("2025-03-06T00:00:00+05:00")}, id(0, 1, 2)},
		{"source and since", dossier.ArticleFilter{Source: "Northern Wire", Since: date("2025-03-03T00:00:00Z")}, id(2)},
		{"limit", dossier.ArticleFilter{Limit: 2}, id(0, 1)},
		{"limit over count", dossier.ArticleFilter{Limit: 10}, id(0, 1, 2, 3)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(t, s, tt.filter); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestArticlesPaging walks more articles than one page holds, with and
// without a limit, and stops at fn's error.
func TestArticlesPaging(t *testing.T) {
	s, err := Open(Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const n = 2*articlesPage + 7
	var batch []*dossier.Article
	var want []string
	for i := range n {
		a := article([]string{"Alpha Post", "Beta News"}[i%2], fmt.Sprintf("https://x.example/%d", i),
			fmt.Sprintf("Bulletin %d", i), fmt.Sprintf("Routine bulletin number %d.", i), nil)
		batch = append(batch, a)
		want = append(want, a.ID)
	}
	add(t, s, batch)

	if got := ids(t, s, dossier.ArticleFilter{}); !reflect.DeepEqual(got, want) {
		t.Errorf("all: got %d ids, want %d in ingest order", len(got), len(want))
	}
	if got := ids(t, s, dossier.ArticleFilter{Limit: articlesPage + 3}); !reflect.DeepEqual(got, want[:articlesPage+3]) {
		t.Errorf("limit: got %d ids, want %d", len(got), articlesPage+3)
	}
	if got := ids(t, s, dossier.ArticleFilter{Source: "Beta News"}); len(got) != n/2 {
		t.Errorf("source: got %d, want %d", len(got), n/2)
	}

	// fn may call the store back, even on the single connection of an
	// in-memory database, and its error stops the walk.
	stop := errors.New("stop")
	seen := 0
	err = s.Articles(context.Background(), dossier.ArticleFilter{}, func(a *dossier.Article) error {
		if _, err := s.Article(context.Background(), a.ID); err != nil {
			return err
		}
		if seen++; seen == articlesPage+1 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || seen != articlesPage+1 {
		t.Errorf("Articles = %v after %d articles, want stop after %d", err, seen, articlesPage+1)
	}
}

func TestSearch(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	c := corpus()
	// An article that mentions the drone attack only in its body: the one
	// with it in the title must rank first.
	body := article("Coastal Times", "https://ct.example/2", "Markets close lower",
		"Shares fell after the drone attack on Velmora, traders said. A drone attack on a port worries shippers.",
		date("2025-03-01T18:00:00Z"))
	add(t, s, append(c, body))

	tests := []struct {
		query string
		first string   // ID expected first, "" for no hits
		all   []string // IDs expected among the hits, in any order
	}{
		{"drone attack", c[0].ID, []string{c[0].ID, body.ID}},
		{"velmora", c[0].ID, []string{c[0].ID, body.ID}},
		{`"Kremlin drone"`, c[1].ID, []string{c[1].ID}},
		{"Orlov OR Marten", "", []string{c[2].ID, c[3].ID}},
		{"ministry", c[1].ID, []string{c[1].ID}}, // title only
		{"Senegal", c[2].ID, []string{c[2].ID}},  // diacritics folded
		{"dron*", c[0].ID, []string{c[0].ID, body.ID, c[1].ID}},
		{"title:grain", c[2].ID, []string{c[2].ID}}, // column filter
		{"nonexistentword", "", nil},
		// Malformed FTS5: each word is searched as a phrase instead.
		{`"abc`, "", nil},
		{`"Velmora port`, c[0].ID, []string{c[0].ID, body.ID}},
		{"-", "", nil},
		{"drone -", c[0].ID, []string{c[0].ID, body.ID, c[1].ID}},
		{"U.S. ministry", "", nil},
		{"nosuchcolumn:drone", "", nil},
		{"(velmora", c[0].ID, []string{c[0].ID, body.ID}},
		{"AND", "", nil},
		{"   ", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := s.Search(ctx, tt.query, 10)
			if err != nil {
				t.Fatalf("Search(%q): %v", tt.query, err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, h.Article.ID)
				if h.Article.Text == "" || h.Snippet == "" {
					t.Errorf("hit %s lacks text or snippet: %+v", h.Article.ID, h)
				}
			}
			if len(got) != len(tt.all) {
				t.Fatalf("hits %v, want %v", got, tt.all)
			}
			for _, id := range tt.all {
				if !contains(got, id) {
					t.Errorf("hits %v lack %s", got, id)
				}
			}
			if tt.first != "" && got[0] != tt.first {
				t.Errorf("first hit %s, want %s", got[0], tt.first)
			}
			for i := 1; i < len(hits); i++ {
				if hits[i].Rank < hits[i-1].Rank {
					t.Errorf("hits not ordered by rank: %v", hits)
				}
			}
		})
	}

	hits, err := s.Search(ctx, "cranes", 10)
	if err != nil || len(hits) != 1 {
		t.Fatalf("Search(cranes) = %v, %v", hits, err)
	}
	if !strings.Contains(hits[0].Snippet, SnippetOpen+"cranes"+SnippetClose) {
		t.Errorf("snippet %q does not mark the match", hits[0].Snippet)
	}
	if hits, _ := s.Search(ctx, "drone", 1); len(hits) != 1 {
		t.Errorf("limit 1 gave %d hits", len(hits))
	}

	// The malformed queries above reach the fallback because SQLite
	// rejects them as queries, not for some other reason.
	for _, q := range []string{`"abc`, "-", "nosuchcolumn:drone", "(velmora"} {
		if _, err := s.search(ctx, q, 5); !isQueryError(err) {
			t.Errorf("raw search(%q) error = %v, want a query error", q, err)
		}
	}
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func TestOpenNotADatabase(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notes.txt")
	content := []byte("hello world, not a db\n")
	if err := os.WriteFile(path, content, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err == nil {
		s.Close()
		t.Fatal("Open accepted a text file")
	}
	if !errors.Is(err, ErrNotDatabase) {
		t.Errorf("error %v does not wrap ErrNotDatabase", err)
	}
	if want := path + " is not a dossier database (file is not a database)"; !strings.Contains(err.Error(), want) {
		t.Errorf("error %q, want it to say %q", err, want)
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != string(content) {
		t.Errorf("file content after Open = %q, %v; want it unchanged", got, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("Open left files next to the text file: %v", entries)
	}
}

func TestOpenRefuses(t *testing.T) {
	dir := t.TempDir()

	// Another program's SQLite database.
	foreign := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", foreign)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE recipes (name TEXT)`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	// A dossier database from a newer program.
	newer := filepath.Join(dir, "newer.db")
	s, err := Open(newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(fmt.Sprintf("PRAGMA user_version = %d", len(migrations)+1)); err != nil {
		t.Fatal(err)
	}
	s.Close()

	// A SQLite header over a body that is not a database: the header check
	// passes it and SQLite itself must refuse it.
	garbage := filepath.Join(dir, "garbage.db")
	body := []byte("SQLite format 3\x00")
	for i := range 500 {
		body = append(body, byte(i*7))
	}
	if err := os.WriteFile(garbage, body, 0o644); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name string
		path string
		want error
	}{
		{"foreign sqlite", foreign, ErrNotDatabase},
		{"garbage after header", garbage, ErrNotDatabase},
		{"newer schema", newer, ErrSchemaTooNew},
		{"directory", dir, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(tt.path)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%s) succeeded", tt.path)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.path) {
				t.Errorf("error %q does not name the path", err)
			}
		})
	}
	if got, err := os.ReadFile(garbage); err != nil || string(got) != string(body) {
		t.Errorf("Open changed the refused file: %v", err)
	}
}

// TestMigrateFromVersion1 opens a file at schema version 1, whose trigger
// indexed each inserted article, and checks that the upgrade keeps its
// articles searchable and indexes new ones exactly once.
func TestMigrateFromVersion1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	old := corpus()[0]
	for _, q := range []string{
		migrations[0],
		"PRAGMA user_version = 1",
		fmt.Sprintf("PRAGMA application_id = %d", applicationID),
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	// Version 1 indexed through its trigger.
	if _, err := db.Exec(`INSERT INTO articles (id, content_hash, title, text, ingested_at) VALUES (?, ?, ?, ?, ?)`,
		old.ID, old.ContentHash, old.Title, old.Text, formatTime(time.Now())); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatalf("Open(v1 file): %v", err)
	}
	defer s.Close()
	var version, triggers int
	s.db.QueryRow("PRAGMA user_version").Scan(&version)
	s.db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'articles_fts_insert'").Scan(&triggers)
	if version != len(migrations) || triggers != 0 {
		t.Errorf("after upgrade: version %d, insert trigger present: %v", version, triggers != 0)
	}
	add(t, s, corpus()[1:])
	checkFTS(t, s)
	for _, q := range []string{"velmora", "ministry"} {
		if hits, err := s.Search(ctx, q, 5); err != nil || len(hits) != 1 {
			t.Errorf("Search(%q) after upgrade = %d hits, %v; want 1", q, len(hits), err)
		}
	}
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	// URI syntax in the name must not be taken for URI syntax.
	path := filepath.Join(t.TempDir(), "my dossier #1?x=y%20.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	c := corpus()
	add(t, s, c)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s, err = Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	if got := stats(t, s); got.Articles != len(c) {
		t.Errorf("after reopen Stats = %+v, want %d articles", got, len(c))
	}
	if a, err := s.Article(ctx, c[0].ID); err != nil || a.Title != c[0].Title {
		t.Errorf("after reopen Article = %v, %v", a, err)
	}
	if hits, err := s.Search(ctx, "velmora", 5); err != nil || len(hits) != 1 {
		t.Errorf("after reopen Search = %v, %v", hits, err)
	}
	// Re-ingest after reopen is still idempotent.
	for _, r := range add(t, s, corpus()) {
		if r.Outcome != dossier.Unchanged {
			t.Errorf("re-add after reopen: %+v", r)
		}
	}
	var mode string
	if err := s.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not at its path: %v", err)
	}
}

func TestBatchRollsBack(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	first := corpus()
	add(t, s, first)
	before := stats(t, s)

	fresh := article("Alpha Post", "https://alpha.example/1", "Lighthouse keeper retires",
		"After forty years the keeper of Cape Orrin handed over the keys.", nil)
	copyOfFirst := clone(first[0])
	copyOfFirst.Source = "Beta News"
	unsealed := &dossier.Article{Source: "Alpha Post", Title: "Unsealed", Text: "No hash."}
	_, err := s.AddArticles(ctx, []*dossier.Article{fresh, copyOfFirst, unsealed})
	if err == nil {
		t.Fatal("batch with an unsealed article succeeded")
	}
	if after := stats(t, s); after != before {
		t.Errorf("Stats after failed batch = %+v, want %+v", after, before)
	}
	if _, err := s.Article(ctx, fresh.ID); !errors.Is(err, dossier.ErrNotFound) {
		t.Errorf("article from the failed batch: %v, want ErrNotFound", err)
	}
	if hits, err := s.Search(ctx, "lighthouse", 5); err != nil || len(hits) != 0 {
		t.Errorf("search finds the failed batch: %v, %v", hits, err)
	}
	for _, a := range first {
		if _, err := s.Article(ctx, a.ID); err != nil {
			t.Errorf("earlier article %s lost: %v", a.ID, err)
		}
	}
	checkFTS(t, s)

	// The same batch without the bad article then goes in.
	res := add(t, s, []*dossier.Article{fresh, copyOfFirst})
	if res[0].Outcome != dossier.Added || res[1].Outcome != dossier.Copied {
		t.Errorf("retry results = %+v", res)
	}
}

// TestConcurrentWriters checks that batches written at once from several
// goroutines queue on the write lock instead of failing with SQLITE_BUSY.
func TestConcurrentWriters(t *testing.T) {
	s, _ := openTemp(t)
	const writers, batches, size = 4, 5, 20
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := range writers {
		wg.Go(func() {
			for b := range batches {
				var batch []*dossier.Article
				for i := range size {
					batch = append(batch, article("Alpha Post", "", fmt.Sprintf("W%d B%d A%d", w, b, i), "Same body text.", nil))
				}
				if _, err := s.AddArticles(context.Background(), batch); err != nil {
					errs <- err
					return
				}
				if _, err := s.Search(context.Background(), "body", 5); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got := stats(t, s).Articles; got != writers*batches*size {
		t.Errorf("Articles = %d, want %d", got, writers*batches*size)
	}
}

func TestQuoteWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"drone attack", `"drone" "attack"`},
		{`"abc`, `"""abc"`},
		{"-", ""},
		{"  a-b  ", `"a-b"`},
		{`say "hi"`, `"say" """hi"""`},
	}
	for _, tt := range tests {
		if got := quoteWords(tt.in); got != tt.want {
			t.Errorf("quoteWords(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// words is a vocabulary for benchmark text: enough distinct terms that the
// full-text index grows as it would on news.
var words = func() []string {
	r := rand.New(rand.NewPCG(1, 2))
	const letters = "abcdefghijklmnopqrstuvwxyz"
	out := make([]string, 50000)
	for i := range out {
		b := make([]byte, 3+r.IntN(8))
		for j := range b {
			b[j] = letters[r.IntN(len(letters))]
		}
		out[i] = string(b)
	}
	return out
}()

// benchBatch returns size sealed articles of about 3 KB, unique by n. Words
// are drawn with a Zipf distribution, as in natural language: a few words
// make up much of the text and most words are rare, which is what decides
// the size and the work of the full-text index.
func benchBatch(r *rand.Rand, n, size int) []*dossier.Article {
	zipf := rand.NewZipf(r, 1.1, 2, uint64(len(words)-1))
	batch := make([]*dossier.Article, size)
	var b strings.Builder
	for i := range batch {
		b.Reset()
		for b.Len() < 3000 {
			b.WriteString(words[zipf.Uint64()])
			b.WriteByte(' ')
		}
		a := &dossier.Article{
			Source:    fmt.Sprintf("Outlet %d", i%7),
			URL:       fmt.Sprintf("https://news.example/%d/%d", n, i),
			Title:     fmt.Sprintf("Report %d-%d on %s", n, i, words[r.IntN(len(words))]),
			Text:      b.String(),
			Authors:   []string{"Staff"},
			Published: date("2025-01-02T03:04:05Z"),
			Format:    "jsonl",
		}
		a.Seal()
		batch[i] = a
	}
	return batch
}

// BenchmarkAddArticles adds batches of 500 articles of about 3 KB, one
// transaction each, to a file that grows over the run.
func BenchmarkAddArticles(b *testing.B) {
	const size = 500
	s, _ := openTemp(b)
	ctx := context.Background()
	r := rand.New(rand.NewPCG(3, 4))
	n := 0
	for b.Loop() {
		b.StopTimer()
		batch := benchBatch(r, n, size)
		n++
		b.StartTimer()
		if _, err := s.AddArticles(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*size)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkAddArticles15k ingests a corpus of 15,000 articles in batches of
// 500 into a fresh file per iteration: the target workload.
func BenchmarkAddArticles15k(b *testing.B) {
	const size, total = 500, 15000
	r := rand.New(rand.NewPCG(5, 6))
	batches := make([][]*dossier.Article, total/size)
	for i := range batches {
		batches[i] = benchBatch(r, i, size)
	}
	ctx := context.Background()
	runs := 0
	for b.Loop() {
		b.StopTimer()
		s, err := Open(filepath.Join(b.TempDir(), fmt.Sprintf("d%d.db", runs)))
		if err != nil {
			b.Fatal(err)
		}
		runs++
		b.StartTimer()
		for _, batch := range batches {
			if _, err := s.AddArticles(ctx, batch); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(runs*total)/b.Elapsed().Seconds(), "articles/s")
}
