package story

import "time"

// Options tune a Clusterer. DefaultOptions gives the values measured on
// ECB+ (see docs/stories.md); New replaces every zero field with its
// default, so Options{Threshold: 0.4} changes the threshold only.
type Options struct {
	// Threshold is the least score, in [0, 1], with which an article
	// joins a story; below it the article starts a story of its own.
	// Higher gives smaller, purer stories.
	Threshold float64
	// SeedMargin raises the threshold of young stories: a story of n
	// articles needs Threshold + SeedMargin/n. A story's first articles
	// are a poor estimate of its event, and an article of another event
	// joined to one mixes the two for good. Negative means none.
	SeedMargin float64
	// MergeThreshold is the least score between two stories for them to
	// merge, checked each time a story grows. Negative disables merging.
	MergeThreshold float64
	// MaxCandidates is how many stories, found through the index, an
	// article is scored against (a story, when checked for a merge, half
	// as many). It bounds the cost of an article.
	MaxCandidates int

	// EntityWeight, TermWeight and TitleWeight weigh the cosine
	// similarities of names, content terms and headline terms in the
	// score. A kind of evidence that one side lacks (an article without
	// a title, a text with no names) is left out rather than counted as
	// a mismatch.
	EntityWeight, TermWeight, TitleWeight float64

	// TitleBoost multiplies the weight of headline terms in the content
	// vector, and LeadBoost that of the first LeadWords words of the
	// body: news puts what happened first.
	TitleBoost float64
	LeadBoost  float64
	LeadWords  int

	// PersonWeight is how much naming the same people, or none of the
	// same, raises or lowers a score (0.2: by up to 20 %). People are
	// the analysis's PERSON mentions, or, without one, names given in
	// full and then by surname. Negative means none.
	PersonWeight float64
	// AnchorWeight is how much naming the same month and year in the
	// headline and lead, or different ones, raises or lowers the score of
	// two undated articles (the weekday counts half). Negative means
	// none.
	AnchorWeight float64

	// CentroidTerms bounds each story's term vector: it keeps the terms
	// with the highest TF-IDF weight. Names keep a quarter as many, and
	// headlines and people an eighth.
	CentroidTerms int
	// ArticleTerms bounds an article's term vector the same way, so that
	// long and short articles score on the same scale.
	ArticleTerms int
	// IndexKeys is how many of its leading terms and names (half each) a
	// story puts in the inverted index, and an article looks up.
	IndexKeys int
	// MaxPostings bounds the list of stories per index key; the stories
	// that last used the key stay. CommonDF is the document frequency,
	// as a fraction of the articles seen, above which a key is too
	// common to find candidates with.
	MaxPostings int
	CommonDF    float64

	// HalfLifeDays is how many days past a story's known dates halve the
	// score of an article with a known date; an article within a day of
	// the story's span gets TimeBonus more (0.1 is 10 %; negative means
	// none).
	HalfLifeDays float64
	TimeBonus    float64

	// A story leaves the index, keeping its summary, once the newest
	// article date seen is EvictAfter past its last article, once
	// EvictAfterArticles articles have arrived since it last grew, or
	// when more than MaxActive stories are in the index (the least
	// recently grown leave first).
	EvictAfter         time.Duration
	EvictAfterArticles int
	MaxActive          int

	// CopyDistance is the largest Hamming distance between the SimHashes
	// of two texts for the later to be a copy of the earlier (see
	// NearDup); negative disables copy detection. CopyWindow is how many
	// recent texts the copy detector remembers.
	CopyDistance int
	CopyWindow   int

	// DFWindow sets the memory of the document frequencies: when they
	// count twice DFWindow articles, every count is halved (and a key
	// seen once is forgotten), so that IDF follows recent news and the
	// vocabulary it holds stays bounded.
	DFWindow int
}

// DefaultOptions returns the options measured on ECB+ and checked on the
// news corpus; see docs/stories.md.
func DefaultOptions() Options {
	return Options{
		Threshold:          0.20,
		SeedMargin:         0.15,
		MergeThreshold:     0.60,
		MaxCandidates:      16,
		EntityWeight:       1.0,
		TermWeight:         1.0,
		TitleWeight:        0.3,
		TitleBoost:         3,
		LeadBoost:          2,
		LeadWords:          120,
		PersonWeight:       0.2,
		AnchorWeight:       0.25,
		CentroidTerms:      128,
		ArticleTerms:       128,
		IndexKeys:          32,
		MaxPostings:        64,
		CommonDF:           0.1,
		HalfLifeDays:       3,
		TimeBonus:          0.1,
		EvictAfter:         14 * 24 * time.Hour,
		EvictAfterArticles: 50000,
		MaxActive:          10000,
		CopyDistance:       6,
		CopyWindow:         100000,
		DFWindow:           100000,
	}
}

// withDefaults returns o with each zero field replaced by its default.
func (o Options) withDefaults() Options {
	d := DefaultOptions()
	setF := func(v *float64, def float64) {
		if *v == 0 {
			*v = def
		}
	}
	setI := func(v *int, def int) {
		if *v == 0 {
			*v = def
		}
	}
	setF(&o.Threshold, d.Threshold)
	setF(&o.SeedMargin, d.SeedMargin)
	setF(&o.MergeThreshold, d.MergeThreshold)
	setI(&o.MaxCandidates, d.MaxCandidates)
	if o.EntityWeight == 0 && o.TermWeight == 0 && o.TitleWeight == 0 {
		o.EntityWeight, o.TermWeight, o.TitleWeight = d.EntityWeight, d.TermWeight, d.TitleWeight
	}
	setF(&o.TitleBoost, d.TitleBoost)
	setF(&o.LeadBoost, d.LeadBoost)
	setI(&o.LeadWords, d.LeadWords)
	setF(&o.PersonWeight, d.PersonWeight)
	setF(&o.AnchorWeight, d.AnchorWeight)
	setI(&o.CentroidTerms, d.CentroidTerms)
	setI(&o.ArticleTerms, d.ArticleTerms)
	setI(&o.IndexKeys, d.IndexKeys)
	setI(&o.MaxPostings, d.MaxPostings)
	setF(&o.CommonDF, d.CommonDF)
	setF(&o.HalfLifeDays, d.HalfLifeDays)
	setF(&o.TimeBonus, d.TimeBonus)
	if o.EvictAfter == 0 {
		o.EvictAfter = d.EvictAfter
	}
	setI(&o.EvictAfterArticles, d.EvictAfterArticles)
	setI(&o.MaxActive, d.MaxActive)
	setI(&o.CopyDistance, d.CopyDistance)
	setI(&o.CopyWindow, d.CopyWindow)
	setI(&o.DFWindow, d.DFWindow)
	// Negative switches a weight off.
	for _, v := range []*float64{&o.SeedMargin, &o.PersonWeight, &o.AnchorWeight, &o.TimeBonus} {
		*v = max(*v, 0)
	}
	return o
}
