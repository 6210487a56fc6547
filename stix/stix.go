// Package stix writes a dossier as a STIX 2.1 bundle, for threat
// intelligence platforms that read STIX rather than the project's own
// JSON (dossier/v1).
//
// The mapping, in short (docs/stix.md has it in full):
//
//   - the producer, each outlet and each actor (an entity that speaks,
//     holds a claim, is accused, stands for a hypothesis or is the
//     affiliation of one of those) is an identity;
//   - each statement and each responsibility claim is a note, the claim's
//     ICD 203 likelihood mapped onto STIX confidence with the DNI scale;
//   - each holder's accusation (or denial) of an agent, per story, is a
//     relationship "accuses" (or "denies-responsibility-of"), and an
//     actor's affiliation a relationship "affiliated-with";
//   - each ACH hypothesis is a note on the story's report, with its
//     scores and its ratings of the claims;
//   - each story is a report that refers to all of the above.
//
// Identifiers are name-based UUIDs (version 5) over fixed keys, and times
// come from the articles' publication dates, never from the clock: the
// same dossier always gives byte-identical output.
package stix

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"dossier"
	"dossier/assess"
)

// SpecVersion is the STIX version of every object.
const SpecVersion = "2.1"

// Relationship types. STIX 2.1 defines none between two identities for
// these meanings; it allows any type that matches ^[a-z0-9-]+$.
const (
	// Accuses links a claim's holder to the agent it holds responsible.
	Accuses = "accuses"
	// DeniesResponsibilityOf links a claim's holder to the agent it holds
	// not responsible (a denial, often the agent's own).
	DeniesResponsibilityOf = "denies-responsibility-of"
	// AffiliatedWith links an actor to the entity it speaks for or
	// belongs to.
	AffiliatedWith = "affiliated-with"
)

// Options tune a bundle.
type Options struct {
	// Producer is the name of the identity that creates every object and
	// that every object's created_by_ref names; "" means "dossier".
	Producer string
}

// Doc is a STIX 2.1 bundle: a container of objects with no meaning of its
// own.
type Doc struct {
	Type    string    `json:"type"` // "bundle"
	ID      string    `json:"id"`
	Objects []*Object `json:"objects"`
}

