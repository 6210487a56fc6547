package stance

import (
	"sort"
	"strings"
	"sync"

	"dossier"
)

// This file applies the model to a dossier: for each responsibility claim
// of a story, the stance of every article of that story (its title and
// body) towards the claim, and the stance of each outlet.

// Stances of an article or outlet towards a claim, in the claim's own
// direction.
const (
	Supports = Agree     // the article says what the claim says
	Disputes = Disagree  // the article says the opposite
	Reports  = Discuss   // the article reports the matter without taking a side
	Off      = Unrelated // the article is not about it
)

// ArticleStance is the stance of one article towards one claim.
type ArticleStance struct {
	Article string
	Outlet  string // the article's outlet, "" when not stated
	Stance  string // agree, disagree, discuss or unrelated
	Score   float64
}

// OutletStance is the stance of one outlet towards one claim: the mean of
// its articles' scores, read like one article's.
type OutletStance struct {
	Outlet   string
	Stance   string
	Score    float64
	Articles []string
}

// ClaimStances is how the articles and outlets of a claim's story stand
// towards the claim.
type ClaimStances struct {
	Claim string
	// Proposition is the sentence the articles were judged against: the
	// claim's agent "was behind" the story's event, always in the positive; the
	// stances are then turned to the claim's own polarity (an article
	// that agrees that X was behind it disputes the claim that X was not).
	Proposition string
	Articles    []ArticleStance // the story's articles, in story order
	Outlets     []OutletStance  // supporting first, then disputing, reporting, unrelated
}

// Judge computes claim stances and caches them: each article body is
// analysed once, and each (proposition, article) pair is scored once, so
// a claim repeated across a story's articles costs one prediction per
// article. A Judge is safe for concurrent use.
type Judge struct {
	m        *Model
	mu       sync.Mutex
	bodies   map[string]*body
	heads    map[string]*head
	pairs    map[string]map[string]float64
	maxPairs int
	// indexed is the dossier index was built for.
	indexed *dossier.Dossier
	index   index
}

// NewJudge returns a judge over model m.
func NewJudge(m *Model) *Judge {
	return &Judge{m: m, bodies: map[string]*body{}, heads: map[string]*head{}, pairs: map[string]map[string]float64{}, maxPairs: 1 << 16}
}

var (
	defaultJudgeOnce sync.Once
	defaultJudge     *Judge
)

// DefaultJudge returns a judge over the embedded model, shared by the
// process (the report and the export reuse each other's scores).
func DefaultJudge() *Judge {
	defaultJudgeOnce.Do(func() { defaultJudge = NewJudge(Default()) })
	return defaultJudge
}

// scores returns the label probabilities of article a towards
// proposition, from the cache when it holds them.
func (j *Judge) scores(proposition string, a *dossier.Article) map[string]float64 {
	key := proposition + "\x00" + a.ID + "\x00" + a.ContentHash
	j.mu.Lock()
	if s, ok := j.pairs[key]; ok {
		j.mu.Unlock()
		return s
	}
	bkey := a.ID + "\x00" + a.ContentHash
	b, h := j.bodies[bkey], j.heads[proposition]
	j.mu.Unlock()
	if b == nil {
		// The title leads: it is where an outlet states its stance most.
		b = j.m.analyseBody(a.Title + "\n" + a.Text)
	}
	if h == nil {
		h = j.m.analyseHead(proposition)
	}
	// Scores under the data's own class frequencies: an outlet that
	// reports a claim is "discuss" unless it clearly takes a side.
	_, s := j.m.predictHead(h, b, true)
	j.mu.Lock()
	if len(j.pairs) >= j.maxPairs {
		// A bounded cache: start again rather than grow without end in a
		// long-running server.
		j.pairs = map[string]map[string]float64{}
		j.bodies = map[string]*body{}
		j.heads = map[string]*head{}
	}
	j.pairs[key] = s
	j.bodies[bkey] = b
	j.heads[proposition] = h
	j.mu.Unlock()
	return s
}

