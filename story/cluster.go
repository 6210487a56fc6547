package story

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"dossier"
)

// Clusterer groups articles into stories as they arrive. Create one with
// New and feed it every article once, in arrival order, with Add.
//
// A Clusterer is not safe for concurrent use: Add changes shared state
// (document frequencies, the index, the stories), and its result depends on
// the order of the articles. Give it one goroutine, after the analysis
// workers.
type Clusterer struct {
	opts Options
	x    *extractor
	nd   *NearDup // nil when copy detection is off

	// Document frequencies of terms and names, learned as articles
	// arrive, and the number of articles they count.
	df    counts
	ndocs float64

	stories []*cstory
	// parent and live are dense, by story index, because the candidate
	// search reads them for every posting: the story each was merged
	// into (or -1), and whether it is in the index (neither merged nor
	// evicted).
	parent    []int32
	live      []bool
	active    []int32            // stories in the index, in creation order
	postings  map[uint64][]int32 // index key → stories that lead with it
	byArticle map[string]int32   // article ID → story it joined
	copyOf    map[string]string  // copy's article ID → original's

	seq     int       // articles added
	clock   time.Time // newest article date seen
	clocked bool
	swept   int // seq at the last sweep

	// Scratch space, kept between articles.
	art      profile
	artIndex vecIndex  // over art.terms, for scoring it against many stories
	acc      []float32 // candidate votes, by story index
	touched  []int32
	cands    []int32
	keys     []keyWeight
	scratch  vec
	merged   vec
	repBuf   vec
	tmp      vec
	leadTmp  []storyName
	workDone int64 // postings read and stories scored: the cost of Add
}

// profile is what is compared: an article's or a story's term, name and
// headline vectors and its span of known dates.
type profile struct {
	terms, ents, title vec
	pers               vec
	when               anchors
	first, last        time.Time
	dated              bool
}

// cstory is a story as the Clusterer keeps it.
type cstory struct {
	id  string
	idx int32 // its index in Clusterer.stories

	headline string
	articles []string
	seqs     []uint32 // arrival number of each article, for merges
	outlets  []string
	lastSeq  int // arrival number of the last article that joined
	evidence int // articles that are not copies

	profile         // centroid: sums of the articles' unit tf vectors
	idfN    float64 // ndocs when the weights were last computed
	rep     vec     // leading terms of the most central article
	names   []storyName
	leads   []string // lead entities, kept when the story is evicted
}

// storyName counts a name in a story.
type storyName struct {
	k       uint64
	surface string
	n       float32
}

const (
	repTerms     = 32   // terms kept of the representative article
	storyNames   = 32   // names counted per story
	leadEntities = 5    // names Leads returns
	sweepEvery   = 1000 // articles between two evictions sweeps
	commonAfter  = 1000 // articles seen before a key can be too common
	idfPrior     = 30   // articles assumed seen before the first (see idfOf)
)

// New returns a Clusterer with the given options; zero fields take their
// default (see DefaultOptions).
func New(opts Options) *Clusterer {
	o := opts.withDefaults()
	c := &Clusterer{
		opts:      o,
		postings:  make(map[uint64][]int32),
		byArticle: make(map[string]int32),
		copyOf:    make(map[string]string),
	}
	c.x = newExtractor(&c.opts)
	if o.CopyDistance >= 0 {
		c.nd = NewNearDup(o.CopyDistance, o.CopyWindow)
	}
	return c
}

