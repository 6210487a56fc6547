package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"dossier/batch"
	"dossier/ingest"
)

func init() {
	register(&command{
		name:    "ingest",
		summary: "read articles from files, directories, JSON Lines, feeds or stdin into the store",
		usage:   "[--db FILE] [--max-bytes N] PATH...",
		example: "dossier ingest --db news.db ../shared/seeds ../shared/data/news-corpus/articles.jsonl.gz\n" +
			"curl -s https://example.org/feed.xml | dossier ingest -",
		run: runIngest,
	})
}

func runIngest(ctx context.Context, e *env, args []string) int {
	c := lookup("ingest")
	fs := newFlags(c, e)
	db := dbFlag(fs)
	maxBytes := fs.Int64("max-bytes", ingest.DefaultMaxBytes, "refuse a file (or a JSON Lines record) over `N` bytes")
	quiet := fs.Bool("quiet", false, "print only errors")
	paths, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(paths) == 0 {
		return usageError(e, c, "no PATH to ingest")
	}
	store, err := openStore(*db)
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier ingest: %v\n", err)
		return exitFailed
	}
	defer store.Close()

	bar := newProgressBar(e.stderr, e.stderrIsTerminal && !*quiet, inputSize(paths))
	cfg := batch.Config{
		Store: store,
		Read:  ingest.Options{MaxBytes: *maxBytes, Stdin: e.stdin, OnRead: bar.addBytes},
		OnError: func(err error) {
			bar.clear()
			fmt.Fprintf(e.stderr, "dossier ingest: %v\n", err)
		},
		OnProgress: func(p batch.Progress) { bar.set(p.Articles, p.Failed) },
	}
	sum, err := batch.Run(ctx, cfg, paths)
	bar.done()
	if !*quiet {
		fmt.Fprintf(e.stdout, "%d read: %d added, %d already stored, %d copies recorded, %d failed (%.1fs) into %s\n",
			sum.Read, sum.Added, sum.Unchanged, sum.Copied, sum.Failed, sum.Elapsed.Seconds(), *db)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier ingest: %v (batches stored before this error are kept)\n", err)
		return exitFailed
	}
	if sum.Failed > 0 {
		return exitFailed
	}
	return exitOK
}

// inputSize adds up the sizes of the input files, for the progress bar.
func inputSize(paths []string) int64 {
	var total int64
	for _, p := range paths {
		if p == "-" {
			return 0
		}
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if info, err := os.Stat(path); err == nil {
					total += info.Size()
				}
			}
			return nil
		})
	}
	return total
}