// Object is one STIX domain or relationship object. It carries the union
// of the properties of the types this package writes (identity, note,
// relationship, report); a property that does not apply is empty and
// omitted. Custom properties, prefixed x_dossier_, carry what STIX has no
// property for.
type Object struct {
	Type         string `json:"type"`
	SpecVersion  string `json:"spec_version"`
	ID           string `json:"id"`
	CreatedByRef string `json:"created_by_ref,omitempty"`
	Created      string `json:"created"`
	Modified     string `json:"modified"`

	// identity, report
	Name          string   `json:"name,omitempty"`
	Description   string   `json:"description,omitempty"`
	IdentityClass string   `json:"identity_class,omitempty"`
	Roles         []string `json:"roles,omitempty"`

	// note
	Abstract string `json:"abstract,omitempty"`
	Content  string `json:"content,omitempty"`

	// relationship
	RelationshipType string `json:"relationship_type,omitempty"`
	SourceRef        string `json:"source_ref,omitempty"`
	TargetRef        string `json:"target_ref,omitempty"`

	// report
	Published string `json:"published,omitempty"`

	// note, report
	ObjectRefs []string `json:"object_refs,omitempty"`

	Confidence         *int                `json:"confidence,omitempty"`
	ExternalReferences []ExternalReference `json:"external_references,omitempty"`

	// Custom properties.

	// XUndated is true when the object's times are not its article's or
	// story's own publication dates but the fallback of docs/stix.md.
	XUndated bool `json:"x_dossier_undated,omitempty"`

	// identity of an actor
	XEntity     string   `json:"x_dossier_entity,omitempty"`      // entity ID in dossier/v1
	XEntityType string   `json:"x_dossier_entity_type,omitempty"` // PERSON, ORG, GPE, GROUP, MISC
	XAliases    []string `json:"x_dossier_aliases,omitempty"`

	// statement and claim notes
	XArticle   string `json:"x_dossier_article,omitempty"`   // article ID in dossier/v1
	XStatement string `json:"x_dossier_statement,omitempty"` // statement ID in dossier/v1
	XOutletRef string `json:"x_dossier_outlet_ref,omitempty"`

	// statement notes
	XKind        string `json:"x_dossier_kind,omitempty"` // direct, indirect, mixed
	XSpeakerRef  string `json:"x_dossier_speaker_ref,omitempty"`
	XSpeakerText string `json:"x_dossier_speaker_text,omitempty"`
	XCue         string `json:"x_dossier_cue,omitempty"`
	XVenue       string `json:"x_dossier_venue,omitempty"`
	XWhen        string `json:"x_dossier_when,omitempty"` // YYYY-MM-DD
	XStart       *int   `json:"x_dossier_start,omitempty"`
	XEnd         *int   `json:"x_dossier_end,omitempty"`

	// claim notes
	XClaim        string   `json:"x_dossier_claim,omitempty"` // claim ID in dossier/v1
	XStatementRef string   `json:"x_dossier_statement_ref,omitempty"`
	XHolder       string   `json:"x_dossier_holder,omitempty"`
	XHolderRef    string   `json:"x_dossier_holder_ref,omitempty"`
	XAgent        string   `json:"x_dossier_agent,omitempty"`
	XAgentRef     string   `json:"x_dossier_agent_ref,omitempty"`
	XEvent        string   `json:"x_dossier_event,omitempty"`
	XCertainty    string   `json:"x_dossier_certainty,omitempty"`  // ICD 203 likelihood term
	XConfidence   string   `json:"x_dossier_confidence,omitempty"` // low, moderate, high
	XReliability  string   `json:"x_dossier_reliability,omitempty"`
	XCredibility  *float64 `json:"x_dossier_credibility,omitempty"`
	XRelevance    *float64 `json:"x_dossier_relevance,omitempty"`
	XWeight       *float64 `json:"x_dossier_weight,omitempty"`

	// claim notes, accusation relationships
	XPolarity string `json:"x_dossier_polarity,omitempty"` // "+" or "-"

	// accusation relationships
	XClaimRefs []string `json:"x_dossier_claim_refs,omitempty"`

	// hypothesis notes
	XRank          *int     `json:"x_dossier_rank,omitempty"`
	XLabel         string   `json:"x_dossier_label,omitempty"`
	XAgentRefs     []string `json:"x_dossier_agent_refs,omitempty"`
	XInconsistency *float64 `json:"x_dossier_inconsistency,omitempty"`
	XWeightedScore *float64 `json:"x_dossier_weighted_score,omitempty"`
	XConsistent    *int     `json:"x_dossier_consistent,omitempty"`
	XRatings       []Rating `json:"x_dossier_ratings,omitempty"`

	// reports
	XStory       string       `json:"x_dossier_story,omitempty"` // story ID in dossier/v1
	XSensitivity *Sensitivity `json:"x_dossier_sensitivity,omitempty"`

	// hypothesis notes, reports
	XCaveat string `json:"x_dossier_caveat,omitempty"`
}

// ExternalReference points at something outside STIX: here, the article
// a note or report comes from.
type ExternalReference struct {
	SourceName  string `json:"source_name"`
	Description string `json:"description,omitempty"`
	URL         string `json:"url,omitempty"`
	ExternalID  string `json:"external_id,omitempty"`
}

// Rating is an ACH rating (CC, C, N, I, II) of one claim note against a
// hypothesis.
type Rating struct {
	ClaimRef string `json:"claim_ref"`
	Rating   string `json:"rating"`
}

// Sensitivity names the claim whose removal would change a story's ACH
// ranking, as assess.Sensitivity does.
type Sensitivity struct {
	ClaimRef      string `json:"claim_ref"`
	Leader        string `json:"leader"`
	NewLeader     string `json:"new_leader"`
	LeaderChanges bool   `json:"leader_changes"`
}

