package analyze

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"io/fs"
	"os"
	"testing"
	"time"

	"dossier"
	"dossier/assess"
	"dossier/demo"
	"dossier/entity"
	"dossier/ingest"
	"dossier/lang"
	"dossier/stance"
	"dossier/story"
	"dossier/text"
)

// newsCorpus is the shared news corpus, relative to this package.
const newsCorpus = "../../shared/data/news-corpus/articles.jsonl.gz"

// benchCorpus is a named set of articles to measure.
type benchCorpus struct {
	name     string
	articles []*dossier.Article
}

// demoArticles reads the embedded, fictional demo corpus: five articles
// of one story, dense with claims.
func demoArticles(tb testing.TB) []*dossier.Article {
	tb.Helper()
	var out []*dossier.Article
	for _, name := range demo.Files() {
		data, err := fs.ReadFile(demo.Corpus, name)
		if err != nil {
			tb.Fatal(err)
		}
		a, err := ingest.ReadText(data, name)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// newsArticles reads the shared news corpus and returns n articles in a
// row of publication order, from the middle of the dated ones (a window
// of time, so that stories of several articles form as they do in a
// feed), or nil when the corpus is absent.
func newsArticles(tb testing.TB, n int) []*dossier.Article {
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
	var all []*dossier.Article
	sc := bufio.NewScanner(gz)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var r struct{ ID, Source, Title, Published, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatal(err)
		}
		t, err := time.Parse("2006-01-02", r.Published)
		if err != nil {
			continue
		}
		all = append(all, &dossier.Article{ID: r.ID, Source: r.Source, Title: r.Title, Text: r.Text, ContentHash: r.ID, Published: &t})
	}
	all = dossier.ByPublication(all)
	mid := max(0, len(all)/2-n/2)
	return all[mid:min(len(all), mid+n)]
}

// stageTimes are the durations of one run over a corpus.
type stageTimes struct {
	base   time.Duration // text layer, language, entities, statements, resolution, times, linking, stories
	claims time.Duration // claim.Extract per article
	assess time.Duration // the ACH assessment of every story
	stance time.Duration // the stance of every story's articles towards its claims
}

// runStages runs the whole analysis of articles once, timing the stages
// that issue 5 asks about (claims, assessment, stance) apart from the
// rest of the pipeline. The stance step uses a fresh judge (a cold cache),
// as the first export or report of a dossier does.
func runStages(articles []*dossier.Article) (stageTimes, *dossier.Dossier, map[string]stance.ClaimStances) {
	var t stageTimes
	tagger := entity.Default()
	base := []Annotator{Entities{Tagger: tagger}, Statements{}, Resolution{}, Times{}}
	d := &dossier.Dossier{Analyses: map[string]*dossier.Analysis{}}
	for _, a := range articles {
		c := *a
		a := &c
		d.Articles = append(d.Articles, a)
		start := time.Now()
		doc := &Doc{Article: a, Doc: text.NewDoc(a.Text), Result: &dossier.Analysis{Article: a.ID}}
		doc.Result.Tokens = len(doc.Tokens)
		for _, s := range doc.Sentences {
			doc.Result.Sentences = append(doc.Result.Sentences, s.Span)
		}
		d.Analyses[a.ID] = doc.Result
		if code, _ := lang.Detect(a.Text); code != "en" && code != lang.Und {
			t.base += time.Since(start)
			continue
		}
		for _, an := range base {
			an.Annotate(doc)
		}
		mid := time.Now()
		t.base += mid.Sub(start)
		Claims{}.Annotate(doc)
		t.claims += time.Since(mid)
	}
	start := time.Now()
	LinkCorpus(d)
	Stories(d, story.DefaultOptions())
	mid := time.Now()
	t.base += mid.Sub(start)
	assess.Assess(d, assess.Options{})
	mid2 := time.Now()
	t.assess += mid2.Sub(mid)
	st := stance.NewJudge(stance.Default()).Dossier(d)
	t.stance += time.Since(mid2)
	return t, d, st
}

// BenchmarkAddedCost measures what responsibility claims, the ACH
// assessment and the claims' stances add to the pipeline's time per
// article, on the demo corpus (one story of five articles, dense with
// claims: the worst case) and on 300 articles in a row of the shared news
// corpus when present (longer, fewer claims, mostly one-article stories;
// skipped when absent). It reports per
// article: base_ms (the rest of the pipeline), claims_ms, assess_ms,
// stance_ms, added_frac = (claims + assess + stance) / base and
// claims_assess_frac = (claims + assess) / base, each stage's time the
// minimum over the rounds.
//
//	go test ./analyze -run '^$' -bench AddedCost -benchtime 5x
func BenchmarkAddedCost(b *testing.B) {
	corpora := []benchCorpus{{"demo", demoArticles(b)}}
	if news := newsArticles(b, 300); news != nil {
		corpora = append(corpora, benchCorpus{"news-corpus", news})
	}
	entity.Default()
	stance.Default()
	for _, c := range corpora {
		b.Run(c.name, func(b *testing.B) {
			// The minimum of each stage over the rounds: on a shared
			// machine the other processes only ever add time.
			var low stageTimes
			first := true
			for b.Loop() {
				t, _, _ := runStages(c.articles)
				if first {
					low, first = t, false
				}
				low.base, low.claims = min(low.base, t.base), min(low.claims, t.claims)
				low.assess, low.stance = min(low.assess, t.assess), min(low.stance, t.stance)
			}
			per := func(d time.Duration) float64 {
				return float64(d) / float64(len(c.articles)) / 1e6
			}
			b.ReportMetric(per(low.base), "base_ms/article")
			b.ReportMetric(per(low.claims), "claims_ms/article")
			b.ReportMetric(per(low.assess), "assess_ms/article")
			b.ReportMetric(per(low.stance), "stance_ms/article")
			b.ReportMetric(float64(low.claims+low.assess+low.stance)/float64(low.base), "added_frac")
			b.ReportMetric(float64(low.claims+low.assess)/float64(low.base), "claims_assess_frac")
		})
	}
}

// TestRunStages checks that the benchmark's run does the whole analysis:
// the demo corpus yields claims, one story with hypotheses, and a stance
// of each of the story's articles towards each claim.
func TestRunStages(t *testing.T) {
	arts := demoArticles(t)
	tm, d, st := runStages(arts)
	if tm.base <= 0 || tm.claims <= 0 || tm.assess <= 0 || tm.stance <= 0 {
		t.Errorf("stage times %+v: a stage did not run", tm)
	}
	claims := 0
	for _, an := range d.Analyses {
		claims += len(an.Claims)
	}
	if claims < 10 || len(d.Stories) != 1 || len(d.Stories[0].Hypotheses) < 2 {
		t.Fatalf("%d claims, %d stories: the pipeline did not run whole", claims, len(d.Stories))
	}
	if len(st) < claims-2 {
		t.Errorf("stances for %d of %d claims", len(st), claims)
	}
	for id, cs := range st {
		if len(cs.Articles) != len(arts) {
			t.Errorf("claim %s: %d article stances, want %d", id, len(cs.Articles), len(arts))
		}
	}
}