// Add puts the article into the best story, or a new one, and returns that
// story's ID. an is the article's analysis, whose mentions give the names;
// it may be nil, and then runs of capitalised words stand in for them.
//
// Articles should have IDs (Article.Seal gives one); one without gets
// "#N", N its arrival number. Adding an article ID again changes nothing
// and returns its story. A near-copy of an earlier article joins the
// original's story without counting as evidence (see CopyOf).
//
// A story's ID is "s" and its number in order of creation, so the same
// input in the same order gives the same IDs. When stories merge, the
// older ID stays; Resolve maps the other to it.
func (c *Clusterer) Add(a *dossier.Article, an *dossier.Analysis) string {
	if a == nil {
		return ""
	}
	id := a.ID
	if id == "" {
		id = "#" + strconv.Itoa(c.seq+1)
	}
	if si, ok := c.byArticle[id]; ok {
		return c.stories[c.root(si)].id
	}
	c.seq++
	if a.Published != nil && (!c.clocked || a.Published.After(c.clock)) {
		c.clock, c.clocked = *a.Published, true
	}

	c.x.extract(a.Title, a.Text, an)

	if c.nd != nil {
		orig, _, isCopy := c.nd.add(id, c.x.words)
		if oi, ok := c.byArticle[orig]; isCopy && ok {
			c.copyOf[id] = orig
			r := c.root(oi)
			c.attach(r, id, a)
			return c.stories[r].id
		}
	}

	c.learn()
	c.articleProfile(a)

	best, bestScore := int32(-1), 0.0
	for _, si := range c.candidates(&c.art, -1, c.opts.MaxCandidates) {
		s := c.stories[si]
		c.refresh(s)
		// A story of few articles is a poor estimate of its event, and
		// an article wrongly joined to it mixes two events for good: it
		// must be matched more closely.
		sc := c.score(&c.art, &s.profile) - c.opts.SeedMargin/float64(s.evidence)
		c.workDone++
		if sc > bestScore {
			best, bestScore = si, sc
		}
	}
	var si int32
	if best >= 0 && bestScore >= c.opts.Threshold {
		si = best
		c.join(si, id, a)
		c.maybeMerge(si)
		si = c.root(si)
	} else {
		si = c.create(id, a)
	}
	if c.seq-c.swept >= sweepEvery {
		c.sweep()
	}
	return c.stories[si].id
}

// Stories returns every story, in order of creation, with its articles in
// arrival order. Stories merged into an older one are not listed; their
// articles are in it. Hypotheses are left for the assessment layer.
func (c *Clusterer) Stories() []dossier.Story {
	var out []dossier.Story
	for _, s := range c.stories {
		if c.parent[s.idx] >= 0 {
			continue
		}
		st := dossier.Story{
			ID:       s.id,
			Title:    s.headline,
			Articles: slices.Clone(s.articles),
			Outlets:  slices.Clone(s.outlets),
		}
		if s.dated {
			first, last := s.first, s.last
			st.First, st.Last = &first, &last
		}
		st.Leads = c.Leads(s.id)
		for _, a := range s.articles {
			if orig := c.copyOf[a]; orig != "" {
				if st.NearCopies == nil {
					st.NearCopies = map[string]string{}
				}
				st.NearCopies[a] = orig
			}
		}
		out = append(out, st)
	}
	return out
}

// Resolve returns the ID of the story that story id is now part of: id
// itself unless it was merged into another. It returns "" for an unknown
// ID.
func (c *Clusterer) Resolve(id string) string {
	n, err := strconv.Atoi(strings.TrimPrefix(id, "s"))
	if err != nil || !strings.HasPrefix(id, "s") || n < 1 || n > len(c.stories) {
		return ""
	}
	return c.stories[c.root(int32(n-1))].id
}

// Leads returns the story's lead entities: its most frequent names, most
// frequent first, as first written. Story id may have been merged.
func (c *Clusterer) Leads(id string) []string {
	r := c.Resolve(id)
	if r == "" {
		return nil
	}
	n, _ := strconv.Atoi(r[1:])
	s := c.stories[n-1]
	if !c.live[s.idx] {
		return slices.Clone(s.leads)
	}
	return c.topNames(s)
}

// CopyOf returns the ID of the article that article id is a near-copy of,
// or "" when it is not a copy. Later layers count a copy's evidence once,
// under its original.
func (c *Clusterer) CopyOf(id string) string { return c.copyOf[id] }

// root returns the story that story si has been merged into, compressing
// the path on the way.
func (c *Clusterer) root(si int32) int32 {
	r := si
	for c.parent[r] >= 0 {
		r = c.parent[r]
	}
	for c.parent[si] >= 0 {
		next := c.parent[si]
		c.parent[si] = r
		si = next
	}
	return r
}