// Bundle maps the dossier d, and the ACH matrices of its stories
// (assess.Assess's result; nil to take the hypotheses of d.Stories
// alone), onto a STIX 2.1 bundle. d is not changed. The result depends
// on d and matrices alone: no clock, no randomness.
func Bundle(d *dossier.Dossier, matrices []assess.Matrix, opts Options) *Doc {
	b := newBuilder(d, matrices, opts)
	b.build()
	doc := &Doc{Type: "bundle", Objects: b.objects}
	ids := make([]string, len(b.objects))
	for i, o := range b.objects {
		ids[i] = o.ID + "@" + o.Modified
	}
	sum := sha256.Sum256([]byte(strings.Join(ids, "\n")))
	doc.ID = ID("bundle", hex.EncodeToString(sum[:]))
	return doc
}

// Write writes doc as indented JSON, one object at a time.
func Write(w io.Writer, doc *Doc) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	var item bytes.Buffer
	enc := json.NewEncoder(&item)
	enc.SetIndent("    ", "  ")
	enc.SetEscapeHTML(false)
	fmt.Fprintf(bw, "{\n  \"type\": %q,\n  \"id\": %q,\n  \"objects\": [", doc.Type, doc.ID)
	for i := range doc.Objects {
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n    ")
		item.Reset()
		if err := enc.Encode(doc.Objects[i]); err != nil {
			return fmt.Errorf("stix: object %s: %w", doc.Objects[i].ID, err)
		}
		bw.Write(bytes.TrimSuffix(item.Bytes(), []byte("\n")))
	}
	if len(doc.Objects) > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("]\n}\n")
	return bw.Flush()
}

// storyInfo is what the builder knows of one story.
type storyInfo struct {
	s      *dossier.Story
	key    string // stable key: the story's article IDs, sorted
	report string // the report's identifier
	// articles are the story's articles in the bundle's order.
	articles []*dossier.Article
	first    time.Time
	last     time.Time
	dated    bool
	refs     []string
	refSet   map[string]bool
	accs     []*accusation
}

// ref adds id to the objects the story's report refers to.
func (si *storyInfo) ref(id string) {
	if si == nil || id == "" || si.refSet[id] {
		return
	}
	si.refSet[id] = true
	si.refs = append(si.refs, id)
}

// accusation gathers the claims of one story in which one holder holds one
// agent responsible (or not).
type accusation struct {
	id              string
	holder, agent   string // identity identifiers
	polarity        dossier.Polarity
	holderN, agentN string
	claims          []string // claim note identifiers
	first, last     time.Time
	undated         bool
}

type builder struct {
	d        *dossier.Dossier
	opts     Options
	producer string

	objects []*Object
	seen    map[string]bool

	ents     map[string]*dossier.Entity
	articles []*dossier.Article
	stories  []*storyInfo
	storyOf  map[string]*storyInfo // by article ID
	byStory  map[string]*storyInfo // by story ID
	matrices map[string]*assess.Matrix
	rows     map[string]*assess.Row // by claim ID
	first    *time.Time             // earliest known publication
	noOwner  []*accusation          // accusations of articles in no story
	accByKey map[string]*accusation
}

