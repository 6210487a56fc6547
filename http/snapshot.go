package http

import (
	"html/template"
	"sort"
	"strings"
	"sync"
	"time"

	"dossier"
	"dossier/analyze"
	"dossier/assess"
	"dossier/stance"
	"dossier/story"
)

// corpus is the expensive part of a snapshot: the articles, their
// analyses linked across the corpus (canonical entities) and grouped into
// stories. It is built once at start and again after an ingest, and never
// changed once built, so any number of snapshots can share it.
type corpus struct {
	d        *dossier.Dossier // Stories carry no hypotheses: a snapshot's copy does
	articles map[string]*dossier.Article
	// anchors maps a story's first article ID to the story's ID, for
	// dismissals, which name a story by its anchor.
	anchors map[string]string
	// index answers the story list's plain-word searches.
	index *wordIndex
	// stances are how the articles and outlets of each claim's story
	// stand towards it, by claim ID: a model's reading, computed once per
	// corpus as the export does (judgements do not change them).
	stances map[string]stance.ClaimStances
	built   time.Time
	took    time.Duration
}

// buildCorpus links the analyses of articles across the corpus and groups
// the articles into stories. raw is not changed: the articles and the
// analyses are copied first, because linking rewrites entity IDs in place
// and clustering sets each article's Story, and the snapshot that readers
// hold at the time must not move under them.
func buildCorpus(articles []*dossier.Article, raw map[string]*dossier.Analysis, copies map[string][]dossier.Copy) *corpus {
	start := time.Now()
	d := &dossier.Dossier{
		Articles: make([]*dossier.Article, len(articles)),
		Analyses: make(map[string]*dossier.Analysis, len(raw)),
		Copies:   copies,
	}
	for i, a := range articles {
		c := *a
		d.Articles[i] = &c
	}
	for id, an := range raw {
		c := *an
		c.Mentions = append([]dossier.Mention(nil), an.Mentions...)
		c.Statements = append([]dossier.Statement(nil), an.Statements...)
		c.Claims = append([]dossier.Claim(nil), an.Claims...)
		d.Analyses[id] = &c
	}
	// The stages of analyze.Finish that need every article at once, but
	// not the assessment, which each snapshot runs under its judgements:
	// entities linked, stories, the publication dates inferred for the
	// undated articles (on the copies) and each story's timeline.
	analyze.LinkCorpus(d)
	analyze.Stories(d, story.DefaultOptions())
	analyze.InferDates(d, time.Now())
	analyze.Timelines(d)
	c := &corpus{d: d, articles: make(map[string]*dossier.Article, len(d.Articles)), anchors: make(map[string]string, len(d.Stories))}
	for _, a := range d.Articles {
		c.articles[a.ID] = a
	}
	for _, s := range d.Stories {
		if len(s.Articles) > 0 {
			c.anchors[s.Articles[0]] = s.ID
		}
	}
	c.index = buildIndex(d.Articles)
	c.stances = stance.DefaultJudge().Dossier(d)
	c.took = time.Since(start)
	c.built = time.Now()
	return c
}

// snapshot is what the server shows: a corpus assessed under the
// analyst's judgements, with the indexes the pages read. It is immutable;
// an analyst action builds a new one (re-running only the assessment) and
// swaps it in.
type snapshot struct {
	version    int64
	corpus     *corpus
	d          *dossier.Dossier // the corpus's, with its own Stories carrying hypotheses
	judgements []dossier.Judgement
	opts       assess.Options
	assessTook time.Duration

	stories  []*dossier.Story // newest first
	storyIdx map[string]int   // story ID → index in d.Stories
	matrices map[string]*assess.Matrix
	entities map[string]*dossier.Entity // by ID; a merged ID maps to the entity it was merged into
	// mergedInto maps the IDs merged away to the entity they now count as.
	mergedInto map[string]string
	// mergedFrom maps an entity to the entities merged into it.
	mergedFrom map[string][]string
	bySpeaker  map[string][]stmtRef  // canonical speaker ID → statements
	byHolder   map[string][]claimRef // canonical holder ID → claims held
	byAgent    map[string][]claimRef // canonical agent ID → claims about it
	claims     map[string]claimRef   // claim ID → claim
	outlets    []string              // every outlet, sorted
	// storyOutlets and storyEntities hold each story's outlets and the
	// entities its articles mention, for the list's filters.
	storyOutlets  map[string]map[string]bool
	storyEntities map[string]map[string]bool
	grades        map[string]string // outlet → Admiralty grade set by the analyst

	views sync.Map                  // story ID → *storyView, built on first request
	hits  memo[[]dossier.SearchHit] // full-text query → hits
	ids   memo[rankedIDs]           // full-text query → article IDs
	pages memo[renderedPage]
	rows  memo[template.HTML] // story ID → its row in the story list
	// options are the outlet filter's options, rendered once.
	optionsOnce sync.Once
	options     template.HTML // login state and request URI → page
}