// ledeSentences is the title and the first two sentences of the body.
const ledeSentences = 3

// reading returns the index of the first sentence of article a (title
// first; already analysed by scores) that denies proposition, or -1, and
// whether a sentence states in the outlet's own voice that agent did it.
func (j *Judge) reading(proposition, agent string, a *dossier.Article) (denied int, own bool) {
	j.mu.Lock()
	b := j.bodies[a.ID+"\x00"+a.ContentHash]
	j.mu.Unlock()
	if b == nil {
		return -1, true
	}
	return b.denies(proposition), b.asserts(proposition, agent)
}

// Proposition is the sentence that says agent was behind event, the
// headline the articles are judged against.
func Proposition(agent, event string) string {
	return strings.TrimSpace(agent) + " was behind " + strings.TrimSpace(event)
}

// Story returns the stances towards every claim of story s, in the order
// of the story's articles and of their claims. Only the story's own
// articles are judged, and only in a story of two articles or more: in a
// story of one there is no other article to compare with the one that
// carries the claim (the cost is then nil, as for most stories of a
// large corpus).
func (j *Judge) Story(d *dossier.Dossier, s dossier.Story) []ClaimStances {
	return j.story(d, j.indexFor(d), s)
}

// indexFor returns the index of d, built once for a run of calls on the
// same dossier (a report or a server page judges its stories one by one).
// A dossier whose article or entity count changed is indexed again.
func (j *Judge) indexFor(d *dossier.Dossier) index {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.indexed != d || j.index.nArticles != len(d.Articles) || j.index.nEntities != len(d.Entities) {
		j.indexed, j.index = d, newIndex(d)
	}
	return j.index
}

// index holds the lookups a story's judging needs, built once per dossier:
// building them per story would make judging a corpus quadratic.
type index struct {
	articles map[string]*dossier.Article // by ID
	names    map[string]string           // entity name by ID
	// nArticles and nEntities are the dossier's counts when indexed.
	nArticles, nEntities int
}

func newIndex(d *dossier.Dossier) index {
	x := index{articles: make(map[string]*dossier.Article, len(d.Articles)), names: make(map[string]string, len(d.Entities)),
		nArticles: len(d.Articles), nEntities: len(d.Entities)}
	for _, a := range d.Articles {
		x.articles[a.ID] = a
	}
	for _, e := range d.Entities {
		x.names[e.ID] = e.Name
	}
	return x
}

