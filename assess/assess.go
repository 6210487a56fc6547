// Package assess weighs the responsibility claims of a story with the
// Analysis of Competing Hypotheses (Heuer, "Psychology of Intelligence
// Analysis", ch. 8): one hypothesis per agent that any claim names as
// responsible, plus "other / unknown"; every claim rated CC, C, N, I or
// II against every hypothesis; Heuer's inconsistency score (I = 1, II =
// 2) and PARC's weighted score (each inconsistency times the claim's
// credibility and relevance); the diagnosticity of each claim; and a
// sensitivity check that names the one claim which, if it were wrong,
// would change the ranking.
//
// The scores are an aid to the analyst's judgement, not probabilities:
// they count how much of the reported evidence each hypothesis has to
// explain away, weighted by how far its sources can be trusted. A
// hypothesis with few inconsistencies is the one least refuted, not the
// one proved. The conventions are in docs/claims.md.
package assess

import (
	"sort"
	"strings"
	"time"

	"dossier"
)

// Options tune an assessment.
type Options struct {
	// Reliability maps an outlet (as articles name their Source) to its
	// Admiralty source-reliability grade, "A" (completely reliable) to "F"
	// (reliability cannot be judged). The analyst sets it; an outlet not
	// in it, or graded with anything else, is F.
	Reliability map[string]string
	// Interested is the credibility factor of an interested holder: an
	// accused or accusing party of the story, whose claims serve its own
	// side. Zero means 0.5.
	Interested float64
	// Relayed is the relevance of a claim that reaches the outlet through
	// an intermediary (an intercept, a report of what others said, "a
	// source familiar with ..."). Zero means 0.75.
	Relayed float64
	// WrongClaims holds the IDs of the claims the analyst has judged
	// wrong (misattributed, misread, retracted). A wrong claim, and every
	// republication of it word for word, is left out of the matrix and
	// listed in Matrix.Excluded instead, so that the judgement can be seen
	// and undone.
	WrongClaims map[string]bool
	// Dismissed holds the hypotheses the analyst has dismissed, by story
	// and agent. A dismissed hypothesis keeps its column in the matrix,
	// marked Dismissed and ranked after every other, but it no longer
	// leads, counts in the sensitivity check, or appears in the story's
	// Hypotheses.
	Dismissed map[HypothesisRef]bool
	// Merged maps an entity ID to the ID of the entity the analyst has
	// merged it into: the claims of the one count as the other's, for
	// holders, agents and their sides alike. Chains are followed.
	Merged map[string]string
}

// HypothesisRef names one hypothesis of one story: the story's ID and the
// hypothesis's Agent ("" for other / unknown).
type HypothesisRef struct {
	Story string
	Agent string
}

// Caveat is what every rendering of the scores must say.
const Caveat = "The scores are an aid to judgement, not probabilities: they count how much of the reported evidence each hypothesis must explain away (Heuer's inconsistency score, I = 1, II = 2), weighted by the credibility and relevance of each claim. The least inconsistent hypothesis is the least refuted, not the proven one."

// OtherLabel is the label of the hypothesis that nobody named is
// responsible.
const OtherLabel = "other / unknown"

// Matrix is the ACH matrix of one story.
type Matrix struct {
	Story string // story ID
	Title string
	// Hypotheses are in ranking order: the least inconsistent first.
	Hypotheses []Hypothesis
	// Rows are the pieces of evidence, in the order of their articles'
	// publication and their place in the article.
	Rows []Row
	// Sensitivity names the item that, if wrong, would change the
	// ranking.
	Sensitivity Sensitivity
	// Excluded are the story's claims the analyst has judged wrong (see
	// Options.WrongClaims), left out of the rows, in the order of their
	// articles.
	Excluded []dossier.Claim
}

