package analyze

import (
	"errors"
	"runtime"
	"sync"
	"testing"

	"dossier/entity"
)

// BenchmarkEntitiesStatements measures the throughput of the who-said-what
// stages (the text layer, entities, statements and resolution) over 1,000
// articles of the shared news corpus, one worker per core as `dossier
// bench --stages entities,statements,resolution` runs them, and reports
// articles/s. Skipped when the corpus is absent.
//
//	go test ./analyze -run '^$' -bench EntitiesStatements -benchtime 3x
func BenchmarkEntitiesStatements(b *testing.B) {
	arts := newsArticles(b, 1000)
	if arts == nil {
		b.Skip("no news corpus at " + newsCorpus)
	}
	p, err := Stages("entities", "statements", "resolution")
	if err != nil {
		b.Fatal(err)
	}
	entity.Default() // load the model outside the timing
	for b.Loop() {
		work := make(chan int, len(arts))
		for i := range arts {
			work <- i
		}
		close(work)
		var wg sync.WaitGroup
		for range runtime.GOMAXPROCS(0) {
			wg.Go(func() {
				for i := range work {
					if _, err := p.Analyze(arts[i]); err != nil && !errors.As(err, new(SkippedError)) {
						b.Error(err)
					}
				}
			})
		}
		wg.Wait()
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
}
