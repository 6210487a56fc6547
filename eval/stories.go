package eval

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"dossier"
	"dossier/story"
)

// StoriesResult is the score of the story clusterer on ECB+: documents
// grouped into stories, against the corpus's subtopics (one real-world
// event each) as the gold stories.
type StoriesResult struct {
	// BCubedP, BCubedR and BCubedF1 are BCubed precision, recall and F1
	// over documents: each document's share of its predicted story that
	// is in its gold story (precision) and of its gold story that is in
	// its predicted story (recall), averaged over documents; F1 is the
	// harmonic mean of the averages.
	BCubedP, BCubedR, BCubedF1 float64
	// PairwiseP, PairwiseR and PairwiseF1 score the pairs of documents
	// put in one story against the pairs that are in one gold story.
	PairwiseP, PairwiseR, PairwiseF1 float64
	// Stories is the number of predicted stories, GoldStories the number
	// of gold ones, Docs the number of documents.
	Stories, GoldStories, Docs int
	// Gold describes how each gold story was predicted, in the order its
	// first document came.
	Gold []GoldStory
	// Elapsed is the time spent in the clusterer (Add), not reading.
	Elapsed time.Duration
}

// GoldStory is how one gold story came out.
type GoldStory struct {
	ID   string // the ECB+ subtopic, as "1_ecb"
	Docs int
	// Parts is the number of predicted stories its documents went to,
	// and Main the one that got most of them, with how many (MainDocs)
	// and how many documents of other gold stories it also got
	// (Intruders).
	Parts     int
	Main      string
	MainDocs  int
	Intruders int
	Title     string // Main's title
}

// ecbDoc is one line of ECB+'s docs.jsonl.
type ecbDoc struct {
	DocID     string   `json:"doc_id"`
	Topic     string   `json:"topic"`
	Subtopic  string   `json:"subtopic"`
	Split     string   `json:"split"`
	Sentences []string `json:"sentences"`
}

// EvalStories clusters the ECB+ documents in path (docs.jsonl) in file
// order, in one pass, with no analysis (names come from capitalised words),
// and scores the stories against the subtopics. See EvalStoriesWith.
func EvalStories(path string, opts story.Options) (StoriesResult, error) {
	return EvalStoriesWith(path, opts, nil)
}

// EvalStoriesWith is EvalStories with the analysis that analyze returns for
// each article (nil analyze, or a nil result, means none).
//
// ECB+ gives each document as tokenised sentences. They are detokenised
// (see ecbDetokenize); a first sentence that is a web address (as ECB+'s newer
// documents have) becomes the article's URL; the first remaining sentence
// is the title, since the corpus marks no headline (in the newer documents
// it is the headline; in the older ones it is the lead sentence), unless it
// is a dateline (see ecbHeadline); the rest is the text, a sentence a line.
// The documents have no publication dates: the datelines and the weekdays
// their leads name are all the clusterer has of time.
func EvalStoriesWith(path string, opts story.Options, analyze func(*dossier.Article) *dossier.Analysis) (StoriesResult, error) {
	docs, err := readECB(path)
	if err != nil {
		return StoriesResult{}, err
	}
	c := story.New(opts)
	gold := make([]string, len(docs))
	var elapsed time.Duration
	for i, d := range docs {
		gold[i] = d.Subtopic
		a := ecbArticle(d)
		var an *dossier.Analysis
		if analyze != nil {
			an = analyze(a)
		}
		start := time.Now()
		c.Add(a, an)
		elapsed += time.Since(start)
	}
	stories := c.Stories()
	of := make(map[string]string, len(docs))
	titles := make(map[string]string, len(stories))
	for _, s := range stories {
		titles[s.ID] = s.Title
		for _, a := range s.Articles {
			of[a] = s.ID
		}
	}
	pred := make([]string, len(docs))
	for i, d := range docs {
		pred[i] = of[d.DocID]
	}
	r := scoreStories(pred, gold)
	r.Stories = len(stories)
	r.Elapsed = elapsed
	for i := range r.Gold {
		r.Gold[i].Title = titles[r.Gold[i].Main]
	}
	return r, nil
}

func readECB(path string) ([]ecbDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []ecbDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		var d ecbDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if d.DocID == "" || d.Subtopic == "" {
			return nil, fmt.Errorf("%s:%d: no doc_id or subtopic", path, line)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no documents", path)
	}
	return docs, nil
}

