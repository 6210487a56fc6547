package entity

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier"
)

// This file resolves mentions to entities: first within one article (a
// surname, a title or a pronoun links to the person named in full before
// it; a capital or a seat of government links to its country; an
// anonymous source links to the group the article attributes most to),
// then across articles (spelling variants of one name, the same country
// under its metonyms, the same group).

// pronouns says what a speaker pronoun can stand for: a man, a woman, a
// single speaker, several (plural) or a thing (neuter).
var pronouns = map[string]string{
	"he": "m", "him": "m", "his": "m",
	"she": "f", "her": "f",
	"they": "p", "them": "p", "their": "p",
	"it": "n", "its": "n",
	"we": "p", "i": "s",
}

// IsPronoun reports whether w is a personal pronoun that can be a speaker.
func IsPronoun(w string) bool {
	_, ok := pronouns[strings.ToLower(w)]
	return ok
}

// anonymousHeads are the nouns of unnamed sources; a group of them with no
// nationality of its own is taken to be the article's main group of
// officials ("officials said" after "US officials said").
var anonymousHeads = map[string]bool{
	"official": true, "officials": true, "source": true, "sources": true,
	"person": true, "people": true, "aide": true, "aides": true,
	"diplomat": true, "diplomats": true,
}

// determiners open a noun phrase without adding to its meaning.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "one": true, "some": true, "two": true,
	"three": true, "several": true, "other": true, "another": true, "many": true,
}

// article is the resolution state of one article.
type article struct {
	id       string
	entities []*dossier.Entity
	byKey    map[string]*dossier.Entity
	// lastPerson and lastGroup are the last named, for pronouns.
	lastPerson *dossier.Entity
	lastGroup  *dossier.Entity
	// lastBody is the organisation, group or country named last, and
	// lastBodyEnd where, for "it said".
	lastBody    *dossier.Entity
	lastBodyEnd int
	// mainGroup is the affiliated group of officials mentioned most.
	groupCount map[*dossier.Entity]int
	// seenAt is where an entity was last mentioned or quoted, for
	// definite descriptions ("the group", "the minister").
	seenAt map[*dossier.Entity]int
	// folded caches the folded first and last words of each person's
	// name, for the surname comparisons every person mention makes
	// against every person so far; name is the name they were folded
	// from, since a fuller form may replace it.
	folded map[*dossier.Entity]foldedName
}

// foldedName is a person's name as foldName compares it.
type foldedName struct{ name, first, last string }

// names returns the folded first and last words of person e's name.
func (r *article) names(e *dossier.Entity) (first, last string) {
	if f, ok := r.folded[e]; ok && f.name == e.Name {
		return f.first, f.last
	}
	ew := strings.Fields(e.Name)
	f := foldedName{name: e.Name, first: foldName(ew[0]), last: foldName(ew[len(ew)-1])}
	if r.folded == nil {
		r.folded = map[*dossier.Entity]foldedName{}
	}
	r.folded[e] = f
	return f.first, f.last
}

// ResolveArticle links an article's mentions and statement speakers to the
// article's own entities. It sets Mention.Entity and Statement.Speaker and
// returns the entities, with IDs local to the article ("ARTICLE/e1");
// ResolveCorpus later merges them across articles. Mentions must be sorted
// by position. A speaker that cannot be linked stays "": never guessed.
func ResolveArticle(articleID string, mentions []dossier.Mention, statements []dossier.Statement) []dossier.Entity {
	r := &article{id: articleID, byKey: map[string]*dossier.Entity{}, groupCount: map[*dossier.Entity]int{}, seenAt: map[*dossier.Entity]int{}}

	// Full names first, so that a surname seen before the full name
	// (rare in news, common in headlines) still links to it.
	for i := range mentions {
		m := &mentions[i]
		if m.Type == dossier.Person && len(strings.Fields(m.Text)) > 1 {
			m.Entity = r.person(m).ID
		}
	}
	// Statements are resolved in text order among the mentions, so that a
	// pronoun finds the person last named before it.
	order := make([]int, len(statements))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return statements[order[a]].SpeakerSpan.Start < statements[order[b]].SpeakerSpan.Start
	})
	nested := nestedSpeakers(statements, order)
	next := 0
	var lastSpeaker *dossier.Entity
	var lastSpeakerSentence dossier.Span
	for _, si := range order {
		st := &statements[si]
		// Take up the mentions that stand before this speaker.
		for next < len(mentions) && mentions[next].Span.Start <= st.SpeakerSpan.Start {
			r.mention(&mentions[next])
			next++
		}
		if st.SpeakerText == "" {
			continue
		}
		e := r.speaker(st, mentions)
		// A pronoun in the sentence right after a statement usually
		// continues the same speaker ("he added").
		if e == nil && IsPronoun(st.SpeakerText) && lastSpeaker != nil && pronounFits(st.SpeakerText, lastSpeaker) &&
			st.Sentence.Start-lastSpeakerSentence.End < 400 {
			e = lastSpeaker
		}
		if e == nil && IsPronoun(st.SpeakerText) {
			e = r.pronoun(st.SpeakerText, st.SpeakerSpan.Start)
		}
		if e != nil {
			st.Speaker = e.ID
			switch {
			case IsPronoun(st.SpeakerText) || definiteHead(st.SpeakerText) != "":
			case e.Type == dossier.Person && appositivePerson(st, mentions) != nil:
				// "Ostrania's foreign minister, Karin Albescu": the
				// phrase describes the person; it is no name of hers.
				addTitle(e, st.SpeakerText)
			default:
				addAlias(e, st.SpeakerText)
			}
			if !nested[si] {
				// A speaker inside another statement's content is not
				// the one a later "he said" goes on from.
				lastSpeaker, lastSpeakerSentence = e, st.Sentence
			}
			if e.Type == dossier.Person {
				r.lastPerson = e
			}
			if e.Type == dossier.Org || e.Type == dossier.Group || e.Type == dossier.GPE {
				// "The monitoring group said it had found ...": "it"
				// is the body that was just the speaker.
				r.lastBody, r.lastBodyEnd = e, st.SpeakerSpan.End
			}
			r.seenAt[e] = st.SpeakerSpan.Start
		}
	}
	for ; next < len(mentions); next++ {
		r.mention(&mentions[next])
	}
	out := make([]dossier.Entity, len(r.entities))
	for i, e := range r.entities {
		out[i] = *e
	}
	return out
}

