// Package batch moves inputs through the stages of dossier concurrently:
// one reader decodes and cleans the inputs in order, workers analyse the
// articles on every core, and one writer stores them in batches, one
// transaction each. A bad input is reported and skipped; it never stops
// the batch, and batches already committed stay committed.
package batch

import (
	"context"
	"errors"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"dossier"
	"dossier/ingest"
	"dossier/story"
)

// Config says what a run does.
type Config struct {
	// Store receives the articles; nil keeps them in memory only.
	Store dossier.Store
	// Analyze is run on every article by the workers, or nil.
	Analyze func(*dossier.Article) (*dossier.Analysis, error)
	// KeepAnalyses keeps the analyses in the Summary.
	KeepAnalyses bool
	// Read configures the readers.
	Read ingest.Options
	// Workers is the number of analysis workers; 0 means GOMAXPROCS.
	Workers int
	// BatchSize is the number of articles stored per transaction; 0 means 500.
	BatchSize int
	// OnError is called with each input error as it happens, or nil.
	OnError func(error)
	// OnProgress is called after each stored batch, or nil.
	OnProgress func(Progress)
	// Stories, when set, groups the articles into stories as they are
	// stored, in input order, and sets each article's Story.
	Stories *story.Clusterer
	// Repeat feeds the inputs this many times (0 and 1 mean once), each
	// pass after the first with new IDs and perturbed texts, so that a
	// benchmark can show how throughput holds as the store grows without
	// deduplication cutting the work short.
	Repeat int
}

// Progress is how far a run has got.
type Progress struct {
	Articles int // read and processed
	Failed   int // inputs or records that failed
}

// Summary is what a run did.
type Summary struct {
	Read      int // articles read
	Added     int // stored as new
	Unchanged int // already stored from the same place
	Copied    int // already stored; recorded as a copy
	Failed    int // inputs or records that could not be read or analysed
	// Durations holds the processing time of each article (reading and
	// cleaning, then analysis), in input order.
	Durations []time.Duration
	// Analyses holds the analysis of each article by ID, when
	// Config.KeepAnalyses is set.
	Analyses map[string]*dossier.Analysis
	// Elapsed is the wall time of the run.
	Elapsed time.Duration
	// Passes holds, for each pass over the inputs (see Config.Repeat),
	// the articles it gave and the wall time from its first article
	// stored to its last.
	Passes []Pass
}

// Pass is one pass over the inputs.
type Pass struct {
	Articles int
	Elapsed  time.Duration
}

type item struct {
	seq      int
	pass     int
	article  *dossier.Article
	analysis *dossier.Analysis
	took     time.Duration
	err      error
}

