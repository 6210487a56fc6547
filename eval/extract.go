package eval

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
)

// ShingleSize is the shingle length of the article-extraction benchmark:
// four tokens are long enough that boilerplate rarely shares a shingle with
// the article by chance, and short enough that a small slip costs little.
const ShingleSize = 4

// PageScore is the score of one page of the article-extraction benchmark.
type PageScore struct {
	// ID is the page's key in ground-truth.json.
	ID string
	// URL is the page's address from the ground truth.
	URL string
	// TP, FP and FN are the page's shingle counts normalised to sum to 1
	// (all zero when neither text has a shingle).
	TP, FP, FN float64
	// Precision, Recall and F1 are the page's own scores.
	Precision, Recall, F1 float64
	// Err is why the extractor failed on the page, or "".
	Err string
	// Duration is how long the extractor took on the page.
	Duration time.Duration
}

// ExtractResult is the score of an extractor on the article-extraction
// benchmark.
type ExtractResult struct {
	// Precision and Recall are the means of the per-page precision and
	// recall, and F1 is their harmonic mean, as the benchmark computes them.
	Precision, Recall, F1 float64
	// Pages is the number of pages scored.
	Pages int
	// Failed is the number of pages on which the extractor returned an
	// error; they are scored as an empty prediction.
	Failed int
	// PerPage holds every page's score, in ID order.
	PerPage []PageScore
	// Elapsed is the wall time of the whole run and Extracting the sum of
	// the time spent in the extractor, page by page.
	Elapsed, Extracting time.Duration
}

// tokens splits text into the benchmark's tokens: maximal runs of word
// characters as Python's re module defines \w for str patterns, that is
// letters, numbers and the underscore. Combining marks are not word
// characters there, so they are not here either. Case is kept: the
// benchmark compiles its pattern with IGNORECASE, which changes nothing for
// \w, and never lowercases the tokens it finds.
func tokens(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

// ShingleCounts returns the multiset of n-token shingles of text: each run
// of n consecutive tokens, joined by one space, with how often it occurs. A
// text of fewer than n tokens (but at least one) yields a single shingle of
// all its tokens, so that a short text still counts for something.
func ShingleCounts(text string, n int) map[string]int {
	toks := tokens(text)
	counts := make(map[string]int)
	if len(toks) == 0 || n <= 0 {
		return counts
	}
	if len(toks) < n {
		counts[strings.Join(toks, " ")]++
		return counts
	}
	for i := 0; i+n <= len(toks); i++ {
		counts[strings.Join(toks[i:i+n], " ")]++
	}
	return counts
}

// ScoreExtraction compares a predicted article body with the true one over
// 4-token shingles. It returns the true positives (shingles in both, as
// many times as both have them), false positives (predicted in excess) and
// false negatives (missed), normalised to sum to 1 so that a long article
// weighs no more than a short one. All three are 0 when neither text has a
// token.
func ScoreExtraction(truth, predicted string) (tp, fp, fn float64) {
	want := ShingleCounts(truth, ShingleSize)
	got := ShingleCounts(predicted, ShingleSize)
	for s, w := range want {
		g := got[s]
		tp += float64(min(w, g))
		fn += float64(max(0, w-g))
	}
	for s, g := range got {
		fp += float64(max(0, g-want[s]))
	}
	if sum := tp + fp + fn; sum > 0 {
		tp, fp, fn = tp/sum, fp/sum, fn/sum
	}
	return tp, fp, fn
}

// precisionScore and recallScore follow the benchmark's conventions for the
// corner cases: a page with nothing wrong scores 1, one with nothing right
// scores 0.
func precisionScore(tp, fp, fn float64) float64 {
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0 && fp == 0:
		return 0
	}
	return tp / (tp + fp)
}

func recallScore(tp, fp, fn float64) float64 {
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0 && fn == 0:
		return 0
	}
	return tp / (tp + fn)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// truthEntry is one page of ground-truth.json.
