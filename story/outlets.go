package story

import (
	"sort"
	"strings"
	"unicode"

	"dossier"
	"dossier/stance"
)

// This file compares what the outlets of one story carry: which
// statements and claims each reports, what only one of them reports, and
// where they contradict each other.

// OutletView is the cross-outlet view of one story.
type OutletView struct {
	// Outlets are the story's outlets with what each carries, most
	// articles first. Articles with no named outlet count under "".
	Outlets []OutletCount
	// Statements groups the story's statements that report one utterance
	// (same speaker, overlapping content) across articles, with the
	// outlets that carry each.
	Statements []Reported
	// Claims groups the story's claims alike (same holder, agent and
	// polarity).
	Claims []Reported
	// Contradictions pairs claims about one agent with opposite
	// polarities.
	Contradictions []Contradiction
}

// OutletCount is what one outlet carries in a story.
type OutletCount struct {
	Outlet     string
	Articles   int
	Statements int
	Claims     int
}

// Reported is one statement or claim as the story's outlets carry it: the
// first occurrence stands for the group.
type Reported struct {
	Statement *dossier.Statement // for statements
	Claim     *dossier.Claim     // for claims
	Outlets   []string
	// Only says the group is carried by one outlet of a story that has
	// several.
	Only bool
	// For claims: the outlets whose articles support the group's first
	// claim, dispute it, or report it without taking a side, by the
	// stance of each article's title and body towards the claim (package
	// stance). Outlets whose articles are unrelated to it are in none.
	SupportedBy, DisputedBy, ReportedBy []string
}

// Contradiction is a pair of claims about one agent with opposite
// polarities: one says the agent was responsible, the other that it was
// not.
type Contradiction struct {
	Agent         string
	For           *dossier.Claim // polarity +
	Against       *dossier.Claim // polarity -
	ForOutlet     string
	AgainstOutlet string
	SameOutlet    bool
	SameHolders   bool
}

// Outlets builds the cross-outlet view of story s from the analyses of d.
// A copy of an article (the same content under another outlet, recorded
// by the store) counts for the outlet that carries it.
func Outlets(d *dossier.Dossier, s dossier.Story) OutletView {
	var v OutletView
	byID := make(map[string]*dossier.Article, len(d.Articles))
	for _, a := range d.Articles {
		byID[a.ID] = a
	}
	counts := map[string]*OutletCount{}
	count := func(outlet string) *OutletCount {
		c := counts[outlet]
		if c == nil {
			c = &OutletCount{Outlet: outlet}
			counts[outlet] = c
		}
		return c
	}
	type stmt struct {
		st     *dossier.Statement
		outlet string
		words  map[string]int
	}
	var stmts []stmt
	type cl struct {
		c      *dossier.Claim
		outlet string
	}
	var claims []cl
	for _, id := range s.Articles {
		a := byID[id]
		if a == nil {
			continue
		}
		outlets := []string{a.Source}
		for _, cp := range d.Copies[id] {
			outlets = append(outlets, cp.Source)
		}
		an := d.Analyses[id]
		for _, o := range outlets {
			c := count(o)
			c.Articles++
			if an == nil {
				continue
			}
			c.Statements += len(an.Statements)
			c.Claims += len(an.Claims)
			for i := range an.Statements {
				stmts = append(stmts, stmt{&an.Statements[i], o, bagOfWords(an.Statements[i].Text)})
			}
			for i := range an.Claims {
				claims = append(claims, cl{&an.Claims[i], o})
			}
		}
	}
	for _, c := range counts {
		v.Outlets = append(v.Outlets, *c)
	}
	sort.Slice(v.Outlets, func(i, j int) bool {
		if v.Outlets[i].Articles != v.Outlets[j].Articles {
			return v.Outlets[i].Articles > v.Outlets[j].Articles
		}
		return v.Outlets[i].Outlet < v.Outlets[j].Outlet
	})
	several := len(v.Outlets) > 1

	// Statements: one group per utterance, greedy in story order.
	type group struct {
		first   int
		outlets []string
	}
	var groups []group
	for i, x := range stmts {
		joined := false
		for g := range groups {
			y := stmts[groups[g].first]
			if y.st.Speaker == x.st.Speaker && (x.st.Speaker != "" || y.st.SpeakerText == x.st.SpeakerText) && overlapF1(x.words, y.words) >= 0.5 {
				groups[g].outlets = addOnce(groups[g].outlets, x.outlet)
				joined = true
				break
			}
		}
		if !joined {
			groups = append(groups, group{first: i, outlets: []string{x.outlet}})
		}
	}
	for _, g := range groups {
		v.Statements = append(v.Statements, Reported{Statement: stmts[g.first].st, Outlets: g.outlets, Only: several && len(g.outlets) == 1})
	}

	// Claims: grouped by holder, agent and polarity.
	idx := map[string]int{}
	for _, x := range claims {
		key := x.c.Holder + "\x00" + x.c.Agent + "\x00" + string(x.c.Polarity)
		if i, ok := idx[key]; ok {
			v.Claims[i].Outlets = addOnce(v.Claims[i].Outlets, x.outlet)
			continue
		}
		idx[key] = len(v.Claims)
		v.Claims = append(v.Claims, Reported{Claim: x.c, Outlets: []string{x.outlet}})
	}
	var stances map[string]stance.ClaimStances
	if several && len(v.Claims) > 0 {
		stances = map[string]stance.ClaimStances{}
		for _, cs := range stance.DefaultJudge().Story(d, s) {
			stances[cs.Claim] = cs
		}
	}
	for i := range v.Claims {
		r := &v.Claims[i]
		r.Only = several && len(r.Outlets) == 1
		for _, o := range stances[r.Claim.ID].Outlets {
			switch o.Stance {
			case stance.Supports:
				r.SupportedBy = append(r.SupportedBy, o.Outlet)
			case stance.Disputes:
				r.DisputedBy = append(r.DisputedBy, o.Outlet)
			case stance.Reports:
				r.ReportedBy = append(r.ReportedBy, o.Outlet)
			}
		}
	}

	// Contradictions: for each agent, each claim for against each claim
	// against, once per pair of groups.
	for i := range v.Claims {
		a := v.Claims[i].Claim
		if a.Polarity != dossier.Responsible || a.Agent == "" {
			continue
		}
		for j := range v.Claims {
			b := v.Claims[j].Claim
			if b.Polarity != dossier.NotResponsible || b.Agent != a.Agent {
				continue
			}
			fo, ao := v.Claims[i].Outlets[0], v.Claims[j].Outlets[0]
			v.Contradictions = append(v.Contradictions, Contradiction{
				Agent: a.Agent, For: a, Against: b, ForOutlet: fo, AgainstOutlet: ao,
				SameOutlet: fo == ao, SameHolders: a.Holder == b.Holder,
			})
		}
	}
	return v
}

func addOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// bagOfWords counts the lower-cased words of s.
func bagOfWords(s string) map[string]int {
	bag := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		bag[w]++
	}
	return bag
}

// overlapF1 is the F1 of two bags of words.
func overlapF1(a, b map[string]int) float64 {
	na, nb, common := 0, 0, 0
	for _, n := range a {
		na += n
	}
	for w, n := range b {
		nb += n
		common += min(n, a[w])
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(na), float64(common)/float64(nb)
	return 2 * p * r / (p + r)
}
