package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"dossier/entity"
	"dossier/eval"
)

// ner trains the tagger on every corpus (or cross-validates it with -cv).
func ner(args []string) error {
	fs := flag.NewFlagSet("ner", flag.ExitOnError)
	data := fs.String("data", "../shared/data", "folder with ner/ and meantime-en/")
	out := fs.String("o", "entity/model/ner.bin.gz", "weights file to write")
	cv := fs.Bool("cv", false, "cross-validate instead of training the shipped model")
	cvAll := fs.Bool("cv-all", false, "with -cv, also fold re3d and GUM (by default only wikigold and MEANTIME are test sets)")
	folds := fs.Int("folds", 5, "folds for wikigold (MEANTIME is folded by topic)")
	def := entity.ShippedOptions()
	epochs := fs.Int("epochs", def.Epochs, "training epochs")
	seed := fs.Uint64("seed", def.Seed, "shuffling seed")
	minCount := fs.Int("min-count", 1, "drop features seen fewer times")
	mix := fs.Int("mix", def.Mix, "perceptron runs with different shuffles whose weights are averaged")
	stages := fs.Int("stages", def.Stages, "1: one model; 2: a second model that reads the first's labels over the document")
	exclude := fs.String("exclude", "", "comma-separated corpora to leave out of training and testing (\"re3d,gum-news\")")
	errFile := fs.String("errors", "", "with -cv, write every mistake on the test documents to this file")
	fs.Parse(args)

	var docs []eval.NERDoc
	for _, dir := range []string{"ner", "meantime-en"} {
		d, err := eval.ReadNER(filepath.Join(*data, dir))
		if err != nil {
			return err
		}
		docs = append(docs, d...)
	}
	if *exclude != "" {
		docs = slices.DeleteFunc(docs, func(d eval.NERDoc) bool {
			for _, c := range strings.Split(*exclude, ",") {
				if d.Corpus == c || strings.HasPrefix(d.Corpus, c+"/") {
					return true
				}
			}
			return false
		})
	}
	opt := entity.TrainOptions{Epochs: *epochs, Seed: *seed, MinCount: *minCount, Stages: *stages, Mix: *mix, Log: os.Stderr}
	start := time.Now()
	if *cv {
		opt.Log = nil
		var errs io.Writer
		if *errFile != "" {
			f, err := os.Create(*errFile)
			if err != nil {
				return err
			}
			defer f.Close()
			errs = f
		}
		res, err := eval.CrossValidateEntitiesErrors(eval.EntityFolds(docs, *folds, *seed, *cvAll), opt, os.Stderr, errs)
		if err != nil {
			return err
		}
		res.WriteTable(os.Stdout)
		return nil
	}
	train := make([]entity.TrainDoc, len(docs))
	for i := range docs {
		train[i] = docs[i].TrainDoc()
	}
	m, err := entity.Train(train, opt)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	features := 0
	for s := m; s != nil; s = s.Next {
		features += s.Info.Features
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d bytes, %d features, %d docs, %d tokens, trained on %v in %.1fs\n",
		*out, buf.Len(), features, m.Info.Docs, m.Info.Tokens, m.Info.TrainedOn, time.Since(start).Seconds())
	return nil
}
