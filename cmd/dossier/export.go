package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"dossier"
	"dossier/analyze"
	"dossier/assess"
	"dossier/batch"
	"dossier/export"
	"dossier/ingest"
	"dossier/report"
	"dossier/sqlite"
	"dossier/stix"
)

func init() {
	register(&command{
		name:    "export",
		summary: "write the dossier as JSON (format dossier/v1), a STIX 2.1 bundle or CSV, from the store or from files analysed in memory",
		usage:   "--format json|stix|csv [--table statements|claims | --out DIR] [--db FILE | PATH...]",
		example: "dossier export --format json ../shared/seeds > seeds.json\n" +
			"dossier export --format json --db news.db > news.json\n" +
			"dossier export --format stix --db news.db > news.stix.json\n" +
			"dossier export --format csv --table claims --db news.db > claims.csv\n" +
			"dossier export --format csv --out tables/ --db news.db",
		run: runExport,
	})
	register(&command{
		name:    "report",
		summary: "print the dossier as Markdown, from the store or from files analysed in memory",
		usage:   "[--db FILE | PATH...]",
		example: "dossier report --db news.db > dossier.md",
		run:     runReport,
	})
}

func runExport(ctx context.Context, e *env, args []string) int {
	c := lookup("export")
	fs := newFlags(c, e)
	format := fs.String("format", "json", "output `FORMAT`: json (dossier/v1), stix (a STIX 2.1 bundle) or csv")
	table := fs.String("table", export.StatementsTable, "with --format csv: the `TABLE` to write on stdout, statements or claims")
	out := fs.String("out", "", "with --format csv: write every table (or the --table given) to `DIR`/TABLE.csv instead of stdout")
	db := dbFlag(fs)
	maxBytes := fs.Int64("max-bytes", ingest.DefaultMaxBytes, "refuse a file (or a JSON Lines record) over `N` bytes")
	grades := reliabilityFlag(fs)
	paths, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	switch *format {
	case "json", "stix", "csv":
	default:
		return usageError(e, c, "unknown --format %q (known: json, stix, csv)", *format)
	}
	if *format != "csv" && (flagGiven(fs, "table") || flagGiven(fs, "out")) {
		return usageError(e, c, "--table and --out go with --format csv")
	}
	tables := export.Tables
	if flagGiven(fs, "table") {
		if !slices.Contains(export.Tables, *table) {
			return usageError(e, c, "unknown --table %q (known: %s)", *table, strings.Join(export.Tables, ", "))
		}
		tables = []string{*table}
	}
	d, briefs, code := loadDossier(ctx, e, c, *db, flagGiven(fs, "db"), paths, *maxBytes, assess.Options{Reliability: grades})
	if d == nil {
		return code
	}
	var failed int
	switch *format {
	case "json":
		failed = writeJSONExport(e, d)
	case "stix":
		failed = writeSTIXExport(e, d, briefs)
	case "csv":
		failed = writeCSVExport(e, d, tables, *out)
	}
	if failed != exitOK {
		return failed
	}
	return code
}

// writeSTIXExport writes d, with the ACH matrices of its stories, as a
// STIX 2.1 bundle on stdout.
func writeSTIXExport(e *env, d *dossier.Dossier, matrices []assess.Matrix) int {
	if err := stix.Write(e.stdout, stix.Bundle(d, matrices, stix.Options{})); err != nil {
		fmt.Fprintf(e.stderr, "dossier: writing the export: %v\n", err)
		return exitFailed
	}
	return exitOK
}

// writeCSVExport writes the CSV tables of d: the one table on stdout
// when dir is "", else each table to dir/TABLE.csv, dir created if need
// be.
func writeCSVExport(e *env, d *dossier.Dossier, tables []string, dir string) int {
	if dir == "" {
		if err := export.WriteCSV(e.stdout, d, tables[0]); err != nil {
			fmt.Fprintf(e.stderr, "dossier: writing the export: %v\n", err)
			return exitFailed
		}
		return exitOK
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(e.stderr, "dossier: %v\n", err)
		return exitFailed
	}
	for _, t := range tables {
		path := filepath.Join(dir, t+".csv")
		f, err := os.Create(path)
		if err == nil {
			err = export.WriteCSV(f, d, t)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "dossier: writing %s: %v\n", path, err)
			return exitFailed
		}
		fmt.Fprintf(e.stderr, "dossier: wrote %s\n", path)
	}
	return exitOK
}

// writeJSONExport writes d as a dossier/v1 JSON export on stdout.
func writeJSONExport(e *env, d *dossier.Dossier) int {
	if err := export.WriteJSON(e.stdout, export.Build(d, time.Now())); err != nil {
		fmt.Fprintf(e.stderr, "dossier: writing the export: %v\n", err)
		return exitFailed
	}
	return exitOK
}

