package http

import (
	"fmt"
	"math"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"dossier"
	"dossier/assess"
	"dossier/stance"
	"dossier/story"
)

// The view types are what the pages render and the API returns: plain
// values with names resolved, dates formatted and links made, so that the
// templates hold no logic and the JSON needs no second vocabulary.

// articleRef points to an article.
type articleRef struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Outlet string `json:"outlet"`
	Date   string `json:"date"`
	Story  string `json:"story,omitempty"`
	Link   string `json:"link"`
	// Inferred bounds the publication date of an undated article, from
	// its text and its story; nil when the article is dated or nothing
	// bounds it.
	Inferred *boundsView `json:"published_inferred,omitempty"`
}

// boundsView is what the text and the story tell of an unknown
// publication date.
type boundsView struct {
	Earliest string   `json:"earliest"` // YYYY-MM-DD, or "" when unbounded
	Latest   string   `json:"latest"`
	Basis    []string `json:"basis"`
	// Text says it in words: "published between X and Y (inferred: ...)".
	Text string `json:"text"`
}

func bounds(b *dossier.DateBounds) *boundsView {
	if b == nil || (b.Earliest == "" && b.Latest == "") {
		return nil
	}
	v := &boundsView{Earliest: b.Earliest, Latest: b.Latest, Basis: b.Basis}
	switch {
	case b.Earliest == b.Latest:
		v.Text = "published on " + b.Earliest
	case b.Latest == "":
		v.Text = "published on or after " + b.Earliest
	case b.Earliest == "":
		v.Text = "published on or before " + b.Latest
	default:
		v.Text = "published between " + b.Earliest + " and " + b.Latest
	}
	basis := "from the text and its story"
	if len(b.Basis) > 0 {
		basis = strings.Join(b.Basis, "; ")
	}
	v.Text += " (inferred: " + basis + ")"
	return v
}

// claimView is a responsibility claim.
type claimView struct {
	ID         string `json:"id"`
	Article    string `json:"article"`
	Outlet     string `json:"outlet"`
	Date       string `json:"date"`
	Holder     string `json:"holder"`
	HolderID   string `json:"holder_id"`
	Agent      string `json:"agent"`
	AgentID    string `json:"agent_id"`
	Polarity   string `json:"polarity"`
	Certainty  string `json:"certainty"`
	Confidence string `json:"confidence"`
	Event      string `json:"event"`
	Text       string `json:"text"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Link       string `json:"link"` // the article page with the evidence highlighted
	Wrong      bool   `json:"wrong"`
	// Proposition, Stances and OutletStances are how the articles and
	// outlets of the claim's story stand towards it: a stance model's
	// reading, not a fact-check. They are empty in a story of one article.
	Proposition   string              `json:"stance_proposition"`
	Stances       []articleStanceView `json:"stances"`
	OutletStances []outletStanceView  `json:"outlet_stances"`
	// The outlets by stance, for the page.
	SupportedBy, DisputedBy, ReportedBy []string `json:"-"`
}

// articleStanceView is the stance of one article towards a claim.
type articleStanceView struct {
	Article string  `json:"article"`
	Outlet  string  `json:"outlet"`
	Stance  string  `json:"stance"` // agree, disagree, discuss or unrelated
	Score   float64 `json:"score"`
}

// outletStanceView is the stance of one outlet towards a claim, from the
// mean of its articles' scores.
type outletStanceView struct {
	Outlet   string   `json:"outlet"`
	Stance   string   `json:"stance"`
	Score    float64  `json:"score"`
	Articles []string `json:"articles"`
}

// timelineView is one dated thing in a story's timeline, linked to its
// evidence.
type timelineView struct {
	Date      string `json:"date"`
	Kind      string `json:"kind"` // incident, event or statement
	Text      string `json:"text"` // the time expression as written
	Summary   string `json:"summary"`
	Article   string `json:"article"`
	Outlet    string `json:"outlet"`
	Statement string `json:"statement"`
	Claim     string `json:"claim"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	// Inferred is true when the date rests on a publication date the
	// analysis inferred rather than one the article states.
	Inferred bool   `json:"inferred"`
	Link     string `json:"link"`
}