// stmtRef is a statement and where it stands.
type stmtRef struct {
	St      *dossier.Statement
	Article *dossier.Article
}

// claimRef is a claim and where it stands.
type claimRef struct {
	C       *dossier.Claim
	Article *dossier.Article
}

// options turns the analyst's judgements into assessment options; a
// dismissal names its story by the story's first article, which is looked
// up in the corpus.
func options(c *corpus, js []dossier.Judgement) assess.Options {
	o := assess.Options{
		Reliability: map[string]string{},
		WrongClaims: map[string]bool{},
		Dismissed:   map[assess.HypothesisRef]bool{},
		Merged:      map[string]string{},
	}
	for _, j := range js {
		switch j.Kind {
		case dossier.JudgeReliability:
			o.Reliability[j.Target] = j.Value
		case dossier.JudgeWrongClaim:
			o.WrongClaims[j.Target] = true
		case dossier.JudgeMerge:
			o.Merged[j.Target] = j.Value
		case dossier.JudgeDismiss:
			anchor, agent, _ := strings.Cut(j.Target, "|")
			if id, ok := c.anchors[anchor]; ok {
				o.Dismissed[assess.HypothesisRef{Story: id, Agent: agent}] = true
			}
		}
	}
	return o
}

// canon follows merges from an entity ID to the entity it counts as.
func canon(merged map[string]string, id string) string {
	for range 16 {
		into, ok := merged[id]
		if !ok || into == "" || into == id {
			break
		}
		id = into
	}
	return id
}

// newSnapshot assesses the corpus under the judgements and indexes the
// result.
func newSnapshot(c *corpus, js []dossier.Judgement, version int64) *snapshot {
	s := &snapshot{version: version, corpus: c, judgements: js}
	s.hits.max, s.ids.max, s.pages.max, s.rows.max = maxCachedQueries, maxCachedQueries, maxCachedPages, 1<<20
	s.opts = options(c, js)
	d := *c.d
	d.Stories = append([]dossier.Story(nil), c.d.Stories...)
	s.d = &d
	start := time.Now()
	ms := assess.Assess(s.d, s.opts)
	s.assessTook = time.Since(start)

	s.matrices = make(map[string]*assess.Matrix, len(ms))
	for i := range ms {
		s.matrices[ms[i].Story] = &ms[i]
	}
	s.storyIdx = make(map[string]int, len(d.Stories))
	s.stories = make([]*dossier.Story, len(d.Stories))
	for i := range d.Stories {
		s.storyIdx[d.Stories[i].ID] = i
		s.stories[i] = &d.Stories[i]
	}
	sort.SliceStable(s.stories, func(i, j int) bool {
		a, b := s.stories[i], s.stories[j]
		switch {
		case a.Last == nil:
			return false
		case b.Last == nil:
			return true
		case !a.Last.Equal(*b.Last):
			return a.Last.After(*b.Last)
		}
		return len(a.Articles) > len(b.Articles)
	})

	s.mergedInto = map[string]string{}
	s.mergedFrom = map[string][]string{}
	s.entities = make(map[string]*dossier.Entity, len(d.Entities))
	for i := range d.Entities {
		s.entities[d.Entities[i].ID] = &d.Entities[i]
	}
	for from := range s.opts.Merged {
		to := canon(s.opts.Merged, from)
		if s.entities[to] == nil || s.entities[from] == nil || to == from {
			continue
		}
		s.mergedInto[from] = to
		s.mergedFrom[to] = append(s.mergedFrom[to], from)
	}
	for _, l := range s.mergedFrom {
		sort.Strings(l)
	}

	s.bySpeaker = map[string][]stmtRef{}
	s.byHolder = map[string][]claimRef{}
	s.byAgent = map[string][]claimRef{}
	s.claims = map[string]claimRef{}
	s.storyOutlets = map[string]map[string]bool{}
	s.storyEntities = map[string]map[string]bool{}
	s.grades = s.opts.Reliability
	outlets := map[string]bool{}
	for _, a := range dossier.ByPublication(d.Articles) {
		if a.Source != "" {
			outlets[a.Source] = true
		}
		so := s.storyOutlets[a.Story]
		if so == nil {
			so = map[string]bool{}
			s.storyOutlets[a.Story] = so
			s.storyEntities[a.Story] = map[string]bool{}
		}
		so[a.Source] = true
		an := d.Analyses[a.ID]
		if an == nil {
			continue
		}
		se := s.storyEntities[a.Story]
		for i := range an.Mentions {
			if e := an.Mentions[i].Entity; e != "" {
				se[s.canon(e)] = true
			}
		}
		for i := range an.Statements {
			st := &an.Statements[i]
			if st.Speaker != "" {
				sp := s.canon(st.Speaker)
				s.bySpeaker[sp] = append(s.bySpeaker[sp], stmtRef{st, a})
				se[sp] = true
			}
		}
		for i := range an.Claims {
			cl := &an.Claims[i]
			ref := claimRef{cl, a}
			s.claims[cl.ID] = ref
			if cl.Holder != "" {
				h := s.canon(cl.Holder)
				s.byHolder[h] = append(s.byHolder[h], ref)
			}
			if cl.Agent != "" {
				ag := s.canon(cl.Agent)
				s.byAgent[ag] = append(s.byAgent[ag], ref)
			}
		}
	}
	for o := range outlets {
		s.outlets = append(s.outlets, o)
	}
	sort.Strings(s.outlets)
	return s
}