func newBuilder(d *dossier.Dossier, matrices []assess.Matrix, opts Options) *builder {
	if opts.Producer == "" {
		opts.Producer = "dossier"
	}
	b := &builder{
		d: d, opts: opts,
		seen:     map[string]bool{},
		ents:     map[string]*dossier.Entity{},
		storyOf:  map[string]*storyInfo{},
		byStory:  map[string]*storyInfo{},
		matrices: map[string]*assess.Matrix{},
		rows:     map[string]*assess.Row{},
		accByKey: map[string]*accusation{},
	}
	b.producer = ID("identity", "producer|"+opts.Producer)
	for i := range d.Entities {
		b.ents[d.Entities[i].ID] = &d.Entities[i]
	}
	// An analysis that was not linked across the corpus names its own
	// entities; they stand in where no canonical one has the ID.
	for _, an := range d.Analyses {
		for i := range an.Entities {
			if _, ok := b.ents[an.Entities[i].ID]; !ok {
				b.ents[an.Entities[i].ID] = &an.Entities[i]
			}
		}
	}
	// Articles by publication, undated last; ties by ID.
	b.articles = append([]*dossier.Article(nil), d.Articles...)
	sort.SliceStable(b.articles, func(i, j int) bool { return b.articles[i].ID < b.articles[j].ID })
	b.articles = dossier.ByPublication(b.articles)
	byID := map[string]*dossier.Article{}
	inStory := map[string][]string{} // story ID → IDs of the articles that name it
	for _, a := range b.articles {
		byID[a.ID] = a
		if a.Story != "" {
			inStory[a.Story] = append(inStory[a.Story], a.ID)
		}
		if a.Published != nil && (b.first == nil || a.Published.Before(*b.first)) {
			t := *a.Published
			b.first = &t
		}
	}
	for i := range d.Stories {
		s := &d.Stories[i]
		si := &storyInfo{s: s, refSet: map[string]bool{}}
		ids := append(append([]string(nil), s.Articles...), inStory[s.ID]...)
		sort.Strings(ids)
		ids = slices.Compact(ids)
		si.key = strings.Join(ids, ",")
		if si.key == "" {
			si.key = "story:" + s.ID
		}
		si.report = ID("report", "story|"+si.key)
		for _, id := range ids {
			if a := byID[id]; a != nil {
				if _, taken := b.storyOf[id]; !taken {
					b.storyOf[id] = si
				}
				if a.Published != nil {
					if !si.dated || a.Published.Before(si.first) {
						si.first = *a.Published
					}
					if !si.dated || a.Published.After(si.last) {
						si.last = *a.Published
					}
					si.dated = true
				}
			}
		}
		if !si.dated {
			// No article of the story is dated: its articles' inferred
			// bounds, when the text gives them, before the story's own.
			for _, id := range ids {
				if a := byID[id]; a != nil {
					if t, ok := inferredEarliest(a); ok && (si.first.IsZero() || t.Before(si.first)) {
						si.first = t
					}
				}
			}
			if !si.first.IsZero() {
				si.last = si.first
			}
		}
		if !si.dated && si.first.IsZero() && s.First != nil {
			si.first, si.dated = *s.First, true
			si.last = si.first
			if s.Last != nil && s.Last.After(si.first) {
				si.last = *s.Last
			}
		}
		if !si.dated && si.first.IsZero() {
			si.first = b.fallback()
			si.last = si.first
		}
		b.stories = append(b.stories, si)
		b.byStory[s.ID] = si
	}
	for _, a := range b.articles {
		if si := b.storyOf[a.ID]; si != nil {
			si.articles = append(si.articles, a)
		}
	}
	for i := range matrices {
		m := &matrices[i]
		b.matrices[m.Story] = m
		for j := range m.Rows {
			b.rows[m.Rows[j].Claim.ID] = &m.Rows[j]
		}
	}
	return b
}

// fallback is the time of an object that nothing dates: the earliest
// publication in the dossier, else Epoch.
func (b *builder) fallback() time.Time {
	if b.first != nil {
		return *b.first
	}
	return Epoch
}

// articleTime returns the time of an article's objects: its publication,
// else the earliest day its text bounds it to, else its story's first,
// else the fallback; and whether it is its own publication.
func (b *builder) articleTime(a *dossier.Article) (time.Time, bool) {
	if a.Published != nil {
		return *a.Published, true
	}
	if t, ok := inferredEarliest(a); ok {
		return t, false
	}
	if si := b.storyOf[a.ID]; si != nil {
		return si.first, false
	}
	return b.fallback(), false
}