// nestWindow bounds the statements searched for one whose content holds a
// speaker; nested speech stands within a sentence or two.
const nestWindow = 12

// nestedSpeakers reports, for each statement, whether its speaker stands
// inside the content of another statement ("..., it claimed ..., they
// said"). order lists the statements by speaker position.
func nestedSpeakers(statements []dossier.Statement, order []int) []bool {
	out := make([]bool, len(statements))
	for k, si := range order {
		sp := statements[si].SpeakerSpan
		if sp.End <= sp.Start {
			continue
		}
		for j := max(0, k-nestWindow); j < min(len(order), k+nestWindow+1); j++ {
			c := statements[order[j]].Content
			if j != k && c.Start <= sp.Start && sp.End <= c.End {
				out[si] = true
				break
			}
		}
	}
	return out
}

// mention links one mention to an entity, creating it when new.
func (r *article) mention(m *dossier.Mention) *dossier.Entity {
	if m.Entity != "" {
		e := r.find(m.Entity)
		if e != nil && e.Type == dossier.Person {
			r.lastPerson = e
		}
		if e != nil {
			r.seenAt[e] = m.Span.Start
		}
		return e
	}
	var e *dossier.Entity
	switch {
	case m.Type == dossier.Person:
		e = r.person(m)
		r.lastPerson = e
	case m.Type == dossier.Group:
		e = r.group(m.Text)
	default:
		p, isPlace := LookupPlace(m.Text)
		if isPlace && (p.Kind == Demonym || p.Kind == Plural) {
			return nil // an adjective of nationality, not an entity
		}
		// A name the tagger typed as a place or organisation that is the
		// surname of a person the article named in full is that person:
		// the tagger sees one sentence, the article sees them all.
		if !isPlace {
			e = r.knownPerson(m.Text)
		}
		if e == nil {
			e = r.named(m.Text, m.Type)
		}
	}
	if e != nil {
		m.Entity = e.ID
		r.addMention(e, m)
		r.seenAt[e] = m.Span.Start
		if e.Type == dossier.Org || e.Type == dossier.Group || e.Type == dossier.GPE {
			r.lastBody, r.lastBodyEnd = e, m.Span.End
		}
	}
	return e
}

// speaker finds the entity of a statement's speaker: the mention its span
// overlaps, or a group or place the speaker text names.
func (r *article) speaker(st *dossier.Statement, mentions []dossier.Mention) *dossier.Entity {
	sp := st.SpeakerSpan
	// "Ostrania's foreign minister, Karin Albescu, said": a description
	// with no person in it, then the person's name in apposition before
	// the cue, is that person.
	if m := appositivePerson(st, mentions); m != nil {
		if e := r.mention(m); e != nil {
			return e
		}
	}
	// "the government of the Republic of Kessary", "the Kessary
	// government": a country's government speaks for the country, as its
	// metonyms do ("Kyiv", "the Kremlin").
	if name := governmentOf(st.SpeakerText); name != "" {
		if e := r.knownCountry(name, mentions); e != nil {
			return e
		}
	}
	// "the group", "the ministry": the body of that kind named last.
	if h := definiteHead(st.SpeakerText); h != "" {
		if e := r.definite(h, sp.Start); e != nil {
			return e
		}
	}
	// "the minister", "The President": the person last named with that
	// title.
	if h := definiteRole(st.SpeakerText); h != "" {
		if e := r.titled(h, sp.Start); e != nil {
			return e
		}
	}
	// A phrase headed by a collective noun is a group even when a name
	// stands in it as a modifier: "Pentagon officials", "classified
	// Pentagon documents" are groups affiliated to what they name.
	if end := collectiveHead(st.SpeakerText); end > 0 && !personCovers(mentions, sp.Start+end-1) {
		g := r.group(st.SpeakerText[:end])
		if g != nil && g.Affiliation == "" {
			for i := range mentions {
				m := &mentions[i]
				if m.Span.Start >= sp.Start && m.Span.End <= sp.End && m.Entity != "" && m.Type != dossier.Person {
					if e := r.find(m.Entity); e != nil && e != g {
						g.Affiliation = affiliationOf(r, e)
						break
					}
				}
			}
		}
		return g
	}
	var best *dossier.Mention
	for i := range mentions {
		m := &mentions[i]
		if m.Span.Start >= sp.End {
			break
		}
		if m.Span.End <= sp.Start || m.Entity == "" {
			continue
		}
		// Prefer a person over the places in his title ("Kremlin
		// spokesperson Ivan Orlov"), then the last mention (the head).
		if best == nil || m.Type == dossier.Person || best.Type != dossier.Person {
			best = m
		}
	}
	if best != nil {
		return r.find(best.Entity)
	}
	if IsPronoun(st.SpeakerText) {
		return nil
	}
	text := st.SpeakerText
	if e := r.knownPerson(text); e != nil {
		return e
	}
	if isGroupPhrase(text) {
		return r.group(text)
	}
	if p, ok := LookupPlace(text); ok && p.Kind != Demonym && p.Kind != Plural {
		return r.named(text, p.EntityType())
	}
	if name, typ := bodyName(text); name != "" {
		// "The Lessa River Monitoring Group", "the Presidential
		// Office": a body by its proper name, which the tagger missed.
		return r.named(name, typ)
	}
	if name := describedBody(text); name != "" {
		// "the state operator KessHydro": a body the tagger missed,
		// named after a description that says it is one.
		return r.named(name, dossier.Org)
	}
	return nil
}

