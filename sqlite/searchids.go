package sqlite

import (
	"context"
	"fmt"
	"strings"
)

// searchIDsSQL ranks like searchSQL but reads only the article IDs: no
// snippet, no text. A snippet is computed for every matching row before
// the sort, so on a common word it costs more than the match itself.
var searchIDsSQL = fmt.Sprintf(`SELECT a.id
	FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
	WHERE articles_fts MATCH ?
	ORDER BY bm25(articles_fts, %g, 1.0), a.seq
	LIMIT ?`, titleWeight)

// SearchIDs returns the IDs of the articles that match a full-text query,
// best first, as Search ranks them, for callers that hold the articles
// already (the server maps them to stories). The query is read as Search
// reads it, an invalid FTS5 query falling back to its words.
func (s *Store) SearchIDs(ctx context.Context, query string, limit int) ([]string, error) {
	if limit <= 0 {
		limit = DefaultSearchLimit
	}
	if strings.TrimSpace(query) == "" {
		return nil, nil
	}
	ids, err := s.searchIDs(ctx, query, limit)
	if err == nil {
		return ids, nil
	}
	if !isQueryError(err) || ctx.Err() != nil {
		return nil, fmt.Errorf("sqlite %s: search %q: %w", s.path, query, err)
	}
	safe := quoteWords(query)
	if safe == "" {
		return nil, nil
	}
	if ids, err = s.searchIDs(ctx, safe, limit); err != nil {
		return nil, fmt.Errorf("sqlite %s: search %q (as %s): %w", s.path, query, safe, err)
	}
	return ids, nil
}

func (s *Store) searchIDs(ctx context.Context, match string, limit int) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, searchIDsSQL, match, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	ids := []string{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
