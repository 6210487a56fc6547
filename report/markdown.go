// Package report renders a dossier for people to read: Markdown on a
// terminal or in a pull request, and (later) HTML. It reads the same
// dossier.Dossier value that the exports read and adds no analysis of its
// own.
package report

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"dossier"
	"dossier/story"
)

// Brief is a story's attribution brief (an assessment of its competing
// hypotheses), rendered in the story's section.
type Brief interface {
	StoryID() string
	WriteMarkdown(w io.Writer) error
}

// Markdown writes the dossier as Markdown: a summary of the corpus, then
// each story with its articles, outlets and dates, and what the analysis
// found in them. Unknown dates are written as "date unknown", never
// guessed.
func Markdown(w io.Writer, d *dossier.Dossier, briefs ...Brief) error {
	byStory := map[string]Brief{}
	for _, b := range briefs {
		byStory[b.StoryID()] = b
	}
	bw := bufio.NewWriter(w)
	byID := make(map[string]*dossier.Article, len(d.Articles))
	for _, a := range d.Articles {
		byID[a.ID] = a
	}

	fmt.Fprintf(bw, "# Dossier\n\n")
	writeSummary(bw, d)

	stories := d.Stories
	if len(stories) == 0 {
		// No story layer: one section per article, in publication order.
		for _, a := range dossier.ByPublication(d.Articles) {
			stories = append(stories, dossier.Story{ID: "", Title: a.Title, Articles: []string{a.ID}})
		}
	}
	for _, s := range stories {
		fmt.Fprintf(bw, "## %s\n\n", oneLine(s.Title))
		if len(s.Articles) > 1 {
			fmt.Fprintf(bw, "%d articles from %s.\n\n", len(s.Articles), outletList(s.Articles, byID))
		}
		for _, id := range s.Articles {
			a := byID[id]
			if a == nil {
				continue
			}
			writeArticle(bw, a, d.Analyses[id], d.Copies[id], len(s.Articles) > 1)
		}
		writeStatements(bw, d, s, byID)
		writeTimeline(bw, s, byID)
		writeOutlets(bw, d, s)
		if b := byStory[s.ID]; b != nil && s.ID != "" {
			if err := b.WriteMarkdown(bw); err != nil {
				return err
			}
		}
	}
	return bw.Flush()
}

// writeOutlets compares what the story's outlets carry: counts per outlet,
// the statements and claims only one outlet reports, and the claims that
// contradict each other.
func writeOutlets(w *bufio.Writer, d *dossier.Dossier, s dossier.Story) {
	v := story.Outlets(d, s)
	if len(v.Outlets) < 2 {
		return
	}
	name := entityNamer(d)
	fmt.Fprintf(w, "### Across outlets\n\n| Outlet | Articles | Statements | Claims |\n|---|---|---|---|\n")
	for _, o := range v.Outlets {
		fmt.Fprintf(w, "| %s | %d | %d | %d |\n", outletName(o.Outlet), o.Articles, o.Statements, o.Claims)
	}
	fmt.Fprintln(w)
	var only []string
	for _, r := range v.Statements {
		if r.Only {
			speaker := name(r.Statement.Speaker, r.Statement.SpeakerText)
			only = append(only, fmt.Sprintf("- %s: %s — %s", outletName(r.Outlets[0]), speaker, oneLine(r.Statement.Text)))
		}
	}
	for _, r := range v.Claims {
		if r.Only {
			only = append(only, fmt.Sprintf("- %s: claim by %s that %s was %s", outletName(r.Outlets[0]),
				name(r.Claim.Holder, "the outlet"), name(r.Claim.Agent, "?"), responsibility(r.Claim.Polarity)))
		}
	}
	if len(only) > 0 {
		fmt.Fprintf(w, "Reported by one outlet only:\n\n%s\n\n", strings.Join(only, "\n"))
	}
	writeStances(w, v, name)
	if len(v.Contradictions) > 0 {
		fmt.Fprintf(w, "Contradictions:\n\n")
		for _, c := range v.Contradictions {
			fmt.Fprintf(w, "- %s: %s (%s) says responsible — %s (%s) says not\n", name(c.Agent, "?"),
				name(c.For.Holder, "the outlet"), outletName(c.ForOutlet), name(c.Against.Holder, "the outlet"), outletName(c.AgainstOutlet))
		}
		fmt.Fprintln(w)
	}
}

