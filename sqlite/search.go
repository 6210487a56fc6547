package sqlite

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"dossier"
)

// Marks around the matched words in a SearchHit's Snippet, and the
// ellipsis where the snippet cuts the text.
const (
	SnippetOpen     = "["
	SnippetClose    = "]"
	SnippetEllipsis = "…"
)

// DefaultSearchLimit is the number of hits Search returns when asked for a
// limit of zero or less.
const DefaultSearchLimit = 20

// titleWeight makes a word in the title count as much as this many in the
// body when ranking: a headline names what the article is about.
const titleWeight = 10.0

// snippetTokens is about how many words a snippet holds.
const snippetTokens = 16

// searchSQL ranks with bm25 (lower is better) and lets snippet() pick the
// column, title or text, that best shows the match.
var searchSQL = fmt.Sprintf(`SELECT %s,
		snippet(articles_fts, -1, '%s', '%s', '%s', %d),
		bm25(articles_fts, %g, 1.0) AS rank
	FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
	WHERE articles_fts MATCH ?
	ORDER BY rank, a.seq
	LIMIT ?`, articleColumns, SnippetOpen, SnippetClose, SnippetEllipsis, snippetTokens, titleWeight)

// Search returns the articles that match a full-text query, best first.
//
// The query is FTS5 syntax: words (all must match), "quoted phrases", OR,
// NOT, prefix*, and title:word to search one column. A query that is not
// valid FTS5 (an unbalanced quote, a lone "-", a "word:" that names no
// column) is not an error: each of its words is searched as a phrase of
// its own, so that plain words still find what they would. A query with no
// words returns no hits. limit <= 0 means DefaultSearchLimit.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]dossier.SearchHit, error) {
	if limit <= 0 {
		limit = DefaultSearchLimit
	}
	if strings.TrimSpace(query) == "" {
		return nil, nil
	}
	hits, err := s.search(ctx, query, limit)
	if err == nil {
		return hits, nil
	}
	if !isQueryError(err) || ctx.Err() != nil {
		return nil, fmt.Errorf("sqlite %s: search %q: %w", s.path, query, err)
	}
	safe := quoteWords(query)
	if safe == "" {
		return nil, nil
	}
	hits, err = s.search(ctx, safe, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: search %q (as %s): %w", s.path, query, safe, err)
	}
	return hits, nil
}

func (s *Store) search(ctx context.Context, match string, limit int) ([]dossier.SearchHit, error) {
	rows, err := s.db.QueryContext(ctx, searchSQL, match, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	hits := []dossier.SearchHit{}
	for rows.Next() {
		var h dossier.SearchHit
		if h.Article, _, err = scanArticle(rows, &h.Snippet, &h.Rank); err != nil {
			return nil, err
		}
		hits = append(hits, h)
	}
	// FTS5 reports some syntax errors only when the first row is stepped,
	// so the error can surface here rather than from QueryContext.
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return hits, nil
}

// isQueryError reports whether err is SQLite's generic SQLITE_ERROR, which
// is how FTS5 reports a query it cannot parse ("fts5: syntax error near",
// "unterminated string", "no such column"). Busy, I/O and other failures
// have codes of their own and are not retried.
func isQueryError(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_ERROR
}

// quoteWords turns a user's query into a valid FTS5 query that requires
// each whitespace-separated word as a phrase. Words with no letter or digit
// are dropped: the tokenizer would make nothing of them.
func quoteWords(query string) string {
	var b strings.Builder
	for _, w := range strings.Fields(query) {
		if !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		// Inside an FTS5 string a double quote is written twice.
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(w, `"`, `""`))
		b.WriteByte('"')
	}
	return b.String()
}
