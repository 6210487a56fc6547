package main

import (
	"context"
	"fmt"

	"dossier/eval"
	"dossier/ingest"
)

func init() {
	register(&command{
		name:    "eval",
		summary: "score a stage on a gold data set (extract: HTML body extraction)",
		usage:   "extract DIR",
		example: "dossier eval extract ../shared/data/article-extraction",
		run:     runEval,
	})
}

func runEval(ctx context.Context, e *env, args []string) int {
	c := lookup("eval")
	fs := newFlags(c, e)
	rest, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(rest) == 0 {
		return usageError(e, c, "which stage? (extract)")
	}
	switch rest[0] {
	case "extract":
		if len(rest) != 2 {
			return usageError(e, c, "eval extract needs one DIR")
		}
		res, err := eval.EvalExtract(rest[1], func(data []byte, path, url string) (string, error) {
			a, err := ingest.ReadHTML(data, path, url)
			if err != nil {
				return "", err
			}
			return a.Text, nil
		})
		if err != nil {
			fmt.Fprintf(e.stderr, "dossier eval extract: %v\n", err)
			return exitFailed
		}
		res.WriteTable(e.stdout)
		return exitOK
	default:
		return usageError(e, c, "unknown stage %q (known: extract)", rest[0])
	}
}