// writeStances says, for each claim of the story, which outlets support
// it, dispute it or merely report it, by the stance of their articles
// towards the claim (package stance).
func writeStances(w *bufio.Writer, v story.OutletView, name func(id, fallback string) string) {
	var lines []string
	for _, r := range v.Claims {
		var parts []string
		for _, p := range []struct {
			verb    string
			outlets []string
		}{{"supported by", r.SupportedBy}, {"disputed by", r.DisputedBy}, {"reported by", r.ReportedBy}} {
			if len(p.outlets) > 0 {
				names := make([]string, len(p.outlets))
				for i, o := range p.outlets {
					names[i] = outletName(o)
				}
				parts = append(parts, p.verb+" "+strings.Join(names, ", "))
			}
		}
		if len(parts) == 0 {
			continue
		}
		lines = append(lines, fmt.Sprintf("- %s says %s was %s: %s", name(r.Claim.Holder, "the outlet"),
			name(r.Claim.Agent, "?"), responsibility(r.Claim.Polarity), strings.Join(parts, "; ")))
	}
	if len(lines) == 0 {
		return
	}
	fmt.Fprintf(w, "Where the outlets stand on each claim (the stance of their articles towards it, by a statistical model: a lead to check, not a finding):\n\n%s\n\n", strings.Join(lines, "\n"))
}

func responsibility(p dossier.Polarity) string {
	if p == dossier.NotResponsible {
		return "not responsible"
	}
	return "responsible"
}

func outletName(o string) string {
	if o == "" {
		return "outlet not stated"
	}
	return o
}

// entityNamer returns a function that names an entity by ID, or gives
// fallback when the ID is empty or unknown.
func entityNamer(d *dossier.Dossier) func(id, fallback string) string {
	names := make(map[string]string, len(d.Entities))
	for _, e := range d.Entities {
		names[e.ID] = e.Name
	}
	return func(id, fallback string) string {
		if n := names[id]; n != "" {
			return n
		}
		return fallback
	}
}