// learn counts the article's terms and names in the document frequencies.
// When they count twice DFWindow articles, the counts are halved: terms
// seen once in the distant past leave the table, and IDF follows the
// recent news.
func (c *Clusterer) learn() {
	for _, b := range []*bag{&c.x.terms, &c.x.ents, &c.x.pers} {
		for i, k := range b.keys {
			b.occs[i].df = c.df.inc(k)
		}
	}
	// The title's terms are terms: their frequencies are known now.
	for i, k := range c.x.title.keys {
		o, _ := c.x.terms.get(k)
		c.x.title.occs[i].df = o.df
	}
	c.x.cases.learn(c.x.lower.keys, c.x.caps.keys)
	c.ndocs++
	if c.ndocs >= float64(2*c.opts.DFWindow) {
		c.df.halve()
		c.ndocs /= 2
		c.x.cases.halve()
	}
}

// idf is the smoothed inverse document frequency of key k.
func (c *Clusterer) idf(k uint64) float32 { return c.idfOf(c.df.get(k)) }

// idfOf is the smoothed inverse document frequency of a key in df
// articles: ln(1 + (N+N₀)/df), which stays positive for a key in every
// article. N₀ = idfPrior articles that contain none of the keys are
// assumed besides the N seen, so that the first few articles' words do not
// all look common: without it, two reports of one event among three
// articles would find every word they share in two thirds of the corpus,
// and their similarity would be discounted exactly where they agree.
func (c *Clusterer) idfOf(df uint32) float32 {
	return float32(math.Log(1 + (c.ndocs+idfPrior)/float64(max(df, 1))))
}

// common reports whether key k is in too many articles to find candidates
// with: its postings would only hold the stories that last used it.
func (c *Clusterer) common(k uint64) bool {
	return c.ndocs >= commonAfter && float64(c.df.get(k)) > c.opts.CommonDF*c.ndocs
}

// weigh sets v's w weights from its tf weights and the current IDF.
func (c *Clusterer) weigh(v vec) {
	for i := range v {
		v[i].w = v[i].tf * c.idf(v[i].k)
	}
	normalize(v)
}

// bagVec turns a bag of occurrences into a weighed vector of at most n
// terms, in dst.
func (c *Clusterer) bagVec(dst vec, b *bag, n int) vec {
	dst = dst[:0]
	for i, k := range b.keys {
		o := b.occs[i]
		tf := o.weight()
		dst = append(dst, entry{k: k, tf: tf, w: tf * c.idfOf(o.df)})
	}
	dst = truncate(dst, n)
	normalize(dst)
	return dst
}

// articleProfile builds c.art from the extractor's bags.
func (c *Clusterer) articleProfile(a *dossier.Article) {
	o := &c.opts
	p := &c.art
	p.terms = c.bagVec(p.terms, &c.x.terms, o.ArticleTerms)
	p.ents = c.bagVec(p.ents, &c.x.ents, max(o.ArticleTerms/4, 1))
	p.title = c.bagVec(p.title, &c.x.title, max(o.ArticleTerms/8, 1))
	p.pers = c.bagVec(p.pers, &c.x.pers, max(o.ArticleTerms/8, 1))
	c.artIndex.build(p.terms)
	p.when = c.x.when
	p.dated = a.Published != nil
	if p.dated {
		p.first, p.last = *a.Published, *a.Published
	}
}

// candidates returns the stories in the index that share the most
// weight of leading keys with p, at most limit of them, leaving out story
// self. The cost is bounded by IndexKeys × MaxPostings whatever the
// number of stories.
func (c *Clusterer) candidates(p *profile, self int32, limit int) []int32 {
	half := max(c.opts.IndexKeys/2, 1)
	c.keys = c.keys[:0]
	c.keys, c.scratch = topKeys(c.keys, p.terms, half, c.scratch)
	c.keys, c.scratch = topKeys(c.keys, p.ents, half, c.scratch)
	for len(c.acc) < len(c.stories) {
		c.acc = append(c.acc, 0)
	}
	c.touched = c.touched[:0]
	for _, kw := range c.keys {
		if c.common(kw.k) {
			continue
		}
		post := c.postings[kw.k]
		c.workDone += int64(len(post))
		for _, si := range post {
			r := c.root(si)
			if r == self || !c.live[r] {
				continue
			}
			if c.acc[r] == 0 {
				c.touched = append(c.touched, r)
			}
			c.acc[r] += kw.w
		}
	}
	// The limit stories with the most votes, ties to the older: a
	// partial selection, as the touched stories can be many.
	c.cands = append(c.cands[:0], c.touched...)
	more := func(a, b int32) bool { return c.acc[a] > c.acc[b] || (c.acc[a] == c.acc[b] && a < b) }
	if len(c.cands) > limit {
		lo, hi, k := 0, len(c.cands)-1, limit
		for lo < hi {
			p := c.cands[lo+(hi-lo)/2]
			i, j := lo, hi
			for i <= j {
				for more(c.cands[i], p) {
					i++
				}
				for more(p, c.cands[j]) {
					j--
				}
				if i <= j {
					c.cands[i], c.cands[j] = c.cands[j], c.cands[i]
					i++
					j--
				}
			}
			switch {
			case k-1 <= j:
				hi = j
			case k-1 >= i:
				lo = i
			default:
				lo = hi
			}
		}
		c.cands = c.cands[:limit]
	}
	slices.SortFunc(c.cands, func(a, b int32) int {
		if more(a, b) {
			return -1
		}
		if more(b, a) {
			return 1
		}
		return 0
	})
	for _, r := range c.touched {
		c.acc[r] = 0
	}
	return c.cands
}

