package analyze

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"dossier"
	"dossier/assess"
	"dossier/claim"
	"dossier/entity"
	"dossier/quote"
	"dossier/story"
	"dossier/timex"
)

// Entities finds the mentions of people, organisations, places and groups.
type Entities struct{ Tagger *entity.Tagger }

// Name implements Annotator.
func (Entities) Name() string { return "entities" }

// Annotate implements Annotator.
func (e Entities) Annotate(d *Doc) error {
	d.Result.Mentions = e.Tagger.Mentions(d.Doc)
	for i := range d.Result.Mentions {
		d.Result.Mentions[i].Article = d.Article.ID
	}
	return nil
}

// Statements finds who said what.
type Statements struct{}

// Name implements Annotator.
func (Statements) Name() string { return "statements" }

// Annotate implements Annotator.
func (Statements) Annotate(d *Doc) error {
	sts := quote.Extract(d.Doc)
	for i := range sts {
		sts[i].ID = d.Article.ID + "-s" + strconv.Itoa(i+1)
		sts[i].Article = d.Article.ID
	}
	d.Result.Statements = sts
	return nil
}

// Resolution links mentions and speakers to the article's entities.
type Resolution struct{}

// Name implements Annotator.
func (Resolution) Name() string { return "resolution" }

// Annotate implements Annotator.
func (Resolution) Annotate(d *Doc) error {
	d.Result.Entities = entity.ResolveArticle(d.Article.ID, d.Result.Mentions, d.Result.Statements)
	return nil
}

// Times finds the article's temporal expressions, normalised against its
// publication date, marks those that date an incident ("the attack on
// Wednesday"), and sets the When of each statement whose time phrase ("on
// Thursday") names one day. With no known publication date a relative
// phrase names no day and When stays empty: precision is never invented.
// Finish may fill it later from the publication date the story bounds
// (InferDates).
type Times struct{}

// Name implements Annotator.
func (Times) Name() string { return "times" }

// Annotate implements Annotator.
func (Times) Annotate(d *Doc) error {
	var dct time.Time
	if d.Article.Published != nil {
		dct = *d.Article.Published
	}
	exprs := timex.Find(d.Doc, dct)
	d.Result.Times = timeExprs(d.Doc, exprs)
	if dct.IsZero() {
		return nil
	}
	for i := range d.Result.Statements {
		st := &d.Result.Statements[i]
		if v := dayAt(d.Result.Times, st.TimeSpan); v != "" {
			st.When = v
		}
	}
	return nil
}

// Claims finds who claims who was, or was not, responsible.
type Claims struct{}

// Name implements Annotator.
func (Claims) Name() string { return "claims" }

// Annotate implements Annotator.
func (Claims) Annotate(d *Doc) error {
	d.Result.Claims = claim.Extract(d.Article, d.Doc, d.Result)
	return nil
}

// LinkCorpus resolves the entities of every analysed article of d across
// articles: it sets d.Entities to the canonical entities and rewrites the
// entity IDs in mentions and statements to theirs.
func LinkCorpus(d *dossier.Dossier) {
	var per [][]dossier.Entity
	for _, a := range d.Articles {
		if an := d.Analyses[a.ID]; an != nil {
			per = append(per, an.Entities)
		}
	}
	canon, idOf := entity.ResolveCorpus(per)
	for _, an := range d.Analyses {
		for i := range an.Mentions {
			if id, ok := idOf[an.Mentions[i].Entity]; ok {
				an.Mentions[i].Entity = id
			}
		}
		for i := range an.Statements {
			if id, ok := idOf[an.Statements[i].Speaker]; ok {
				an.Statements[i].Speaker = id
			}
		}
		for i := range an.Claims {
			c := &an.Claims[i]
			if id, ok := idOf[c.Holder]; ok {
				c.Holder = id
			}
			if id, ok := idOf[c.Agent]; ok {
				c.Agent = id
			}
		}
	}
	d.Entities = canon
	linkNamedSpeakers(d)
}

