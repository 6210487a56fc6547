package story

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"dossier"
)

// newsCorpus is the shared news corpus, relative to this package.
const newsCorpus = "../../shared/data/news-corpus/articles.jsonl.gz"

// loadCorpus reads the news corpus in publication order (undated articles
// last), or returns nil when it is absent.
func loadCorpus(tb testing.TB) []*dossier.Article {
	tb.Helper()
	f, err := os.Open(newsCorpus)
	if err != nil {
		return nil
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	var out []*dossier.Article
	sc := bufio.NewScanner(gz)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var r struct{ ID, Source, Title, Published, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatal(err)
		}
		a := &dossier.Article{ID: r.ID, Source: r.Source, Title: r.Title, Text: r.Text}
		if t, err := time.Parse("2006-01-02", r.Published); err == nil {
			a.Published = &t
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	slices.SortStableFunc(out, func(a, b *dossier.Article) int {
		switch {
		case a.Published == nil && b.Published == nil:
			return 0
		case a.Published == nil:
			return 1
		case b.Published == nil:
			return -1
		}
		return a.Published.Compare(*b.Published)
	})
	return out
}

// generator writes a synthetic news stream: events that several articles
// report over a few days, each article mixing its event's names and terms
// with background vocabulary drawn from a Zipf distribution, as news text
// does. It stands in for the news corpus where that is absent, and gives
// streams of any length.
type generator struct {
	r      *rand.Rand
	zipf   *rand.Zipf
	vocab  []string
	events []genEvent
	clock  time.Time
	step   time.Duration // between two articles' dates
	n      int
}

type genEvent struct {
	names, terms []string
}

func newGenerator(seed uint64) *generator {
	r := rand.New(rand.NewPCG(seed, 1))
	g := &generator{r: r, clock: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), step: 30 * time.Second}
	g.zipf = rand.NewZipf(r, 1.1, 2, 49999)
	syll := strings.Fields("ka lo ri ta ne mo su vi den por al bre ist un ca fel mar tor sa ni go ve ru")
	for range 50000 {
		var b strings.Builder
		for range 2 + r.IntN(2) {
			b.WriteString(syll[r.IntN(len(syll))])
		}
		g.vocab = append(g.vocab, b.String())
	}
	return g
}

func (g *generator) word() string { return g.vocab[g.zipf.Uint64()] }

func (g *generator) name() string {
	w := g.vocab[1000+g.r.IntN(len(g.vocab)-1000)]
	return strings.ToUpper(w[:1]) + w[1:]
}

// next returns the next article, of about size bytes. A third of the
// articles report a new event; the others one of the last 200 events.
func (g *generator) next(size int) *dossier.Article {
	g.n++
	g.clock = g.clock.Add(g.step)
	if len(g.events) == 0 || g.r.IntN(3) == 0 {
		var e genEvent
		for range 4 {
			e.names = append(e.names, g.name()+" "+g.name())
		}
		for range 12 {
			e.terms = append(e.terms, g.vocab[200+g.r.IntN(20000)])
		}
		g.events = append(g.events, e)
		if len(g.events) > 200 {
			g.events = g.events[1:]
		}
	}
	e := g.events[len(g.events)-1-min(g.r.IntN(len(g.events)), g.r.IntN(len(g.events)))]
	var title []string
	for range 6 {
		title = append(title, e.terms[g.r.IntN(len(e.terms))])
	}
	title[0] = e.names[0]
	var b strings.Builder
	for b.Len() < size {
		for i := range 15 {
			var w string
			switch p := g.r.IntN(100); {
			case p < 12:
				w = e.names[g.r.IntN(len(e.names))]
			case p < 40:
				w = e.terms[g.r.IntN(len(e.terms))]
			default:
				w = g.word()
			}
			if i == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			} else {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
		b.WriteString(". ")
		if g.r.IntN(4) == 0 {
			b.WriteString("\n\n")
		}
	}
	t := g.clock
	return &dossier.Article{
		ID:        fmt.Sprintf("g%d", g.n),
		Source:    fmt.Sprintf("outlet %d", g.r.IntN(300)),
		Title:     strings.Join(title, " "),
		Text:      b.String(),
		Published: &t,
	}
}

// BenchmarkAdd feeds the news corpus (or, without it, generated articles of
// 6 KB) to one Clusterer, in publication order, and reports articles per
// second. A fresh Clusterer starts when the corpus runs out.
func BenchmarkAdd(b *testing.B) {
	arts := loadCorpus(b)
	source := "news corpus"
	if arts == nil {
		source = "generated"
		g := newGenerator(1)
		for range 15000 {
			arts = append(arts, g.next(6000))
		}
	}
	var bytes int
	for _, a := range arts {
		bytes += len(a.Text)
	}
	b.Logf("%s: %d articles, %d bytes each on average", source, len(arts), bytes/len(arts))
	b.SetBytes(int64(bytes / len(arts)))
	c := New(DefaultOptions())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i > 0 && i%len(arts) == 0 {
			b.StopTimer()
			c = New(DefaultOptions())
			b.StartTimer()
		}
		c.Add(arts[i%len(arts)], nil)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkScaling adds 30,000 generated articles of 6 KB (a firehose of
// 2,880 a day, so that no story is old enough to leave the index) to one
// Clusterer, and reports the time per article of the first, fifth and last
// tenths. Flat cost means last/first and last/fifth near 1; the first
// tenth is cheaper because the index is still filling (fewer candidates to
// score). It reports the heap the Clusterer holds at the end too.
func BenchmarkScaling(b *testing.B) {
	const n = 30000
	for range b.N {
		b.StopTimer()
		g := newGenerator(2)
		arts := make([]*dossier.Article, n)
		for i := range arts {
			arts[i] = g.next(6000)
		}
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		c := New(DefaultOptions())
		b.StartTimer()
		var tenth [10]time.Duration
		start := time.Now()
		for i, a := range arts {
			c.Add(a, nil)
			if (i+1)%(n/10) == 0 {
				now := time.Now()
				tenth[i/(n/10)] = now.Sub(start)
				start = now
			}
		}
		b.StopTimer()
		runtime.GC()
		runtime.ReadMemStats(&after)
		per := func(d time.Duration) float64 { return float64(d.Microseconds()) / float64(n/10) }
		b.ReportMetric(per(tenth[0]), "first10%_us/article")
		b.ReportMetric(per(tenth[4]), "fifth10%_us/article")
		b.ReportMetric(per(tenth[9]), "last10%_us/article")
		b.ReportMetric(tenth[9].Seconds()/tenth[0].Seconds(), "last/first")
		b.ReportMetric(tenth[9].Seconds()/tenth[4].Seconds(), "last/fifth")
		b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/(1<<20), "clusterer_heap_MB")
		b.ReportMetric(float64(len(c.Stories())), "stories")
		runtime.KeepAlive(arts)
		runtime.KeepAlive(c)
	}
}

// TestCostFlat checks that the work per article (postings read and stories
// scored) does not grow with the number of stories seen: the index bounds
// it, and stories that stop growing leave the index. Work is counted rather
// than timed, so that the test does not depend on the machine's load.
func TestCostFlat(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 6000
	}
	g := newGenerator(3)
	g.step = 10 * time.Minute // stories leave the index after 14 days: 2,016 articles
	c := New(DefaultOptions())
	var work [10]int64
	for i := range n {
		before := c.workDone
		c.Add(g.next(800), nil)
		work[i/(n/10)] += c.workDone - before
	}
	per := func(w int64) float64 { return float64(w) / float64(n/10) }
	bound := float64(c.opts.IndexKeys*c.opts.MaxPostings + 2*c.opts.MaxCandidates)
	t.Logf("work per article by tenth: %v; bound %.0f; %d stories, %d in the index",
		work, bound, len(c.stories), len(c.active))
	mid, last := per(work[4]), per(work[9])
	if last > 1.25*mid || last > bound {
		t.Errorf("work per article grew from %.0f (fifth tenth) to %.0f (last tenth); bound %.0f", mid, last, bound)
	}
	if len(c.active) > 3000 {
		t.Errorf("%d stories in the index; stories two weeks old should have left it", len(c.active))
	}
}