// refresh reweighs a story's vectors when the document frequencies have
// moved much since it last grew, so that an old story is not judged by the
// IDF of a time when few articles had been seen. Each story is reweighed a
// logarithmic number of times.
func (c *Clusterer) refresh(s *cstory) {
	if c.ndocs <= 1.5*s.idfN && c.ndocs*1.5 >= s.idfN {
		return
	}
	c.weigh(s.terms)
	c.weigh(s.ents)
	c.weigh(s.title)
	c.weigh(s.pers)
	s.idfN = c.ndocs
}

// score returns how well profiles a and b match: the weighted mean of the
// cosines of their names, terms and headlines (the kinds both have), in
// [0, 1], times the people factor and the time factor, each near 1.
func (c *Clusterer) score(a, b *profile) float64 {
	o := &c.opts
	var num, den float64
	if len(a.terms) > 0 && len(b.terms) > 0 {
		if a == &c.art {
			num += o.TermWeight * c.artIndex.dot(a.terms, b.terms)
		} else {
			num += o.TermWeight * dot(a.terms, b.terms)
		}
		den += o.TermWeight
	}
	if len(a.ents) > 0 && len(b.ents) > 0 {
		num += o.EntityWeight * dot(a.ents, b.ents)
		den += o.EntityWeight
	}
	if len(a.title) > 0 && len(b.title) > 0 {
		num += o.TitleWeight * dot(a.title, b.title)
		den += o.TitleWeight
	}
	if den == 0 {
		return 0
	}
	return num / den * c.peopleFactor(a, b) * c.timeFactor(a, b)
}

// peopleFactor weighs whether two profiles name the same people: two
// reports of one event name its people, while two events of one kind (two
// coaches fired, two fights of one champion) share the setting and differ
// in the people. Without people on both sides it is 1; otherwise it goes
// from 1−PersonWeight (no surname shared) to 1+PersonWeight (their person
// vectors' cosine 0.2 or more: one main person shared is enough).
func (c *Clusterer) peopleFactor(a, b *profile) float64 {
	if len(a.pers) == 0 || len(b.pers) == 0 {
		return 1
	}
	return 1 + c.opts.PersonWeight*(2*min(1, dot(a.pers, b.pers)/0.2)-1)
}

// anchorFactor weighs, for undated profiles, whether their leads name the
// same weekday, month and year (see anchors): for each kind both name,
// from 1−AnchorWeight (never the same) to 1+AnchorWeight (always), and
// half that for the weekday, which a report of the next day may name
// differently.
func (c *Clusterer) anchorFactor(a, b *profile) float64 {
	f := 1.0
	for i, p := range a.when.agree(&b.when) {
		if p < 0 {
			continue
		}
		w := c.opts.AnchorWeight
		if i == 0 {
			w /= 2
		}
		f *= 1 + w*(2*p-1)
	}
	return f
}

// timeFactor weighs the gap between two spans of dates: a bonus within a
// day, halving every HalfLifeDays after. When either is undated, the dates
// their leads name stand in (anchorFactor).
func (c *Clusterer) timeFactor(a, b *profile) float64 {
	if !a.dated || !b.dated {
		return c.anchorFactor(a, b)
	}
	var gap time.Duration
	switch {
	case a.first.After(b.last):
		gap = a.first.Sub(b.last)
	case b.first.After(a.last):
		gap = b.first.Sub(a.last)
	}
	days := gap.Hours() / 24
	f := 1 + max(c.opts.TimeBonus, 0)
	if days <= 1 {
		return f
	}
	return f * math.Exp2(-(days-1)/c.opts.HalfLifeDays)
}