// appositivePerson returns the PERSON mention that stands in apposition
// right after a speaker phrase naming no person, between it and the cue
// (", Karin Albescu,"), or nil.
func appositivePerson(st *dossier.Statement, mentions []dossier.Mention) *dossier.Mention {
	sp := st.SpeakerSpan
	if sp.End <= sp.Start || st.CueSpan.Start <= sp.End || IsPronoun(st.SpeakerText) {
		return nil
	}
	// Only a role stands in apposition to a name: "News reports,
	// Tuesday, said" has none.
	words := strings.Fields(st.SpeakerText)
	if head := lower(strings.Trim(words[len(words)-1], ",")); !titleSet[head] && !groupHeadSet[head] {
		return nil
	}
	var found *dossier.Mention
	for i := range mentions {
		m := &mentions[i]
		if m.Span.End <= sp.Start {
			continue
		}
		if m.Span.Start >= st.CueSpan.Start {
			break
		}
		if m.Type != dossier.Person {
			continue
		}
		if m.Span.Start < sp.End {
			return nil // the phrase names its person itself
		}
		// ", " (or ", the") between the phrase and the name: a byte or
		// three of separator, no more.
		if found == nil && m.Span.Start-sp.End <= 3 && m.Span.End < st.CueSpan.Start {
			found = m
		}
	}
	return found
}

// bodyDescriptions are nouns that, right before a proper name, say that
// the name is an organisation's ("the state operator KessHydro", "the
// broadcaster Radio Veritas").
var bodyDescriptions = map[string]bool{
	"operator": true, "company": true, "firm": true, "utility": true, "agency": true,
	"broadcaster": true, "network": true, "carrier": true, "airline": true,
	"manufacturer": true, "maker": true, "contractor": true, "insurer": true,
	"bank": true, "newspaper": true, "daily": true, "channel": true, "outlet": true,
	"charity": true, "organisation": true, "organization": true, "watchdog": true,
	"regulator": true, "group": true, "giant": true, "producer": true, "developer": true,
}

// describedBody returns the proper name that ends a speaker phrase made
// of a determiner, lower-case modifiers, an organisation noun and the
// name ("the state operator KessHydro" gives "KessHydro"), or "".
func describedBody(s string) string {
	words := strings.Fields(s)
	if len(words) < 3 || len(words) > 8 || !determiners[strings.ToLower(words[0])] {
		return ""
	}
	i := 1
	for i < len(words) && !startsUpper(words[i]) {
		i++
	}
	if i < 2 || i == len(words) || !bodyDescriptions[strings.ToLower(words[i-1])] {
		return ""
	}
	for _, w := range words[i:] {
		if !startsUpper(w) && !nameLinks[w] {
			return ""
		}
	}
	return strings.Join(words[i:], " ")
}

// governmentOf returns the country a speaker phrase names the
// government of, as written ("Republic of Kessary" in "the government of
// the Republic of Kessary", "Kessary" in "the Kessary government" or
// "Kessary's government"), or "" when the phrase is not a country's
// government as a whole ("a government official", "government sources").
func governmentOf(s string) string {
	words := strings.Fields(stripDeterminers(s))
	if len(words) < 2 || len(words) > 7 {
		return ""
	}
	var name []string
	switch {
	case strings.EqualFold(words[0], "government") && words[1] == "of":
		name = words[2:]
	case strings.EqualFold(words[len(words)-1], "government"):
		name = words[:len(words)-1]
	default:
		return ""
	}
	if len(name) > 0 && strings.EqualFold(name[0], "the") {
		name = name[1:]
	}
	for _, w := range name {
		if !startsUpper(w) && !nameLinks[w] {
			return ""
		}
	}
	return strings.TrimSuffix(strings.TrimSuffix(strings.Join(name, " "), "'s"), "’s")
}

// knownCountry returns the country entity a name stands for, from the
// gazetteer (a name, an alias or a demonym) or from a place the tagger finds in the article ("Kessary"
// for "Republic of Kessary"), or nil: it never makes up a country.
func (r *article) knownCountry(name string, mentions []dossier.Mention) *dossier.Entity {
	words := strings.Fields(name)
	for i := range words {
		n := strings.Join(words[i:], " ")
		// "the French government" is France's: here a demonym names
		// the country, as it does not in "French officials".
		if p, ok := LookupPlace(n); ok && (p.Kind == Country || p.Kind == Alias || p.Kind == Demonym) && p.Country != "" {
			return r.country(p.Country)
		}
		for j := range mentions {
			if m := &mentions[j]; m.Type == dossier.GPE && strings.EqualFold(m.Text, n) {
				return r.named(m.Text, dossier.GPE)
			}
		}
	}
	return nil
}

