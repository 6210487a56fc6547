// Package export writes a dossier in the formats that tools outside the
// project read. The JSON format "dossier/v1" is a contract: its fields keep
// their names and meanings, new fields may be added, none renamed. It is
// documented in docs/export-v1.md.
package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"dossier"
	"dossier/stance"
)

// FormatV1 is the value of the "format" field of a v1 export.
const FormatV1 = "dossier/v1"

// Dossier is the whole of a v1 export.
type Dossier struct {
	Format     string      `json:"format"`
	Generated  string      `json:"generated"` // RFC 3339, when the export was made
	Articles   []Article   `json:"articles"`
	Entities   []Entity    `json:"entities"`
	Statements []Statement `json:"statements"`
	Claims     []Claim     `json:"claims"`
	Stories    []Story     `json:"stories"`
}

// Article is an article in a v1 export. Unknown values are null: a
// publication date that is unknown is null, never 1970.
type Article struct {
	ID          string   `json:"id"`
	Source      *string  `json:"source"`
	Title       string   `json:"title"`
	URL         *string  `json:"url"`
	Published   *string  `json:"published"`
	File        *string  `json:"file"`
	Text        string   `json:"text"`
	Story       *string  `json:"story"`
	Authors     []string `json:"authors"`
	ExternalID  *string  `json:"external_id"`
	ContentHash string   `json:"content_hash"`
	Sentences   int      `json:"sentences"`
	Notes       []string `json:"notes"`
	Copies      []Copy   `json:"copies"`
	// PublishedInferred bounds an unknown publication date from the text
	// and the story; null when the date is known or nothing bounds it.
	PublishedInferred *DateBounds `json:"published_inferred"`
}

// Copy is another place an article's exact content was seen.
type Copy struct {
	Source    *string `json:"source"`
	URL       *string `json:"url"`
	File      *string `json:"file"`
	Published *string `json:"published"`
}

// Entity is a canonical entity in a v1 export.
type Entity struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Type        string   `json:"type"`
	Aliases     []string `json:"aliases"`
	Titles      []string `json:"titles"`
	Affiliation *string  `json:"affiliation"`
}