// inferredEarliest returns the earliest day an undated article's text and
// story bound its publication to (package analyze infers it), midnight
// UTC: the least precise time that is still true.
func inferredEarliest(a *dossier.Article) (time.Time, bool) {
	if a.Published != nil || a.PublishedInferred == nil || a.PublishedInferred.Earliest == "" {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", a.PublishedInferred.Earliest)
	return t, err == nil
}

func (b *builder) add(o Object) {
	if b.seen[o.ID] {
		return
	}
	b.seen[o.ID] = true
	o.SpecVersion = SpecVersion
	if o.ID != b.producer {
		o.CreatedByRef = b.producer
	}
	b.objects = append(b.objects, &o)
}

func (b *builder) build() {
	epoch := timestamp(Epoch)
	b.add(Object{
		Type: "identity", ID: b.producer, Created: epoch, Modified: epoch,
		Name: b.opts.Producer, IdentityClass: "system",
		Description: "The dossier tool: it reads news reports of contested incidents and records who said what, who holds whom responsible, and the competing hypotheses.",
	})
	b.identities()
	for _, a := range b.articles {
		b.article(a)
	}
	for _, si := range b.stories {
		b.story(si)
	}
	for _, acc := range b.noOwner {
		b.relationship(acc)
	}
}

// outletID returns the identifier of an outlet's identity; the empty name
// stands for articles whose outlet is not known.
func outletID(name string) string { return ID("identity", "outlet|"+name) }

// entityID returns the identifier of an actor's identity.
func entityID(id string) string { return ID("identity", "entity|"+id) }

// identities adds the outlets, the actors and the actors' affiliations.
func (b *builder) identities() {
	epoch := timestamp(Epoch)
	outlets := map[string]bool{}
	for _, a := range b.articles {
		outlets[a.Source] = true
	}
	names := make([]string, 0, len(outlets))
	for n := range outlets {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if (names[i] == "") != (names[j] == "") {
			return names[j] == ""
		}
		return names[i] < names[j]
	})
	for _, n := range names {
		o := Object{Type: "identity", ID: outletID(n), Created: epoch, Modified: epoch,
			Name: n, IdentityClass: "organization", Roles: []string{"news outlet"}}
		if n == "" {
			o.Name, o.IdentityClass = "unnamed outlet", "unknown"
			o.Description = "The outlet of the articles that do not name theirs."
		}
		b.add(o)
	}

	actors := map[string]bool{}
	mark := func(id string) {
		if _, ok := b.ents[id]; ok && id != "" {
			actors[id] = true
		}
	}
	for _, a := range b.articles {
		if an := b.d.Analyses[a.ID]; an != nil {
			for _, s := range an.Statements {
				mark(s.Speaker)
			}
			for _, c := range an.Claims {
				mark(c.Holder)
				mark(c.Agent)
			}
		}
	}
	for _, si := range b.stories {
		if m := b.matrices[si.s.ID]; m != nil {
			for _, h := range m.Hypotheses {
				mark(h.Agent)
				for _, x := range h.Agents {
					mark(x)
				}
			}
		}
		for _, h := range si.s.Hypotheses {
			mark(h.Agent)
		}
	}
	for changed := true; changed; {
		changed = false
		for id := range actors {
			if aff := b.ents[id].Affiliation; aff != "" && !actors[aff] {
				if _, ok := b.ents[aff]; ok {
					actors[aff], changed = true, true
				}
			}
		}
	}
	ids := make([]string, 0, len(actors))
	for id := range actors {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		e := b.ents[id]
		b.add(Object{Type: "identity", ID: entityID(id), Created: epoch, Modified: epoch,
			Name: firstOf(e.Name, e.ID), IdentityClass: identityClass(e.Type), Roles: nonEmpty(e.Titles),
			XEntity: e.ID, XEntityType: string(e.Type), XAliases: nonEmpty(e.Aliases)})
	}
	for _, id := range ids {
		e := b.ents[id]
		if e.Affiliation == "" || !actors[e.Affiliation] || e.Affiliation == id {
			continue
		}
		src, dst := entityID(id), entityID(e.Affiliation)
		b.add(Object{Type: "relationship", ID: ID("relationship", "affiliation|"+src+"|"+dst),
			Created: epoch, Modified: epoch, RelationshipType: AffiliatedWith, SourceRef: src, TargetRef: dst,
			Description: e.Name + " is affiliated with " + b.ents[e.Affiliation].Name + "."})
	}
}

// identityClass maps an entity type onto STIX's identity-class-ov. A GPE
// that speaks or is accused stands for its government or state, an
// organisation; a MISC entity is of no class STIX knows.
func identityClass(t dossier.EntityType) string {
	switch t {
	case dossier.Person:
		return "individual"
	case dossier.Org, dossier.GPE:
		return "organization"
	case dossier.Group:
		return "group"
	}
	return "unknown"
}