// bodyName returns the name of a body written as a proper name ending in
// a body noun ("The Lessa River Monitoring Group" gives "Lessa River
// Monitoring Group"), with its type, or "" when s is not one.
func bodyName(s string) (string, dossier.EntityType) {
	name := stripDeterminers(s)
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 8 {
		return "", ""
	}
	for _, w := range words {
		if !startsUpper(w) && !nameLinks[w] {
			return "", ""
		}
	}
	h := strings.ToLower(words[len(words)-1])
	if !bodyHeads[h] {
		return "", ""
	}
	if genericBodyHeads[h] || h == "front" {
		return name, dossier.Group
	}
	return name, dossier.Org
}

// nameLinks are the lower-case words inside a body's proper name.
var nameLinks = map[string]bool{"of": true, "for": true, "and": true, "the": true, "on": true}

// roleHeads are titles that a definite description uses for a person the
// article has named with that title ("the minister", "the President").
var roleHeads = map[string]bool{
	"president": true, "minister": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"commander": true, "general": true, "governor": true, "mayor": true, "senator": true, "chancellor": true,
	"premier": true, "ambassador": true, "prosecutor": true, "director": true, "chairman": true,
	"chairwoman": true, "secretary": true, "envoy": true, "king": true, "queen": true, "leader": true,
}

// definiteRole returns the title of a definite description of a person,
// lower-cased ("minister" in "the defence minister"), or "".
func definiteRole(s string) string {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 3 || !strings.EqualFold(words[0], "the") {
		return ""
	}
	h := strings.ToLower(words[len(words)-1])
	if !roleHeads[h] {
		return ""
	}
	return h
}

// titled returns the person named last before byte offset at whose titles
// hold the word h, or nil.
func (r *article) titled(h string, at int) *dossier.Entity {
	var best *dossier.Entity
	bestAt := -1
	for _, e := range r.entities {
		if e.Type != dossier.Person {
			continue
		}
		ok := false
		for _, t := range e.Titles {
			for _, w := range strings.Fields(strings.ToLower(t)) {
				ok = ok || strings.Trim(w, ",.") == h
			}
		}
		if p, seen := r.seenAt[e]; ok && seen && p < at && p > bestAt {
			best, bestAt = e, p
		}
	}
	return best
}

// person links a PERSON mention: to the person whose name it repeats or
// shortens, else to a new entity.
func (r *article) person(m *dossier.Mention) *dossier.Entity {
	name := cleanName(m.Text)
	words := strings.Fields(name)
	if len(words) == 0 {
		return nil
	}
	last := foldName(words[len(words)-1])
	var match *dossier.Entity
	for i := len(r.entities) - 1; i >= 0; i-- {
		e := r.entities[i]
		if e.Type != dossier.Person {
			continue
		}
		eFirst, eLast := r.names(e)
		if eLast != last {
			continue
		}
		ew := strings.Fields(e.Name)
		if len(words) == 1 || len(ew) == 1 || eFirst == foldName(words[0]) || initialOf(words[0], ew[0]) {
			match = e
			break
		}
	}
	if match == nil {
		match = r.add(&dossier.Entity{Name: name, Type: dossier.Person})
	} else if len(words) > len(strings.Fields(match.Name)) {
		// A fuller form of a name seen only in part: the full one is
		// canonical.
		addAlias(match, match.Name)
		match.Name = name
	}
	addAlias(match, name)
	if m.Title != "" {
		addTitle(match, m.Title)
		if match.Affiliation == "" {
			if country := titleCountry(m.Title); country != "" {
				match.Affiliation = r.country(country).ID
			}
		}
	}
	return match
}

// knownPerson returns the person entity whose surname (or full name) name
// is, when the article has named exactly one such person, else nil.
func (r *article) knownPerson(name string) *dossier.Entity {
	name = cleanName(name)
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 3 || !startsUpper(name) {
		return nil
	}
	last := foldName(words[len(words)-1])
	var found *dossier.Entity
	for _, e := range r.entities {
		if e.Type != dossier.Person {
			continue
		}
		eFirst, eLast := r.names(e)
		if eLast != last {
			continue
		}
		if len(words) > 1 && !strings.EqualFold(e.Name, name) && eFirst != foldName(words[0]) {
			continue
		}
		if found != nil && found != e {
			return nil // two people of that name: not ours to choose
		}
		found = e
	}
	return found
}

// group links a GROUP phrase ("US officials", "sources familiar with the
// intelligence"). An anonymous group with no nationality of its own links
// to the article's main affiliated group of the same kind, if any.
func (r *article) group(phrase string) *dossier.Entity {
	name := stripDeterminers(phrase)
	if name == "" {
		return nil
	}
	key := "group:" + strings.ToLower(name)
	if e := r.byKey[key]; e != nil {
		r.groupCount[e]++
		return e
	}
	country := phraseCountry(name)
	if country == "" && anonymousHead(name) {
		if main := r.mainGroup(); main != nil {
			addAlias(main, name)
			r.byKey[key] = main
			r.groupCount[main]++
			return main
		}
	}
	e := r.add(&dossier.Entity{Name: name, Type: dossier.Group})
	r.byKey[key] = e
	if country != "" {
		e.Affiliation = r.country(country).ID
	}
	r.groupCount[e]++
	r.lastGroup = e
	return e
}