// ecbArticle rebuilds an article from an ECB+ document.
func ecbArticle(d ecbDoc) *dossier.Article {
	a := &dossier.Article{ID: d.DocID, Format: "jsonl"}
	var lines []string
	datelines := 0 // lines before the title that are datelines
	for _, s := range d.Sentences {
		if a.Title == "" && len(lines) == 0 && a.URL == "" {
			if u := strings.ReplaceAll(s, " ", ""); strings.HasPrefix(u, "http") || strings.HasPrefix(u, "www.") {
				a.URL = u
				continue
			}
		}
		t := ecbDetokenize(s)
		if t == "" {
			continue
		}
		if a.Title == "" && datelines == len(lines) {
			if ecbHeadline(t) {
				a.Title = t
				continue
			}
			datelines++
		}
		lines = append(lines, t)
	}
	a.Text = strings.Join(lines, "\n")
	return a
}

// ecbHeadline reports whether a first sentence can be a headline: it has
// at least two words of three letters or more that are not dateline words
// (month and day names, "Updated", time zones), so that a dateline such as
// "Saturday, August 24, 2013" stays in the text.
func ecbHeadline(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(strings.Trim(w, ".,:;!?()\"“”'"))
		if len(w) < 3 || !unicode.IsLetter(rune(w[0])) {
			continue
		}
		switch w {
		case "january", "february", "march", "april", "may", "june", "july", "august", "september",
			"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
			"sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "updated", "posted", "published", "last", "edt", "est", "gmt", "utc",
			"ist", "cet", "bst", "pdt", "pst":
			continue
		}
		n++
	}
	return n >= 2
}

