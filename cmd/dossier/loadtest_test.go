package main

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	var ds []time.Duration
	for i := 1; i <= 100; i++ {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	tests := []struct {
		p    float64
		want time.Duration
	}{{50, 50 * time.Millisecond}, {99, 99 * time.Millisecond}, {100, 100 * time.Millisecond}, {0, time.Millisecond}, {1, time.Millisecond}}
	for _, tt := range tests {
		if got := percentile(ds, tt.p); got != tt.want {
			t.Errorf("percentile(%v) = %v, want %v", tt.p, got, tt.want)
		}
	}
	if percentile(nil, 50) != 0 {
		t.Error("percentile of nothing is not 0")
	}
}

// TestLoadtest runs the generator against a real server that answers one
// path slowly and another with an error, and checks the counts, the
// latencies and the report.
func TestLoadtest(t *testing.T) {
	var hits, authed atomic.Int64
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.Header.Get("Authorization") == "Bearer sekrit" {
			authed.Add(1)
		}
		switch r.URL.Path {
		case "/slow":
			time.Sleep(30 * time.Millisecond)
		case "/missing":
			http.NotFound(w, r)
			return
		}
		w.Write([]byte("ok"))
	}))
	defer ts.Close()

	code, out, errOut := run(t, "", "loadtest", "--serve", ts.URL, "--rate", "100", "--duration", "1s", "--paths", "/fast,/slow", "--token", "sekrit")
	if code != exitOK {
		t.Fatalf("exit %d: %s %s", code, out, errOut)
	}
	if n := hits.Load(); n < 95 || n > 100 || authed.Load() != n {
		t.Errorf("server saw %d requests (%d with the token), want 100", n, authed.Load())
	}
	last := out[strings.LastIndex(strings.TrimSpace(out), "\n")+1:]
	for _, want := range []string{"loadtest requests=100", "rate=100", "errors=0", "dropped=0", "p99_ms="} {
		if !strings.Contains(last, want) {
			t.Errorf("last line %q lacks %q", last, want)
		}
	}
	// The slow path's median is at least its 30 ms; the fast one's below.
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if len(f) != 8 || f[7] != "/slow" {
			continue
		}
		if p50, err := strconv.ParseFloat(f[2], 64); err != nil || p50 < 30 {
			t.Errorf("slow path p50 %s ms, want ≥ 30: %q", f[2], line)
		}
	}

	code, out, _ = run(t, "", "loadtest", "--serve", ts.URL, "--rate", "50", "--duration", "200ms", "--paths", "/missing")
	if code != exitFailed || !strings.Contains(out, "errors=10") {
		t.Errorf("404s: exit %d, %q; want 10 errors and exit 1", code, out)
	}
	code, _, _ = run(t, "", "loadtest", "--serve", "ftp://x", "--paths", "/")
	if code != exitUsage {
		t.Errorf("bad URL: exit %d", code)
	}
}