// mainGroup is the affiliated group of anonymous kind ("US officials")
// mentioned most often so far, or nil.
func (r *article) mainGroup() *dossier.Entity {
	var best *dossier.Entity
	for _, e := range r.entities {
		if e.Type != dossier.Group || e.Affiliation == "" || !anonymousHead(e.Name) {
			continue
		}
		if best == nil || r.groupCount[e] > r.groupCount[best] {
			best = e
		}
	}
	return best
}

// named links a GPE, ORG or other named mention: a place to its country
// (or, for an institution, to the institution affiliated to its country),
// anything else by its name.
func (r *article) named(text string, typ dossier.EntityType) *dossier.Entity {
	if p, ok := LookupPlace(text); ok {
		switch p.Kind {
		case Institution:
			e := r.byName(stripDeterminers(text), dossier.Org)
			addAlias(e, text)
			if e.Affiliation == "" {
				e.Affiliation = r.country(p.Country).ID
			}
			return e
		case Country, Alias, Capital, Metonym:
			e := r.country(p.Country)
			addAlias(e, text)
			return e
		}
	}
	if typ == "" || typ == dossier.Person {
		typ = dossier.Other
	}
	name := cleanName(text)
	if e := r.longerBody(name); e != nil {
		addAlias(e, text)
		return e
	}
	e := r.byName(name, typ)
	addAlias(e, text)
	return e
}

// longerBody returns the one organisation or group of the article whose
// name of several words ends with the one-word name given: "the Front"
// after "the Free Lessa Front", as a surname after a full name. Two
// bodies that end alike ("World Bank", "Central Bank") leave it alone.
func (r *article) longerBody(name string) *dossier.Entity {
	if name == "" || strings.ContainsAny(name, " -") || !startsUpper(name) {
		return nil
	}
	var found *dossier.Entity
	for _, e := range r.entities {
		if e.Type != dossier.Org && e.Type != dossier.Group {
			continue
		}
		words := strings.Fields(e.Name)
		if len(words) < 2 || !strings.EqualFold(words[len(words)-1], name) {
			continue
		}
		switch {
		case found == nil:
			found = e
		case !strings.EqualFold(found.Name, e.Name):
			return nil
		case e.Type == dossier.Org:
			found = e // one name seen as a group and an organisation: the organisation
		}
	}
	return found
}

// stateName returns the short name of a state written with its form of
// government ("Kessary" for "Republic of Kessary" or "the Kingdom of
// Kessary"), so that both forms are one entity; other names unchanged.
func stateName(name string) string {
	words := strings.Fields(name)
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if len(words) < 3 || !strings.EqualFold(words[1], "of") {
		return name
	}
	switch strings.ToLower(words[0]) {
	case "republic", "kingdom", "principality", "sultanate", "emirate":
	default:
		return name
	}
	for _, w := range words[2:] {
		if !startsUpper(w) {
			return name
		}
	}
	return strings.Join(words[2:], " ")
}

// country returns the GPE entity of a country, by its canonical name.
func (r *article) country(name string) *dossier.Entity {
	key := "gpe:" + name
	if e := r.byKey[key]; e != nil {
		return e
	}
	e := r.add(&dossier.Entity{Name: name, Type: dossier.GPE})
	r.byKey[key] = e
	return e
}

func (r *article) byName(name string, typ dossier.EntityType) *dossier.Entity {
	if typ == dossier.GPE {
		name = stateName(name)
	}
	key := string(typ) + ":" + strings.ToLower(name)
	if e := r.byKey[key]; e != nil {
		return e
	}
	e := r.add(&dossier.Entity{Name: name, Type: typ})
	r.byKey[key] = e
	return e
}

// pronoun resolves a speaker pronoun at byte offset at to the person or
// group last named; "it" to the organisation, group or country named
// last, when that was within a couple of sentences.
func (r *article) pronoun(p string, at int) *dossier.Entity {
	switch pronouns[strings.ToLower(p)] {
	case "m", "f", "s":
		return r.lastPerson
	case "p":
		return r.lastGroup
	case "n":
		if r.lastBody != nil && at-r.lastBodyEnd < 300 {
			return r.lastBody
		}
	}
	return nil
}

func pronounFits(p string, e *dossier.Entity) bool {
	switch pronouns[strings.ToLower(p)] {
	case "m", "f", "s":
		return e.Type == dossier.Person
	case "p":
		return e.Type == dossier.Group || e.Type == dossier.Org || e.Type == dossier.GPE
	case "n":
		return e.Type == dossier.Org || e.Type == dossier.GPE
	}
	return false
}

func (r *article) add(e *dossier.Entity) *dossier.Entity {
	e.ID = r.id + "/e" + itoa(len(r.entities)+1)
	r.entities = append(r.entities, e)
	return e
}

func (r *article) find(id string) *dossier.Entity {
	for _, e := range r.entities {
		if e.ID == id {
			return e
		}
	}
	return nil
}

func (r *article) addMention(e *dossier.Entity, m *dossier.Mention) {
	e.Mentions = append(e.Mentions, dossier.Mention{Article: r.id, Span: m.Span, Text: m.Text, Type: m.Type, Title: m.Title, Entity: e.ID})
}