// actor returns the identity identifier and name of an entity ID, or ""
// and "" when the entity is not known.
func (b *builder) actor(id string) (string, string) {
	if e, ok := b.ents[id]; ok && id != "" {
		return entityID(id), e.Name
	}
	return "", ""
}

// articleRef is the external reference of an article.
func articleRef(a *dossier.Article) ExternalReference {
	r := ExternalReference{SourceName: a.Source, Description: a.Title, URL: a.URL, ExternalID: a.ID}
	if r.SourceName == "" {
		r.SourceName = "unnamed outlet"
	}
	return r
}

// article adds the notes of an article's statements and claims.
func (b *builder) article(a *dossier.Article) {
	an := b.d.Analyses[a.ID]
	if an == nil {
		return
	}
	si := b.storyOf[a.ID]
	t, own := b.articleTime(a)
	ts := timestamp(t)
	outlet := outletID(a.Source)
	si.ref(outlet)
	ref := []ExternalReference{articleRef(a)}
	notes := map[string]string{}
	for _, s := range an.Statements {
		id := ID("note", "statement|"+s.ID)
		notes[s.ID] = id
		speaker, name := b.actor(s.Speaker)
		if name == "" {
			name = s.SpeakerText
		}
		if name == "" {
			name = "unnamed speaker"
		}
		abstract := strings.TrimSpace(name + " " + s.Cue)
		refs := refList(speaker, reportOf(si))
		if len(refs) == 0 {
			refs = []string{outlet}
		}
		start, end := s.Content.Start, s.Content.End
		b.add(Object{Type: "note", ID: id, Created: ts, Modified: ts, XUndated: !own,
			Abstract: abstract, Content: s.Text, ObjectRefs: refs, ExternalReferences: ref,
			XArticle: a.ID, XStatement: s.ID, XOutletRef: outlet,
			XKind: string(s.Kind), XSpeakerRef: speaker, XSpeakerText: s.SpeakerText, XCue: s.Cue,
			XVenue: s.Venue, XWhen: s.When, XStart: &start, XEnd: &end})
		si.ref(speaker)
		si.ref(id)
	}
	for _, c := range an.Claims {
		id := ID("note", "claim|"+c.ID)
		holder, holderName := b.actor(c.Holder)
		if c.Holder == "" {
			holder, holderName = outlet, a.Source
			if holderName == "" {
				holderName = "unnamed outlet"
			}
		}
		agent, agentName := b.actor(c.Agent)
		var rel string
		if holder != "" && agent != "" {
			rel = b.accuse(si, holder, agent, holderName, agentName, c.Polarity, id, t, !own)
		}
		stmt := notes[c.Statement]
		o := Object{Type: "note", ID: id, Created: ts, Modified: ts, XUndated: !own,
			Abstract:   claimAbstract(holderName, agentName, c),
			Content:    firstOf(c.Text, c.Event, "(no evidence text)"),
			ObjectRefs: refList(holder, agent, rel, stmt, reportOf(si)), ExternalReferences: ref,
			XArticle: a.ID, XStatement: c.Statement, XOutletRef: outlet,
			XClaim: c.ID, XStatementRef: stmt, XHolder: holderName, XHolderRef: holder,
			XAgent: agentName, XAgentRef: agent, XEvent: c.Event, XPolarity: string(c.Polarity),
			XCertainty: c.Certainty, XConfidence: c.Confidence}
		if v, ok := Confidence(c.Certainty); ok {
			o.Confidence = &v
		}
		if r := b.rows[c.ID]; r != nil {
			o.XReliability = r.Reliability
			o.XCredibility, o.XRelevance, o.XWeight = num(r.Credibility), num(r.Relevance), num(r.Weight)
		}
		b.add(o)
		si.ref(holder)
		si.ref(agent)
		si.ref(id)
	}
}

