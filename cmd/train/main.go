// Command train builds the data files of dossier's entity layer: the
// gazetteer of places (from Debian's iso-codes), the names gazetteer
// (from Debian's wordnet-base), the word statistics
// (from unlabelled news text) and the weights of the named-entity tagger
// (from the corpora in ../shared/data). It only wires
// the entity and eval packages together; see docs/entities.md.
//
// Usage:
//
//	go run ./cmd/train gazetteer [-iso /usr/share/iso-codes/json] [-o entity/data/places.tsv]
//	go run ./cmd/train names [-wordnet /usr/share/wordnet] [-o entity/data/names.tsv.gz]
//	go run ./cmd/train ner [-data ../shared/data] [-o entity/model/ner.bin.gz]
//	go run ./cmd/train ner -cv [-cv-all] [-errors FILE] [-data ../shared/data]
//	go run ./cmd/train wordstats [-corpus ../shared/data/news-corpus/articles.jsonl.gz] [-o entity/data/wordstats.tsv.gz]
//
// ner's training settings default to the shipped model's
// (entity.ShippedOptions: -stages 2 -mix 3 -epochs 12 -seed 1);
// -exclude CORPUS,... leaves corpora out.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"dossier/entity"
)

func main() {
	if len(os.Args) < 2 {
		usage()
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "gazetteer":
		err = gazetteer(os.Args[2:])
	case "ner":
		err = ner(os.Args[2:])
	case "wordstats":
		err = wordstats(os.Args[2:])
	case "names":
		err = namesGaz(os.Args[2:])
	default:
		usage()
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: train gazetteer [-iso DIR] [-o FILE] | train ner [-data DIR] [-o FILE] [-cv [-cv-all] [-errors FILE]] [-stages N] [-mix N] [-exclude C,...] | train wordstats [-corpus FILE] [-o FILE] | train names [-wordnet DIR] [-o FILE]")
}

func gazetteer(args []string) error {
	fs := flag.NewFlagSet("gazetteer", flag.ExitOnError)
	iso := fs.String("iso", "/usr/share/iso-codes/json", "iso-codes JSON folder (apt-get install iso-codes)")
	out := fs.String("o", "entity/data/places.tsv", "output file")
	fs.Parse(args)
	var buf bytes.Buffer
	if err := entity.WritePlaces(*iso, &buf); err != nil {
		return err
	}
	return os.WriteFile(*out, buf.Bytes(), 0o644)
}

func namesGaz(args []string) error {
	fs := flag.NewFlagSet("names", flag.ExitOnError)
	wn := fs.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 database folder (apt-get install wordnet-base)")
	out := fs.String("o", "entity/data/names.tsv.gz", "output file")
	fs.Parse(args)
	var buf bytes.Buffer
	if err := entity.WriteNames(*wn, &buf); err != nil {
		return err
	}
	return os.WriteFile(*out, buf.Bytes(), 0o644)
}