// statementView is a reported statement.
type statementView struct {
	ID          string `json:"id"`
	Article     string `json:"article"`
	Outlet      string `json:"outlet"`
	Date        string `json:"date"`
	Speaker     string `json:"speaker"`
	SpeakerID   string `json:"speaker_id"`
	SpeakerText string `json:"speaker_text"`
	Cue         string `json:"cue"`
	Kind        string `json:"kind"`
	Text        string `json:"text"`
	Venue       string `json:"venue"`
	When        string `json:"when"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Link        string `json:"link"`
}

// rowView is one row of an ACH matrix.
type rowView struct {
	N             int       `json:"n"` // E1, E2, ... as the brief numbers them
	Claim         claimView `json:"claim"`
	Copies        []string  `json:"copies"`
	Reliability   string    `json:"reliability"`
	Interested    bool      `json:"interested"`
	Relayed       bool      `json:"relayed"`
	Credibility   float64   `json:"credibility"`
	Relevance     float64   `json:"relevance"`
	Weight        float64   `json:"weight"`
	Diagnosticity int       `json:"diagnosticity"`
	Ratings       []string  `json:"ratings"` // one per hypothesis, in ranking order
}

// rated is a row as evidence for or against one hypothesis.
type rated struct {
	Row    *rowView `json:"-"`
	N      int      `json:"row"`
	Rating string   `json:"rating"`
}

// hypView is one hypothesis with its scores and evidence.
type hypView struct {
	N             int      `json:"n"`
	Agent         string   `json:"agent"`
	Label         string   `json:"label"`
	Also          []string `json:"also"`
	Inconsistency float64  `json:"heuer_inconsistency"`
	Weighted      float64  `json:"weighted_inconsistency"`
	Consistent    int      `json:"consistent"`
	Dismissed     bool     `json:"dismissed"`
	// For and Against list the rows rated for and against it, the first
	// maxEvidence of each; MoreFor and MoreAgainst count the rest (every
	// rating is in the rows).
	For         []rated `json:"for"`
	Against     []rated `json:"against"`
	MoreFor     int     `json:"more_for"`
	MoreAgainst int     `json:"more_against"`
	Neutral     int     `json:"neutral"`
}

// maxEvidence bounds the evidence a hypothesis lists for and against it,
// so that a story of hundreds of claims and dozens of hypotheses does not
// repeat the matrix once per hypothesis.
const maxEvidence = 25

// speakerView is one speaker's statements in a story.
type speakerView struct {
	ID         string          `json:"id"`
	Name       string          `json:"name"`
	Statements []statementView `json:"statements"`
}

// sideView is the speakers of one side: the country or body they speak
// for.
type sideView struct {
	Name     string        `json:"name"`
	Speakers []speakerView `json:"speakers"`
}

// outletView is what one outlet carries in a story.
type outletView struct {
	Name       string       `json:"name"`
	Grade      string       `json:"grade"`
	Articles   []articleRef `json:"articles"`
	Statements int          `json:"statements"`
	Claims     int          `json:"claims"`
	Only       []linked     `json:"only"` // what no other outlet of the story carries
}

// linked is a line of text with a link to its evidence.
type linked struct {
	Text string `json:"text"`
	Link string `json:"link"`
}

// contradiction is a pair of claims about one agent with opposite
// polarities, each linked to its evidence.
type contradiction struct {
	Text    string `json:"text"`
	For     string `json:"for"`     // link to the claim that says responsible
	Against string `json:"against"` // link to the claim that says not
}

// storyItem is a story in a list.
type storyItem struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	First    string   `json:"first"`
	Last     string   `json:"last"`
	Articles int      `json:"articles"`
	Outlets  []string `json:"outlets"`
	Leads    []string `json:"leads"`
	Leader   string   `json:"leader"` // the least inconsistent hypothesis, or ""
	Link     string   `json:"link"`
}

// storyView is a story page: the attribution brief, who said what, and
// what each outlet carries.
type storyView struct {
	storyItem
	ArticleList    []articleRef    `json:"article_list"`
	Caveat         string          `json:"caveat"`
	Hypotheses     []hypView       `json:"hypotheses"`
	Rows           []rowView       `json:"rows"`
	Excluded       []claimView     `json:"excluded"`
	Sensitivity    string          `json:"sensitivity"`
	Sides          []sideView      `json:"sides"`
	OutletViews    []outletView    `json:"outlet_views"`
	Contradictions []contradiction `json:"contradictions"`
	Timeline       []timelineView  `json:"timeline"`
	Anchor         string          `json:"-"`
	// Stanced is true when some row's claim has outlet stances.
	Stanced bool `json:"-"`
}

func day(t *time.Time) string {
	if t == nil {
		return "date unknown"
	}
	return t.UTC().Format("2006-01-02")
}

func outletName(o string) string {
	if o == "" {
		return "outlet not stated"
	}
	return o
}

// evidenceLink is the article page with a span highlighted.
func evidenceLink(article string, sp dossier.Span) string {
	u := "/articles/" + url.PathEscape(article)
	if sp.Len() > 0 {
		u += "?start=" + strconv.Itoa(sp.Start) + "&end=" + strconv.Itoa(sp.End) + "#evidence"
	}
	return u
}

func (s *snapshot) articleRef(a *dossier.Article) articleRef {
	r := articleRef{ID: a.ID, Title: a.Title, Outlet: outletName(a.Source), Date: day(a.Published), Story: a.Story,
		Link: "/articles/" + url.PathEscape(a.ID)}
	if a.Published == nil {
		r.Inferred = bounds(a.PublishedInferred)
	}
	return r
}

func (s *snapshot) claimView(c *dossier.Claim) claimView {
	v := claimView{ID: c.ID, Article: c.Article, HolderID: s.canon(c.Holder), AgentID: s.canon(c.Agent),
		Polarity: string(c.Polarity), Certainty: c.Certainty, Confidence: c.Confidence, Event: c.Event,
		Text: c.Text, Start: c.Evidence.Start, End: c.Evidence.End, Wrong: s.opts.WrongClaims[c.ID]}
	a := s.corpus.articles[c.Article]
	if a != nil {
		v.Outlet, v.Date = outletName(a.Source), day(a.Published)
	}
	v.Holder = s.name(c.Holder, "")
	if c.Holder == "" {
		v.Holder = v.Outlet
	}
	v.Agent = s.name(c.Agent, c.Agent)
	v.Link = evidenceLink(c.Article, c.Evidence)
	s.stances(&v)
	return v
}

// stances fills a claim's stances from the corpus's.
func (s *snapshot) stances(v *claimView) {
	cs := s.corpus.stances[v.ID]
	v.Proposition = cs.Proposition
	v.Stances = make([]articleStanceView, 0, len(cs.Articles))
	v.OutletStances = make([]outletStanceView, 0, len(cs.Outlets))
	for _, a := range cs.Articles {
		v.Stances = append(v.Stances, articleStanceView{Article: a.Article, Outlet: outletName(a.Outlet), Stance: a.Stance, Score: a.Score})
	}
	for _, o := range cs.Outlets {
		name := outletName(o.Outlet)
		v.OutletStances = append(v.OutletStances, outletStanceView{Outlet: name, Stance: o.Stance, Score: o.Score, Articles: o.Articles})
		switch o.Stance {
		case stance.Supports:
			v.SupportedBy = append(v.SupportedBy, name)
		case stance.Disputes:
			v.DisputedBy = append(v.DisputedBy, name)
		case stance.Reports:
			v.ReportedBy = append(v.ReportedBy, name)
		}
	}
}

// timeline is the story's timeline, each entry linked to its evidence.
func (s *snapshot) timeline(v *storyView, st *dossier.Story) {
	v.Timeline = make([]timelineView, 0, len(st.Timeline))
	for _, e := range st.Timeline {
		tv := timelineView{Date: e.Date, Kind: e.Kind, Text: oneLine(e.Text), Summary: oneLine(e.Summary), Article: e.Article,
			Statement: e.Statement, Claim: e.Claim, Start: e.Span.Start, End: e.Span.End, Inferred: e.Inferred,
			Link: evidenceLink(e.Article, e.Span)}
		if a := s.corpus.articles[e.Article]; a != nil {
			tv.Outlet = outletName(a.Source)
		}
		v.Timeline = append(v.Timeline, tv)
	}
}

func (s *snapshot) statementView(st *dossier.Statement, a *dossier.Article) statementView {
	sp := st.Content
	if sp.Len() == 0 {
		sp = st.Sentence
	}
	return statementView{ID: st.ID, Article: st.Article, Outlet: outletName(a.Source), Date: day(a.Published),
		Speaker: s.name(st.Speaker, st.SpeakerText), SpeakerID: s.canon(st.Speaker), SpeakerText: st.SpeakerText,
		Cue: st.Cue, Kind: string(st.Kind), Text: st.Text, Venue: st.Venue, When: st.When,
		Start: sp.Start, End: sp.End, Link: evidenceLink(st.Article, sp)}
}

func (s *snapshot) storyItem(st *dossier.Story) storyItem {
	it := storyItem{ID: st.ID, Title: st.Title, First: day(st.First), Last: day(st.Last), Articles: len(st.Articles),
		Outlets: st.Outlets, Leads: st.Leads, Link: "/stories/" + url.PathEscape(st.ID)}
	if len(st.Hypotheses) > 0 {
		it.Leader = st.Hypotheses[0].Label
	}
	if it.Title == "" {
		it.Title = "(untitled story " + st.ID + ")"
	}
	return it
}

// storyView returns the view of a story, built once per snapshot.
func (s *snapshot) storyView(id string) *storyView {
	if v, ok := s.views.Load(id); ok {
		return v.(*storyView)
	}
	st := s.story(id)
	if st == nil {
		return nil
	}
	v := s.buildStoryView(st)
	actual, _ := s.views.LoadOrStore(id, v)
	return actual.(*storyView)
}

func (s *snapshot) buildStoryView(st *dossier.Story) *storyView {
	v := &storyView{storyItem: s.storyItem(st), Caveat: assess.Caveat}
	if len(st.Articles) > 0 {
		v.Anchor = st.Articles[0]
	}
	for _, id := range st.Articles {
		if a := s.corpus.articles[id]; a != nil {
			v.ArticleList = append(v.ArticleList, s.articleRef(a))
		}
	}
	if m := s.matrices[st.ID]; m != nil {
		s.brief(v, m)
	}
	for i := range v.Rows {
		if len(v.Rows[i].Claim.OutletStances) > 0 {
			v.Stanced = true
		}
	}
	s.timeline(v, st)
	s.whoSaidWhat(v, st)
	s.outletViews(v, st)
	return v
}

// brief fills the attribution brief from the matrix.
func (s *snapshot) brief(v *storyView, m *assess.Matrix) {
	v.Rows = make([]rowView, len(m.Rows))
	for i, r := range m.Rows {
		rv := rowView{N: i + 1, Claim: s.claimView(&r.Claim), Copies: r.Copies, Reliability: r.Reliability,
			Interested: r.Interested, Relayed: r.Relayed, Credibility: round3(r.Credibility), Relevance: round3(r.Relevance),
			Weight: round3(r.Weight), Diagnosticity: r.Diagnosticity}
		rv.Claim.Holder, rv.Claim.Agent = r.Holder, r.Agent
		for _, rt := range r.Ratings {
			rv.Ratings = append(rv.Ratings, string(rt))
		}
		v.Rows[i] = rv
	}
	for _, c := range m.Excluded {
		v.Excluded = append(v.Excluded, s.claimView(&c))
	}
	for h, hy := range m.Hypotheses {
		hv := hypView{N: h + 1, Agent: hy.Agent, Label: hy.Label, Also: hy.Also, Inconsistency: hy.Inconsistency,
			Weighted: round3(hy.Weighted), Consistent: hy.Consistent, Dismissed: hy.Dismissed}
		for r := range v.Rows {
			rt := v.Rows[r].Ratings[h]
			switch dossier.Rating(rt) {
			case dossier.VeryConsistent, dossier.Consistent:
				hv.For = append(hv.For, rated{&v.Rows[r], r + 1, rt})
			case dossier.Inconsistent, dossier.VeryInconsistent:
				hv.Against = append(hv.Against, rated{&v.Rows[r], r + 1, rt})
			default:
				hv.Neutral++
			}
		}
		if n := len(hv.For); n > maxEvidence {
			hv.For, hv.MoreFor = hv.For[:maxEvidence], n-maxEvidence
		}
		if n := len(hv.Against); n > maxEvidence {
			hv.Against, hv.MoreAgainst = hv.Against[:maxEvidence], n-maxEvidence
		}
		v.Hypotheses = append(v.Hypotheses, hv)
	}
	sn := m.Sensitivity
	switch {
	case len(m.Rows) == 0:
	case sn.Row < 0:
		v.Sensitivity = "No single claim, if wrong, would change the ranking."
	case sn.LeaderChanges:
		v.Sensitivity = fmt.Sprintf("The ranking hangs on claim E%d: without it, %s would lead instead of %s. Check it first.", sn.Row+1, sn.NewLeader, sn.Leader)
	default:
		v.Sensitivity = fmt.Sprintf("No single claim changes the leader; claim E%d, if wrong, would change the order below it.", sn.Row+1)
	}
}

// whoSaidWhat groups the story's statements by side, then speaker, as the
// Markdown report does.
func (s *snapshot) whoSaidWhat(v *storyView, st *dossier.Story) {
	by := map[string]*speakerView{}
	var keys []string
	for _, id := range st.Articles {
		a, an := s.corpus.articles[id], s.d.Analyses[id]
		if a == nil || an == nil {
			continue
		}
		for i := range an.Statements {
			x := &an.Statements[i]
			key := s.canon(x.Speaker)
			if key == "" {
				key = "?" + x.SpeakerText
			}
			sp := by[key]
			if sp == nil {
				sp = &speakerView{ID: s.canon(x.Speaker), Name: s.speakerName(key)}
				by[key] = sp
				keys = append(keys, key)
			}
			sp.Statements = append(sp.Statements, s.statementView(x, a))
		}
	}
	side := func(key string) string {
		if e := s.entity(key); e != nil {
			if aff := s.entity(e.Affiliation); aff != nil {
				return aff.Name
			}
			if e.Type == dossier.GPE || e.Type == dossier.Org {
				return e.Name
			}
		}
		return "Unaffiliated or unresolved speakers"
	}
	sort.SliceStable(keys, func(i, j int) bool {
		si, sj := side(keys[i]), side(keys[j])
		if si != sj {
			return si < sj
		}
		return len(by[keys[i]].Statements) > len(by[keys[j]].Statements)
	})
	for _, k := range keys {
		sd := side(k)
		if n := len(v.Sides); n == 0 || v.Sides[n-1].Name != sd {
			v.Sides = append(v.Sides, sideView{Name: sd})
		}
		v.Sides[len(v.Sides)-1].Speakers = append(v.Sides[len(v.Sides)-1].Speakers, *by[k])
	}
}

func (s *snapshot) speakerName(key string) string {
	if e := s.entity(key); e != nil {
		if len(e.Titles) > 0 {
			return e.Name + " (" + e.Titles[0] + ")"
		}
		return e.Name
	}
	if t := strings.TrimPrefix(key, "?"); t != "" {
		return "“" + t + "” (not resolved to an entity)"
	}
	return "Unnamed source"
}

// outletViews fills what each outlet carries.
func (s *snapshot) outletViews(v *storyView, st *dossier.Story) {
	// story.Outlets indexes the articles of the dossier it is given: give
	// it the story's own, not the corpus's thousands.
	sub := &dossier.Dossier{Analyses: s.d.Analyses, Copies: s.d.Copies, Entities: s.d.Entities}
	for _, id := range st.Articles {
		if a := s.corpus.articles[id]; a != nil {
			sub.Articles = append(sub.Articles, a)
		}
	}
	ov := story.Outlets(sub, *st)
	idx := map[string]int{}
	for _, o := range ov.Outlets {
		idx[o.Outlet] = len(v.OutletViews)
		v.OutletViews = append(v.OutletViews, outletView{Name: o.Outlet, Grade: s.grade(o.Outlet), Statements: o.Statements, Claims: o.Claims})
	}
	for _, id := range st.Articles {
		a := s.corpus.articles[id]
		if a == nil {
			continue
		}
		if i, ok := idx[a.Source]; ok {
			v.OutletViews[i].Articles = append(v.OutletViews[i].Articles, s.articleRef(a))
		}
	}
	for _, r := range ov.Statements {
		if r.Only {
			if i, ok := idx[r.Outlets[0]]; ok {
				st := r.Statement
				sp := st.Content
				if sp.Len() == 0 {
					sp = st.Sentence
				}
				v.OutletViews[i].Only = append(v.OutletViews[i].Only, linked{s.name(st.Speaker, st.SpeakerText) + ": " + oneLine(st.Text), evidenceLink(st.Article, sp)})
			}
		}
	}
	for _, r := range ov.Claims {
		if r.Only {
			if i, ok := idx[r.Outlets[0]]; ok {
				v.OutletViews[i].Only = append(v.OutletViews[i].Only, linked{fmt.Sprintf("claim by %s that %s was %s",
					s.name(r.Claim.Holder, "the outlet"), s.name(r.Claim.Agent, "?"), responsibility(r.Claim.Polarity)),
					evidenceLink(r.Claim.Article, r.Claim.Evidence)})
			}
		}
	}
	for _, c := range ov.Contradictions {
		v.Contradictions = append(v.Contradictions, contradiction{Text: fmt.Sprintf("%s: %s (%s) says responsible — %s (%s) says not",
			s.name(c.Agent, "?"), s.name(c.For.Holder, "the outlet"), outletName(c.ForOutlet),
			s.name(c.Against.Holder, "the outlet"), outletName(c.AgainstOutlet)),
			For: evidenceLink(c.For.Article, c.For.Evidence), Against: evidenceLink(c.Against.Article, c.Against.Evidence)})
	}
}

// round3 keeps three decimals, so that the JSON shows no float noise.
func round3(f float64) float64 { return math.Round(f*1000) / 1000 }

func responsibility(p dossier.Polarity) string {
	if p == dossier.NotResponsible {
		return "not responsible"
	}
	return "responsible"
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// entityView is an entity page.
type entityView struct {
	ID          string          `json:"id"`
	Name        string          `json:"name"`
	Type        string          `json:"type"`
	Aliases     []string        `json:"aliases"`
	Titles      []string        `json:"titles"`
	Affiliation *entityRef      `json:"affiliation"`
	MergedFrom  []entityRef     `json:"merged_from"`
	Statements  []statementView `json:"statements"`
	Held        []claimView     `json:"claims_held"`
	About       []claimView     `json:"claims_about"`
	MoreSaid    int             `json:"more_statements"` // beyond the page's limit
	Members     []entityRef     `json:"members"`         // entities affiliated to it
	Mentions    int             `json:"mentions"`
	Stories     []storyItem     `json:"stories"`
	Redirect    string          `json:"-"`
}

// entityRef names an entity.
type entityRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
	Link string `json:"link"`
}

func (s *snapshot) entityRef(e *dossier.Entity) entityRef {
	return entityRef{ID: e.ID, Name: e.Name, Type: string(e.Type), Link: "/entities/" + url.PathEscape(e.ID)}
}

// maxListed bounds the statements and claims an entity page lists.
const maxListed = 200

// entityView returns the view of an entity: everything it said, the
// claims it holds and those about it, merges included.
func (s *snapshot) entityView(id string) *entityView {
	e := s.entities[id]
	if e == nil {
		return nil
	}
	if to, ok := s.mergedInto[id]; ok {
		return &entityView{ID: id, Name: e.Name, Redirect: to}
	}
	v := &entityView{ID: e.ID, Name: e.Name, Type: string(e.Type), Titles: e.Titles, Mentions: len(e.Mentions)}
	seen := map[string]bool{e.Name: true}
	addAlias := func(a string) {
		if !seen[a] {
			seen[a] = true
			v.Aliases = append(v.Aliases, a)
		}
	}
	for _, a := range e.Aliases {
		addAlias(a)
	}
	for _, from := range s.mergedFrom[e.ID] {
		if m := s.entities[from]; m != nil {
			v.MergedFrom = append(v.MergedFrom, s.entityRef(m))
			addAlias(m.Name)
			for _, a := range m.Aliases {
				addAlias(a)
			}
		}
	}
	if aff := s.entity(e.Affiliation); aff != nil && aff.ID != e.ID {
		r := s.entityRef(aff)
		v.Affiliation = &r
	}
	for i := range s.d.Entities {
		o := &s.d.Entities[i]
		if o.ID != e.ID && s.canon(o.Affiliation) == e.ID && len(v.Members) < maxListed {
			v.Members = append(v.Members, s.entityRef(o))
		}
	}
	said := s.bySpeaker[e.ID]
	for i, r := range said {
		if i == maxListed {
			v.MoreSaid = len(said) - maxListed
			break
		}
		v.Statements = append(v.Statements, s.statementView(r.St, r.Article))
	}
	for i, r := range s.byHolder[e.ID] {
		if i == maxListed {
			break
		}
		v.Held = append(v.Held, s.claimView(r.C))
	}
	for i, r := range s.byAgent[e.ID] {
		if i == maxListed {
			break
		}
		v.About = append(v.About, s.claimView(r.C))
	}
	for _, st := range s.filter(storyFilter{Entity: e.ID}, nil) {
		if len(v.Stories) == maxListed {
			break
		}
		v.Stories = append(v.Stories, s.storyItem(st))
	}
	return v
}
