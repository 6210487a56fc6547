package main

import (
	"context"
	"fmt"
	"io/fs"

	"dossier"
	"dossier/analyze"
	"dossier/assess"
	"dossier/batch"
	"dossier/demo"
	"dossier/ingest"
	"dossier/sqlite"
)

func init() {
	register(&command{
		name:    "demo",
		summary: "analyse the built-in demo corpus (a fictional contested incident) and print its dossier",
		usage:   "[--json]",
		example: "dossier demo",
		run:     runDemo,
	})
}

func runDemo(ctx context.Context, e *env, args []string) int {
	c := lookup("demo")
	flags := newFlags(c, e)
	asJSON := flags.Bool("json", false, "print the dossier/v1 JSON export instead of the Markdown report")
	if _, code, ok := parse(flags, args); !ok {
		return code
	}
	store, err := sqlite.Open(":memory:")
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier demo: %v\n", err)
		return exitFailed
	}
	defer store.Close()
	var articles []*dossier.Article
	for _, name := range demo.Files() {
		data, err := fs.ReadFile(demo.Corpus, name)
		if err == nil {
			var a *dossier.Article
			if a, err = ingest.ReadText(data, name); err == nil {
				articles = append(articles, a)
				continue
			}
		}
		fmt.Fprintf(e.stderr, "dossier demo: %s: %v\n", name, err)
		return exitFailed
	}
	if _, err := store.AddArticles(ctx, articles); err != nil {
		fmt.Fprintf(e.stderr, "dossier demo: %v\n", err)
		return exitFailed
	}
	d, err := batch.Load(ctx, store, dossier.ArticleFilter{}, analyze.Default().Analyze)
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier demo: %v\n", err)
		return exitFailed
	}
	briefs := analyze.Finish(d, assess.Options{})
	if *asJSON {
		return writeJSONExport(e, d)
	}
	if err := writeMarkdown(e, d, briefs); err != nil {
		fmt.Fprintf(e.stderr, "dossier demo: %v\n", err)
		return exitFailed
	}
	return exitOK
}