// Statement is a reported statement in a v1 export. Start and End are byte
// offsets of Text in its article's text.
type Statement struct {
	ID          string  `json:"id"`
	Article     string  `json:"article"`
	Speaker     *string `json:"speaker"`
	SpeakerText string  `json:"speaker_text"`
	Cue         string  `json:"cue"`
	Kind        string  `json:"kind"`
	Text        string  `json:"text"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Venue       *string `json:"venue"`
	When        *string `json:"when"`
}

// Claim is a responsibility claim in a v1 export.
type Claim struct {
	ID         string  `json:"id"`
	Article    string  `json:"article"`
	Statement  *string `json:"statement"`
	Holder     *string `json:"holder"`
	Agent      string  `json:"agent"`
	Event      string  `json:"event"`
	Polarity   string  `json:"polarity"`
	Certainty  *string `json:"certainty"`
	Confidence *string `json:"confidence"`
	Text       string  `json:"text"`
	// Stances: how each article of the claim's story stands towards the
	// claim (added in v1; see docs/export-v1.md).
	Stances []ClaimStance `json:"stances"`
	// OutletStances: the same, per outlet (an outlet's articles and the
	// copies it carries), supporting outlets first.
	OutletStances []OutletStance `json:"outlet_stances"`
}

// ClaimStance is the stance of one article towards a claim: agree (it
// supports the claim), disagree (it disputes it), discuss (it reports the
// matter without taking a side) or unrelated, with the model's
// probability of that label.
type ClaimStance struct {
	Article string  `json:"article"`
	Outlet  *string `json:"outlet"`
	Stance  string  `json:"stance"`
	Score   float64 `json:"score"`
}

// OutletStance is the stance of one outlet towards a claim.
type OutletStance struct {
	Outlet   *string  `json:"outlet"`
	Stance   string   `json:"stance"`
	Score    float64  `json:"score"`
	Articles []string `json:"articles"`
}

// Story is a story in a v1 export.
type Story struct {
	ID         string            `json:"id"`
	Title      string            `json:"title"`
	Articles   []string          `json:"articles"`
	Outlets    []string          `json:"outlets"`
	First      *string           `json:"first"`
	Last       *string           `json:"last"`
	Leads      []string          `json:"lead_entities"`
	NearCopies map[string]string `json:"near_copies"` // near-copy article → its original
	Hypotheses []Hypothesis      `json:"hypotheses"`
	// Timeline is the story's dated incident, events and statements in
	// order of date, each with its evidence.
	Timeline []TimelineEntry `json:"timeline"`
}

// Hypothesis is one competing explanation in a v1 export.
type Hypothesis struct {
	Agent    *string    `json:"agent"`
	Label    string     `json:"label"`
	Score    float64    `json:"score"`
	Evidence []Evidence `json:"evidence"`
}

// Evidence is one rated claim in a v1 export.
type Evidence struct {
	Claim  string `json:"claim"`
	Rating string `json:"rating"`
}

// Build turns the dossier's values into a v1 document.
func Build(in *dossier.Dossier, now time.Time) *Dossier {
	d := &Dossier{
		Format:     FormatV1,
		Generated:  now.UTC().Format(time.RFC3339),
		Articles:   make([]Article, 0, len(in.Articles)),
		Entities:   []Entity{},
		Statements: []Statement{},
		Claims:     []Claim{},
		Stories:    make([]Story, 0, len(in.Stories)),
	}
	stances := stance.DefaultJudge().Dossier(in)
	for _, a := range in.Articles {
		ea := Article{
			ID:          a.ID,
			Source:      nullable(a.Source),
			Title:       a.Title,
			URL:         nullable(a.URL),
			Published:   timestamp(a.Published),
			File:        nullable(a.File),
			Text:        a.Text,
			Story:       nullable(a.Story),
			Authors:     orEmpty(a.Authors),
			ExternalID:  nullable(a.ExternalID),
			ContentHash: a.ContentHash,
			Notes:       orEmpty(a.Notes),
			Copies:      []Copy{},
		}
		ea.PublishedInferred = dateBounds(a.PublishedInferred)
		for _, c := range in.Copies[a.ID] {
			ea.Copies = append(ea.Copies, Copy{
				Source: nullable(c.Source), URL: nullable(c.URL),
				File: nullable(c.File), Published: timestamp(c.Published),
			})
		}
		if an := in.Analyses[a.ID]; an != nil {
			ea.Sentences = len(an.Sentences)
			for _, s := range an.Statements {
				d.Statements = append(d.Statements, statement(s))
			}
			for _, c := range an.Claims {
				d.Claims = append(d.Claims, claim(c, stances[c.ID]))
			}
		}
		d.Articles = append(d.Articles, ea)
	}
	for _, e := range in.Entities {
		d.Entities = append(d.Entities, Entity{
			ID: e.ID, Name: e.Name, Type: string(e.Type),
			Aliases: orEmpty(e.Aliases), Titles: orEmpty(e.Titles),
			Affiliation: nullable(e.Affiliation),
		})
	}
	for _, s := range in.Stories {
		es := Story{
			ID: s.ID, Title: s.Title, Articles: orEmpty(s.Articles),
			Outlets: orEmpty(s.Outlets), First: timestamp(s.First), Last: timestamp(s.Last),
			Leads: orEmpty(s.Leads), NearCopies: s.NearCopies, Hypotheses: []Hypothesis{},
		}
		es.Timeline = timeline(s.Timeline)
		for _, h := range s.Hypotheses {
			eh := Hypothesis{Agent: nullable(h.Agent), Label: h.Label, Score: h.Score, Evidence: []Evidence{}}
			for _, e := range h.Evidence {
				eh.Evidence = append(eh.Evidence, Evidence{Claim: e.Claim, Rating: string(e.Rating)})
			}
			es.Hypotheses = append(es.Hypotheses, eh)
		}
		d.Stories = append(d.Stories, es)
	}
	return d
}

// DateBounds is what the text and the story tell of an unknown
// publication date: earliest and latest possible day (YYYY-MM-DD, null
// when unbounded) and the reasons, one a line.
type DateBounds struct {
	Earliest *string  `json:"earliest"`
	Latest   *string  `json:"latest"`
	Basis    []string `json:"basis"`
}

// TimelineEntry is one dated thing in a story's timeline. Start and End
// are byte offsets of the evidence in the article's text.
type TimelineEntry struct {
	Date      string  `json:"date"`
	Kind      string  `json:"kind"` // incident | event | statement
	Text      string  `json:"text"`
	Summary   string  `json:"summary"`
	Article   string  `json:"article"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Statement *string `json:"statement"`
	Claim     *string `json:"claim"`
	Inferred  bool    `json:"inferred"`
}