func (j *Judge) story(d *dossier.Dossier, x index, s dossier.Story) []ClaimStances {
	if len(s.Articles) < 2 {
		return nil
	}
	byID, names := x.articles, x.names
	var arts []*dossier.Article
	var claims []*dossier.Claim
	for _, id := range s.Articles {
		a := byID[id]
		if a == nil {
			continue
		}
		arts = append(arts, a)
		if an := d.Analyses[id]; an != nil {
			for i := range an.Claims {
				claims = append(claims, &an.Claims[i])
			}
		}
	}
	if len(arts) < 2 {
		return nil
	}
	fallback := storyEvent(claims)
	var out []ClaimStances
	for _, c := range claims {
		agent := names[c.Agent]
		if agent == "" {
			continue
		}
		// Every claim of a story concerns its incident (package claim
		// keeps no other), so the story's own phrase for it serves all
		// of them: "the attack", "it", "Putin" have too few words to
		// tell the incident from any other, and one proposition per
		// agent is scored once per article.
		event := c.Event
		if fallback != "" {
			event = fallback
		}
		cs := ClaimStances{Claim: c.ID, Proposition: Proposition(agent, event)}
		outlets := map[string]*outletSum{}
		var order []string
		for _, a := range arts {
			sc := j.scores(cs.Proposition, a)
			if decide(sc) == Agree {
				// Word overlap reads as agree what a news article
				// mostly does: report the claim. The model's agree
				// stands only where the article states the proposition
				// in its own voice; a sentence that denies it overrules
				// it: in the lede (title and first two sentences) the
				// article disputes it, further down it reports a denial.
				switch i, own := j.reading(cs.Proposition, agent, a); {
				case i >= 0 && i < ledeSentences:
					sc = map[string]float64{Agree: 0, Disagree: sc[Disagree] + sc[Agree], Discuss: sc[Discuss], Unrelated: sc[Unrelated]}
				case i >= 0 || !own:
					sc = map[string]float64{Agree: 0, Disagree: sc[Disagree], Discuss: sc[Discuss] + sc[Agree], Unrelated: sc[Unrelated]}
				}
			}
			if c.Polarity == dossier.NotResponsible {
				sc = map[string]float64{Agree: sc[Disagree], Disagree: sc[Agree], Discuss: sc[Discuss], Unrelated: sc[Unrelated]}
			}
			label := decide(sc)
			cs.Articles = append(cs.Articles, ArticleStance{Article: a.ID, Outlet: a.Source, Stance: label, Score: round3(sc[label])})
			carriers := []string{a.Source}
			for _, cp := range d.Copies[a.ID] {
				carriers = append(carriers, cp.Source)
			}
			for _, o := range carriers {
				sum := outlets[o]
				if sum == nil {
					sum = &outletSum{scores: map[string]float64{}}
					outlets[o] = sum
					order = append(order, o)
				}
				if len(sum.articles) == 0 || sum.articles[len(sum.articles)-1] != a.ID {
					sum.articles = append(sum.articles, a.ID)
					for k, v := range sc {
						sum.scores[k] += v
					}
				}
			}
		}
		for _, o := range order {
			sum := outlets[o]
			mean := map[string]float64{}
			for k, v := range sum.scores {
				mean[k] = v / float64(len(sum.articles))
			}
			label := decide(mean)
			cs.Outlets = append(cs.Outlets, OutletStance{Outlet: o, Stance: label, Score: round3(mean[label]), Articles: sum.articles})
		}
		rank := map[string]int{Supports: 0, Disputes: 1, Reports: 2, Off: 3}
		sort.SliceStable(cs.Outlets, func(x, y int) bool {
			return rank[cs.Outlets[x].Stance] < rank[cs.Outlets[y].Stance]
		})
		out = append(out, cs)
	}
	return out
}

// Dossier returns the stances towards every claim of every story of d, by
// claim ID.
func (j *Judge) Dossier(d *dossier.Dossier) map[string]ClaimStances {
	out := map[string]ClaimStances{}
	x := j.indexFor(d)
	for _, s := range d.Stories {
		for _, cs := range j.story(d, x, s) {
			out[cs.Claim] = cs
		}
	}
	return out
}

type outletSum struct {
	scores   map[string]float64
	articles []string
}

// decide reads scores like Predict: unrelated when it weighs half or
// more, else the best related label.
func decide(s map[string]float64) string {
	if s[Unrelated] >= 0.5 {
		return Unrelated
	}
	best, l := -1.0, Discuss
	for _, k := range RelatedLabels {
		if s[k] > best {
			best, l = s[k], k
		}
	}
	return l
}

// storyEvent is the event phrase the story's claims use most, among those
// of three to seven words ("the attack on the dam"; a longer one is
// rather a clause the extractor took whole); ties go to the first.
func storyEvent(claims []*dossier.Claim) string {
	n := map[string]int{}
	best := ""
	for _, c := range claims {
		words := strings.Fields(c.Event)
		if len(words) < 3 || len(words) > 7 {
			continue
		}
		e := strings.Join(words, " ")
		n[e]++
		if best == "" || n[e] > n[best] {
			best = e
		}
	}
	return best
}

func round3(x float64) float64 {
	return float64(int64(x*1000+0.5)) / 1000
}