// accuse records a claim under its story's accusation of agent by holder
// with polarity p, and returns the relationship's identifier.
func (b *builder) accuse(si *storyInfo, holder, agent, holderName, agentName string, p dossier.Polarity, note string, t time.Time, undated bool) string {
	key := ""
	if si != nil {
		key = si.key
	}
	key = "accusation|" + key + "|" + holder + "|" + agent + "|" + string(p)
	acc := b.accByKey[key]
	if acc == nil {
		acc = &accusation{id: ID("relationship", key), holder: holder, agent: agent, polarity: p,
			holderN: holderName, agentN: agentName, first: t, last: t, undated: undated}
		b.accByKey[key] = acc
		if si != nil {
			si.accs = append(si.accs, acc)
		} else {
			b.noOwner = append(b.noOwner, acc)
		}
	}
	acc.claims = append(acc.claims, note)
	if t.Before(acc.first) {
		acc.first = t
	}
	if t.After(acc.last) {
		acc.last = t
	}
	acc.undated = acc.undated && undated
	return acc.id
}

// relationship adds an accusation.
func (b *builder) relationship(acc *accusation) {
	typ, verb := Accuses, "holds %s responsible"
	if acc.polarity == dossier.NotResponsible {
		typ, verb = DeniesResponsibilityOf, "holds %s not responsible"
	}
	n := "claims"
	if len(acc.claims) == 1 {
		n = "claim"
	}
	b.add(Object{Type: "relationship", ID: acc.id, Created: timestamp(acc.first), Modified: timestamp(acc.last),
		XUndated: acc.undated, RelationshipType: typ, SourceRef: acc.holder, TargetRef: acc.agent,
		Description: fmt.Sprintf("%s "+verb+" (%d %s).", acc.holderN, acc.agentN, len(acc.claims), n),
		XPolarity:   string(acc.polarity), XClaimRefs: acc.claims})
}

// claimNote returns the identifier of a claim's note.
func claimNote(claimID string) string { return ID("note", "claim|"+claimID) }