func runReport(ctx context.Context, e *env, args []string) int {
	c := lookup("report")
	fs := newFlags(c, e)
	db := dbFlag(fs)
	maxBytes := fs.Int64("max-bytes", ingest.DefaultMaxBytes, "refuse a file (or a JSON Lines record) over `N` bytes")
	grades := reliabilityFlag(fs)
	paths, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	d, briefs, code := loadDossier(ctx, e, c, *db, flagGiven(fs, "db"), paths, *maxBytes, assess.Options{Reliability: grades})
	if d == nil {
		return code
	}
	if err := writeMarkdown(e, d, briefs); err != nil {
		fmt.Fprintf(e.stderr, "dossier report: %v\n", err)
		return exitFailed
	}
	return code
}

// loadDossier builds the dossier a command renders: from the files at
// paths, analysed in memory, when paths are given and --db is not; else
// from the store. It returns nil and an exit code when it cannot.
func loadDossier(ctx context.Context, e *env, c *command, db string, dbGiven bool, paths []string, maxBytes int64, grades assess.Options) (*dossier.Dossier, []assess.Matrix, int) {
	if len(paths) > 0 && dbGiven {
		return nil, nil, usageError(e, c, "give either --db or PATHs, not both")
	}
	code := exitOK
	var store *sqlite.Store
	var err error
	if len(paths) > 0 {
		store, err = sqlite.Open(":memory:")
		if err != nil {
			fmt.Fprintf(e.stderr, "dossier %s: %v\n", c.name, err)
			return nil, nil, exitFailed
		}
		cfg := batch.Config{
			Store: store,
			Read:  ingest.Options{MaxBytes: maxBytes, Stdin: e.stdin},
			OnError: func(err error) {
				fmt.Fprintf(e.stderr, "dossier %s: %v\n", c.name, err)
			},
		}
		sum, err := batch.Run(ctx, cfg, paths)
		if err != nil {
			fmt.Fprintf(e.stderr, "dossier %s: %v\n", c.name, err)
			store.Close()
			return nil, nil, exitFailed
		}
		if sum.Failed > 0 {
			code = exitFailed
		}
	} else {
		store, err = openExistingStore(db)
		if err != nil {
			fmt.Fprintf(e.stderr, "dossier %s: %v\n", c.name, err)
			return nil, nil, exitFailed
		}
	}
	defer store.Close()
	d, err := batch.Load(ctx, store, dossier.ArticleFilter{}, analyze.Default().Analyze)
	if d == nil {
		fmt.Fprintf(e.stderr, "dossier %s: %v\n", c.name, err)
		return nil, nil, exitFailed
	}
	briefs := analyze.Finish(d, grades)
	if analysisFailed(e, c, err) {
		code = exitFailed
	}
	return d, briefs, code
}

// analysisFailed reports the errors of the analysis of a set of articles
// and whether any is a failure: an article skipped for its language is a
// note, not a failure.
func analysisFailed(e *env, c *command, err error) bool {
	if err == nil {
		return false
	}
	errs := []error{err}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		errs = joined.Unwrap()
	}
	failed := false
	for _, err := range errs {
		var skipped analyze.SkippedError
		if errors.As(err, &skipped) {
			fmt.Fprintf(e.stderr, "dossier %s: note: %v\n", c.name, err)
			continue
		}
		fmt.Fprintf(e.stderr, "dossier %s: analysis: %v\n", c.name, err)
		failed = true
	}
	return failed
}

// grades is the --reliability flag: outlets' Admiralty source-reliability
// grades, given as OUTLET=GRADE, repeatable.
type grades map[string]string

func (g grades) String() string {
	var parts []string
	for o, gr := range g {
		parts = append(parts, o+"="+gr)
	}
	sort.Strings(parts)
	return strings.Join(parts, ",")
}

func (g grades) Set(v string) error {
	outlet, grade, ok := strings.Cut(v, "=")
	outlet, grade = strings.TrimSpace(outlet), strings.ToUpper(strings.TrimSpace(grade))
	if !ok || outlet == "" || len(grade) != 1 || grade[0] < 'A' || grade[0] > 'F' {
		return fmt.Errorf("want OUTLET=GRADE with an Admiralty grade A (completely reliable) to F (cannot be judged), got %q", v)
	}
	g[outlet] = grade
	return nil
}

// reliabilityFlag adds the --reliability flag.
func reliabilityFlag(fs *flag.FlagSet) grades {
	g := grades{}
	fs.Var(g, "reliability", "an outlet's Admiralty source-reliability grade, `OUTLET=GRADE` (A–F; repeat for each outlet; default F, cannot be judged)")
	return g
}

// flagGiven reports whether the named flag was given on the command line.
func flagGiven(fs *flag.FlagSet, name string) bool {
	found := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == name {
			found = true
		}
	})
	return found
}

// writeMarkdown writes the Markdown report of d, with the stories'
// attribution briefs, on stdout.
func writeMarkdown(e *env, d *dossier.Dossier, briefs []assess.Matrix) error {
	bs := make([]report.Brief, len(briefs))
	for i, b := range briefs {
		bs[i] = b
	}
	return report.Markdown(e.stdout, d, bs...)
}