type truthEntry struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// EvalExtract runs extract on every page of the article-extraction benchmark
// in dir (ground-truth.json and html/ID.html.gz) and scores the body text it
// returns against the true body. extract gets the gunzipped page, its path
// and its URL from the ground truth; it must return the body without the
// title, since the true bodies have none. A page on which extract fails (or
// panics) is scored as an empty prediction and counted in Failed. Pages are
// extracted concurrently, one worker per CPU, so extract must be safe for
// concurrent use. An unreadable data set is an error; a bad page is not.
func EvalExtract(dir string, extract func(data []byte, path, url string) (string, error)) (ExtractResult, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return ExtractResult{}, err
	}
	var truth map[string]truthEntry
	if err := json.Unmarshal(raw, &truth); err != nil {
		return ExtractResult{}, fmt.Errorf("%s: %w", filepath.Join(dir, "ground-truth.json"), err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)

	start := time.Now()
	scores := make([]PageScore, len(ids))
	errs := make([]error, len(ids))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range max(1, runtime.NumCPU()) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				scores[i], errs[i] = scorePage(dir, ids[i], truth[ids[i]], extract)
			}
		}()
	}
	for i := range ids {
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	res := ExtractResult{PerPage: scores, Pages: len(scores), Elapsed: time.Since(start)}
	var sumP, sumR float64
	var nP, nR int
	for i, s := range scores {
		if errs[i] != nil {
			return ExtractResult{}, errs[i]
		}
		res.Extracting += s.Duration
		if s.Err != "" {
			res.Failed++
		}
		// Like the benchmark, a page with nothing predicted has no
		// precision and one with nothing true has no recall.
		if s.TP+s.FP > 0 {
			sumP += s.Precision
			nP++
		}
		if s.TP+s.FN > 0 {
			sumR += s.Recall
			nR++
		}
	}
	if nP > 0 {
		res.Precision = sumP / float64(nP)
	}
	if nR > 0 {
		res.Recall = sumR / float64(nR)
	}
	res.F1 = f1(res.Precision, res.Recall)
	return res, nil
}

// scorePage extracts and scores one page. Its error is for an unreadable
// page file; the extractor's own failure is recorded in the score.
func scorePage(dir, id string, truth truthEntry, extract func([]byte, string, string) (string, error)) (PageScore, error) {
	path := filepath.Join(dir, "html", id+".html.gz")
	data, err := readGzip(path)
	if err != nil {
		return PageScore{}, err
	}
	s := PageScore{ID: id, URL: truth.URL}
	t0 := time.Now()
	text, err := safeExtract(extract, data, path, truth.URL)
	s.Duration = time.Since(t0)
	if err != nil {
		s.Err = err.Error()
		text = ""
	}
	s.TP, s.FP, s.FN = ScoreExtraction(truth.ArticleBody, text)
	s.Precision = precisionScore(s.TP, s.FP, s.FN)
	s.Recall = recallScore(s.TP, s.FP, s.FN)
	s.F1 = f1(s.Precision, s.Recall)
	return s, nil
}

// safeExtract turns a panic in the extractor into an error, so that one
// page that trips a third-party parser does not end the evaluation.
func safeExtract(extract func([]byte, string, string) (string, error), data []byte, path, url string) (text string, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return extract(data, path, url)
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, zr); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return buf.Bytes(), nil
}

// WriteTable writes the per-page scores, worst page first so that the
// pages worth looking at come first, then the totals. The last line is
// always "precision=… recall=… f1=… pages=…", for scripts to parse.
func (r ExtractResult) WriteTable(w io.Writer) {
	pages := make([]PageScore, len(r.PerPage))
	copy(pages, r.PerPage)
	sort.SliceStable(pages, func(i, j int) bool { return pages[i].F1 < pages[j].F1 })
	fmt.Fprintf(w, "%-12s %6s %6s %6s %8s  %s\n", "page", "prec", "recall", "f1", "ms", "url / error")
	for _, p := range pages {
		id := p.ID
		if len(id) > 12 {
			id = id[:12]
		}
		note := p.URL
		if p.Err != "" {
			note = "ERROR " + p.Err
		}
		fmt.Fprintf(w, "%-12s %6.3f %6.3f %6.3f %8.1f  %s\n", id, p.Precision, p.Recall, p.F1,
			float64(p.Duration.Microseconds())/1000, note)
	}
	if r.Pages > 0 {
		fmt.Fprintf(w, "failed=%d extract time per page=%.1fms wall=%.1fs\n", r.Failed,
			float64(r.Extracting.Microseconds())/1000/float64(r.Pages), r.Elapsed.Seconds())
	}
	fmt.Fprintf(w, "precision=%.3f recall=%.3f f1=%.3f pages=%d\n", r.Precision, r.Recall, r.F1, r.Pages)
}
