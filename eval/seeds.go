package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"regexp"
	"sort"
	"strings"
	"text/tabwriter"

	"golang.org/x/text/unicode/norm"

	"dossier/export"
)

// The seeds gold (../shared/gold/seeds.json) says what a correct dossier of
// the two seed articles holds. This file scores a dossier/v1 export against
// it with the rules of ../shared/tools/score-dossier, so that `dossier eval
// statements` and `dossier eval claims` print the numbers that tool prints.

// SeedsGold is the gold file.
type SeedsGold struct {
	Articles map[string]struct {
		Source         *string  `json:"source"`
		Title          string   `json:"title"`
		Published      *string  `json:"published"`
		MustNotContain []string `json:"must_not_contain"`
		DuplicateOnce  string   `json:"duplicate_paragraph_once"`
	} `json:"articles"`
	Entities map[string]struct {
		Name        string   `json:"name"`
		Type        string   `json:"type"`
		Aliases     []string `json:"aliases"`
		Affiliation string   `json:"affiliation"`
	} `json:"entities"`
	Statements []struct {
		ID      string `json:"id"`
		Article string `json:"article"`
		Speaker string `json:"speaker"`
		Kind    string `json:"kind"`
		Cue     string `json:"cue"`
		Text    string `json:"text"`
	} `json:"statements"`
	Claims []struct {
		ID       string `json:"id"`
		Article  string `json:"article"`
		Holder   string `json:"holder"`
		Agent    string `json:"agent"`
		Polarity string `json:"polarity"`
	} `json:"claims"`
	Story struct {
		Articles        []string `json:"articles"`
		HypothesesAgent []string `json:"hypotheses_agents"`
	} `json:"story"`
}

// ReadSeedsGold reads a gold file in the format of seeds.json.
func ReadSeedsGold(file string) (*SeedsGold, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var g SeedsGold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return &g, nil
}

// SeedsResult is the score of an export against the seeds gold.
type SeedsResult struct {
	ArticlesFound, ArticlesGold int
	CleaningPassed, Cleaning    int
	// Statements: recall and precision by content token F1 ≥ 0.5, one to
	// one, best first; SpeakerAcc is right speakers over all gold
	// statements; KindRight counts matched statements of the right kind.
	Recall, Precision, SpeakerAcc float64
	Matched, GoldStatements       int
	SystemStatements, KindRight   int
	SpeakerRight                  int
	// Claims: recall strict (same holder) and by side (holder or its
	// affiliation), precision by side.
	ClaimRecallStrict, ClaimRecallSide, ClaimPrecisionSide float64
	// StoryOK says whether one exported story holds all gold articles;
	// HypCoverage is the share of gold agents its hypotheses cover.
	StoryOK     bool
	HypCoverage float64
	// Missed lists gold statements not found, WrongSpeaker matched ones
	// whose speaker is wrong, for the reader who improves the rules.
	Missed, WrongSpeaker []string
}

var wordRE = regexp.MustCompile(`\w+`)

