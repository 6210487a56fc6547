package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"sort"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
)

func init() {
	register(&command{
		name:    "loadtest",
		summary: "send requests to a running 'dossier serve' at a fixed rate and report latency percentiles",
		usage:   "--serve URL [--rate N] [--duration D] [--paths P1,P2,... | --paths-file FILE] [--token T]",
		example: "dossier loadtest --serve http://127.0.0.1:8080 --rate 200 --duration 20s --paths /stories/s1,/?q=dam",
		run:     runLoadtest,
	})
}

// loadConfig is one load test.
type loadConfig struct {
	base     *url.URL
	paths    []string
	rate     int
	duration time.Duration
	token    string
	// maxInFlight bounds the requests outstanding at once; a request due
	// while that many are waiting is counted as dropped, not queued, so
	// that the generator stays bounded whatever the server does.
	maxInFlight int
	timeout     time.Duration
}

// loadResult is what one path got.
type loadResult struct {
	path      string
	latencies []time.Duration
	errors    int
	codes     map[int]int
	bytes     int64
}

// loadSummary is the whole run.
type loadSummary struct {
	perPath []*loadResult
	all     []time.Duration
	errors  int
	dropped int
	sent    int
	elapsed time.Duration
}

func runLoadtest(ctx context.Context, e *env, args []string) int {
	c := lookup("loadtest")
	fs := newFlags(c, e)
	serve := fs.String("serve", "", "base `URL` of the server")
	rate := fs.Int("rate", 200, "requests per second, sent at even intervals whatever the answers take (open loop)")
	duration := fs.Duration("duration", 20*time.Second, "how long to send")
	pathList := fs.String("paths", "/", "comma-separated `PATHS` to request in turn")
	pathsFile := fs.String("paths-file", "", "read the paths from `FILE`, one a line, instead")
	token := fs.String("token", "", "bearer `TOKEN` to send (for a server with --read-token)")
	inFlight := fs.Int("max-in-flight", 1000, "requests outstanding at most; more are dropped and counted")
	timeout := fs.Duration("timeout", 10*time.Second, "per-request timeout")
	if _, code, ok := parse(fs, args); !ok {
		return code
	}
	base, err := url.Parse(*serve)
	if *serve == "" || err != nil || (base.Scheme != "http" && base.Scheme != "https") {
		return usageError(e, c, "--serve wants the server's http(s) URL")
	}
	if *rate <= 0 || *rate > 100000 || *duration <= 0 || *inFlight <= 0 {
		return usageError(e, c, "--rate (1 to 100000), --duration and --max-in-flight must be positive")
	}
	paths := splitPaths(*pathList)
	if *pathsFile != "" {
		if paths, err = readPaths(*pathsFile); err != nil {
			fmt.Fprintf(e.stderr, "dossier loadtest: %v\n", err)
			return exitFailed
		}
	}
	if len(paths) == 0 {
		return usageError(e, c, "no paths")
	}
	cfg := loadConfig{base: base, paths: paths, rate: *rate, duration: *duration, token: *token, maxInFlight: *inFlight, timeout: *timeout}
	sum := loadTest(ctx, cfg)
	writeLoadReport(e, cfg, sum)
	if sum.errors > 0 || sum.dropped > 0 {
		return exitFailed
	}
	return exitOK
}

func splitPaths(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func readPaths(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if p := strings.TrimSpace(sc.Text()); p != "" && !strings.HasPrefix(p, "#") {
			out = append(out, p)
		}
	}
	return out, sc.Err()
}

