package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"dossier/analyze"
	"dossier/batch"
	"dossier/ingest"
	"dossier/sqlite"
	"dossier/story"
)

func init() {
	register(&command{
		name:    "bench",
		summary: "measure the pipeline's throughput, latency per article and peak memory on a corpus",
		usage:   "[--db FILE] [--workers N] [--stages LIST] [--repeat N] [--no-stories] FILE...",
		example: "dossier bench ../shared/data/news-corpus/articles.jsonl.gz\n" +
			"dossier bench --stages none ../shared/data/news-corpus/articles.jsonl.gz   # ingest and segmentation only\n" +
			"dossier bench --repeat 5 ../shared/data/news-corpus/articles.jsonl.gz   # 75,000 articles\n" +
			"dossier bench --db /tmp/bench.db ../shared/data/news-corpus/articles.jsonl.gz",
		run: runBench,
	})
}

func runBench(ctx context.Context, e *env, args []string) int {
	c := lookup("bench")
	fs := newFlags(c, e)
	db := fs.String("db", "", "also store the articles in this SQLite `FILE` (default: no store)")
	workers := fs.Int("workers", 0, "analysis workers (default: one per core)")
	maxBytes := fs.Int64("max-bytes", ingest.DefaultMaxBytes, "refuse a file (or a JSON Lines record) over `N` bytes")
	repeat := fs.Int("repeat", 1, "feed the inputs `N` times, each pass after the first with new IDs and perturbed texts")
	noStories := fs.Bool("no-stories", false, "do not group articles into stories")
	stageList := fs.String("stages", "all", "analysis `STAGES` to run after segmentation: all, none, or a comma-separated list of "+strings.Join(analyze.Default().Names(), ", "))
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run to `FILE` (read it with 'go tool pprof')")
	paths, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(paths) == 0 {
		return usageError(e, c, "no FILE to measure")
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintf(e.stderr, "dossier bench: %v\n", err)
			return exitFailed
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(e.stderr, "dossier bench: %s: %v\n", *cpuProfile, err)
			return exitFailed
		}
		defer pprof.StopCPUProfile()
	}
	pipeline := analyze.Default()
	if *stageList != "all" {
		var names []string
		if *stageList != "none" {
			names = strings.Split(*stageList, ",")
		}
		var err error
		if pipeline, err = analyze.Stages(names...); err != nil {
			return usageError(e, c, "%v", err)
		}
	}
	cfg := batch.Config{
		Analyze: pipeline.Analyze,
		Read:    ingest.Options{MaxBytes: *maxBytes, Stdin: e.stdin},
		Workers: *workers,
		Repeat:  *repeat,
	}
	if !*noStories {
		cfg.Stories = story.New(story.DefaultOptions())
	}
	stages := strings.Join(append([]string{"read, decode, clean, segment"}, pipeline.Names()...), ", ")
	if cfg.Stories != nil {
		stages += ", stories"
	}
	if *db != "" {
		store, err := sqlite.Open(*db)
		if err != nil {
			fmt.Fprintf(e.stderr, "dossier bench: %v\n", err)
			return exitFailed
		}
		defer store.Close()
		cfg.Store = store
		stages += ", store"
	}
	failed, skipped := 0, 0
	cfg.OnError = func(err error) {
		var s analyze.SkippedError
		if errors.As(err, &s) {
			skipped++ // not English: analysed in part, by design
			return
		}
		failed++
	}
	sum, err := batch.Run(ctx, cfg, paths)
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier bench: %v\n", err)
		return exitFailed
	}
	perSec := float64(sum.Read) / sum.Elapsed.Seconds()
	p50 := ms(batch.Percentile(sum.Durations, 50))
	p99 := ms(batch.Percentile(sum.Durations, 99))
	rss := peakRSSMB()

	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "stages\t%s\n", stages)
	fmt.Fprintf(tw, "cores\t%d (GOMAXPROCS %d)\n", runtime.NumCPU(), runtime.GOMAXPROCS(0))
	fmt.Fprintf(tw, "articles\t%d (%d failed, %d not English: text layer only)\n", sum.Read, failed, skipped)
	fmt.Fprintf(tw, "wall time\t%.2f s\n", sum.Elapsed.Seconds())
	fmt.Fprintf(tw, "throughput\t%.0f articles/s\n", perSec)
	fmt.Fprintf(tw, "time per article\tp50 %.3f ms, p99 %.3f ms\n", p50, p99)
	fmt.Fprintf(tw, "peak RSS\t%.0f MB\n", rss)
	if cfg.Stories != nil {
		fmt.Fprintf(tw, "stories\t%d\n", len(cfg.Stories.Stories()))
	}
	if len(sum.Passes) > 1 {
		for i, p := range sum.Passes {
			fmt.Fprintf(tw, "pass %d\t%d articles, %.0f articles/s\n", i+1, p.Articles, float64(p.Articles)/p.Elapsed.Seconds())
		}
	}
	tw.Flush()
	last := ""
	if n := len(sum.Passes); n > 1 {
		first, end := sum.Passes[0], sum.Passes[n-1]
		last = fmt.Sprintf(" first_pass_per_s=%.0f last_pass_per_s=%.0f", float64(first.Articles)/first.Elapsed.Seconds(), float64(end.Articles)/end.Elapsed.Seconds())
	}
	fmt.Fprintf(e.stdout, "articles=%d articles_per_s=%.0f p50_ms=%.3f p99_ms=%.3f peak_rss_mb=%.0f%s\n",
		sum.Read, perSec, p50, p99, rss, last)
	return exitOK
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// peakRSSMB reads the process's peak resident set size (VmHWM) from
// /proc; 0 where /proc is not available.
func peakRSSMB() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}