func dateBounds(b *dossier.DateBounds) *DateBounds {
	if b == nil {
		return nil
	}
	return &DateBounds{Earliest: nullable(b.Earliest), Latest: nullable(b.Latest), Basis: orEmpty(b.Basis)}
}

func timeline(es []dossier.TimelineEntry) []TimelineEntry {
	out := make([]TimelineEntry, 0, len(es))
	for _, e := range es {
		out = append(out, TimelineEntry{
			Date: e.Date, Kind: e.Kind, Text: e.Text, Summary: e.Summary, Article: e.Article,
			Start: e.Span.Start, End: e.Span.End, Statement: nullable(e.Statement), Claim: nullable(e.Claim),
			Inferred: e.Inferred,
		})
	}
	return out
}

func statement(s dossier.Statement) Statement {
	return Statement{
		ID: s.ID, Article: s.Article, Speaker: nullable(s.Speaker), SpeakerText: s.SpeakerText,
		Cue: s.Cue, Kind: string(s.Kind), Text: s.Text, Start: s.Content.Start, End: s.Content.End,
		Venue: nullable(s.Venue), When: nullable(s.When),
	}
}

func claim(c dossier.Claim, cs stance.ClaimStances) Claim {
	ec := Claim{
		ID: c.ID, Article: c.Article, Statement: nullable(c.Statement), Holder: nullable(c.Holder),
		Agent: c.Agent, Event: c.Event, Polarity: string(c.Polarity),
		Certainty: nullable(c.Certainty), Confidence: nullable(c.Confidence), Text: c.Text,
		Stances: []ClaimStance{}, OutletStances: []OutletStance{},
	}
	for _, a := range cs.Articles {
		ec.Stances = append(ec.Stances, ClaimStance{Article: a.Article, Outlet: nullable(a.Outlet), Stance: a.Stance, Score: a.Score})
	}
	for _, o := range cs.Outlets {
		ec.OutletStances = append(ec.OutletStances, OutletStance{Outlet: nullable(o.Outlet), Stance: o.Stance, Score: o.Score, Articles: orEmpty(o.Articles)})
	}
	return ec
}

// WriteJSON writes d as indented JSON. It writes one list item at a time,
// so that a large corpus is never held twice in memory, once as values and
// once as text; the output is the same as encoding d whole.
func WriteJSON(w io.Writer, d *Dossier) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	var item bytes.Buffer
	enc := json.NewEncoder(&item)
	enc.SetIndent("    ", "  ")
	enc.SetEscapeHTML(false)
	encode := func(v any) error {
		item.Reset()
		if err := enc.Encode(v); err != nil {
			return err
		}
		bw.Write(bytes.TrimSuffix(item.Bytes(), []byte("\n")))
		return nil
	}
	fmt.Fprintf(bw, "{\n  \"format\": ")
	if err := encode(d.Format); err != nil {
		return err
	}
	fmt.Fprintf(bw, ",\n  \"generated\": ")
	if err := encode(d.Generated); err != nil {
		return err
	}
	lists := []struct {
		name  string
		n     int
		items func(i int) any
	}{
		{"articles", len(d.Articles), func(i int) any { return d.Articles[i] }},
		{"entities", len(d.Entities), func(i int) any { return d.Entities[i] }},
		{"statements", len(d.Statements), func(i int) any { return d.Statements[i] }},
		{"claims", len(d.Claims), func(i int) any { return d.Claims[i] }},
		{"stories", len(d.Stories), func(i int) any { return d.Stories[i] }},
	}
	for _, l := range lists {
		fmt.Fprintf(bw, ",\n  %q: [", l.name)
		for i := range l.n {
			if i > 0 {
				bw.WriteByte(',')
			}
			bw.WriteString("\n    ")
			if err := encode(l.items(i)); err != nil {
				return fmt.Errorf("%s[%d]: %w", l.name, i, err)
			}
		}
		if l.n > 0 {
			bw.WriteString("\n  ")
		}
		bw.WriteByte(']')
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func timestamp(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := t.Format(time.RFC3339)
	return &s
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
