package http

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"dossier"
)

// wordIndex is an in-memory inverted index over the titles and texts of
// the corpus, for the story list's plain-word searches: a query nobody
// has asked costs a merge of posting lists instead of an FTS5 query that
// ranks every match. It tokenises as the store's FTS5 index does
// (unicode61, diacritics removed, case folded) and ranks with FTS5's
// bm25, title words weighing titleWeight, so that it finds what the
// store finds; any query with FTS5 syntax (phrases, OR, NOT, prefix*,
// column filters) goes to the store instead. It is built with the corpus
// and never changed.
type wordIndex struct {
	ids      []string // document number → article ID, in ingest order
	lengths  []int32  // tokens in title and text
	avgLen   float64
	postings map[string][]posting
}

// posting is one document's occurrences of a word.
type posting struct {
	doc         int32
	title, text uint16
}

// titleWeight is the weight of a title word in the ranking, as in the
// store's bm25(articles_fts, 10.0, 1.0).
const titleWeight = 10.0

// buildIndex indexes articles in the order given (the store's ingest
// order, so that ties rank as the store ranks them).
func buildIndex(arts []*dossier.Article) *wordIndex {
	ix := &wordIndex{ids: make([]string, len(arts)), lengths: make([]int32, len(arts)), postings: map[string][]posting{}}
	counts := map[string]*posting{}
	var total int64
	for d, a := range arts {
		ix.ids[d] = a.ID
		clear(counts)
		n := 0
		for w := range words(a.Title) {
			p := counts[w]
			if p == nil {
				p = &posting{doc: int32(d)}
				counts[w] = p
			}
			p.title = min(p.title+1, math.MaxUint16)
			n++
		}
		for w := range words(a.Text) {
			p := counts[w]
			if p == nil {
				p = &posting{doc: int32(d)}
				counts[w] = p
			}
			p.text = min(p.text+1, math.MaxUint16)
			n++
		}
		ix.lengths[d] = int32(n)
		total += int64(n)
		for w, p := range counts {
			ix.postings[w] = append(ix.postings[w], *p)
		}
	}
	if len(arts) > 0 {
		ix.avgLen = float64(total) / float64(len(arts))
	}
	return ix
}

// words yields the tokens of s as the unicode61 tokenizer with
// remove_diacritics 2 makes them: runs of letters, digits and private-use
// characters, lower-cased, without diacritics.
func words(s string) func(func(string) bool) {
	return func(yield func(string) bool) {
		start := -1
		ascii := true
		for i, r := range s {
			if isTokenRune(r) {
				if start < 0 {
					start, ascii = i, true
				}
				ascii = ascii && r < utf8.RuneSelf
				continue
			}
			if start >= 0 {
				if !yield(fold(s[start:i], ascii)) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(fold(s[start:], ascii))
		}
	}
}

func isTokenRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r) || unicode.Is(unicode.Mn, r)
}

// fold lower-cases a token and strips its diacritics.
func fold(w string, ascii bool) string {
	if ascii {
		for i := 0; i < len(w); i++ {
			if c := w[i]; c >= 'A' && c <= 'Z' {
				return strings.ToLower(w)
			}
		}
		return w
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// plainWords returns the words of a query that is nothing but words
// (letters, digits, spaces) and no FTS5 operator, or nil for any other
// query, which the store must answer.
func plainWords(q string) []string {
	var out []string
	for _, f := range strings.Fields(q) {
		switch f {
		case "AND", "OR", "NOT", "NEAR":
			return nil
		}
		for _, r := range f {
			if !isTokenRune(r) || unicode.Is(unicode.Mn, r) {
				return nil
			}
		}
		for w := range words(f) {
			out = append(out, w)
		}
	}
	return out
}

// search returns the IDs of the articles that hold every word, best
// first by bm25 (k1 1.2, b 0.75, as FTS5), at most limit.
func (ix *wordIndex) search(terms []string, limit int) []string {
	ids, _ := ix.searchScored(terms, limit)
	return ids
}

// searchScored is search with each article's bm25 score, negated as FTS5
// reports it (lower is better).
func (ix *wordIndex) searchScored(terms []string, limit int) ([]string, []float64) {
	if len(terms) == 0 || len(ix.ids) == 0 {
		return nil, nil
	}
	lists := make([][]posting, 0, len(terms))
	seen := map[string]bool{}
	for _, t := range terms {
		if seen[t] {
			// FTS5 counts a repeated word as another phrase; keep it.
			lists = append(lists, ix.postings[t])
			continue
		}
		seen[t] = true
		p := ix.postings[t]
		if len(p) == 0 {
			return []string{}, []float64{}
		}
		lists = append(lists, p)
	}
	order := make([]int, len(lists))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return len(lists[order[i]]) < len(lists[order[j]]) })
	// Intersect from the rarest word; pos[i] walks list i.
	pos := make([]int, len(lists))
	n := float64(len(ix.ids))
	idf := make([]float64, len(lists))
	for i, l := range lists {
		v := math.Log((n - float64(len(l)) + 0.5) / (float64(len(l)) + 0.5))
		if v <= 0 {
			v = 1e-6
		}
		idf[i] = v
	}
	const k1, b = 1.2, 0.75
	type hit struct {
		doc   int32
		score float64
	}
	var hits []hit
	tf := make([]posting, len(lists))
	rare := lists[order[0]]
outer:
	for _, p := range rare {
		for _, i := range order {
			l := lists[i]
			j := pos[i]
			// Galloping would be faster on long lists; a binary search
			// from the current position is enough here.
			j += sort.Search(len(l)-j, func(k int) bool { return l[j+k].doc >= p.doc })
			pos[i] = j
			if j == len(l) {
				break outer
			}
			if l[j].doc != p.doc {
				continue outer
			}
			tf[i] = l[j]
		}
		norm := k1 * (1 - b + b*float64(ix.lengths[p.doc])/ix.avgLen)
		score := 0.0
		for i := range lists {
			f := titleWeight*float64(tf[i].title) + float64(tf[i].text)
			score += idf[i] * f * (k1 + 1) / (f + norm)
		}
		hits = append(hits, hit{p.doc, score})
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].score != hits[j].score {
			return hits[i].score > hits[j].score
		}
		return hits[i].doc < hits[j].doc
	})
	out := make([]string, 0, min(limit, len(hits)))
	scores := make([]float64, 0, cap(out))
	for _, h := range hits[:min(limit, len(hits))] {
		out = append(out, ix.ids[h.doc])
		scores = append(scores, -h.score)
	}
	return out, scores
}