var quoteFolder = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`)

func normText(s string) string {
	return strings.TrimSpace(strings.ToLower(quoteFolder.Replace(norm.NFKC.String(s))))
}

func contentF1(a, b string) float64 {
	ta, tb := wordRE.FindAllString(normText(a), -1), wordRE.FindAllString(normText(b), -1)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	counts := map[string]int{}
	for _, t := range tb {
		counts[t]++
	}
	common := 0
	for _, t := range ta {
		if counts[t] > 0 {
			counts[t]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(len(ta)), float64(common)/float64(len(tb))
	return 2 * p * r / (p + r)
}

func stripArticle(s string) string {
	s = normText(s)
	for _, a := range []string{"the ", "a ", "an "} {
		if strings.HasPrefix(s, a) {
			return s[len(a):]
		}
	}
	return s
}

func nameSet(name string, aliases []string) map[string]bool {
	out := map[string]bool{}
	for _, n := range append([]string{name}, aliases...) {
		if n = stripArticle(n); n != "" {
			out[n] = true
		}
	}
	return out
}

func intersects(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// ScoreSeeds scores an export against the gold.
func ScoreSeeds(g *SeedsGold, d *export.Dossier) SeedsResult {
	var r SeedsResult
	ents := map[string]export.Entity{}
	for _, e := range d.Entities {
		ents[e.ID] = e
	}
	sysNames := func(id string) map[string]bool {
		e, ok := ents[id]
		if !ok {
			return nil
		}
		return nameSet(e.Name, e.Aliases)
	}
	goldNames := func(id string) map[string]bool {
		e, ok := g.Entities[id]
		if !ok {
			return nil
		}
		return nameSet(e.Name, e.Aliases)
	}

	// Map exported articles to gold keys by file name, else by title.
	key := map[string]string{}
	source := map[string]string{}
	for _, a := range d.Articles {
		k := ""
		if a.File != nil {
			if _, ok := g.Articles[path.Base(*a.File)]; ok {
				k = path.Base(*a.File)
			}
		}
		if k == "" {
			for gk, ga := range g.Articles {
				if ga.Title != "" && normText(ga.Title) == normText(a.Title) {
					k = gk
				}
			}
		}
		if k == "" {
			continue
		}
		key[a.ID] = k
		if a.Source != nil {
			source[k] = *a.Source
		}
		ga := g.Articles[k]
		for _, bad := range ga.MustNotContain {
			r.Cleaning++
			if !strings.Contains(a.Text, bad) {
				r.CleaningPassed++
			}
		}
		if ga.DuplicateOnce != "" {
			r.Cleaning++
			if strings.Count(a.Text, ga.DuplicateOnce) == 1 {
				r.CleaningPassed++
			}
		}
		r.Cleaning += 2
		if normText(a.Title) == normText(ga.Title) {
			r.CleaningPassed++
		}
		if (a.Published == nil) == (ga.Published == nil) {
			r.CleaningPassed++
		}
		if ga.Source != nil {
			r.Cleaning++
			if a.Source != nil && normText(*a.Source) == normText(*ga.Source) {
				r.CleaningPassed++
			}
		}
	}
	found := map[string]bool{}
	for _, k := range key {
		found[k] = true
	}
	r.ArticlesFound, r.ArticlesGold = len(found), len(g.Articles)

	entMatch := func(sysID, goldID, article string) bool {
		if goldID == "_outlet" {
			if sysID == "" || sysID == "_outlet" {
				return true
			}
			src := source[article]
			return src != "" && sysNames(sysID)[stripArticle(src)]
		}
		gn, sn := goldNames(goldID), sysNames(sysID)
		return gn != nil && sn != nil && intersects(gn, sn)
	}
	sideMatch := func(sysID, goldID, article string) bool {
		if entMatch(sysID, goldID, article) {
			return true
		}
		if goldID == "_outlet" {
			return false
		}
		gside := goldID
		if a := g.Entities[goldID].Affiliation; a != "" {
			gside = a
		}
		sside := sysID
		if e, ok := ents[sysID]; ok && e.Affiliation != nil {
			sside = *e.Affiliation
		}
		if _, ok := ents[sside]; !ok {
			return false
		}
		return entMatch(sside, gside, "")
	}

	// Statements.
	type sysStatement struct {
		article string
		s       export.Statement
	}
	var sys []sysStatement
	for _, s := range d.Statements {
		if k, ok := key[s.Article]; ok {
			sys = append(sys, sysStatement{k, s})
		}
	}
	type pair struct {
		score  float64
		gi, si int
	}
	var pairs []pair
	for gi, gs := range g.Statements {
		for si, s := range sys {
			if s.article != gs.Article {
				continue
			}
			if sc := contentF1(s.s.Text, gs.Text); sc >= 0.5 {
				pairs = append(pairs, pair{sc, gi, si})
			}
		}
	}
	// Best first; ties broken as Python's reverse sort of tuples does.
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].score != pairs[j].score {
			return pairs[i].score > pairs[j].score
		}
		if pairs[i].gi != pairs[j].gi {
			return pairs[i].gi > pairs[j].gi
		}
		return pairs[i].si > pairs[j].si
	})
	usedG, usedS := map[int]bool{}, map[int]bool{}
	var matched [][2]int
	for _, p := range pairs {
		if usedG[p.gi] || usedS[p.si] {
			continue
		}
		usedG[p.gi], usedS[p.si] = true, true
		matched = append(matched, [2]int{p.gi, p.si})
	}
	r.GoldStatements, r.SystemStatements, r.Matched = len(g.Statements), len(sys), len(matched)
	if r.GoldStatements > 0 {
		r.Recall = float64(len(usedG)) / float64(r.GoldStatements)
	}
	if r.SystemStatements > 0 {
		r.Precision = float64(len(usedS)) / float64(r.SystemStatements)
	}
	for _, m := range matched {
		gs, s := g.Statements[m[0]], sys[m[1]].s
		speaker := ""
		if s.Speaker != nil {
			speaker = *s.Speaker
		}
		if entMatch(speaker, gs.Speaker, "") {
			r.SpeakerRight++
		} else {
			r.WrongSpeaker = append(r.WrongSpeaker, fmt.Sprintf("%s: got %q (%q), want %s", gs.ID, ents[speaker].Name, s.SpeakerText, gs.Speaker))
		}
		if s.Kind == gs.Kind {
			r.KindRight++
		}
	}
	if r.GoldStatements > 0 {
		r.SpeakerAcc = float64(r.SpeakerRight) / float64(r.GoldStatements)
	}
	for gi, gs := range g.Statements {
		if !usedG[gi] {
			r.Missed = append(r.Missed, fmt.Sprintf("%s [%s] %.70s", gs.ID, gs.Speaker, gs.Text))
		}
	}

	// Claims.
	type sysClaim struct {
		article string
		c       export.Claim
	}
	var cls []sysClaim
	for _, c := range d.Claims {
		if k, ok := key[c.Article]; ok {
			cls = append(cls, sysClaim{k, c})
		}
	}
	claimPairs := func(strict bool) (hit int, used map[int]bool) {
		used = map[int]bool{}
		for _, gc := range g.Claims {
			for si, sc := range cls {
				if used[si] || sc.article != gc.Article || sc.c.Polarity != gc.Polarity || !entMatch(sc.c.Agent, gc.Agent, "") {
					continue
				}
				holder := ""
				if sc.c.Holder != nil {
					holder = *sc.c.Holder
				}
				ok := false
				if strict {
					ok = entMatch(holder, gc.Holder, sc.article)
				} else {
					ok = sideMatch(holder, gc.Holder, sc.article)
				}
				if ok {
					used[si] = true
					hit++
					break
				}
			}
		}
		return hit, used
	}
	if n := len(g.Claims); n > 0 {
		strict, _ := claimPairs(true)
		side, usedSide := claimPairs(false)
		r.ClaimRecallStrict = float64(strict) / float64(n)
		r.ClaimRecallSide = float64(side) / float64(n)
		if len(cls) > 0 {
			r.ClaimPrecisionSide = float64(len(usedSide)) / float64(len(cls))
		}
	}

	// Story and hypotheses.
	want := g.Story.Articles
	for _, st := range d.Stories {
		keys := map[string]bool{}
		for _, a := range st.Articles {
			if k, ok := key[a]; ok {
				keys[k] = true
			}
		}
		all := len(want) > 0
		for _, w := range want {
			all = all && keys[w]
		}
		if !all {
			continue
		}
		r.StoryOK = true
		covered := 0
		for _, ga := range g.Story.HypothesesAgent {
			for _, h := range st.Hypotheses {
				if h.Agent != nil && entMatch(*h.Agent, ga, "") {
					covered++
					break
				}
			}
		}
		if n := len(g.Story.HypothesesAgent); n > 0 {
			r.HypCoverage = float64(covered) / float64(n)
		}
	}
	return r
}

// WriteStatements prints the statement scores as a table, the misses, and
// the figures on one last line.
func (r SeedsResult) WriteStatements(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "measure\tvalue\tcount\n")
	fmt.Fprintf(tw, "recall\t%.3f\t%d/%d\n", r.Recall, r.Matched, r.GoldStatements)
	fmt.Fprintf(tw, "precision\t%.3f\t%d/%d\n", r.Precision, r.Matched, r.SystemStatements)
	fmt.Fprintf(tw, "speaker right (of gold)\t%.3f\t%d/%d\n", r.SpeakerAcc, r.SpeakerRight, r.GoldStatements)
	fmt.Fprintf(tw, "kind right (of matched)\t\t%d/%d\n", r.KindRight, r.Matched)
	tw.Flush()
	for _, m := range r.Missed {
		fmt.Fprintf(w, "  missed %s\n", m)
	}
	for _, m := range r.WrongSpeaker {
		fmt.Fprintf(w, "  wrong speaker %s\n", m)
	}
	fmt.Fprintf(w, "recall=%.3f precision=%.3f speaker_acc=%.3f\n", r.Recall, r.Precision, r.SpeakerAcc)
}

// WriteClaims prints the claim scores as a table and the figures on one
// last line.
func (r SeedsResult) WriteClaims(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "measure\tvalue\n")
	fmt.Fprintf(tw, "recall, holder by side\t%.3f\n", r.ClaimRecallSide)
	fmt.Fprintf(tw, "precision, holder by side\t%.3f\n", r.ClaimPrecisionSide)
	fmt.Fprintf(tw, "recall, holder strict\t%.3f\n", r.ClaimRecallStrict)
	fmt.Fprintf(tw, "one story holds the seeds\t%v\n", r.StoryOK)
	fmt.Fprintf(tw, "hypotheses cover gold agents\t%.3f\n", r.HypCoverage)
	tw.Flush()
	fmt.Fprintf(w, "recall_side=%.3f precision_side=%.3f recall_strict=%.3f hyp_coverage=%.3f\n",
		r.ClaimRecallSide, r.ClaimPrecisionSide, r.ClaimRecallStrict, r.HypCoverage)
}
