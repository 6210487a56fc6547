package eval

// Cross-document entity coreference on MEANTIME.
//
// MEANTIME's intra_cross-doc_annotation links every entity mention of an
// article (ENTITY_MENTION, over token anchors) by REFERS_TO to an ENTITY,
// whose instance_id names the entity across the articles of a topic
// (corpus_airbus, corpus_apple, corpus_gm). The gold mentions scored here
// are the named ones (syntactic_type NAM); their gold cluster is the
// instance_id of the entity they refer to (an entity with no instance_id,
// or a mention that refers to none, is a cluster of its own document).
//
// The system side is the pipeline's: for each article, the tagger's
// mentions in the rebuilt text (NERDoc.Rebuild), entity.ResolveArticle,
// and over the articles of a topic entity.ResolveCorpus; a mention's
// system cluster is its canonical entity ID. A gold mention is found when
// a system mention covers exactly its tokens: the whole mention extent
// or, failing that, a name derived from it as the NER evaluation derives
// names ("Airbus chief executive Noel Forgeard" → "Noel Forgeard").
//
// Two scores are given, over two sets of mentions:
//
//   - Found: the gold named mentions that the system found. This isolates
//     clustering quality from detection; CorefResult.F1 (coref_f1) is the
//     CoNLL F1 of this set.
//   - All: every gold named mention, those the system did not find being
//     singletons of the system clustering (detection misses lower recall).
//
// Both are scored with MUC, B-cubed and CEAF-e (entity-based, φ4), and
// CoNLL F1 is their mean. Topics are scored apart; the total pools the
// topics with their clusters kept apart (the system resolves across the
// articles of one topic only).

import (
	"encoding/xml"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"dossier"
	"dossier/entity"
	"dossier/text"
)

// crossDocDir is the MEANTIME folder with cross-document annotation.
const crossDocDir = "intra_cross-doc_annotation"

// CorefPRF is a precision, recall and F1.
type CorefPRF struct{ P, R, F1 float64 }

func newCorefPRF(p, r float64) CorefPRF {
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return CorefPRF{p, r, f}
}

// CorefScores are the coreference metrics of one clustering against the
// gold one.
type CorefScores struct {
	MUC, B3, CEAFe CorefPRF
	// CoNLL is the mean of the MUC, B-cubed and CEAF-e F1.
	CoNLL float64
}

// CorefTopic is the score of one topic (or of all, pooled).
type CorefTopic struct {
	Name string
	// Docs is the number of articles; Gold the gold named mentions; Found
	// those the system found.
	Docs, Gold, Found int
	// GoldEntities and SysEntities count the clusters over Found.
	GoldEntities, SysEntities int
	// OnFound is scored over the found mentions, OnAll over every gold
	// named mention (unfound ones system singletons).
	OnFound, OnAll CorefScores
}

// CorefResult is the cross-document coreference score on MEANTIME.
type CorefResult struct {
	Title  string
	Topics []CorefTopic
	Total  CorefTopic
	// F1 is Total.OnFound.CoNLL: the headline coref_f1.
	F1 float64
}

// corefMention is one gold named mention with its clusters.
type corefMention struct {
	gold, sys string // sys is "" when the system did not find it
}

// corefRoot returns the folder of MEANTIME cross-document annotation in
// or at dir, or "" when there is none.
func corefRoot(dir string) string {
	if strings.Contains(filepath.ToSlash(dir), crossDocDir) {
		return dir
	}
	p := filepath.Join(dir, crossDocDir)
	if st, err := os.Stat(p); err == nil && st.IsDir() {
		return p
	}
	return ""
}

// EvalCoref scores the cross-document entity coreference of the default
// tagger and resolvers on the MEANTIME folder dir (the corpus root, or
// its intra_cross-doc_annotation folder or a topic in it).
func EvalCoref(dir string) (CorefResult, error) {
	return evalCoref(dir, entity.Default().Mentions)
}