// linkNamedSpeakers gives a speaker to each statement whose speaker the
// article names but its own analysis could not type ("Ostrania urged
// ...", where the tagger missed the name), when exactly one entity of the
// corpus carries that name; claims the statement carries that were left
// with the outlet as their holder take the speaker too. A name no entity
// carries, or several do, stays unresolved: a speaker is never guessed.
func linkNamedSpeakers(d *dossier.Dossier) {
	byName := map[string]string{} // name or alias → entity ID, "" when ambiguous
	note := func(name, id string) {
		if prev, ok := byName[name]; ok && prev != id {
			byName[name] = ""
			return
		}
		byName[name] = id
	}
	// The sentence starts of each article: a one-word name counts only
	// when some mention of it stands inside a sentence, where a capital
	// says "name" ("Economy" and "Children" open sentences).
	starts := map[string]map[int]bool{}
	for id, an := range d.Analyses {
		m := make(map[int]bool, len(an.Sentences))
		for _, sp := range an.Sentences {
			m[sp.Start] = true
		}
		starts[id] = m
	}
	inside := func(e *dossier.Entity) bool {
		for _, m := range e.Mentions {
			if !starts[m.Article][m.Span.Start] {
				return true
			}
		}
		return false
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Type != dossier.Person && e.Type != dossier.Org && e.Type != dossier.GPE {
			continue
		}
		if !strings.Contains(e.Name, " ") && !inside(e) {
			continue
		}
		note(e.Name, e.ID)
		for _, a := range e.Aliases {
			note(a, e.ID)
		}
	}
	for _, an := range d.Analyses {
		for i := range an.Statements {
			st := &an.Statements[i]
			if st.Speaker != "" || st.SpeakerText == "" || entity.IsPronoun(st.SpeakerText) {
				continue
			}
			id := byName[st.SpeakerText]
			if id == "" {
				continue
			}
			st.Speaker = id
			for j := range an.Claims {
				if c := &an.Claims[j]; c.Statement == st.ID && c.Holder == "" {
					c.Holder = id
				}
			}
		}
	}
}

// Finish runs the stages that need every article at once: entities
// resolved across articles; stories, the articles clustered in order of
// publication (undated ones last, in the order given), each article's
// Story set and d.Stories filled; the publication dates the text and the
// story bound where the articles give none, and each story's timeline
// (InferDates, Timelines); then the assessment of each story's
// competing hypotheses, which sets the stories' Hypotheses and returns
// the evidence matrices.
func Finish(d *dossier.Dossier, opts assess.Options) []assess.Matrix {
	LinkCorpus(d)
	Stories(d, story.DefaultOptions())
	InferDates(d, time.Now())
	Timelines(d)
	return assess.Assess(d, opts)
}

// Stories groups the articles of d into stories.
func Stories(d *dossier.Dossier, opts story.Options) {
	order := dossier.ByPublication(d.Articles)
	c := story.New(opts)
	joined := make(map[string]string, len(order))
	for _, a := range order {
		joined[a.ID] = c.Add(a, d.Analyses[a.ID])
	}
	for _, a := range d.Articles {
		a.Story = c.Resolve(joined[a.ID])
	}
	d.Stories = c.Stories()
}

// Stages returns a pipeline of the named annotators, in the standard
// order: "entities", "statements", "resolution". No names gives the text
// layer alone, for measuring it.
func Stages(names ...string) (*Pipeline, error) {
	all := Default().annotators
	want := map[string]bool{}
	for _, n := range names {
		found := false
		for _, an := range all {
			found = found || an.Name() == n
		}
		if !found {
			return nil, fmt.Errorf("unknown stage %q (known: %s)", n, strings.Join(Default().Names(), ", "))
		}
		want[n] = true
	}
	var picked []Annotator
	for _, an := range all {
		if want[an.Name()] {
			picked = append(picked, an)
		}
	}
	return New(picked...), nil
}