// writeStatements lists who said what in a story, grouped by side (the
// country or body a speaker speaks for, or the speaker), then by speaker,
// each statement with the sentence that carries it as evidence.
func writeStatements(w *bufio.Writer, d *dossier.Dossier, s dossier.Story, byID map[string]*dossier.Article) {
	ents := make(map[string]*dossier.Entity, len(d.Entities))
	for i := range d.Entities {
		ents[d.Entities[i].ID] = &d.Entities[i]
	}
	type said struct {
		st dossier.Statement
		a  *dossier.Article
	}
	bySpeaker := map[string][]said{}
	var speakers []string
	for _, id := range s.Articles {
		an, a := d.Analyses[id], byID[id]
		if an == nil || a == nil {
			continue
		}
		for _, st := range an.Statements {
			key := st.Speaker
			if key == "" {
				key = "?" + st.SpeakerText
			}
			if _, ok := bySpeaker[key]; !ok {
				speakers = append(speakers, key)
			}
			bySpeaker[key] = append(bySpeaker[key], said{st, a})
		}
	}
	if len(speakers) == 0 {
		return
	}
	side := func(key string) string {
		if e := ents[key]; e != nil {
			if aff := ents[e.Affiliation]; aff != nil {
				return aff.Name
			}
			if e.Type == dossier.GPE || e.Type == dossier.Org {
				return e.Name
			}
		}
		return "Unaffiliated or unresolved speakers"
	}
	name := func(key string) string {
		if e := ents[key]; e != nil {
			if len(e.Titles) > 0 {
				return e.Name + " (" + e.Titles[0] + ")"
			}
			return e.Name
		}
		if t := key[1:]; t != "" {
			return "“" + t + "” (not resolved to an entity)"
		}
		return "Unnamed source"
	}
	sort.SliceStable(speakers, func(i, j int) bool {
		si, sj := side(speakers[i]), side(speakers[j])
		if si != sj {
			return si < sj
		}
		return len(bySpeaker[speakers[i]]) > len(bySpeaker[speakers[j]])
	})
	fmt.Fprintf(w, "### Who said what\n\n")
	lastSide := ""
	for _, key := range speakers {
		if sd := side(key); sd != lastSide {
			fmt.Fprintf(w, "#### %s\n\n", sd)
			lastSide = sd
		}
		fmt.Fprintf(w, "**%s**\n\n", name(key))
		for _, x := range bySpeaker[key] {
			outlet := x.a.Source
			if outlet == "" {
				outlet = "outlet not stated"
			}
			how := string(x.st.Kind) + ", " + x.st.Cue
			if x.st.Venue != "" {
				how += ", " + x.st.Venue
			}
			if x.st.TimeText != "" {
				how += ", " + x.st.TimeText
				if x.st.When != "" {
					how += " (" + x.st.When + ")"
				}
			}
			fmt.Fprintf(w, "- %s — *%s*; %s, %s  \n  > %s\n", oneLine(x.st.Text), how, outlet, articleDay(x.a), oneLine(x.st.Sentence.Of(x.a.Text)))
		}
		fmt.Fprintln(w)
	}
}

// writeTimeline lists what the story's articles date, in order of date,
// each with its outlet, article and the byte range of its evidence, so
// that a reader can check it. Dates that rest on an inferred publication
// date are marked, and an undated article's inferred bounds are given.
func writeTimeline(w *bufio.Writer, s dossier.Story, byID map[string]*dossier.Article) {
	var bounds []string
	for _, id := range s.Articles {
		if a := byID[id]; a != nil && a.Published == nil && a.PublishedInferred != nil {
			b := a.PublishedInferred
			from, to := b.Earliest, b.Latest
			if from == "" {
				from = "?"
			}
			if to == "" {
				to = "?"
			}
			bounds = append(bounds, fmt.Sprintf("- %s (`%s`): published between %s and %s, inferred: %s",
				outletName(a.Source), a.ID, from, to, strings.Join(b.Basis, "; ")))
		}
	}
	if len(s.Timeline) == 0 && len(bounds) == 0 {
		return
	}
	fmt.Fprintf(w, "### Timeline\n\n")
	if len(s.Timeline) > 0 {
		fmt.Fprintf(w, "| Date | What | Evidence |\n|---|---|---|\n")
		for _, e := range s.Timeline {
			date := e.Date
			if e.Inferred {
				date += " (inferred)"
			}
			what := oneLine(e.Summary)
			switch e.Kind {
			case dossier.TimelineIncident:
				what = "**incident**: " + what
			case dossier.TimelineStatement:
				what = "statement: " + what
			}
			outlet := "?"
			if a := byID[e.Article]; a != nil {
				outlet = outletName(a.Source)
			}
			fmt.Fprintf(w, "| %s | %s | “%s”, %s `%s` %d–%d |\n", date, cell(what), cell(oneLine(e.Text)), cell(outlet), e.Article, e.Span.Start, e.Span.End)
		}
		fmt.Fprintln(w)
	}
	if len(bounds) > 0 {
		fmt.Fprintf(w, "Undated articles:\n\n%s\n\n", strings.Join(bounds, "\n"))
	}
}

// cell makes text safe in a Markdown table cell.
func cell(s string) string { return strings.ReplaceAll(s, "|", "\\|") }