// Run reads the inputs at paths and processes every article. It returns an
// error only when the run itself failed (the store refused a batch, ctx was
// cancelled); input errors are counted in the Summary and passed to
// Config.OnError.
func Run(ctx context.Context, cfg Config, paths []string) (Summary, error) {
	start := time.Now()
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batchSize := cfg.BatchSize
	if batchSize <= 0 {
		batchSize = 500
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var sum Summary
	if cfg.KeepAnalyses {
		sum.Analyses = make(map[string]*dossier.Analysis)
	}
	var mu sync.Mutex // guards sum.Failed and OnError across goroutines
	inputFailed := func(err error) {
		mu.Lock()
		sum.Failed++
		mu.Unlock()
		if cfg.OnError != nil {
			cfg.OnError(err)
		}
	}

	// Parse times arrive from the readers' goroutines; each is taken up
	// by the worker that analyses the article.
	var parseTimes sync.Map // *dossier.Article → time.Duration
	readOpts := cfg.Read
	onParsed := readOpts.OnParsed
	readOpts.OnParsed = func(a *dossier.Article, took time.Duration) {
		parseTimes.Store(a, took)
		if onParsed != nil {
			onParsed(a, took)
		}
	}

	in := make(chan item, workers*4)
	out := make(chan item, workers*4)

	// Reader: one goroutine, in input order.
	var readErr error
	go func() {
		defer close(in)
		seq := 0
		for pass := range max(cfg.Repeat, 1) {
			for a, err := range ingest.Read(ctx, paths, readOpts) {
				if err != nil {
					if errors.Is(err, context.Canceled) {
						readErr = err
						return
					}
					if pass == 0 {
						inputFailed(err)
					}
					continue
				}
				if pass > 0 {
					perturb(a, pass)
				}
				select {
				case in <- item{seq: seq, pass: pass, article: a}:
				case <-ctx.Done():
					return
				}
				seq++
			}
		}
	}()

	// Workers: analysis on every core.
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range in {
				if took, ok := parseTimes.LoadAndDelete(it.article); ok {
					it.took = took.(time.Duration)
				}
				if cfg.Analyze != nil {
					t := time.Now()
					it.analysis, it.err = cfg.Analyze(it.article)
					it.took += time.Since(t)
				}
				select {
				case out <- it:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()

	// Writer: restores input order, so that a corpus is stored the same
	// way on every run, and stores batches.
	pending := make(map[int]item)
	next := 0
	var passStart time.Time
	var batch []*dossier.Article
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if cfg.Store != nil {
			res, err := cfg.Store.AddArticles(ctx, batch)
			if err != nil {
				return err
			}
			for _, r := range res {
				switch r.Outcome {
				case dossier.Added:
					sum.Added++
				case dossier.Unchanged:
					sum.Unchanged++
				case dossier.Copied:
					sum.Copied++
				}
			}
		} else {
			sum.Added += len(batch)
		}
		batch = batch[:0]
		if cfg.OnProgress != nil {
			mu.Lock()
			p := Progress{Articles: sum.Read, Failed: sum.Failed}
			mu.Unlock()
			cfg.OnProgress(p)
		}
		return nil
	}
	var storeErr error
	for it := range out {
		if storeErr != nil {
			continue // drain
		}
		pending[it.seq] = it
		for {
			it, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			sum.Read++
			if it.pass >= len(sum.Passes) {
				sum.Passes = append(sum.Passes, Pass{})
				passStart = time.Now()
			}
			sum.Passes[it.pass].Articles++
			sum.Passes[it.pass].Elapsed = time.Since(passStart)
			if cfg.Stories != nil {
				it.article.Story = cfg.Stories.Add(it.article, it.analysis)
			}
			sum.Durations = append(sum.Durations, it.took)
			if it.err != nil {
				// The article is still stored: a later, better analysis
				// can redo what this one could not.
				inputFailed(&dossier.InputError{Path: it.article.File, Item: it.article.ExternalID, Err: it.err})
			}
			if sum.Analyses != nil && it.analysis != nil {
				sum.Analyses[it.article.ID] = it.analysis
			}
			batch = append(batch, it.article)
			if len(batch) >= batchSize {
				if storeErr = flush(); storeErr != nil {
					cancel()
					break
				}
			}
		}
	}
	if storeErr == nil {
		storeErr = flush()
	}
	sum.Elapsed = time.Since(start)
	if storeErr != nil {
		return sum, storeErr
	}
	if readErr != nil {
		return sum, readErr
	}
	return sum, ctx.Err()
}

// Percentile returns the p-th percentile (0–100) of ds.
func Percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := int(p / 100 * float64(len(s)-1))
	return s[i]
}

// Load builds a dossier of every article in the store that matches the
// filter, analysing each with analyze (when not nil) on every core. When
// some analyses fail it returns the dossier and their errors joined.
func Load(ctx context.Context, store dossier.Store, filter dossier.ArticleFilter, analyze func(*dossier.Article) (*dossier.Analysis, error)) (*dossier.Dossier, error) {
	d := &dossier.Dossier{
		Analyses: make(map[string]*dossier.Analysis),
		Copies:   make(map[string][]dossier.Copy),
	}
	err := store.Articles(ctx, filter, func(a *dossier.Article) error {
		d.Articles = append(d.Articles, a)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, a := range d.Articles {
		copies, err := store.Copies(ctx, a.ID)
		if err != nil {
			return nil, err
		}
		if len(copies) > 0 {
			d.Copies[a.ID] = copies
		}
	}
	if analyze == nil {
		return d, nil
	}
	analyses := make([]*dossier.Analysis, len(d.Articles))
	errs := make([]error, len(d.Articles))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				analyses[i], errs[i] = analyze(d.Articles[i])
			}
		}()
	}
	for i := range d.Articles {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, a := range d.Articles {
		if analyses[i] != nil {
			d.Analyses[a.ID] = analyses[i]
		}
	}
	// An article whose analysis failed is still in the dossier, with
	// what the analysis found before it failed; the errors are returned
	// beside the dossier for the caller to report.
	return d, errors.Join(errs...)
}

// perturb makes a repeated article new to the store and to near-duplicate
// detection: a new external ID, and the paragraphs rotated by the pass
// number, which changes the content hash and the text's first words while
// keeping its vocabulary, sentences and length.
func perturb(a *dossier.Article, pass int) {
	paras := strings.Split(a.Text, "\n\n")
	if k := pass % len(paras); k > 0 {
		paras = append(paras[k:], paras[:k]...)
	}
	a.Text = strings.Join(paras, "\n\n")
	a.Title = a.Title + " (" + strconv.Itoa(pass+1) + ")"
	if a.ExternalID != "" {
		a.ExternalID += "#" + strconv.Itoa(pass+1)
	}
	a.ID = ""
	a.Seal()
}