// ResolveCorpus merges the entities of many articles into canonical
// entities: persons whose names are spelling variants of each other
// (Hrytsenko, Hrytsenko), countries by their canonical name, groups and
// organisations by name. It returns the canonical entities, with stable
// IDs made from their names, and a map from each article entity ID to its
// canonical ID, for rewriting the analyses.
func ResolveCorpus(perArticle [][]dossier.Entity) ([]dossier.Entity, map[string]string) {
	var canon []*dossier.Entity
	byKey := map[string]*dossier.Entity{}
	persons := map[string][]*dossier.Entity{} // folded surname → persons
	idOf := map[string]string{}
	local := map[*dossier.Entity][]string{} // canonical → local IDs

	for _, ents := range perArticle {
		for i := range ents {
			le := &ents[i]
			var c *dossier.Entity
			if le.Type == dossier.Person {
				words := strings.Fields(le.Name)
				sur := foldName(words[len(words)-1])
				for _, p := range persons[sur] {
					if samePerson(p, le) {
						c = p
						break
					}
				}
				if c == nil {
					c = &dossier.Entity{Name: le.Name, Type: dossier.Person}
					persons[sur] = append(persons[sur], c)
					canon = append(canon, c)
				} else if len(words) > len(strings.Fields(c.Name)) {
					addAlias(c, c.Name)
					c.Name = le.Name
				}
			} else {
				name := le.Name
				if le.Type == dossier.GPE {
					name = stateName(name)
				}
				key := string(le.Type) + ":" + strings.ToLower(name)
				if c = byKey[key]; c == nil {
					c = &dossier.Entity{Name: name, Type: le.Type}
					byKey[key] = c
					canon = append(canon, c)
				}
			}
			addAlias(c, le.Name)
			for _, a := range le.Aliases {
				addAlias(c, a)
			}
			for _, t := range le.Titles {
				addTitle(c, t)
			}
			c.Mentions = append(c.Mentions, le.Mentions...)
			local[c] = append(local[c], le.ID)
			if le.Affiliation != "" && c.Affiliation == "" {
				c.Affiliation = le.Affiliation // local ID, rewritten below
			}
		}
	}
	canon = mergeLoneNames(canon, byKey, local)
	// Stable IDs from names: the same corpus gives the same IDs.
	used := map[string]int{}
	for _, c := range canon {
		id := slug(c.Name)
		used[id]++
		if n := used[id]; n > 1 {
			id += "-" + itoa(n)
		}
		c.ID = id
		for _, l := range local[c] {
			idOf[l] = id
		}
	}
	out := make([]dossier.Entity, len(canon))
	for i, c := range canon {
		if c.Affiliation != "" {
			c.Affiliation = idOf[c.Affiliation]
		}
		for j := range c.Mentions {
			c.Mentions[j].Entity = c.ID
		}
		// The canonical name is not an alias of itself.
		aliases := c.Aliases[:0]
		for _, a := range c.Aliases {
			if a != c.Name {
				aliases = append(aliases, a)
			}
		}
		c.Aliases = aliases
		out[i] = *c
	}
	return out, idOf
}

// mergeLoneNames folds a one-word name that some article took for a
// person (or could not type) into the place or organisation of that name
// another article knows: the tagger misreads an unfamiliar country's name
// as a surname where its article gives no better context, while the
// corpus does. A person named with a title or a first name anywhere is
// left alone.
func mergeLoneNames(canon []*dossier.Entity, byKey map[string]*dossier.Entity, local map[*dossier.Entity][]string) []*dossier.Entity {
	out := canon[:0]
	for _, c := range canon {
		k := strings.ToLower(c.Name)
		var into *dossier.Entity
		switch {
		case (c.Type == dossier.Person || c.Type == dossier.Other || c.Type == dossier.Org) && len(c.Titles) == 0 && lone(c):
			// A dateline's "TARVIN" is the tagger's organisation as often
			// as its place, and a place the gazetteer does not know that
			// one article refers to with "it" reads to its rules as a
			// company ("Valdoria … it said"): one word the corpus knows as
			// a place is that place.
			if into = byKey[string(dossier.GPE)+":"+k]; into == nil && c.Type != dossier.Org {
				into = byKey[string(dossier.Org)+":"+k]
			}
		case c.Type == dossier.Group && startsUpper(c.Name):
			// "Free Lessa Front": a body by its proper name that one
			// article's rules read as a collective source.
			into = byKey[string(dossier.Org)+":"+k]
		}
		if into == nil || into == c {
			out = append(out, c)
			continue
		}
		for _, a := range c.Aliases {
			addAlias(into, a)
		}
		for _, m := range c.Mentions {
			m.Type = into.Type
			into.Mentions = append(into.Mentions, m)
		}
		local[into] = append(local[into], local[c]...)
	}
	return out
}

// lone reports whether an entity is only ever named by one word.
func lone(e *dossier.Entity) bool {
	if strings.Contains(strings.TrimSpace(e.Name), " ") {
		return false
	}
	for _, a := range e.Aliases {
		if strings.Contains(strings.TrimSpace(a), " ") {
			return false
		}
	}
	return true
}

// samePerson reports whether two person entities with the same folded
// surname are one person: their first names agree, or one has none.
func samePerson(a, b *dossier.Entity) bool {
	aw, bw := strings.Fields(a.Name), strings.Fields(b.Name)
	if len(aw) == 1 || len(bw) == 1 {
		return true
	}
	return foldName(aw[0]) == foldName(bw[0]) || initialOf(aw[0], bw[0]) || initialOf(bw[0], aw[0])
}