func writeSummary(w *bufio.Writer, d *dossier.Dossier) {
	outlets := map[string]bool{}
	var first, last *time.Time
	undated := 0
	sentences := 0
	for _, a := range d.Articles {
		if a.Source != "" {
			outlets[a.Source] = true
		}
		if a.Published == nil {
			undated++
		} else {
			if first == nil || a.Published.Before(*first) {
				first = a.Published
			}
			if last == nil || a.Published.After(*last) {
				last = a.Published
			}
		}
		if an := d.Analyses[a.ID]; an != nil {
			sentences += len(an.Sentences)
		}
	}
	fmt.Fprintf(w, "%s from %s", plural(len(d.Articles), "article"), plural(len(outlets), "named outlet"))
	if first != nil {
		fmt.Fprintf(w, ", published %s to %s", day(first), day(last))
	}
	if undated > 0 {
		fmt.Fprintf(w, "; %d with no known publication date", undated)
	}
	fmt.Fprintf(w, ". %s analysed.\n\n", plural(sentences, "sentence"))
}

func writeArticle(w *bufio.Writer, a *dossier.Article, an *dossier.Analysis, copies []dossier.Copy, heading bool) {
	if heading {
		fmt.Fprintf(w, "### %s\n\n", oneLine(a.Title))
	}
	outlet := a.Source
	if outlet == "" {
		outlet = "outlet not stated"
	}
	fmt.Fprintf(w, "- **%s**, %s", outlet, articleDay(a))
	if len(a.Authors) > 0 {
		fmt.Fprintf(w, ", by %s", strings.Join(a.Authors, ", "))
	}
	fmt.Fprintln(w)
	if a.URL != "" {
		fmt.Fprintf(w, "- <%s>\n", a.URL)
	}
	if a.File != "" {
		fmt.Fprintf(w, "- file `%s`\n", a.File)
	}
	fmt.Fprintf(w, "- article `%s`", a.ID)
	if an != nil {
		fmt.Fprintf(w, ", %s, %s", plural(len(an.Sentences), "sentence"), plural(an.Tokens, "token"))
	}
	fmt.Fprintln(w)
	for _, c := range copies {
		where := c.Source
		if where == "" {
			where = c.URL
		}
		if where == "" {
			where = c.File
		}
		fmt.Fprintf(w, "- also carried verbatim by %s\n", where)
	}
	for _, n := range a.Notes {
		fmt.Fprintf(w, "- note: %s\n", n)
	}
	fmt.Fprintln(w)
	if lead := leadParagraph(a.Text); lead != "" {
		fmt.Fprintf(w, "> %s\n\n", lead)
	}
}

// leadParagraph is the article's first paragraph, the journalist's summary.
func leadParagraph(text string) string {
	p, _, _ := strings.Cut(text, "\n\n")
	return oneLine(p)
}

func outletList(ids []string, byID map[string]*dossier.Article) string {
	seen := map[string]bool{}
	var names []string
	unnamed := 0
	for _, id := range ids {
		a := byID[id]
		switch {
		case a == nil:
		case a.Source == "":
			unnamed++
		case !seen[a.Source]:
			seen[a.Source] = true
			names = append(names, a.Source)
		}
	}
	if unnamed > 0 {
		names = append(names, plural(unnamed, "unnamed outlet"))
	}
	return strings.Join(names, ", ")
}

func day(t *time.Time) string {
	if t == nil {
		return "date unknown"
	}
	return t.UTC().Format("2006-01-02")
}

// articleDay is an article's publication day, or for an undated one the
// bounds its text and story give, marked as inferred.
func articleDay(a *dossier.Article) string {
	b := a.PublishedInferred
	switch {
	case a.Published != nil || b == nil || b.Earliest == "" && b.Latest == "":
		return day(a.Published)
	case b.Earliest == b.Latest:
		return "date unknown (" + b.Earliest + ", inferred)"
	case b.Latest == "":
		return "date unknown (on or after " + b.Earliest + ", inferred)"
	case b.Earliest == "":
		return "date unknown (on or before " + b.Latest + ", inferred)"
	}
	return "date unknown (" + b.Earliest + " to " + b.Latest + ", inferred)"
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