// Hypothesis is one competing explanation: Agent (an entity ID, "" for
// other / unknown) was responsible.
type Hypothesis struct {
	Agent string
	Label string
	// Agents are every agent the hypothesis stands for: Agent, and the
	// groups of the same affiliation that claims name otherwise ("a
	// Valdorian group", "Valdorian special forces"), which
	// are not competing explanations of each other. Also holds their
	// names after Label's.
	Agents []string
	Also   []string
	// Inconsistency is Heuer's score: I counts 1, II counts 2.
	Inconsistency float64
	// Weighted is PARC's score: each I or II times the row's weight.
	Weighted float64
	// Consistent counts the rows rated C or CC, for the reader; it does
	// not enter the ranking (Heuer: only inconsistent evidence refutes).
	Consistent int
	// Dismissed says the analyst has dismissed the hypothesis (see
	// Options.Dismissed): it ranks last whatever its scores.
	Dismissed bool
}

// Row is one piece of evidence: a claim, with its ratings against every
// hypothesis (in the order of Matrix.Hypotheses) and its weight.
type Row struct {
	Claim dossier.Claim
	// Copies are the IDs of the claims of other articles that repeat this
	// one word for word with the same holder, agent, polarity and
	// certainty: a republication is not new evidence.
	Copies  []string
	Outlet  string
	Article string
	Date    *time.Time
	// Holder and Agent are the entities' names; Holder is the outlet's
	// name when the outlet says it in its own voice.
	Holder, Agent string
	Ratings       []dossier.Rating
	// Reliability is the outlet's Admiralty grade, Interested whether the
	// holder is a party to the dispute, Relayed whether the claim reaches
	// the outlet through an intermediary.
	Reliability string
	Interested  bool
	Relayed     bool
	// Credibility, Relevance and their product Weight, in [0, 1].
	Credibility, Relevance, Weight float64
	// Diagnosticity is the spread of the row's ratings across the
	// hypotheses, from 0 (rated alike against all: no help in choosing)
	// to 4 (CC against one, II against another).
	Diagnosticity int
}

// Sensitivity is the result of removing each row in turn.
type Sensitivity struct {
	// Row is the index in Matrix.Rows of the item whose removal changes
	// the leading hypothesis (else the ranking), the heaviest such item;
	// -1 when no single item does.
	Row int
	// Claim is the row's claim ID, Leader the leading hypothesis's label
	// with every row, and NewLeader without the row.
	Claim, Leader, NewLeader string
	// LeaderChanges says whether the leader changes, or only the order
	// below it.
	LeaderChanges bool
}

// Assess builds the ACH matrix of every story of d from the claims of its
// articles, sets each story's Hypotheses (Score is the weighted score),
// and returns the matrices in the order of d.Stories. A story without
// claims gets an empty matrix and no hypotheses. d's entities must be the
// canonical ones (run after analyze.Finish), and its stories set.
func Assess(d *dossier.Dossier, opts Options) []Matrix {
	if opts.Interested == 0 {
		opts.Interested = 0.5
	}
	if opts.Relayed == 0 {
		opts.Relayed = 0.75
	}
	a := &assessor{d: d, opts: opts, ents: map[string]*dossier.Entity{}, arts: map[string]*dossier.Article{}}
	for i := range d.Entities {
		a.ents[d.Entities[i].ID] = &d.Entities[i]
	}
	for from := range opts.Merged {
		if e := a.ents[a.canon(from)]; e != nil {
			a.ents[from] = e
		}
	}
	for _, art := range d.Articles {
		a.arts[art.ID] = art
	}
	out := make([]Matrix, 0, len(d.Stories))
	for i := range d.Stories {
		m := a.matrix(&d.Stories[i])
		d.Stories[i].Hypotheses = m.storyHypotheses()
		out = append(out, m)
	}
	return out
}

type assessor struct {
	d    *dossier.Dossier
	opts Options
	ents map[string]*dossier.Entity
	arts map[string]*dossier.Article
}