// create starts a story with the article in c.art.
func (c *Clusterer) create(id string, a *dossier.Article) int32 {
	si := int32(len(c.stories))
	s := &cstory{
		id:       "s" + strconv.Itoa(len(c.stories)+1),
		idx:      si,
		headline: titleOf(a),
		idfN:     c.ndocs,
		evidence: 1,
	}
	s.terms = unitTF(slices.Clone(c.art.terms))
	s.ents = unitTF(slices.Clone(c.art.ents))
	s.title = unitTF(slices.Clone(c.art.title))
	s.pers = unitTF(slices.Clone(c.art.pers))
	s.rep = c.repOf(c.art.terms)
	s.when = c.art.when
	c.stories = append(c.stories, s)
	c.parent = append(c.parent, -1)
	c.live = append(c.live, true)
	c.active = append(c.active, si)
	c.attach(si, id, a)
	c.addNames(s)
	c.index(si)
	return si
}

// join adds the article in c.art to story si as evidence: the story's
// centroid moves towards it, and it becomes the story's representative
// when it is closer to the new centroid than the old one.
func (c *Clusterer) join(si int32, id string, a *dossier.Article) {
	s := c.stories[si]
	o := &c.opts
	c.attach(si, id, a)
	s.evidence++
	s.terms = c.absorb(s.terms, c.art.terms, 1/tfNorm(c.art.terms), o.CentroidTerms)
	s.ents = c.absorb(s.ents, c.art.ents, 1/tfNorm(c.art.ents), max(o.CentroidTerms/4, 1))
	s.title = c.absorb(s.title, c.art.title, 1/tfNorm(c.art.title), max(o.CentroidTerms/8, 1))
	s.pers = c.absorb(s.pers, c.art.pers, 1/tfNorm(c.art.pers), max(o.CentroidTerms/8, 1))
	s.idfN = c.ndocs
	s.when.add(&c.art.when)
	if a.Title != "" || s.headline == "" {
		c.repBuf = append(c.repBuf[:0], c.art.terms...)
		c.repBuf = truncate(c.repBuf, repTerms)
		if c.centrality(c.repBuf, s.terms) > c.centrality(s.rep, s.terms) {
			s.rep = append(s.rep[:0], c.repBuf...)
			s.headline = titleOf(a)
		}
	}
	c.addNames(s)
	c.index(si)
}

// attach records the article in story si's summary: its ID, outlet and
// date. It is all a copy adds to a story.
func (c *Clusterer) attach(si int32, id string, a *dossier.Article) {
	s := c.stories[si]
	c.byArticle[id] = si
	s.articles = append(s.articles, id)
	if c.live[si] {
		s.seqs = append(s.seqs, uint32(c.seq))
	}
	s.lastSeq = c.seq
	if a.Source != "" && !slices.Contains(s.outlets, a.Source) {
		s.outlets = append(s.outlets, strings.Clone(a.Source))
	}
	if a.Published != nil {
		t := *a.Published
		switch {
		case !s.dated:
			s.first, s.last, s.dated = t, t, true
		case t.Before(s.first):
			s.first = t
		case t.After(s.last):
			s.last = t
		}
	}
}

// absorb returns dst plus s·src (tf weights), reweighed with the current
// IDF and cut to its n heaviest terms. It reuses dst's memory when it can.
func (c *Clusterer) absorb(dst, src vec, s float32, n int) vec {
	if len(src) == 0 || math.IsInf(float64(s), 0) {
		return dst
	}
	c.merged = addScaledInto(c.merged[:0], dst, src, s)
	c.weigh(c.merged)
	c.merged = truncate(c.merged, n)
	normalize(c.merged)
	return append(dst[:0], c.merged...)
}

// unitTF scales v's tf weights to unit length: a story's centroid starts
// as its first article's unit vector.
func unitTF(v vec) vec {
	if n := tfNorm(v); n > 0 {
		for i := range v {
			v[i].tf /= n
		}
	}
	return v
}