// story adds a story's accusations, hypotheses and report.
func (b *builder) story(si *storyInfo) {
	for _, acc := range si.accs {
		b.relationship(acc)
		si.ref(acc.id)
	}
	created, modified := timestamp(si.first), timestamp(si.last)
	m := b.matrices[si.s.ID]
	type hyp struct {
		agent, label       string
		agents             []string
		inconsistency, wgt *float64
		consistent         *int
		ratings            []Rating
	}
	var hs []hyp
	if m != nil && len(m.Rows) > 0 {
		for h, x := range m.Hypotheses {
			hy := hyp{agent: x.Agent, label: x.Label, agents: x.Agents,
				inconsistency: num(x.Inconsistency), wgt: num(x.Weighted)}
			c := x.Consistent
			hy.consistent = &c
			for _, r := range m.Rows {
				if h < len(r.Ratings) {
					hy.ratings = append(hy.ratings, Rating{ClaimRef: claimNote(r.Claim.ID), Rating: string(r.Ratings[h])})
				}
			}
			hs = append(hs, hy)
		}
	} else {
		for _, x := range si.s.Hypotheses {
			hy := hyp{agent: x.Agent, label: x.Label, wgt: num(x.Score)}
			for _, e := range x.Evidence {
				hy.ratings = append(hy.ratings, Rating{ClaimRef: claimNote(e.Claim), Rating: string(e.Rating)})
			}
			hs = append(hs, hy)
		}
	}
	for i, h := range hs {
		id := ID("note", "hypothesis|"+si.key+"|"+h.agent)
		var agents []string
		for _, x := range append([]string{h.agent}, h.agents...) {
			if ref, _ := b.actor(x); ref != "" && !contains(agents, ref) {
				agents = append(agents, ref)
			}
		}
		// The rated claims, each once; a rating of a claim that is not in
		// the bundle (its article was not analysed) is dropped, so that no
		// reference dangles.
		refs := append(append([]string(nil), agents...), si.report)
		rated := map[string]bool{}
		ratings := h.ratings[:0:0]
		for _, r := range h.ratings {
			if !b.seen[r.ClaimRef] {
				continue
			}
			ratings = append(ratings, r)
			if !rated[r.ClaimRef] {
				rated[r.ClaimRef] = true
				refs = append(refs, r.ClaimRef)
			}
		}
		h.ratings = ratings
		rank := i + 1
		content := fmt.Sprintf("ACH hypothesis %d of %d for %q: %s was responsible.", rank, len(hs), si.s.Title, h.label)
		if h.inconsistency != nil {
			content += fmt.Sprintf(" Inconsistency score %g, weighted score %g, %d items consistent.", *h.inconsistency, *h.wgt, *h.consistent)
		} else if h.wgt != nil {
			content += fmt.Sprintf(" Weighted score %g.", *h.wgt)
		}
		b.add(Object{Type: "note", ID: id, Created: created, Modified: modified, XUndated: !si.dated,
			Abstract: "ACH hypothesis: " + h.label, Content: content + " " + assess.Caveat, ObjectRefs: refs,
			XRank: &rank, XLabel: h.label, XAgentRefs: agents, XInconsistency: h.inconsistency,
			XWeightedScore: h.wgt, XConsistent: h.consistent, XRatings: h.ratings, XCaveat: assess.Caveat})
		si.ref(id)
	}
	var ext []ExternalReference
	outlets := map[string]bool{}
	for _, a := range si.articles {
		ext = append(ext, articleRef(a))
		outlets[a.Source] = true
		si.ref(outletID(a.Source))
	}
	if len(si.refs) == 0 {
		si.ref(b.producer)
	}
	o := Object{Type: "report", ID: si.report, Created: created, Modified: modified, XUndated: !si.dated,
		Name: firstOf(si.s.Title, "Untitled story"), Published: created,
		Description: storyDescription(si, len(ext), len(outlets)),
		ObjectRefs:  si.refs, ExternalReferences: ext, XStory: si.s.ID}
	if len(hs) > 0 {
		o.XCaveat = assess.Caveat
	}
	if m != nil && m.Sensitivity.Row >= 0 && m.Sensitivity.Claim != "" {
		o.XSensitivity = &Sensitivity{ClaimRef: claimNote(m.Sensitivity.Claim), Leader: m.Sensitivity.Leader,
			NewLeader: m.Sensitivity.NewLeader, LeaderChanges: m.Sensitivity.LeaderChanges}
	}
	b.add(o)
}

// storyDescription says what a report covers.
func storyDescription(si *storyInfo, articles, outlets int) string {
	s := fmt.Sprintf("%d %s from %d %s", articles, plural(articles, "article", "articles"), outlets, plural(outlets, "outlet", "outlets"))
	if si.dated {
		s += fmt.Sprintf(", published %s to %s", si.first.UTC().Format("2006-01-02"), si.last.UTC().Format("2006-01-02"))
	} else {
		s += ", none of them dated"
	}
	return s + "."
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// claimAbstract sums a claim up: "Kessary: Valdoria responsible (almost
// certain)".
func claimAbstract(holder, agent string, c dossier.Claim) string {
	agent = firstOf(agent, "an unnamed agent")
	s := holder + ": " + agent + " responsible"
	if c.Polarity == dossier.NotResponsible {
		s = holder + ": " + agent + " not responsible"
	}
	if c.Certainty != "" {
		s += " (" + c.Certainty + ")"
	}
	return s
}

// reportOf returns the identifier of a story's report, "" for none.
func reportOf(si *storyInfo) string {
	if si == nil {
		return ""
	}
	return si.report
}

// refList returns the non-empty identifiers, each once, in order.
func refList(ids ...string) []string {
	var out []string
	for _, id := range ids {
		if id != "" && !contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// nonEmpty returns the non-blank strings of xs, or nil: STIX lists must
// not be empty.
func nonEmpty(xs []string) []string {
	var out []string
	for _, x := range xs {
		if strings.TrimSpace(x) != "" {
			out = append(out, x)
		}
	}
	return out
}

func firstOf(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}

// num rounds f to three decimals, as the other exports do, and returns a
// pointer to it; nil for a value that is not a number.
func num(f float64) *float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil
	}
	r := math.Round(f*1000) / 1000
	return &r
}