func evalCoref(dir string, tag func(*text.Doc) []dossier.Mention) (CorefResult, error) {
	root := corefRoot(dir)
	if root == "" {
		return CorefResult{}, fmt.Errorf("%s: no MEANTIME %s folder", dir, crossDocDir)
	}
	byTopic := map[string][]string{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".xml") {
			t := filepath.Base(filepath.Dir(path))
			byTopic[t] = append(byTopic[t], path)
		}
		return nil
	})
	if err != nil {
		return CorefResult{}, err
	}
	if len(byTopic) == 0 {
		return CorefResult{}, fmt.Errorf("%s: no MEANTIME documents", root)
	}
	topics := make([]string, 0, len(byTopic))
	for t := range byTopic {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	r := CorefResult{Title: "dossier eval coref " + dir}
	var all []corefMention
	r.Total.Name = "all"
	for _, t := range topics {
		paths := byTopic[t]
		sort.Strings(paths)
		ms, err := corefTopic(t, paths, tag)
		if err != nil {
			return CorefResult{}, err
		}
		ct := scoreTopic(t, ms)
		ct.Docs = len(paths)
		r.Topics = append(r.Topics, ct)
		r.Total.Docs += ct.Docs
		for _, m := range ms {
			m.gold = t + "|" + m.gold
			if m.sys != "" {
				m.sys = t + "|" + m.sys
			}
			all = append(all, m)
		}
	}
	tot := scoreTopic("all", all)
	tot.Docs = r.Total.Docs
	r.Total = tot
	r.F1 = tot.OnFound.CoNLL
	return r, nil
}

// corefTopic reads and resolves the articles of one topic and returns
// its gold named mentions with their gold and system clusters.
func corefTopic(topic string, paths []string, tag func(*text.Doc) []dossier.Mention) ([]corefMention, error) {
	type doc struct {
		ms   []corefMention
		sysM []int // index into ms → index into mentions, or -1
		ment []dossier.Mention
	}
	var docs []doc
	var perArticle [][]dossier.Entity
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		nd, err := readMeantime(data, "meantime-en/"+topic, p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		var cc catDoc
		if err := xml.Unmarshal(data, &cc); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		id := topic + "/" + nd.ID
		txt, spans := nd.Rebuild()
		mentions := tag(text.NewDoc(txt))
		ents := entity.ResolveArticle(id, mentions, nil)
		perArticle = append(perArticle, ents)
		ms, idx := alignCoref(id, &nd, &cc, spans, mentions)
		docs = append(docs, doc{ms, idx, mentions})
	}
	_, idOf := entity.ResolveCorpus(perArticle)
	var out []corefMention
	for k, d := range docs {
		for i, m := range d.ms {
			if j := d.sysM[i]; j >= 0 {
				sm := d.ment[j]
				switch {
				case sm.Entity == "":
					// unresolved: a cluster of its own
					m.sys = fmt.Sprintf("\x00unresolved/%d/%d", k, i)
				case idOf[sm.Entity] != "":
					m.sys = idOf[sm.Entity]
				default:
					m.sys = sm.Entity
				}
			}
			out = append(out, m)
		}
	}
	return out, nil
}

// alignCoref returns the gold named mentions of one article with their
// gold clusters, and for each the index of the system mention that
// covers exactly its tokens (-1 when none does).
func alignCoref(docID string, nd *NERDoc, cc *catDoc, spans []dossier.Span, mentions []dossier.Mention) ([]corefMention, []int) {
	index := make(map[string]int, len(cc.Tokens))
	for i, t := range cc.Tokens {
		index[t.ID] = i
	}
	instance := map[string]string{}
	entType := map[string]string{}
	for _, e := range cc.Markables.Entities {
		entType[e.ID] = e.Type
		if e.Instance != "" {
			instance[e.ID] = e.Instance
		} else {
			instance[e.ID] = docID + "#" + e.ID
		}
	}
	target := map[string]string{}
	for _, r := range cc.Relations.RefersTo {
		for _, s := range r.Sources {
			target[s.ID] = r.Target.ID
		}
	}
	// system mentions by token span
	startTok := make(map[int]int, len(spans))
	endTok := make(map[int]int, len(spans))
	for i, s := range spans {
		startTok[s.Start] = i
		endTok[s.End] = i + 1
	}
	type key struct{ s, e int }
	sysAt := map[key]int{}
	for i, m := range mentions {
		s, ok1 := startTok[m.Span.Start]
		e, ok2 := endTok[m.Span.End]
		if ok1 && ok2 && e > s {
			if _, dup := sysAt[key{s, e}]; !dup {
				sysAt[key{s, e}] = i
			}
		}
	}
	words := nd.Words()
	var ms []corefMention
	var extents [][2]int
	var names [][]NERSpan
	seen := map[key]bool{}
	for _, m := range cc.Markables.Mentions {
		if m.Syn != "NAM" {
			continue
		}
		lo, hi, n := anchorRange(m.Anchors, index)
		if n == 0 {
			continue
		}
		if seen[key{lo, hi}] {
			continue // the same extent marked twice
		}
		seen[key{lo, hi}] = true
		gold := docID + "#" + m.ID
		typ := dossier.Org
		if t, ok := target[m.ID]; ok {
			gold = instance[t]
			switch entType[t] {
			case "PER":
				typ = dossier.Person
			case "LOC":
				typ = dossier.GPE
			}
		}
		var ns []NERSpan
		if hi-lo == n {
			ns = meantimeNames(words, lo, hi, typ, true)
		}
		ms = append(ms, corefMention{gold: gold})
		extents = append(extents, [2]int{lo, hi})
		names = append(names, ns)
	}
	idx := make([]int, len(ms))
	used := map[int]bool{}
	for i, x := range extents {
		idx[i] = -1
		if j, ok := sysAt[key{x[0], x[1]}]; ok {
			idx[i] = j
			used[j] = true
		}
	}
	for i := range ms {
		if idx[i] >= 0 {
			continue
		}
		for _, n := range names[i] {
			if j, ok := sysAt[key{n.Start, n.End}]; ok && !used[j] {
				idx[i] = j
				used[j] = true
				break
			}
		}
	}
	return ms, idx
}

