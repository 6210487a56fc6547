package main

import (
	"context"
	"fmt"
	"strings"
)

func init() {
	register(&command{
		name:    "search",
		summary: "full-text search of the stored articles (words, \"phrases\", OR, NOT, prefix*)",
		usage:   "[--db FILE] [--limit N] QUERY...",
		example: "dossier search --db news.db 'drone attack' Kremlin",
		run:     runSearch,
	})
}

func runSearch(ctx context.Context, e *env, args []string) int {
	c := lookup("search")
	fs := newFlags(c, e)
	db := dbFlag(fs)
	limit := fs.Int("limit", 20, "show at most `N` articles")
	words, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	query := strings.TrimSpace(strings.Join(words, " "))
	if query == "" {
		return usageError(e, c, "no QUERY")
	}
	store, err := openExistingStore(*db)
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier search: %v\n", err)
		return exitFailed
	}
	defer store.Close()
	hits, err := store.Search(ctx, query, *limit)
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier search: %v\n", err)
		return exitFailed
	}
	if len(hits) == 0 {
		fmt.Fprintf(e.stderr, "no articles match %q\n", query)
		return exitOK
	}
	for _, h := range hits {
		a := h.Article
		date := "date unknown"
		if a.Published != nil {
			date = a.Published.UTC().Format("2006-01-02")
		}
		outlet := a.Source
		if outlet == "" {
			outlet = "outlet not stated"
		}
		fmt.Fprintf(e.stdout, "%s  %s  %s\n    %s\n    %s\n\n", a.ID, date, outlet, a.Title, strings.Join(strings.Fields(h.Snippet), " "))
	}
	return exitOK
}