// matrix builds the matrix of one story.
func (a *assessor) matrix(s *dossier.Story) Matrix {
	m := Matrix{Story: s.ID, Title: s.Title, Sensitivity: Sensitivity{Row: -1}}
	arts := make([]*dossier.Article, 0, len(s.Articles))
	for _, id := range s.Articles {
		if art := a.arts[id]; art != nil {
			arts = append(arts, art)
		}
	}
	sort.SliceStable(arts, func(i, j int) bool { return before(arts[i].Published, arts[j].Published) })

	// Rows: every claim, a republished one folded into its first telling.
	type key struct{ holder, agent, pol, cert, text string }
	first := map[key]int{}
	wrong := map[key]bool{}
	n := 0
	for _, art := range arts {
		if an := a.d.Analyses[art.ID]; an != nil {
			n += len(an.Claims)
			for _, c := range an.Claims {
				if a.opts.WrongClaims[c.ID] {
					wrong[key{a.canon(c.Holder), a.canon(c.Agent), string(c.Polarity), c.Certainty, fold(c.Text)}] = true
				}
			}
		}
	}
	m.Rows = make([]Row, 0, n)
	for _, art := range arts {
		an := a.d.Analyses[art.ID]
		if an == nil {
			continue
		}
		for _, c := range an.Claims {
			if c.Agent == "" {
				continue
			}
			c.Holder, c.Agent = a.canon(c.Holder), a.canon(c.Agent)
			k := key{c.Holder, c.Agent, string(c.Polarity), c.Certainty, fold(c.Text)}
			if wrong[k] {
				m.Excluded = append(m.Excluded, c)
				continue
			}
			if i, ok := first[k]; ok {
				m.Rows[i].Copies = append(m.Rows[i].Copies, c.ID)
				continue
			}
			first[k] = len(m.Rows)
			m.Rows = append(m.Rows, Row{Claim: c, Outlet: art.Source, Article: art.ID, Date: art.Published})
		}
	}

	// Hypotheses: each agent named as responsible, then other / unknown.
	// Groups of one affiliation are one hypothesis: "a Valdorian group"
	// and "Valdorian special forces" do not exclude each other.
	byKey := map[string]int{}
	for _, r := range m.Rows {
		if r.Claim.Polarity != dossier.Responsible {
			continue
		}
		ag := r.Claim.Agent
		k := a.hypothesisKey(ag)
		if h, ok := byKey[k]; ok {
			hy := &m.Hypotheses[h]
			if !contains(hy.Agents, ag) {
				hy.Agents = append(hy.Agents, ag)
				if n := a.name(ag); n != hy.Label && !contains(hy.Also, n) {
					hy.Also = append(hy.Also, n)
				}
			}
			continue
		}
		byKey[k] = len(m.Hypotheses)
		m.Hypotheses = append(m.Hypotheses, Hypothesis{Agent: ag, Label: a.name(ag), Agents: []string{ag}})
	}
	if len(m.Rows) == 0 {
		return m
	}
	m.Hypotheses = append(m.Hypotheses, Hypothesis{Label: OtherLabel})
	for h := range m.Hypotheses {
		m.Hypotheses[h].Dismissed = a.opts.Dismissed[HypothesisRef{Story: s.ID, Agent: m.Hypotheses[h].Agent}]
	}

	parties := a.parties(m.Rows)
	for i := range m.Rows {
		r := &m.Rows[i]
		r.Holder = a.name(r.Claim.Holder)
		if r.Claim.Holder == "" {
			r.Holder = orUnknown(r.Outlet)
		}
		r.Agent = a.name(r.Claim.Agent)
		r.Ratings = make([]dossier.Rating, len(m.Hypotheses))
		for h := range m.Hypotheses {
			r.Ratings[h] = a.rate(r.Claim, m.Hypotheses[h].Agents)
		}
		r.Diagnosticity = diagnosticity(r.Ratings)
		a.weigh(r, parties)
	}
	score(&m)
	m.rank()
	m.Sensitivity = sensitivity(m)
	return m
}

// before orders unknown dates last.
func before(x, y *time.Time) bool {
	switch {
	case x == nil:
		return false
	case y == nil:
		return true
	}
	return x.Before(*y)
}

// fold makes a claim's words comparable across republications: case
// and runs of white space do not count.
func fold(s string) string {
	s = strings.ToLower(s)
	if strings.Contains(s, "  ") || strings.ContainsAny(s, "\n\t") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}

func orUnknown(s string) string {
	if s == "" {
		return "the outlet"
	}
	return s
}

// canon follows the analyst's merges from an entity ID to the entity it
// now counts as; a cycle stops where it closes.
func (a *assessor) canon(id string) string {
	for range 16 {
		into, ok := a.opts.Merged[id]
		if !ok || into == "" || into == id {
			break
		}
		id = into
	}
	return id
}