// snippetWords is about how many words a snippet holds, as the store's.
const snippetWords = 16

// snippet returns the fragment of about snippetWords words of the
// article's title or text that holds the most of the query's words, the
// words marked [like this] and a cut marked with "…", as the store's
// FTS5 snippet() writes it; the title when it holds as many.
func snippet(a *dossier.Article, terms []string) string {
	want := map[string]string{}
	for _, t := range terms {
		want[t] = t
	}
	// A title that holds every word is the snippet; the text is not read.
	best, bestHits := fragment(a.Title, want)
	if bestHits == len(want) && bestHits > 0 {
		return best
	}
	if frag, hits := fragment(a.Text, want); hits > bestHits {
		best = frag
	}
	return best
}

// fragment finds the window of snippetWords tokens of s with the most
// distinct query words, the earliest of equals, and renders it. want
// maps each folded query word to itself.
func fragment(s string, want map[string]string) (string, int) {
	type tok struct {
		start, end int
		hit        string
	}
	toks := make([]tok, 0, len(s)/5+1)
	var buf []byte // an ASCII token folded, looked up without allocating
	start := -1
	ascii := true
	flush := func(end int) {
		var h string
		if ascii {
			buf = buf[:0]
			for i := start; i < end; i++ {
				c := s[i]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
			}
			h = want[string(buf)]
		} else {
			h = want[fold(s[start:end], false)]
		}
		toks = append(toks, tok{start, end, h})
		start = -1
	}
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if isTokenRune(r) {
			if start < 0 {
				start, ascii = i, true
			}
			ascii = ascii && r < utf8.RuneSelf
		} else if start >= 0 {
			flush(i)
		}
		i += size
	}
	if start >= 0 {
		flush(len(s))
	}
	if len(toks) == 0 {
		return "", 0
	}
	// The earliest window with the most distinct words (a sliding count
	// of the words in the window); then started two words before its
	// first hit, as FTS5 does, so that the words are read in context (the
	// window still holds every hit it held).
	counts := map[string]int{}
	distinct := 0
	add := func(t tok, d int) {
		if t.hit == "" {
			return
		}
		counts[t.hit] += d
		switch {
		case d > 0 && counts[t.hit] == 1:
			distinct++
		case d < 0 && counts[t.hit] == 0:
			distinct--
		}
	}
	for _, t := range toks[:min(len(toks), snippetWords)] {
		add(t, 1)
	}
	bestAt, bestHits := 0, distinct
	for i := 1; i+snippetWords <= len(toks); i++ {
		add(toks[i-1], -1)
		add(toks[i+snippetWords-1], 1)
		if distinct > bestHits {
			bestAt, bestHits = i, distinct
		}
	}
	from := bestAt
	for from < len(toks) && bestHits > 0 && toks[from].hit == "" {
		from++
	}
	from = max(0, min(from-2, len(toks)-snippetWords))
	to := min(len(toks), from+snippetWords)
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	pos := toks[from].start
	for _, t := range toks[from:to] {
		b.WriteString(s[pos:t.start])
		if t.hit != "" {
			b.WriteString("[" + s[t.start:t.end] + "]")
		} else {
			b.WriteString(s[t.start:t.end])
		}
		pos = t.end
	}
	if to < len(toks) {
		b.WriteString("…")
	} else {
		b.WriteString(s[pos:])
	}
	return strings.Join(strings.Fields(b.String()), " "), bestHits
}