// scoreTopic scores the mentions of one topic.
func scoreTopic(name string, ms []corefMention) CorefTopic {
	ct := CorefTopic{Name: name, Gold: len(ms)}
	var fg, fs, ag, as []string
	for i, m := range ms {
		ag = append(ag, m.gold)
		if m.sys == "" {
			as = append(as, fmt.Sprintf("\x00unfound/%d", i))
			continue
		}
		as = append(as, m.sys)
		fg = append(fg, m.gold)
		fs = append(fs, m.sys)
	}
	ct.Found = len(fg)
	ct.GoldEntities = len(clusters(fg))
	ct.SysEntities = len(clusters(fs))
	ct.OnFound = ScoreCoref(fg, fs)
	ct.OnAll = ScoreCoref(ag, as)
	return ct
}

// clusters groups mention indices by label, in order of first mention.
func clusters(labels []string) [][]int {
	at := map[string]int{}
	var out [][]int
	for i, l := range labels {
		k, ok := at[l]
		if !ok {
			k = len(out)
			at[l] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	return out
}

// ScoreCoref scores the response clustering against the key (gold) one.
// Both give a cluster label for each of the same mentions: key[i] and
// response[i] label mention i.
func ScoreCoref(key, response []string) CorefScores {
	k, r := clusters(key), clusters(response)
	var s CorefScores
	s.MUC = newCorefPRF(muc(r, key), muc(k, response))
	s.B3 = newCorefPRF(bcubed(response, key), bcubed(key, response))
	s.CEAFe = ceafe(k, r, key, response)
	s.CoNLL = (s.MUC.F1 + s.B3.F1 + s.CEAFe.F1) / 3
	return s
}

// muc returns the MUC recall of the clustering other against the key
// clusters cs: Σ(|K| − |partition of K by other|) / Σ(|K| − 1). Given the
// response clusters and the key labels it is the precision. 0 when
// undefined.
func muc(cs [][]int, other []string) float64 {
	num, den := 0, 0
	for _, c := range cs {
		parts := map[string]bool{}
		for _, i := range c {
			parts[other[i]] = true
		}
		num += len(c) - len(parts)
		den += len(c) - 1
	}
	if den == 0 {
		return 0
	}
	return float64(num) / float64(den)
}

// bcubed returns the B-cubed recall of other against labels: the mean
// over mentions of |K ∩ R| / |K|, K the mention's cluster under labels
// and R under other. With the roles swapped it is the precision.
func bcubed(labels, other []string) float64 {
	if len(labels) == 0 {
		return 0
	}
	size := map[string]int{}
	both := map[[2]string]int{}
	for i := range labels {
		size[labels[i]]++
		both[[2]string{labels[i], other[i]}]++
	}
	sum := 0.0
	for i := range labels {
		sum += float64(both[[2]string{labels[i], other[i]}]) / float64(size[labels[i]])
	}
	return sum / float64(len(labels))
}

// ceafe returns entity-based CEAF (φ4(K, R) = 2|K∩R| / (|K|+|R|)) under
// the best one-to-one alignment of key and response clusters: recall is
// Σφ4 / |key clusters|, precision Σφ4 / |response clusters|. The
// alignment is solved apart for each group of clusters that overlap.
func ceafe(k, r [][]int, key, response []string) CorefPRF {
	if len(k) == 0 || len(r) == 0 {
		return CorefPRF{}
	}
	kAt := map[string]int{}
	for i, c := range k {
		kAt[key[c[0]]] = i
	}
	rAt := map[string]int{}
	for i, c := range r {
		rAt[response[c[0]]] = i
	}
	// union-find over key clusters 0..len(k)-1 and response clusters
	// len(k)..len(k)+len(r)-1
	parent := make([]int, len(k)+len(r))
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	overlap := map[[2]int]int{}
	for i := range key {
		a, b := kAt[key[i]], rAt[response[i]]
		overlap[[2]int{a, b}]++
		parent[find(a)] = find(len(k) + b)
	}
	groupK := map[int][]int{}
	groupR := map[int][]int{}
	for i := range k {
		groupK[find(i)] = append(groupK[find(i)], i)
	}
	for j := range r {
		groupR[find(len(k)+j)] = append(groupR[find(len(k)+j)], j)
	}
	total := 0.0
	for g, ks := range groupK {
		rs := groupR[g]
		sim := make([][]float64, len(ks))
		for a, ki := range ks {
			sim[a] = make([]float64, len(rs))
			for b, rj := range rs {
				if n := overlap[[2]int{ki, rj}]; n > 0 {
					sim[a][b] = 2 * float64(n) / float64(len(k[ki])+len(r[rj]))
				}
			}
		}
		total += maxAssignment(sim)
	}
	return newCorefPRF(total/float64(len(r)), total/float64(len(k)))
}

// maxAssignment returns the largest sum of sim[i][j] over a one-to-one
// assignment of rows to columns (Hungarian algorithm, O(n³)).
func maxAssignment(sim [][]float64) float64 {
	n := len(sim)
	if n == 0 {
		return 0
	}
	m := len(sim[0])
	if m == 0 {
		return 0
	}
	if n > m {
		t := make([][]float64, m)
		for j := range t {
			t[j] = make([]float64, n)
			for i := range n {
				t[j][i] = sim[i][j]
			}
		}
		sim, n, m = t, m, n
	}
	// minimise cost = -sim; rows 1..n, columns 1..m (n ≤ m)
	const inf = 1e18
	u := make([]float64, n+1)
	v := make([]float64, m+1)
	p := make([]int, m+1)
	way := make([]int, m+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, m+1)
		used := make([]bool, m+1)
		for j := range minv {
			minv[j] = inf
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], inf, 0
			for j := 1; j <= m; j++ {
				if used[j] {
					continue
				}
				cur := -sim[i0-1][j-1] - u[i0] - v[j]
				if cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= m; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
			if j0 == 0 {
				break
			}
		}
	}
	sum := 0.0
	for j := 1; j <= m; j++ {
		if p[j] != 0 {
			sum += sim[p[j]-1][j-1]
		}
	}
	return sum
}

// WriteTable writes the scores per topic and pooled, and last a line
// "coref_f1=… b3_f1=… muc_f1=… ceafe_f1=…" for scripts to parse.
func (r CorefResult) WriteTable(w io.Writer) {
	if r.Title != "" {
		fmt.Fprintln(w, r.Title)
	}
	fmt.Fprintf(w, "%-14s %-6s %5s %5s %5s %5s %5s  %-17s %-17s %-17s %6s\n", "topic", "set", "docs", "gold", "found", "gEnt", "sEnt", "MUC p/r/f", "B3 p/r/f", "CEAFe p/r/f", "CoNLL")
	row := func(t *CorefTopic) {
		for _, x := range []struct {
			set string
			s   CorefScores
		}{{"found", t.OnFound}, {"all", t.OnAll}} {
			f := func(p CorefPRF) string { return fmt.Sprintf("%.3f/%.3f/%.3f", p.P, p.R, p.F1) }
			fmt.Fprintf(w, "%-14s %-6s %5d %5d %5d %5d %5d  %-17s %-17s %-17s %6.3f\n", t.Name, x.set, t.Docs, t.Gold, t.Found, t.GoldEntities, t.SysEntities, f(x.s.MUC), f(x.s.B3), f(x.s.CEAFe), x.s.CoNLL)
		}
	}
	for i := range r.Topics {
		row(&r.Topics[i])
	}
	row(&r.Total)
	fmt.Fprintln(w, "scoring: gold NAM mentions; found = those the system found (exact token span); all = every gold NAM mention, unfound ones system singletons")
	s := r.Total.OnFound
	fmt.Fprintf(w, "coref_f1=%.3f b3_f1=%.3f muc_f1=%.3f ceafe_f1=%.3f all_conll_f1=%.3f found=%d/%d\n", r.F1, s.B3.F1, s.MUC.F1, s.CEAFe.F1, r.Total.OnAll.CoNLL, r.Total.Found, r.Total.Gold)
}