// canon is the entity an ID counts as under the analyst's merges.
func (s *snapshot) canon(id string) string {
	if to, ok := s.mergedInto[id]; ok {
		return to
	}
	return id
}

// entity returns the entity an ID counts as, or nil.
func (s *snapshot) entity(id string) *dossier.Entity {
	return s.entities[s.canon(id)]
}

// name is an entity's canonical name, or fallback.
func (s *snapshot) name(id, fallback string) string {
	if e := s.entity(id); e != nil {
		return e.Name
	}
	return fallback
}

// story returns a story by ID, or nil.
func (s *snapshot) story(id string) *dossier.Story {
	if i, ok := s.storyIdx[id]; ok {
		return &s.d.Stories[i]
	}
	return nil
}

// grade is an outlet's Admiralty grade: the analyst's, else F.
func (s *snapshot) grade(outlet string) string {
	if g := s.grades[outlet]; g != "" {
		return g
	}
	return "F"
}

// storyFilter selects stories in the list.
type storyFilter struct {
	Query    string
	Outlet   string
	Entity   string
	From, To *time.Time
}

// filter returns the stories that pass the filter, newest first. hits,
// when not nil, are the stories the full-text search found, in rank
// order, and replace the newest-first order.
func (s *snapshot) filter(f storyFilter, hits []string) []*dossier.Story {
	list := s.stories
	if hits != nil {
		list = make([]*dossier.Story, 0, len(hits))
		for _, id := range hits {
			if st := s.story(id); st != nil {
				list = append(list, st)
			}
		}
	}
	ent := ""
	if f.Entity != "" {
		ent = s.canon(f.Entity)
	}
	out := make([]*dossier.Story, 0, min(len(list), 64))
	for _, st := range list {
		if f.Outlet != "" && !s.storyOutlets[st.ID][f.Outlet] {
			continue
		}
		if ent != "" && !s.storyEntities[st.ID][ent] {
			continue
		}
		// A story is in a date range when its span of publication
		// overlaps the range; a story with no known date is in none.
		if f.From != nil && (st.Last == nil || st.Last.Before(*f.From)) {
			continue
		}
		if f.To != nil && (st.First == nil || !st.First.Before(*f.To)) {
			continue
		}
		out = append(out, st)
	}
	return out
}