// foldName folds a name for comparing spelling variants: lower case,
// without diacritics' commonest forms, doubled letters single, and the
// transliteration endings -yy/-iy/-y/-i alike ("Hrytsenkyy", "Hrytsenky",
// "Hrytsenkiy" → "hrytsenk").
func foldName(s string) string {
	s = strings.ToLower(strings.Trim(s, ".,’'"))
	s = strings.TrimSuffix(s, "’s")
	s = strings.TrimSuffix(s, "'s")
	var b strings.Builder
	var prev rune
	for _, r := range s {
		switch r {
		case 'á', 'à', 'â', 'ä', 'ã':
			r = 'a'
		case 'é', 'è', 'ê', 'ë':
			r = 'e'
		case 'í', 'ì', 'î', 'ï':
			r = 'i'
		case 'ó', 'ò', 'ô', 'ö', 'õ':
			r = 'o'
		case 'ú', 'ù', 'û', 'ü':
			r = 'u'
		}
		if r == prev {
			continue
		}
		prev = r
		b.WriteRune(r)
	}
	f := b.String()
	for _, end := range []string{"iy", "yi", "y", "i"} {
		if strings.HasSuffix(f, end) && len(f) > len(end)+3 {
			return strings.TrimSuffix(f, end)
		}
	}
	return f
}

// initialOf reports whether a is an initial of b ("J." of "John").
func initialOf(a, b string) bool {
	a = strings.TrimSuffix(a, ".")
	return utf8.RuneCountInString(a) == 1 && strings.HasPrefix(b, a)
}

// titleCountry returns the country a title names ("Kremlin spokesperson"
// → Russia, "British Foreign Secretary" → United Kingdom), or "".
func titleCountry(title string) string {
	return phraseCountry(title)
}

// phraseCountry returns the country that a phrase's words name, trying
// the longest word windows first, or "".
func phraseCountry(phrase string) string {
	words := strings.Fields(strings.NewReplacer("’s", "", "'s", "").Replace(phrase))
	for n := min(3, len(words)); n >= 1; n-- {
		for i := 0; i+n <= len(words); i++ {
			w := strings.Trim(strings.Join(words[i:i+n], " "), ",.;:")
			if w == "" || !startsUpper(w) {
				continue
			}
			if p, ok := LookupPlace(w); ok && p.Kind != Region && p.Kind != City {
				return p.Country
			}
		}
	}
	return ""
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isGroupPhrase reports whether a speaker phrase names a collective or
// anonymous source by its head noun.
func isGroupPhrase(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ",.")
		if anonymousHeads[w] || collectiveHeads[w] {
			return true
		}
	}
	return false
}

// collectiveHeads are other nouns of collective sources.
var collectiveHeads = map[string]bool{
	"analysts": true, "experts": true, "witnesses": true, "residents": true,
	"investigators": true, "authorities": true, "officers": true, "lawmakers": true,
	"intelligence": true, "reports": true, "report": true, "documents": true,
	"military": true, "members": true, "spokesperson": true, "spokesman": true,
	"spokeswoman": true, "ministry": true, "government": true, "police": true,
}

// collectiveHead finds the head noun of a speaker phrase when it is a
// collective or anonymous source noun: the first such noun before any
// postmodifier ("familiar with", "of", "leaked online"), not the first
// word. It returns the byte offset of the head's end in s, or -1.
func collectiveHead(s string) int {
	pos := 0
	for i, w := range strings.Fields(s) {
		at := strings.Index(s[pos:], w) + pos
		pos = at + len(w)
		lw := strings.ToLower(strings.Trim(w, ",."))
		switch lw {
		case "familiar", "close", "of", "for", "from", "with", "in", "at", "who", "which", "that":
			return -1
		}
		if i > 0 && lw == "group" && strings.TrimSpace(s[pos:]) == "" && indefinite(s) {
			// "an independent monitoring group said": a body not yet
			// named ("a group of protesters" is the protesters; "the
			// group" one named before, or no one).
			return at + len(strings.TrimRight(w, ",."))
		}
		if i > 0 && (anonymousHeads[lw] || collectiveHeads[lw]) {
			if rest := strings.Fields(s[pos:]); len(rest) >= 2 && (rest[0] == "of" || rest[0] == "for") &&
				(startsUpper(rest[1]) || strings.EqualFold(rest[1], "the") && len(rest) >= 3 && startsUpper(rest[2])) {
				return -1 // "The Ministry of Foreign Affairs" is a name
			}
			return at + len(strings.TrimRight(w, ",."))
		}
	}
	return -1
}

// indefinite reports whether phrase s opens with "a" or "an".
func indefinite(s string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return strings.EqualFold(w, "a") || strings.EqualFold(w, "an")
}

// personCovers reports whether a PERSON mention covers byte offset at.
func personCovers(mentions []dossier.Mention, at int) bool {
	for _, m := range mentions {
		if m.Type == dossier.Person && m.Span.Start <= at && at < m.Span.End {
			return true
		}
	}
	return false
}

// affiliationOf is the entity a group named after e belongs to: e itself
// for a country or organisation, else e's own affiliation.
func affiliationOf(r *article, e *dossier.Entity) string {
	if e.Type == dossier.GPE || e.Type == dossier.Org {
		return e.ID
	}
	return e.Affiliation
}

// anonymousHead reports whether a group phrase is headed by an anonymous
// source noun ("officials", "a source familiar with ...").
func anonymousHead(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if anonymousHeads[strings.Trim(w, ",.")] {
			// The head comes before any "familiar with", "close to".
			return i < 4
		}
	}
	return false
}

