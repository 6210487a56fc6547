package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"dossier"
	"dossier/analyze"
	"dossier/assess"
	"dossier/batch"
	"dossier/entity"
	"dossier/eval"
	"dossier/export"
	"dossier/ingest"
	"dossier/quote"
	"dossier/sqlite"
	"dossier/story"
)

func init() {
	register(&command{
		name:    "eval",
		summary: "score a stage on a gold data set: extract, statements, claims, entities, stories, certainty, stance, time",
		usage:   "extract DIR | statements [--gold FILE --seeds DIR | --polnear FILE] | claims [--gold FILE --seeds DIR] | entities DIR | stories FILE | certainty FILE | stance (--stances FILE --bodies FILE | --emergent FILE) | time DIR",
		example: "dossier eval extract ../shared/data/article-extraction\n" +
			"dossier eval statements                       # the seeds gold\n" +
			"dossier eval statements --polnear ../shared/data/polnear/dev.jsonl\n" +
			"dossier eval claims\n" +
			"dossier eval entities ../shared/data/ner/wikigold\n" +
			"dossier eval stories ../shared/data/ecbplus/docs.jsonl\n" +
			"dossier eval certainty ../shared/data/uncertainty/news-dev.jsonl\n" +
			"dossier eval time ../shared/data/timebank-aquaint\n" +
			"dossier eval stance --stances ../shared/data/fnc-1/train_stances.csv --bodies ../shared/data/fnc-1/train_bodies.csv",
		run: runEval,
	})
}

func runEval(ctx context.Context, e *env, args []string) int {
	c := lookup("eval")
	fs := newFlags(c, e)
	gold := fs.String("gold", filepath.Join("..", "shared", "gold", "seeds.json"), "seeds gold `FILE` (statements, claims)")
	seeds := fs.String("seeds", filepath.Join("..", "shared", "seeds"), "seed articles `DIR` (statements, claims)")
	errorsPath := fs.String("errors", "", "with --polnear, list every miss, spurious attribution and wrong source or cue in `FILE` (tab-separated)")
	polnear := fs.String("polnear", "", "score statements on a PolNeAR JSON Lines `FILE` instead of the seeds")
	stances := fs.String("stances", "", "FNC-1 stances CSV `FILE` (eval stance, with --bodies)")
	bodies := fs.String("bodies", "", "FNC-1 bodies CSV `FILE` (eval stance, with --stances)")
	emergent := fs.String("emergent", "", "Emergent CSV `FILE` (eval stance)")
	rest, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(rest) == 0 {
		return usageError(e, c, "which stage? (extract, statements, claims, entities, stories, certainty, stance, time)")
	}
	fail := func(err error) int {
		fmt.Fprintf(e.stderr, "dossier eval %s: %v\n", rest[0], err)
		return exitFailed
	}
	switch stage := rest[0]; stage {
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
			return fail(err)
		}
		res.WriteTable(e.stdout)
	case "statements", "claims":
		if stage == "statements" && *polnear != "" {
			var errs io.Writer
			if *errorsPath != "" {
				f, err := os.Create(*errorsPath)
				if err != nil {
					return fail(err)
				}
				defer f.Close()
				bw := bufio.NewWriter(f)
				defer bw.Flush()
				errs = bw
			}
			res, err := eval.EvalPolNeARErrors(*polnear, quote.Extract, errs)
			if err != nil {
				return fail(err)
			}
			res.WriteTable(e.stdout)
			return exitOK
		}
		g, err := eval.ReadSeedsGold(*gold)
		if err != nil {
			return fail(err)
		}
		d, err := dossierOf(ctx, *seeds)
		if err != nil {
			return fail(err)
		}
		res := eval.ScoreSeeds(g, export.Build(d, time.Now()))
		if stage == "statements" {
			res.WriteStatements(e.stdout)
		} else {
			res.WriteClaims(e.stdout)
		}
	case "stories":
		if len(rest) != 2 {
			return usageError(e, c, "eval stories needs one FILE")
		}
		res, err := eval.EvalStories(rest[1], story.DefaultOptions())
		if err != nil {
			return fail(err)
		}
		res.WriteTable(e.stdout)
	case "stance":
		switch {
		case *emergent != "":
			res, err := eval.EvalEmergent(*emergent)
			if err != nil {
				return fail(err)
			}
			res.WriteTable(e.stdout)
		case *stances != "" && *bodies != "":
			res, err := eval.EvalStance(*stances, *bodies)
			if err != nil {
				return fail(err)
			}
			res.WriteTable(e.stdout)
		default:
			return usageError(e, c, "eval stance needs --stances FILE --bodies FILE, or --emergent FILE")
		}
	case "time":
		if len(rest) != 2 {
			return usageError(e, c, "eval time needs one DIR")
		}
		res, err := eval.EvalTime(rest[1])
		if err != nil {
			return fail(err)
		}
		res.WriteTable(e.stdout)
	case "certainty":
		if len(rest) != 2 {
			return usageError(e, c, "eval certainty needs one FILE")
		}
		res, err := eval.EvalCertainty(rest[1])
		if err != nil {
			return fail(err)
		}
		res.WriteTable(e.stdout)
	case "entities":
		if len(rest) != 2 {
			return usageError(e, c, "eval entities needs one DIR")
		}
		res, err := eval.EvalEntities(rest[1], entity.Default().Mentions)
		if err != nil {
			return fail(err)
		}
		res.WriteTable(e.stdout)
	default:
		return usageError(e, c, "unknown stage %q (known: extract, statements, claims, entities, stories, certainty, stance, time)", stage)
	}
	return exitOK
}

// dossierOf analyses the files at path in memory, as export does.
func dossierOf(ctx context.Context, path string) (*dossier.Dossier, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	store, err := sqlite.Open(sqlite.Memory)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	if _, err := batch.Run(ctx, batch.Config{Store: store}, []string{path}); err != nil {
		return nil, err
	}
	d, err := batch.Load(ctx, store, dossier.ArticleFilter{}, analyze.Default().Analyze)
	if d == nil {
		return nil, err
	}
	analyze.Finish(d, assess.Options{}) // stories and hypotheses, for the claims scores
	return d, nil
}
