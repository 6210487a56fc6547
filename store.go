package dossier

import (
	"context"
	"time"
)

// Store keeps a corpus: articles, the copies seen of them, and full-text
// search over them. The embedded default is a SQLite file (package sqlite);
// the interface holds nothing specific to one database so that a shared
// PostgreSQL store can serve workers at scale.
type Store interface {
	// AddArticles stores a batch of sealed articles in one transaction and
	// returns one result per article, in order. An article whose content
	// hash is already stored is not stored again: from the same source and
	// address it is a re-ingest and changes nothing; from another it is
	// recorded as a Copy of the stored one.
	AddArticles(ctx context.Context, articles []*Article) ([]AddResult, error)
	// Article returns the article with the given ID, or ErrNotFound.
	Article(ctx context.Context, id string) (*Article, error)
	// Articles calls fn for each article that matches the filter, oldest
	// ingest first, and stops at the first error fn returns.
	Articles(ctx context.Context, filter ArticleFilter, fn func(*Article) error) error
	// Copies returns the copies recorded of an article.
	Copies(ctx context.Context, articleID string) ([]Copy, error)
	// Search returns the articles that match a full-text query, best first.
	Search(ctx context.Context, query string, limit int) ([]SearchHit, error)
	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the store.
	Close() error
}

// AddOutcome says what AddArticles did with one article.
type AddOutcome string

// Outcomes of adding an article.
const (
	Added     AddOutcome = "added"     // new content, stored
	Unchanged AddOutcome = "unchanged" // already stored from the same place
	Copied    AddOutcome = "copy"      // already stored; recorded as a copy
)

// AddResult is the outcome for one article of a batch.
type AddResult struct {
	// ID is the stored article's ID: the article's own when Added, the
	// original's when Unchanged or Copied.
	ID      string
	Outcome AddOutcome
}

// ArticleFilter selects articles. The zero value selects all.
type ArticleFilter struct {
	Source string     // only this outlet, when not ""
	Since  *time.Time // only articles published at or after, when not nil
	Until  *time.Time // only articles published before, when not nil
	Limit  int        // at most this many, when > 0
}

// SearchHit is one article that matched a search, with a snippet of text
// around the match.
type SearchHit struct {
	Article *Article
	Snippet string
	Rank    float64 // lower is better, as the store's ranking function says
}

// Stats counts what a store holds.
type Stats struct {
	Articles int
	Copies   int
	Sources  int
}