// ecbDetokenize rebuilds running text from a sentence tokenised the Penn
// Treebank way, tokens separated by spaces: the Treebank's quote marks (two
// backquotes, two apostrophes) become “ and ”, punctuation and clitics
// ("'s", "n't") attach to the word before, opening brackets and currency
// signs to the word after, and a hyphen, slash or colon between two words
// or numbers joins them ("court - mandated" → "court-mandated", "07 : 05" →
// "07:05"), as ECB+'s newer documents split them.
func ecbDetokenize(s string) string {
	toks := strings.Fields(s)
	var b strings.Builder
	b.Grow(len(s))
	glue := true // no space before the next token
	dquote := false
	for i, t := range toks {
		space := !glue
		glue = false
		switch {
		case t == "``":
			t, glue = "“", true
		case t == "''":
			t, space = "”", false
		case t == `"`:
			if dquote {
				space = false
			} else {
				glue = true
			}
			dquote = !dquote
		case t == "-LRB-" || t == "(" || t == "[" || t == "{" || t == "$" || t == "#" || t == "£" || t == "€":
			if t == "-LRB-" {
				t = "("
			}
			glue = true
		case t == "-RRB-":
			t, space = ")", false
		case strings.ContainsAny(t[:1], ",.;!?)]}%…") && !(len(t) > 1 && t[0] == '.' && unicode.IsLetter(rune(t[1]))):
			space = false
		case t == ":" || t == "-" || t == "/":
			if i > 0 && i+1 < len(toks) && ecbEndsAlnum(toks[i-1]) && ecbStartsAlnum(toks[i+1]) &&
				(t != ":" || (ecbEndsDigit(toks[i-1]) && ecbStartsDigit(toks[i+1]))) {
				space, glue = false, true
			} else if t == ":" {
				space = false
			}
		case ecbClitic(t):
			space = false
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	return b.String()
}

// ecbClitic reports whether t is a Treebank clitic or possessive.
func ecbClitic(t string) bool {
	switch strings.ToLower(t) {
	case "'s", "'re", "'ve", "'ll", "'d", "'m", "n't", "'", "’s", "’":
		return true
	}
	return false
}

func ecbEndsAlnum(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func ecbStartsAlnum(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func ecbEndsDigit(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsDigit(r)
}

func ecbStartsDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// scoreStories scores a predicted clustering against a gold one: pred[i]
// and gold[i] are document i's predicted and gold story. A document with
// no predicted story ("") counts as a story of its own.
func scoreStories(pred, gold []string) StoriesResult {
	n := len(pred)
	r := StoriesResult{Docs: n}
	if n == 0 {
		return r
	}
	pred = slices.Clone(pred)
	for i, p := range pred {
		if p == "" {
			pred[i] = fmt.Sprintf("\x00%d", i)
		}
	}
	type cell struct{ p, g string }
	joint := make(map[cell]int)
	predSize := make(map[string]int)
	goldSize := make(map[string]int)
	var goldOrder []string
	for i := range pred {
		joint[cell{pred[i], gold[i]}]++
		predSize[pred[i]]++
		if goldSize[gold[i]] == 0 {
			goldOrder = append(goldOrder, gold[i])
		}
		goldSize[gold[i]]++
	}
	// BCubed: each document of cell (p, g) has precision n_pg/|p| and
	// recall n_pg/|g|.
	var bp, br float64
	var tp, predPairs, goldPairs float64
	for c, k := range joint {
		nk := float64(k)
		bp += nk * nk / float64(predSize[c.p])
		br += nk * nk / float64(goldSize[c.g])
		tp += nk * (nk - 1) / 2
	}
	for _, k := range predSize {
		predPairs += float64(k) * float64(k-1) / 2
	}
	for _, k := range goldSize {
		goldPairs += float64(k) * float64(k-1) / 2
	}
	r.BCubedP, r.BCubedR = bp/float64(n), br/float64(n)
	r.BCubedF1 = f1(r.BCubedP, r.BCubedR)
	// With no pair on one side, there is nothing to get wrong: 1.
	r.PairwiseP, r.PairwiseR = 1, 1
	if predPairs > 0 {
		r.PairwiseP = tp / predPairs
	}
	if goldPairs > 0 {
		r.PairwiseR = tp / goldPairs
	}
	r.PairwiseF1 = f1(r.PairwiseP, r.PairwiseR)
	r.Stories = len(predSize)
	r.GoldStories = len(goldSize)

	for _, g := range goldOrder {
		gs := GoldStory{ID: g, Docs: goldSize[g]}
		for c, k := range joint {
			if c.g != g {
				continue
			}
			gs.Parts++
			if k > gs.MainDocs || (k == gs.MainDocs && c.p < gs.Main) {
				gs.Main, gs.MainDocs = c.p, k
			}
		}
		gs.Intruders = predSize[gs.Main] - gs.MainDocs
		if strings.HasPrefix(gs.Main, "\x00") {
			gs.Main = "-"
		}
		r.Gold = append(r.Gold, gs)
	}
	return r
}

// WriteTable writes how each gold story came out, the most fragmented and
// the most mixed first, then the totals. The last line is always
// "bcubed_p=… bcubed_r=… bcubed_f1=… pairwise_f1=… stories=…
// gold_stories=… docs=…", for scripts to parse.
func (r StoriesResult) WriteTable(w io.Writer) {
	gold := slices.Clone(r.Gold)
	slices.SortStableFunc(gold, func(a, b GoldStory) int {
		return cmp.Compare(b.Parts+b.Intruders, a.Parts+a.Intruders)
	})
	fmt.Fprintf(w, "%-10s %5s %6s %-8s %5s %9s  %s\n", "gold", "docs", "parts", "main", "got", "intruders", "main story's title")
	for _, g := range gold {
		title := g.Title
		if utf8.RuneCountInString(title) > 70 {
			title = string([]rune(title)[:69]) + "…"
		}
		fmt.Fprintf(w, "%-10s %5d %6d %-8s %5d %9d  %s\n", g.ID, g.Docs, g.Parts, g.Main, g.MainDocs, g.Intruders, title)
	}
	if r.Docs > 0 {
		fmt.Fprintf(w, "bcubed precision %.3f recall %.3f; pairwise precision %.3f recall %.3f; clustering %.2f ms per document\n",
			r.BCubedP, r.BCubedR, r.PairwiseP, r.PairwiseR, float64(r.Elapsed.Microseconds())/1000/float64(r.Docs))
	}
	fmt.Fprintf(w, "bcubed_p=%.3f bcubed_r=%.3f bcubed_f1=%.3f pairwise_f1=%.3f stories=%d gold_stories=%d docs=%d\n",
		r.BCubedP, r.BCubedR, r.BCubedF1, r.PairwiseF1, r.Stories, r.GoldStories, r.Docs)
}
