package main

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"dossier/entity"
	"dossier/text"
)

// wordstats computes the tagger's word statistics from unlabelled news
// text: distributional clusters of the most frequent forms (hierarchical
// spherical k-means over PPMI vectors of their left and right neighbours,
// entity.Clusterings times from consecutive seeds)
// and the capitalisation bucket of each capitalised form. Deterministic:
// the same corpus gives the same bytes.
func wordstats(args []string) error {
	fs := flag.NewFlagSet("wordstats", flag.ExitOnError)
	in := fs.String("corpus", "../shared/data/news-corpus/articles.jsonl.gz", "gzip JSON Lines with a \"text\" field")
	out := fs.String("o", "entity/data/wordstats.tsv.gz", "output file")
	vocab := fs.Int("vocab", 80000, "forms to keep (most frequent first)")
	minCount := fs.Int("min-count", 3, "drop forms seen fewer times")
	nctx := fs.Int("contexts", 2000, "context words (most frequent lower-case forms)")
	iters := fs.Int("iters", 12, "k-means iterations per level")
	seed := fs.Uint64("seed", 1, "k-means seed")
	fs.Parse(args)
	start := time.Now()

	c, err := readCorpus(*in)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wordstats: %d articles, %d tokens, %d forms (%.1fs)\n", c.docs, len(c.stream), len(c.forms), time.Since(start).Seconds())

	// The vocabulary: the most frequent forms with a letter.
	var ids []int32
	for id, f := range c.forms {
		if c.count[id] >= int32(*minCount) && hasLetter(f) && !strings.ContainsAny(f, "\t\n") {
			ids = append(ids, int32(id))
		}
	}
	byFreq := func(a, b int32) int {
		return cmp.Or(cmp.Compare(c.count[b], c.count[a]), strings.Compare(c.forms[a], c.forms[b]))
	}
	slices.SortFunc(ids, byFreq)
	ids = ids[:min(len(ids), *vocab)]

	vecs := c.contextVectors(ids, *nctx)
	var leaves [entity.Clusterings][]int
	for k := range leaves {
		leaves[k] = clusterTree(vecs, *iters, *seed+uint64(k))
	}
	fmt.Fprintf(os.Stderr, "wordstats: clustered %d forms (%.1fs)\n", len(ids), time.Since(start).Seconds())

	rows := make([]entity.WordStat, len(ids))
	for i, id := range ids {
		f := c.forms[id]
		b := 0
		if first, _ := utf8.DecodeRuneInString(f); unicode.IsUpper(first) {
			low := int32(0)
			if l, ok := c.index[strings.ToLower(f)]; ok {
				low = c.mid[l]
			}
			b = entity.CapBucket(int(c.mid[id]), int(low))
		}
		rows[i] = entity.WordStat{Form: f, Cap: b}
		if strings.ContainsFunc(f, unicode.IsUpper) {
			rows[i].Contexts = topContexts(vecs[i], entity.ContextFeatures)
		}
		for k := range leaves {
			rows[i].Cluster[k] = leaves[k][i]
		}
	}
	slices.SortFunc(rows, func(a, b entity.WordStat) int { return strings.Compare(a.Form, b.Form) })
	var buf bytes.Buffer
	if err := entity.WriteWordStats(&buf, rows); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d bytes, %d forms (%.1fs)\n", *out, buf.Len(), len(rows), time.Since(start).Seconds())
	return nil
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// corpus is the tokenized news text as a stream of form ids, sentences
// separated by -1.
type corpus struct {
	docs   int
	forms  []string
	index  map[string]int32
	count  []int32 // occurrences of each form
	mid    []int32 // occurrences not at a sentence start
	stream []int32
}

func (c *corpus) id(w string) int32 {
	if id, ok := c.index[w]; ok {
		return id
	}
	w = strings.Clone(w)
	id := int32(len(c.forms))
	c.index[w] = id
	c.forms = append(c.forms, w)
	c.count = append(c.count, 0)
	c.mid = append(c.mid, 0)
	return id
}

func readCorpus(path string) (*corpus, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	c := &corpus{index: make(map[string]int32, 1<<20), stream: make([]int32, 0, 1<<24)}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var art struct {
		Text string `json:"text"`
	}
	for sc.Scan() {
		art.Text = ""
		if err := json.Unmarshal(sc.Bytes(), &art); err != nil {
			return nil, err
		}
		c.docs++
		toks := text.Tokenize(art.Text)
		for _, s := range text.Segment(art.Text, toks) {
			for i := s.FirstToken; i < s.EndToken; i++ {
				sp := toks[i].Span
				id := c.id(entity.NormWord(art.Text[sp.Start:sp.End]))
				c.count[id]++
				if i > s.FirstToken {
					c.mid[id]++
				}
				c.stream = append(c.stream, id)
			}
			c.stream = append(c.stream, -1)
		}
	}
	return c, sc.Err()
}

// sparse is an L2-normalised sparse vector; cnt are the co-occurrence
// counts behind each dimension.
type sparse struct {
	dim []int32
	val []float32
	cnt []float32
}

// topContexts returns the k dimensions of v with the highest local mutual
// information (count × PMI), at least 3 co-occurrences each, in
// ascending order.
func topContexts(v sparse, k int) []int {
	type dv struct {
		d int32
		s float32
	}
	var all []dv
	for j, d := range v.dim {
		if v.cnt[j] >= 5 {
			all = append(all, dv{d, v.val[j]})
		}
	}
	slices.SortFunc(all, func(a, b dv) int { return cmp.Or(cmp.Compare(b.s, a.s), cmp.Compare(a.d, b.d)) })
	var out []int
	for _, x := range all[:min(k, len(all))] {
		out = append(out, int(x.d))
	}
	slices.Sort(out)
	return out
}

// contextVectors returns, for each form of ids, its PPMI vector over the
// lower-cased left and right neighbours among the nctx most frequent
// lower-case forms (and the sentence boundary).
func (c *corpus) contextVectors(ids []int32, nctx int) []sparse {
	// context dimension of each form: its lower-case form's rank
	lowCount := map[string]int64{}
	for id, f := range c.forms {
		lowCount[strings.ToLower(f)] += int64(c.count[id])
	}
	lows := make([]string, 0, len(lowCount))
	for l := range lowCount {
		lows = append(lows, l)
	}
	slices.SortFunc(lows, func(a, b string) int { return cmp.Or(cmp.Compare(lowCount[b], lowCount[a]), strings.Compare(a, b)) })
	rank := make(map[string]int32, nctx)
	for i, l := range lows[:min(nctx, len(lows))] {
		rank[l] = int32(i)
	}
	ctx := make([]int32, len(c.forms)) // -1: not a context word
	for id, f := range c.forms {
		if r, ok := rank[strings.ToLower(f)]; ok {
			ctx[id] = r
		} else {
			ctx[id] = -1
		}
	}
	boundary := int32(nctx) // BOS on the left, EOS on the right
	width := int32(nctx + 1)
	row := make([]int32, len(c.forms))
	for i := range row {
		row[i] = -1
	}
	for i, id := range ids {
		row[id] = int32(i)
	}
	counts := make([]map[int32]float64, len(ids))
	for i := range counts {
		counts[i] = map[int32]float64{}
	}
	colTotal := make([]float64, 2*width)
	total := 0.0
	add := func(r, d int32) {
		counts[r][d]++
		colTotal[d]++
		total++
	}
	s := c.stream
	for i, id := range s {
		if id < 0 || row[id] < 0 {
			continue
		}
		r := row[id]
		switch {
		case i == 0 || s[i-1] < 0:
			add(r, boundary)
		case ctx[s[i-1]] >= 0:
			add(r, ctx[s[i-1]])
		}
		switch {
		case i+1 == len(s) || s[i+1] < 0:
			add(r, width+boundary)
		case ctx[s[i+1]] >= 0:
			add(r, width+ctx[s[i+1]])
		}
	}
	// PPMI with context distribution smoothing (Levy et al. 2015).
	smoothed := 0.0
	for d := range colTotal {
		colTotal[d] = math.Pow(colTotal[d], 0.75)
		smoothed += colTotal[d]
	}
	vecs := make([]sparse, len(ids))
	for i, m := range counts {
		rowTotal := 0.0
		dims := make([]int32, 0, len(m))
		for d, n := range m {
			rowTotal += n
			dims = append(dims, d)
		}
		slices.Sort(dims)
		var v sparse
		norm := 0.0
		for _, d := range dims {
			pmi := math.Log(m[d] * smoothed / (rowTotal * colTotal[d]))
			if pmi > 0 {
				v.dim = append(v.dim, d)
				v.val = append(v.val, float32(pmi))
				v.cnt = append(v.cnt, float32(m[d]))
				norm += pmi * pmi
			}
		}
		norm = math.Sqrt(norm)
		for j := range v.val {
			v.val[j] /= float32(norm)
		}
		vecs[i] = v
	}
	return vecs
}

// clusterTree splits vecs by spherical k-means into 2^(ClusterBits /
// ClusterLevels) clusters, each of them again, ClusterLevels levels deep,
// and returns each vector's leaf: the path of its cluster numbers.
func clusterTree(vecs []sparse, iters int, seed uint64) []int {
	bits := entity.ClusterBits / entity.ClusterLevels
	k := 1 << bits
	leaf := make([]int, len(vecs))
	groups := [][]int{make([]int, len(vecs))}
	for i := range groups[0] {
		groups[0][i] = i
	}
	for level := 0; level < entity.ClusterLevels; level++ {
		var next [][]int
		for gi, g := range groups {
			assign := kmeans(vecs, g, k, iters, seed+uint64(level)<<32+uint64(gi))
			sub := make([][]int, k)
			for j, m := range g {
				leaf[m] = leaf[m]<<bits | assign[j]
				sub[assign[j]] = append(sub[assign[j]], m)
			}
			next = append(next, sub...)
		}
		groups = next
	}
	return leaf
}

// kmeans clusters the vectors members (frequency order) into k by
// spherical k-means with k-means++ seeding, and returns each member's
// cluster. Fewer members than k get one cluster each.
func kmeans(vecs []sparse, members []int, k, iters int, seed uint64) []int {
	assign := make([]int, len(members))
	if len(members) <= k {
		for i := range assign {
			assign[i] = i
		}
		return assign
	}
	dim := 0
	for _, m := range members {
		if v := vecs[m]; len(v.dim) > 0 {
			dim = max(dim, int(v.dim[len(v.dim)-1])+1)
		}
	}
	cent := make([][]float32, k)
	for i := range cent {
		cent[i] = make([]float32, dim)
	}
	setTo := func(c []float32, v sparse) {
		clear(c)
		for j, d := range v.dim {
			c[d] = v.val[j]
		}
	}
	dot := func(c []float32, v sparse) float32 {
		s := float32(0)
		for j, d := range v.dim {
			s += c[d] * v.val[j]
		}
		return s
	}
	// k-means++ on cosine distance
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	best := make([]float32, len(members)) // highest similarity to a chosen centre
	for i := range best {
		best[i] = -1
	}
	setTo(cent[0], vecs[members[0]])
	for c := 1; c < k; c++ {
		total := 0.0
		for i, m := range members {
			best[i] = max(best[i], dot(cent[c-1], vecs[m]))
			d := float64(1 - best[i])
			total += d * d
		}
		x := rng.Float64() * total
		pick := len(members) - 1
		for i := range members {
			d := float64(1 - best[i])
			x -= d * d
			if x < 0 {
				pick = i
				break
			}
		}
		setTo(cent[c], vecs[members[pick]])
	}
	workers := 2
	for it := 0; it < iters; it++ {
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				for i := w; i < len(members); i += workers {
					v := vecs[members[i]]
					bi, bs := 0, float32(-2)
					for c := range cent {
						if s := dot(cent[c], v); s > bs {
							bi, bs = c, s
						}
					}
					assign[i] = bi
				}
			}(w)
		}
		wg.Wait()
		// new centres: normalised means; an empty cluster keeps its centre
		sizes := make([]int, k)
		for _, a := range assign {
			sizes[a]++
		}
		for c := range cent {
			if sizes[c] > 0 {
				clear(cent[c])
			}
		}
		for i, m := range members {
			v := vecs[m]
			c := cent[assign[i]]
			for j, d := range v.dim {
				c[d] += v.val[j]
			}
		}
		for c := range cent {
			norm := float32(0)
			for _, x := range cent[c] {
				norm += x * x
			}
			if norm > 0 {
				norm = float32(1 / math.Sqrt(float64(norm)))
				for j := range cent[c] {
					cent[c][j] *= norm
				}
			}
		}
	}
	return assign
}
