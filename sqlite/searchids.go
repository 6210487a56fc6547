package sqlite

import (
	"context"
	"fmt"
	"strings"

	"dossier"
)

// searchIDsSQL ranks like searchSQL but reads only the article IDs: no
// snippet, no text (a snippet is computed for every matching row before
// the sort, so on a common word it costs more than the match itself). It
// ranks and cuts on the index alone, then joins the few rows kept to
// their articles, rather than joining every match; ties fall to the
// earlier ingest, as in searchSQL.
var searchIDsSQL = fmt.Sprintf(`SELECT a.id
	FROM (SELECT rowid AS seq, bm25(articles_fts, %g, 1.0) AS r
		FROM articles_fts WHERE articles_fts MATCH ?
		ORDER BY r, rowid LIMIT ?) t
	JOIN articles a ON a.seq = t.seq
	ORDER BY t.r, t.seq`, titleWeight)

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

// SearchPage returns the hits offset to offset+limit of a full-text
// query, in Search's order and with its snippets, computing the snippets
// of those hits only: Search computes one for every matching article
// before it sorts, which on a common word costs far more than the page.
func (s *Store) SearchPage(ctx context.Context, query string, limit, offset int) ([]dossier.SearchHit, error) {
	if limit <= 0 {
		limit = DefaultSearchLimit
	}
	offset = max(offset, 0)
	ids, err := s.SearchIDs(ctx, query, offset+limit)
	if err != nil || offset >= len(ids) {
		return []dossier.SearchHit{}, err
	}
	ids = ids[offset:]
	hits, err := s.snippets(ctx, query, ids)
	if err != nil && isQueryError(err) && ctx.Err() == nil {
		hits, err = s.snippets(ctx, quoteWords(query), ids)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: search %q: %w", s.path, query, err)
	}
	return hits, nil
}

// Snippets returns the articles ids as hits of a full-text query, with
// their snippets and ranks, in the order of ids; an article the query
// does not match is left out. It is SearchPage for a caller that ranked
// the articles itself (the server's word index).
func (s *Store) Snippets(ctx context.Context, query string, ids []string) ([]dossier.SearchHit, error) {
	if len(ids) == 0 || strings.TrimSpace(query) == "" {
		return []dossier.SearchHit{}, nil
	}
	hits, err := s.snippets(ctx, query, ids)
	if err != nil && isQueryError(err) && ctx.Err() == nil {
		hits, err = s.snippets(ctx, quoteWords(query), ids)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: snippets %q: %w", s.path, query, err)
	}
	return hits, nil
}

// snippets returns the hits of match among the articles ids, in the
// order of ids.
func (s *Store) snippets(ctx context.Context, match string, ids []string) ([]dossier.SearchHit, error) {
	args := make([]any, 0, len(ids)+1)
	args = append(args, match)
	for _, id := range ids {
		args = append(args, id)
	}
	q := fmt.Sprintf(`SELECT %s,
		snippet(articles_fts, -1, '%s', '%s', '%s', %d),
		bm25(articles_fts, %g, 1.0)
	FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
	WHERE articles_fts MATCH ? AND a.id IN (%s)`, articleColumns, SnippetOpen, SnippetClose, SnippetEllipsis, snippetTokens, titleWeight,
		strings.TrimSuffix(strings.Repeat("?,", len(ids)), ","))
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	byID := map[string]dossier.SearchHit{}
	for rows.Next() {
		var h dossier.SearchHit
		if h.Article, _, err = scanArticle(rows, &h.Snippet, &h.Rank); err != nil {
			return nil, err
		}
		byID[h.Article.ID] = h
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	hits := make([]dossier.SearchHit, 0, len(ids))
	for _, id := range ids {
		if h, ok := byID[id]; ok {
			hits = append(hits, h)
		}
	}
	return hits, nil
}
