// Command gen trains the model of package certainty and writes it to
// certainty/model.tsv.gz, the file the package embeds; with -cv it
// cross-validates instead, and with -eval it scores the shipped model.
// Run it from the module root:
//
//	go run ./certainty/gen          # train on news-dev.jsonl + wiki.jsonl, write the model
//	go run ./certainty/gen -cv      # 10-fold cross-validation by document: the held-out scores
//	go run ./certainty/gen -eval    # score the embedded model (training-set scores, with a warning)
//
// The same data and flags always write the same bytes: the examples are
// shuffled with a fixed seed and the file is sorted and gzipped without a
// timestamp.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"dossier/certainty"
	"dossier/eval"
)

// files are the corpus files the shipped model is trained on.
var files = []string{"news-dev.jsonl", "wiki.jsonl"}

func main() {
	data := flag.String("data", "../shared/data/uncertainty", "folder with the Szeged Uncertainty Corpus as JSON Lines")
	out := flag.String("o", certainty.ModelFile, "model file to write")
	cv := flag.Bool("cv", false, "cross-validate by document instead of training the shipped model")
	folds := flag.Int("folds", 10, "folds of -cv")
	doEval := flag.Bool("eval", false, "score the embedded model on every file")
	noModel := flag.Bool("no-model", false, "with -eval, score the lexicon and rules alone")
	epochs := flag.Int("epochs", 10, "training epochs")
	seed := flag.Uint64("seed", 1, "shuffling seed")
	minCount := flag.Int("min-count", 2, "drop features seen in fewer examples")
	flag.Parse()
	if err := run(*data, *out, *cv, *folds, *doEval, *noModel, certainty.TrainOptions{Epochs: *epochs, Seed: *seed, MinCount: *minCount}); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(data, out string, cv bool, folds int, doEval, noModel bool, opt certainty.TrainOptions) error {
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = filepath.Join(data, f)
	}
	switch {
	case cv:
		res, err := eval.CrossValidateCertainty(paths, folds, opt, os.Stderr)
		if err != nil {
			return err
		}
		for i, r := range res {
			if i > 0 {
				fmt.Println()
			}
			r.WriteTable(os.Stdout)
		}
		return nil
	case doEval:
		for i, p := range paths {
			if i > 0 {
				fmt.Println()
			}
			var r eval.CertaintyResult
			var err error
			if noModel {
				r, err = eval.EvalCertaintyWith(p, certainty.NewDetector(nil), "lexicon and rules, no model")
			} else {
				r, err = eval.EvalCertainty(p)
			}
			if err != nil {
				return err
			}
			r.WriteTable(os.Stdout)
		}
		return nil
	}
	var train []certainty.TrainSentence
	for _, p := range paths {
		sents, err := eval.ReadUncertainty(p)
		if err != nil {
			return err
		}
		for _, s := range sents {
			train = append(train, s.TrainSentence())
		}
		id, err := eval.FileID(p)
		if err != nil {
			return err
		}
		opt.TrainedOn = append(opt.TrainedOn, id)
	}
	opt.Command = "go run ./certainty/gen " + strings.Join(os.Args[1:], " ")
	opt.Command = strings.TrimSpace(opt.Command)
	opt.Log = os.Stderr
	m, err := certainty.Train(train, opt)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d features from %d examples in %d sentences (%d bytes)\n", out, m.Info.Features, m.Info.Examples, m.Info.Sentences, buf.Len())
	return nil
}