// name returns an entity's canonical name, or its ID when unknown.
func (a *assessor) name(id string) string {
	if id == "" {
		return ""
	}
	if e := a.ents[id]; e != nil {
		return e.Name
	}
	return id
}

// side is who an entity speaks or acts for: its affiliation, else itself.
func (a *assessor) side(id string) string {
	if e := a.ents[id]; e != nil && e.Affiliation != "" {
		return a.canon(e.Affiliation)
	}
	return a.canon(id)
}

// hypothesisKey is what makes two agents one hypothesis: a group with an
// affiliation is one with every group of that affiliation.
// Any other agent is one hypothesis with the agents of the same name: the
// tagger may read a country as a person in one article and as a place in
// another, and the corpus then holds two entities of one name.
func (a *assessor) hypothesisKey(id string) string {
	e := a.ents[id]
	switch {
	case e == nil:
		return id
	case e.Type == dossier.Group && e.Affiliation != "":
		return "group of " + e.Affiliation
	}
	return "named " + strings.ToLower(e.Name)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// related reports whether two agents are one side: one is affiliated to
// the other, or both to the same ("a Valdorian group" and Ukraine).
func (a *assessor) related(x, y string) bool {
	if x == "" || y == "" {
		return false
	}
	return a.side(x) == y || a.side(y) == x || a.side(x) == a.side(y)
}

// strength classes of a claim, from its ICD 203 term read in the claim's
// own direction.
const (
	weak     = 1 // roughly even chance: a possibility
	moderate = 2 // likely, unlikely
	strong   = 3 // very likely, almost certain, their mirrors, or stated as fact
)

// strength returns how firmly a claim asserts its polarity. A term below
// an even chance is read as its mirror (docs/claims.md: "unlikely that X
// did it" is "-", "unlikely", as firm a denial as "likely not"). A claim
// with no term states its polarity as fact.
func strength(term string) int {
	switch term {
	case "roughly even chance":
		return weak
	case "likely", "unlikely":
		return moderate
	}
	return strong
}

// rate rates a claim against the hypothesis that one of agents (or, for
// none, someone not named) was responsible.
//
//	claim "+" of h:              CC when firm, C when likely or possible
//	claim "+" of another agent:  II when firm, I when likely, N when only possible;
//	                             N when the two agents are one side
//	claim "-" of h:              II when firm, I when likely, N when only possible
//	claim "-" of another agent:  N: a denial says nothing of who else did it
func (a *assessor) rate(c dossier.Claim, agents []string) dossier.Rating {
	s := strength(c.Certainty)
	mine := contains(agents, c.Agent)
	switch {
	case c.Polarity == dossier.Responsible && mine:
		if s == strong {
			return dossier.VeryConsistent
		}
		return dossier.Consistent
	case c.Polarity == dossier.Responsible:
		if s == weak {
			return dossier.Neutral
		}
		for _, h := range agents {
			if a.related(c.Agent, h) {
				return dossier.Neutral
			}
		}
		if s == strong {
			return dossier.VeryInconsistent
		}
		return dossier.Inconsistent
	case mine:
		switch s {
		case strong:
			return dossier.VeryInconsistent
		case moderate:
			return dossier.Inconsistent
		}
	}
	return dossier.Neutral
}

// value maps a rating to a number for diagnosticity.
func value(r dossier.Rating) int {
	switch r {
	case dossier.VeryConsistent:
		return 2
	case dossier.Consistent:
		return 1
	case dossier.Inconsistent:
		return -1
	case dossier.VeryInconsistent:
		return -2
	}
	return 0
}

// diagnosticity is the spread of a row's ratings: evidence rated alike
// against every hypothesis does not help to choose between them.
func diagnosticity(rs []dossier.Rating) int {
	if len(rs) == 0 {
		return 0
	}
	lo, hi := value(rs[0]), value(rs[0])
	for _, r := range rs[1:] {
		lo, hi = min(lo, value(r)), max(hi, value(r))
	}
	return hi - lo
}

// penalty is Heuer's count of a rating: I 1, II 2.
func penalty(r dossier.Rating) float64 {
	switch r {
	case dossier.Inconsistent:
		return 1
	case dossier.VeryInconsistent:
		return 2
	}
	return 0
}

// admiralty maps a source-reliability grade to a credibility factor. F
// (cannot be judged) sits between D and E: unknown is not unreliable.
var admiralty = map[string]float64{"A": 1, "B": 0.85, "C": 0.7, "D": 0.55, "E": 0.35, "F": 0.5}

// confidenceFactor discounts what a source itself says it holds with low
// or moderate confidence; a claim without a stated confidence is not
// discounted.
var confidenceFactor = map[string]float64{"low": 0.6, "moderate": 0.8, "high": 1, "": 1}

// parties returns the sides of the story's dispute, whose claims serve
// their own side: every side accused by another (an agent of a "+"
// claim held by another side), and every side that makes a contested
// accusation (one the accused denies or answers with its own). A third
// party whose assessment nobody contests (an intelligence service that
// names an armed group) is not a party.
func (a *assessor) parties(rows []Row) map[string]bool {
	p := map[string]bool{}
	denied := map[string]bool{}     // agents their own side says were not responsible
	accuses := map[[2]string]bool{} // side → side it accuses
	for _, r := range rows {
		h, ag := r.Claim.Holder, r.Claim.Agent
		if h == "" {
			continue
		}
		switch {
		case r.Claim.Polarity == dossier.NotResponsible && a.side(h) == a.side(ag):
			denied[ag] = true
		case r.Claim.Polarity == dossier.Responsible && a.side(h) != a.side(ag):
			p[a.side(ag)] = true
			accuses[[2]string{a.side(h), a.side(ag)}] = true
		}
	}
	for _, r := range rows {
		h, ag := r.Claim.Holder, r.Claim.Agent
		if h == "" || r.Claim.Polarity != dossier.Responsible || a.side(h) == a.side(ag) {
			continue
		}
		if denied[ag] || accuses[[2]string{a.side(ag), a.side(h)}] {
			p[a.side(h)] = true
		}
	}
	return p
}

// weigh sets a row's credibility, relevance and weight.
func (a *assessor) weigh(r *Row, parties map[string]bool) {
	grade := strings.ToUpper(strings.TrimSpace(a.opts.Reliability[r.Outlet]))
	if _, ok := admiralty[grade]; !ok {
		grade = "F"
	}
	r.Reliability = grade
	cred := admiralty[grade]
	if h := r.Claim.Holder; h != "" && parties[a.side(h)] {
		r.Interested = true
		cred *= a.opts.Interested
	}
	cred *= confidenceFactor[r.Claim.Confidence]
	r.Credibility = cred
	r.Relevance = 1
	if a.relayed(r.Claim) {
		r.Relayed = true
		r.Relevance = a.opts.Relayed
	}
	r.Weight = r.Credibility * r.Relevance
}

// relayed reports whether a claim reaches the outlet through someone
// other than its holder: the statement that carries it has another
// speaker ("US intelligence reports have assessed that Kessary officials
// have speculated that ...").
func (a *assessor) relayed(c dossier.Claim) bool {
	if c.Statement == "" || c.Holder == "" {
		return false
	}
	an := a.d.Analyses[c.Article]
	if an == nil {
		return false
	}
	for _, st := range an.Statements {
		if st.ID == c.Statement {
			return st.Speaker != "" && st.Speaker != c.Holder && a.side(st.Speaker) != c.Holder &&
				!strings.EqualFold(a.name(st.Speaker), a.name(c.Holder))
		}
	}
	return false
}

// score sums each hypothesis's inconsistencies over the rows.
func score(m *Matrix) {
	for h := range m.Hypotheses {
		hy := &m.Hypotheses[h]
		hy.Inconsistency, hy.Weighted, hy.Consistent = 0, 0, 0
		for _, r := range m.Rows {
			p := penalty(r.Ratings[h])
			hy.Inconsistency += p
			hy.Weighted += p * r.Weight
			if r.Ratings[h] == dossier.Consistent || r.Ratings[h] == dossier.VeryConsistent {
				hy.Consistent++
			}
		}
	}
}

// less orders two hypotheses: dismissed ones last, then least weighted
// inconsistency first, then least Heuer inconsistency, then most
// consistent evidence, then label.
func less(x, y *Hypothesis) bool {
	if x.Dismissed != y.Dismissed {
		return y.Dismissed
	}
	if d := x.Weighted - y.Weighted; d < -1e-9 || d > 1e-9 {
		return d < 0
	}
	if x.Inconsistency != y.Inconsistency {
		return x.Inconsistency < y.Inconsistency
	}
	if x.Consistent != y.Consistent {
		return x.Consistent > y.Consistent
	}
	return x.Label < y.Label
}

// order returns the hypotheses' indices in ranking order.
func order(hs []Hypothesis) []int {
	idx := make([]int, len(hs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return less(&hs[idx[i]], &hs[idx[j]]) })
	return idx
}

// rank puts the hypotheses, and the ratings of every row with them, in
// ranking order.
func (m *Matrix) rank() {
	idx := order(m.Hypotheses)
	hs := make([]Hypothesis, len(idx))
	for i, k := range idx {
		hs[i] = m.Hypotheses[k]
	}
	m.Hypotheses = hs
	for r := range m.Rows {
		rs := make([]dossier.Rating, len(idx))
		for i, k := range idx {
			rs[i] = m.Rows[r].Ratings[k]
		}
		m.Rows[r].Ratings = rs
	}
}

// sensitivity removes each row in turn and reports the heaviest one whose
// removal changes the leader, else the heaviest that changes the order.
// The hypotheses are in ranking order, so the order without a row has
// changed exactly when two neighbours swap, and the new leader is the
// least of all: neither needs a sort.
func sensitivity(m Matrix) Sensitivity {
	out := Sensitivity{Row: -1}
	live := len(m.Hypotheses)
	for live > 0 && m.Hypotheses[live-1].Dismissed {
		live--
	}
	if live < 2 {
		return out
	}
	m.Hypotheses = m.Hypotheses[:live]
	out.Leader = m.Hypotheses[0].Label
	hs := make([]Hypothesis, len(m.Hypotheses))
	for r := range m.Rows {
		copy(hs, m.Hypotheses)
		for h := range hs {
			p := penalty(m.Rows[r].Ratings[h])
			hs[h].Inconsistency -= p
			hs[h].Weighted -= p * m.Rows[r].Weight
			if v := m.Rows[r].Ratings[h]; v == dossier.Consistent || v == dossier.VeryConsistent {
				hs[h].Consistent--
			}
		}
		changed := false
		for h := 0; h+1 < len(hs) && !changed; h++ {
			changed = less(&hs[h+1], &hs[h])
		}
		if !changed {
			continue
		}
		best := 0
		for h := 1; h < len(hs); h++ {
			if less(&hs[h], &hs[best]) {
				best = h
			}
		}
		leader := best != 0
		better := out.Row < 0 || leader && !out.LeaderChanges ||
			leader == out.LeaderChanges && m.Rows[r].Weight > m.Rows[out.Row].Weight
		if better {
			out.Row, out.Claim, out.LeaderChanges = r, m.Rows[r].Claim.ID, leader
			out.NewLeader = hs[best].Label
		}
	}
	return out
}

// storyHypotheses returns the matrix as the story's hypotheses, in
// ranking order, each with the rating of every row's claim.
func (m Matrix) storyHypotheses() []dossier.Hypothesis {
	if len(m.Rows) == 0 {
		return nil
	}
	out := make([]dossier.Hypothesis, 0, len(m.Hypotheses))
	for h, hy := range m.Hypotheses {
		if hy.Dismissed {
			continue
		}
		dh := dossier.Hypothesis{Agent: hy.Agent, Label: hy.Label, Score: round(hy.Weighted),
			Evidence: make([]dossier.Evidence, 0, len(m.Rows))}
		for _, r := range m.Rows {
			dh.Evidence = append(dh.Evidence, dossier.Evidence{Claim: r.Claim.ID, Rating: r.Ratings[h]})
		}
		out = append(out, dh)
	}
	return out
}

// round keeps three decimals, so that exports do not show float noise.
func round(f float64) float64 {
	if f < 0 {
		return -round(-f)
	}
	return float64(int64(f*1000+0.5)) / 1000
}