func stripDeterminers(s string) string {
	words := strings.Fields(s)
	// The "of" of a partitive goes with its quantifier: "one of the
	// officials" and "dozens of investigators" name officials and
	// investigators.
	for len(words) > 1 && (determiners[strings.ToLower(words[0])] || words[0] == "of") {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// cleanName trims a name of a possessive and punctuation.
func cleanName(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, "’s")
	s = strings.TrimSuffix(s, "'s")
	return strings.Trim(s, " ,.;:")
}

func addAlias(e *dossier.Entity, a string) {
	if e == nil {
		return
	}
	a = strings.TrimSpace(a)
	if a == "" || IsPronoun(a) {
		return
	}
	for _, x := range e.Aliases {
		if x == a {
			return
		}
	}
	e.Aliases = append(e.Aliases, a)
}

func addTitle(e *dossier.Entity, t string) {
	for _, x := range e.Titles {
		if strings.EqualFold(x, t) {
			return
		}
	}
	e.Titles = append(e.Titles, t)
}

// slug makes an ID from a name: lower case ASCII letters and digits joined
// by hyphens.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	if b.Len() == 0 {
		return "entity"
	}
	return b.String()
}

func itoa(n int) string { return strconv.Itoa(n) }

// Ensure returns the ID of the article entity named name, adding the
// entity to an's entities when the article has none of that name and type.
// Later layers use it for what they find that the mention layer did not
// name as an entity: the agent of a claim ("a Ukrainian group"). A place
// name resolves to its country's entity. The affiliation, when not "",
// is the ID of an entity of the same article.
func Ensure(an *dossier.Analysis, name string, typ dossier.EntityType, affiliation string) string {
	name = strings.TrimSpace(name)
	if p, ok := LookupPlace(name); ok && (p.Kind == Country || p.Kind == Alias || p.Kind == Capital || p.Kind == Metonym) {
		name, typ = p.Country, dossier.GPE
		for i := range an.Entities {
			if e := &an.Entities[i]; e.Type == dossier.GPE && e.Name == name {
				return e.ID
			}
		}
	} else {
		name = stripDeterminers(name)
	}
	for i := range an.Entities {
		e := &an.Entities[i]
		if e.Type == typ && strings.EqualFold(e.Name, name) {
			return e.ID
		}
		for _, a := range e.Aliases {
			if e.Type == typ && strings.EqualFold(stripDeterminers(a), name) {
				return e.ID
			}
		}
	}
	id := an.Article + "/e" + itoa(len(an.Entities)+1)
	an.Entities = append(an.Entities, dossier.Entity{ID: id, Name: name, Type: typ, Affiliation: affiliation})
	return id
}

// bodyHeads are the head nouns of definite descriptions that stand for an
// organisation, group or government the article has named ("the group",
// "the ministry", "the monitoring group"); genericBodyHeads may stand for
// a body whose name does not hold the noun ("a group calling itself the
// Free Lessa Front ... the group said").
var (
	bodyHeads = map[string]bool{
		"group": true, "organisation": true, "organization": true, "ministry": true, "agency": true,
		"company": true, "firm": true, "front": true, "party": true, "committee": true, "council": true,
		"office": true, "army": true, "commission": true, "movement": true, "alliance": true, "union": true,
		"institute": true, "body": true, "department": true, "authority": true, "bureau": true,
		"network": true, "coalition": true, "militia": true, "foundation": true, "court": true,
		"service": true, "center": true, "centre": true, "association": true, "monitor": true,
		"observatory": true, "watchdog": true, "board": true, "directorate": true,
	}
	genericBodyHeads = map[string]bool{
		"group": true, "organisation": true, "organization": true, "body": true, "movement": true,
		"militia": true, "watchdog": true, "monitor": true,
	}
)

// maxDefiniteGap is how far back, in bytes, a definite description looks
// for a body named by a generic noun only.
const maxDefiniteGap = 2000

// definiteHead returns the head noun of a definite description of a body,
// lower-cased ("group" in "the monitoring group", "ministry" in "The
// Ministry"), or "" when s is not one: it starts with "the", holds at most
// two modifiers, all in lower case, and ends in a body noun.
func definiteHead(s string) string {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 || !strings.EqualFold(words[0], "the") {
		return ""
	}
	for _, w := range words[1 : len(words)-1] {
		if startsUpper(w) {
			return "" // "the Kessary group" names its body
		}
	}
	h := strings.ToLower(strings.Trim(words[len(words)-1], ",."))
	if !bodyHeads[h] {
		return ""
	}
	return h
}

// definite resolves a definite description with head noun h, at byte
// offset at: to the organisation or group whose name holds h and was
// mentioned or quoted last before at; for a generic noun like "group",
// failing that, to the organisation or group named last, within
// maxDefiniteGap bytes.
func (r *article) definite(h string, at int) *dossier.Entity {
	var named, any *dossier.Entity
	namedAt, anyAt := -1, -1
	for _, e := range r.entities {
		if e.Type != dossier.Org && e.Type != dossier.Group {
			continue
		}
		last, ok := r.seenAt[e]
		if !ok || last > at {
			continue
		}
		if nameHolds(e, h) && last > namedAt {
			named, namedAt = e, last
		}
		if anonymousHead(e.Name) {
			continue // "officials" are no body
		}
		if last > anyAt {
			any, anyAt = e, last
		}
	}
	if named != nil {
		return named
	}
	if genericBodyHeads[h] && any != nil && at-anyAt < maxDefiniteGap {
		return any
	}
	return nil
}

// nameHolds reports whether the name of e, or one of its aliases other
// than a definite description, holds the word h.
func nameHolds(e *dossier.Entity, h string) bool {
	names := append([]string{e.Name}, e.Aliases...)
	for _, n := range names {
		if definiteHead(n) != "" {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(n)) {
			if strings.Trim(w, ",.") == h {
				return true
			}
		}
	}
	return false
}