// loadTest sends cfg.rate requests a second for cfg.duration, cycling
// through the paths. Each request's latency runs from the moment it was
// due, not from when it was sent, so that a slow server cannot hide its
// queueing by slowing the generator down (coordinated omission).
func loadTest(ctx context.Context, cfg loadConfig) loadSummary {
	client := &http.Client{
		Timeout: cfg.timeout,
		Transport: &http.Transport{
			MaxIdleConns:        cfg.maxInFlight,
			MaxIdleConnsPerHost: cfg.maxInFlight,
			IdleConnTimeout:     30 * time.Second,
		},
	}
	results := make([]*loadResult, len(cfg.paths))
	for i, p := range cfg.paths {
		results[i] = &loadResult{path: p, codes: map[int]int{}}
	}
	var mu sync.Mutex // guards results and sum
	var sum loadSummary
	sem := make(chan struct{}, cfg.maxInFlight)
	var wg sync.WaitGroup
	interval := time.Second / time.Duration(cfg.rate)
	total := int(cfg.duration / interval)
	start := time.Now()
	for i := 0; i < total; i++ {
		due := start.Add(time.Duration(i) * interval)
		if d := time.Until(due); d > 0 {
			select {
			case <-time.After(d):
			case <-ctx.Done():
				i = total
				continue
			}
		}
		select {
		case sem <- struct{}{}:
		default:
			mu.Lock()
			sum.dropped++
			mu.Unlock()
			continue
		}
		res := results[i%len(results)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			code, n, err := fetchOnce(ctx, client, cfg, res.path)
			took := time.Since(due)
			mu.Lock()
			defer mu.Unlock()
			sum.sent++
			if err != nil || code >= 400 {
				res.errors++
				sum.errors++
			}
			res.codes[code]++
			res.bytes += n
			res.latencies = append(res.latencies, took)
			sum.all = append(sum.all, took)
		}()
	}
	wg.Wait()
	sum.elapsed = time.Since(start)
	sum.perPath = results
	return sum
}

// fetchOnce requests one path and reads the whole answer.
func fetchOnce(ctx context.Context, client *http.Client, cfg loadConfig, path string) (int, int64, error) {
	u, err := cfg.base.Parse(path)
	if err != nil {
		return 0, 0, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return 0, 0, err
	}
	if cfg.token != "" {
		req.Header.Set("Authorization", "Bearer "+cfg.token)
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, 0, err
	}
	defer resp.Body.Close()
	n, err := io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, n, err
}

// percentile returns the p-th percentile (0–100) of sorted durations,
// by the nearest-rank method.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(p/100*float64(len(sorted))+0.999999) - 1
	return sorted[max(0, min(rank, len(sorted)-1))]
}

func msText(d time.Duration) string { return fmt.Sprintf("%.2f", float64(d.Microseconds())/1000) }

// writeLoadReport prints a table per path, then the figures on one line.
func writeLoadReport(e *env, cfg loadConfig, sum loadSummary) {
	tw := tabwriter.NewWriter(e.stdout, 2, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "requests\terrors\tp50 ms\tp90 ms\tp99 ms\tmax ms\tKiB/resp\t path\n")
	for _, r := range sum.perPath {
		sort.Slice(r.latencies, func(i, j int) bool { return r.latencies[i] < r.latencies[j] })
		kib := 0.0
		if len(r.latencies) > 0 {
			kib = float64(r.bytes) / 1024 / float64(len(r.latencies))
		}
		mx := time.Duration(0)
		if n := len(r.latencies); n > 0 {
			mx = r.latencies[n-1]
		}
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\t%s\t%.1f\t %s\n", len(r.latencies), r.errors, msText(percentile(r.latencies, 50)),
			msText(percentile(r.latencies, 90)), msText(percentile(r.latencies, 99)), msText(mx), kib, r.path)
	}
	tw.Flush()
	sort.Slice(sum.all, func(i, j int) bool { return sum.all[i] < sum.all[j] })
	achieved := float64(sum.sent) / sum.elapsed.Seconds()
	fmt.Fprintf(e.stdout, "\n%d requests in %.1fs (target %d/s, achieved %.1f/s), %d errors, %d dropped (over %d in flight)\n",
		sum.sent, sum.elapsed.Seconds(), cfg.rate, achieved, sum.errors, sum.dropped, cfg.maxInFlight)
	fmt.Fprintf(e.stdout, "loadtest requests=%d rate=%d achieved_rps=%.1f errors=%d dropped=%d p50_ms=%s p90_ms=%s p99_ms=%s max_ms=%s\n",
		sum.sent, cfg.rate, achieved, sum.errors, sum.dropped, msText(percentile(sum.all, 50)), msText(percentile(sum.all, 90)),
		msText(percentile(sum.all, 99)), msText(percentile(sum.all, 100)))
}
