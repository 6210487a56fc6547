package main

import (
	"fmt"
	"io"
	"sync"
	"time"

	"golang.org/x/term"
)

var termIsTerminal = term.IsTerminal

// progressBar draws a one-line progress report on a terminal, and only once
// a batch has run for a second, so that quick commands stay quiet.
type progressBar struct {
	w       io.Writer
	enabled bool
	start   time.Time
	total   int64 // input bytes, 0 when unknown

	mu       sync.Mutex
	bytes    int64
	articles int
	failed   int
	drawn    bool
	last     time.Time
}

func newProgressBar(w io.Writer, enabled bool, totalBytes int64) *progressBar {
	return &progressBar{w: w, enabled: enabled, start: time.Now(), total: totalBytes}
}

// addBytes counts input bytes read.
func (p *progressBar) addBytes(n int64) {
	p.mu.Lock()
	p.bytes += n
	p.mu.Unlock()
	p.draw(false)
}

// set records the articles done and failed.
func (p *progressBar) set(articles, failed int) {
	p.mu.Lock()
	p.articles, p.failed = articles, failed
	p.mu.Unlock()
	p.draw(false)
}

func (p *progressBar) draw(final bool) {
	if !p.enabled {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if now.Sub(p.start) < time.Second || (!final && now.Sub(p.last) < 100*time.Millisecond) {
		return
	}
	if final && !p.drawn {
		return
	}
	p.last, p.drawn = now, true
	rate := float64(p.articles) / now.Sub(p.start).Seconds()
	line := fmt.Sprintf("%d articles, %d failed, %.0f/s", p.articles, p.failed, rate)
	if p.total > 0 {
		frac := float64(p.bytes) / float64(p.total)
		if frac > 1 {
			frac = 1
		}
		const width = 30
		filled := int(frac * width)
		bar := make([]byte, width)
		for i := range bar {
			bar[i] = ' '
			if i < filled {
				bar[i] = '='
			}
		}
		line = fmt.Sprintf("[%s] %3.0f%%  %s", bar, frac*100, line)
	}
	fmt.Fprintf(p.w, "\r%s\033[K", line)
}

// done draws the last state and ends the line, if anything was drawn.
func (p *progressBar) done() {
	p.draw(true)
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprintln(p.w)
	}
}

// clear erases the progress line so that a message can be printed.
func (p *progressBar) clear() {
	if !p.enabled {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