// repOf returns the leading terms of an article's vector, as a story's
// representative.
func (c *Clusterer) repOf(terms vec) vec {
	c.repBuf = append(c.repBuf[:0], terms...)
	return slices.Clone(truncate(c.repBuf, repTerms))
}

// centrality is the cosine between a representative's terms, weighed with
// the current IDF, and a centroid.
func (c *Clusterer) centrality(rep, centroid vec) float64 {
	c.tmp = append(c.tmp[:0], rep...)
	c.weigh(c.tmp)
	return dot(c.tmp, centroid)
}

// titleOf is an article's headline, or the start of its first line when it
// has none, so that every story has a title to show.
func titleOf(a *dossier.Article) string {
	t := a.Title
	if t == "" {
		t, _, _ = strings.Cut(strings.TrimSpace(a.Text), "\n")
		if len(t) > 100 {
			i := 100
			for i > 0 && !utf8.RuneStart(t[i]) {
				i--
			}
			t = t[:i] + "…"
		}
	}
	return strings.Clone(t)
}

// addNames counts the extractor's whole names in story s. The list is
// bounded: when it overflows, the rarest names go.
func (c *Clusterer) addNames(s *cstory) {
	for k, nm := range c.x.names {
		i := slices.IndexFunc(s.names, func(n storyName) bool { return n.k == k })
		if i >= 0 {
			s.names[i].n += nm.n
			continue
		}
		s.names = append(s.names, storyName{k: k, surface: strings.Clone(nm.surface), n: nm.n})
	}
	if len(s.names) > 2*storyNames {
		sortNames(s.names)
		clear(s.names[storyNames:])
		s.names = s.names[:storyNames]
	}
}

// sortNames orders names by count, then by surface form, so that the order
// does not depend on map iteration.
func sortNames(ns []storyName) {
	slices.SortFunc(ns, func(a, b storyName) int {
		if x := cmp.Compare(b.n, a.n); x != 0 {
			return x
		}
		return cmp.Compare(a.surface, b.surface)
	})
}

// topNames returns the story's lead entities.
func (c *Clusterer) topNames(s *cstory) []string {
	c.leadTmp = append(c.leadTmp[:0], s.names...)
	sortNames(c.leadTmp)
	var out []string
	for _, n := range c.leadTmp[:min(len(c.leadTmp), leadEntities)] {
		out = append(out, n.surface)
	}
	return out
}

// index puts story si under its leading terms and names. A key already
// pointing to it is left alone; a full postings list drops the story that
// used the key least recently.
func (c *Clusterer) index(si int32) {
	s := c.stories[si]
	half := max(c.opts.IndexKeys/2, 1)
	c.keys = c.keys[:0]
	c.keys, c.scratch = topKeys(c.keys, s.terms, half, c.scratch)
	c.keys, c.scratch = topKeys(c.keys, s.ents, half, c.scratch)
	for _, kw := range c.keys {
		if c.common(kw.k) {
			continue
		}
		post := c.postings[kw.k]
		if i := slices.Index(post, si); i >= 0 {
			// Move it to the end: the key's most recent user.
			copy(post[i:], post[i+1:])
			post[len(post)-1] = si
			continue
		}
		if len(post) >= c.opts.MaxPostings {
			copy(post, post[1:])
			post = post[:len(post)-1]
		}
		c.postings[kw.k] = append(post, si)
	}
}

// maybeMerge merges story si with the candidate story that matches it best
// when that match reaches MergeThreshold: articles that bridge two stories
// of one event pull their centroids together.
func (c *Clusterer) maybeMerge(si int32) {
	if c.opts.MergeThreshold < 0 {
		return
	}
	s := c.stories[si]
	best, bestScore := int32(-1), 0.0
	// Half as many candidates as for an article: a merge partner that is
	// not among the closest few is not close enough to merge.
	for _, ti := range c.candidates(&s.profile, si, max(c.opts.MaxCandidates/2, 1)) {
		t := c.stories[ti]
		c.refresh(t)
		sc := c.score(&s.profile, &t.profile)
		c.workDone++
		if sc > bestScore {
			best, bestScore = ti, sc
		}
	}
	if best >= 0 && bestScore >= c.opts.MergeThreshold {
		c.merge(si, best)
	}
}

