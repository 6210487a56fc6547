package analyze

import (
	"context"
	"os"
	"testing"
	"time"

	"dossier"
	"dossier/ingest"
)

// benchArticles is how many articles of the corpus the benchmarks read:
// enough for a stable figure, few enough for a shared machine.
const benchArticles = 400

func timeBenchCorpus(b *testing.B) []*dossier.Article {
	b.Helper()
	if _, err := os.Stat(newsCorpus); err != nil {
		b.Skipf("%s absent: %v", newsCorpus, err)
	}
	var arts []*dossier.Article
	for a, err := range ingest.Read(context.Background(), []string{newsCorpus}, ingest.Options{}) {
		if err != nil || a == nil {
			continue
		}
		arts = append(arts, a)
		if len(arts) == benchArticles {
			break
		}
	}
	if len(arts) == 0 {
		b.Skip("no articles read")
	}
	return arts
}

// timed wraps an annotator and adds up the time it takes.
type timed struct {
	Annotator
	took *time.Duration
}

func (t timed) Annotate(d *Doc) error {
	start := time.Now()
	err := t.Annotator.Annotate(d)
	*t.took += time.Since(start)
	return err
}

// BenchmarkTimeShare measures what time normalisation costs in the whole
// per-article pipeline, on the news corpus: the Default pipeline with and
// without the Times stage (ns/article each), and, in one instrumented
// run, the Times stage's share of the time Analyze takes (times-%), and
// the story-level date work (InferDates and Timelines) per article.
//
//	go test ./analyze -run - -bench TimeShare -benchtime 3x
func BenchmarkTimeShare(b *testing.B) {
	arts := timeBenchCorpus(b)
	full := Default()
	var rest []Annotator
	for _, an := range full.annotators {
		if an.Name() != "times" {
			rest = append(rest, an)
		}
	}
	without := New(rest...)
	per := func(b *testing.B, p *Pipeline) {
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range arts {
				p.Analyze(a)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(arts)), "ns/article")
	}
	b.Run("default", func(b *testing.B) { per(b, full) })
	b.Run("without-times", func(b *testing.B) { per(b, without) })
	b.Run("share", func(b *testing.B) {
		var times, total, finish time.Duration
		var wrapped []Annotator
		for _, an := range full.annotators {
			if an.Name() == "times" {
				an = timed{an, &times}
			}
			wrapped = append(wrapped, an)
		}
		p := New(wrapped...)
		for b.Loop() {
			d := &dossier.Dossier{Analyses: map[string]*dossier.Analysis{}}
			for _, a := range arts {
				c := *a
				start := time.Now()
				an, _ := p.Analyze(&c)
				total += time.Since(start)
				d.Articles = append(d.Articles, &c)
				if an != nil {
					d.Analyses[c.ID] = an
				}
			}
			start := time.Now()
			InferDates(d, time.Now())
			Timelines(d)
			finish += time.Since(start)
		}
		n := float64(b.N * len(arts))
		b.ReportMetric(100*float64(times)/float64(total), "times-%")
		b.ReportMetric(float64(times.Nanoseconds())/n, "times-ns/article")
		b.ReportMetric(float64(finish.Nanoseconds())/n, "dates-ns/article")
	})
}