// merge joins two stories into the older, whose ID stays.
func (c *Clusterer) merge(a, b int32) {
	if b < a {
		a, b = b, a
	}
	dst, src := c.stories[a], c.stories[b]
	o := &c.opts

	// Articles stay in arrival order.
	arts := make([]string, 0, len(dst.articles)+len(src.articles))
	seqs := make([]uint32, 0, cap(arts))
	i, j := 0, 0
	for i < len(dst.articles) || j < len(src.articles) {
		if j == len(src.articles) || (i < len(dst.articles) && dst.seqs[i] < src.seqs[j]) {
			arts, seqs = append(arts, dst.articles[i]), append(seqs, dst.seqs[i])
			i++
		} else {
			arts, seqs = append(arts, src.articles[j]), append(seqs, src.seqs[j])
			j++
		}
	}
	dst.articles, dst.seqs = arts, seqs
	for _, out := range src.outlets {
		if !slices.Contains(dst.outlets, out) {
			dst.outlets = append(dst.outlets, out)
		}
	}
	if src.dated {
		if !dst.dated {
			dst.first, dst.last, dst.dated = src.first, src.last, true
		} else {
			dst.first = minTime(dst.first, src.first)
			dst.last = maxTime(dst.last, src.last)
		}
	}
	dst.lastSeq = max(dst.lastSeq, src.lastSeq)
	dst.evidence += src.evidence

	dst.terms = c.absorb(dst.terms, src.terms, 1, o.CentroidTerms)
	dst.ents = c.absorb(dst.ents, src.ents, 1, max(o.CentroidTerms/4, 1))
	dst.title = c.absorb(dst.title, src.title, 1, max(o.CentroidTerms/8, 1))
	dst.pers = c.absorb(dst.pers, src.pers, 1, max(o.CentroidTerms/8, 1))
	dst.idfN = c.ndocs
	dst.when.add(&src.when)
	if c.centrality(src.rep, dst.terms) > c.centrality(dst.rep, dst.terms) {
		dst.rep, dst.headline = src.rep, src.headline
	}
	for _, n := range src.names {
		k := slices.IndexFunc(dst.names, func(m storyName) bool { return m.k == n.k })
		if k >= 0 {
			dst.names[k].n += n.n
		} else {
			dst.names = append(dst.names, n)
		}
	}
	if len(dst.names) > 2*storyNames {
		sortNames(dst.names)
		dst.names = dst.names[:storyNames]
	}

	c.parent[b], c.live[b] = a, false
	src.free()
	src.articles, src.seqs, src.outlets = nil, nil, nil
	c.index(a)
}

// free drops what only the index needs.
func (s *cstory) free() {
	s.terms, s.ents, s.title, s.rep, s.names = nil, nil, nil, nil, nil
}

// sweep evicts the stories that have stopped growing, and then the least
// recently grown beyond MaxActive, and drops them from the postings.
func (c *Clusterer) sweep() {
	c.swept = c.seq
	o := &c.opts
	live := c.active[:0]
	for _, si := range c.active {
		s := c.stories[si]
		if !c.live[si] {
			continue
		}
		idle := c.seq-s.lastSeq > o.EvictAfterArticles ||
			(c.clocked && s.dated && c.clock.Sub(s.last) > o.EvictAfter)
		if idle {
			c.evict(s)
			continue
		}
		live = append(live, si)
	}
	if extra := len(live) - o.MaxActive; extra > 0 {
		byAge := slices.Clone(live)
		slices.SortStableFunc(byAge, func(a, b int32) int {
			return cmp.Compare(c.stories[a].lastSeq, c.stories[b].lastSeq)
		})
		for _, si := range byAge[:extra] {
			c.evict(c.stories[si])
		}
		live = slices.DeleteFunc(live, func(si int32) bool { return !c.live[si] })
	}
	c.active = live
	for k, post := range c.postings {
		kept := post[:0]
		for _, si := range post {
			if c.live[si] {
				kept = append(kept, si)
			}
		}
		switch {
		case len(kept) == 0:
			delete(c.postings, k)
		case len(kept) < len(post):
			clear(post[len(kept):])
			c.postings[k] = kept
		}
	}
}

// evict takes a story out of the index, keeping its summary and lead
// entities.
func (c *Clusterer) evict(s *cstory) {
	s.leads = c.topNames(s)
	c.live[s.idx] = false
	s.free()
	s.seqs = nil // only merges need them, and an evicted story no longer merges
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
