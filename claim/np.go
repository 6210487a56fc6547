package claim

import (
	"strings"

	"dossier"
	"dossier/entity"
)

// npLeft returns the first token of the noun phrase that ends at token
// end, reading leftwards no further than lo; it returns end+1 when token
// end cannot end one.
func (x *extractor) npLeft(end, lo int) int {
	if end < lo {
		return end + 1
	}
	if x.pronoun(end) {
		return end // a pronoun is a phrase of its own
	}
	k := end
	for k >= lo && end-k < 12 {
		w := x.word(k)
		if x.isPunct(k) && w != "'s" && w != "'" {
			break
		}
		if x.stop(k) {
			break
		}
		if !x.caps[k] && x.class(k)&(cFrame|cTrigger|cSkippable) != 0 && (frameVerbs[w] != noFrame || denyVerbs[w] || blameVerbs[w] || accuseVerbs[w] ||
			skippable[w] && !determiners[w] && w != "all" && w != "both" && w != "alone" && w != "'s") {
			break
		}
		if (w == "and" || w == "or") && (x.word(k-1) == "," || k == end) {
			break
		}
		if k < end && (x.pronoun(k) || k > lo && x.verbLike(k)) {
			break
		}
		k--
	}
	if end-k >= 12 {
		return end + 1 // no boundary in reach: the phrase is not known
	}
	return k + 1
}

// stop reports whether token k ends a noun phrase read leftwards: a
// clause word, never an acronym that folds to one ("US" is not "us").
func (x *extractor) stop(k int) bool {
	return x.class(k)&cNPStop != 0 && !x.acronym(k)
}

// acronym reports whether token k is written in capitals: "US", "UN".
func (x *extractor) acronym(k int) bool {
	s := x.doc.Tokens[k].Text(x.doc.Text)
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

// personalPronouns are the pronouns that make a noun phrase alone.
var personalPronouns = set("we", "us", "i", "me", "he", "him", "she", "they", "them", "it", "you", "who", "whom")

// pronoun reports whether token k is a personal pronoun.
func (x *extractor) pronoun(k int) bool {
	return personalPronouns[x.word(k)] && !x.acronym(k)
}

// rightStop ends a noun phrase read rightwards.
var rightStop = set(
	"and", "or", "but", "that", "which", "who", "whom", "because", "while", "as", "since",
	"when", "after", "before", "following", "to", "in", "with", "by", "for", "from", "during",
	"if", "than", "said", "says", "told", "whatsoever", "according", "is", "was", "were", "are",
	"has", "have", "had", "would", "will", "could", "may", "might", "can", "should", "did",
	"does", "do", "not", "so", "amid", "despite", "until", "over", "into", "intended",
	"earlier", "later", "last", "this", "yesterday", "today", "tonight", "through", "via", "using",
)

// npRight returns the last token of the noun phrase that starts at token
// start, reading no further than hi-1 (start-1 when there is none). With
// stopOf, "of" ends the phrase too: "accused Tarvin of staging".
func (x *extractor) npRight(start, hi int, stopOf bool) int {
	k := start
	for k < hi && k-start < 12 {
		w := x.word(k)
		if x.isPunct(k) && w != "'s" && w != "'" {
			break
		}
		if k > start && (x.class(k)&cRightStop != 0 && !x.caps[k] || stopOf && w == "of") {
			break
		}
		if k == start && (stopOf && w == "of" || w == "to" || w == "that") {
			break
		}
		if k == start+1 && eventPronouns[x.word(start)] && x.word(start) != "that" && (x.word(start) == "it" || x.pronounEnd(k)) {
			break // "it", "this" are whole phrases; "this process" is not
		}
		if k > start+1 && x.verbLike(k) {
			break // "an attack on the station killed two guards"
		}
		k++
	}
	return k - 1
}

// pronounEnd reports whether token k can follow a demonstrative used as
// a pronoun ("did this.", "behind this and"), not as a determiner ("this
// process").
func (x *extractor) pronounEnd(k int) bool {
	if k >= len(x.w) || x.isPunct(k) {
		return true
	}
	switch x.word(k) {
	case "to", "and", "but", "or", "because", "for", "in", "on", "at", "whatsoever", "either", "either.":
		return true
	}
	return false
}

// pastVerbs are irregular past forms that end a noun phrase.
var pastVerbs = set("tore", "hit", "struck", "left", "sent", "cut", "took", "came", "went", "began", "shook",
	"led", "drew", "forced", "kills", "hits", "injured", "wounded")

// verbLike reports whether token k reads as the verb after a noun phrase:
// a lower-case past form after a word that is not a determiner ("the
// station killed", not "the damaged spillway").
func (x *extractor) verbLike(k int) bool {
	w := x.word(k)
	if x.caps[k] || !(pastVerbs[w] || strings.HasSuffix(w, "ed") && len(w) > 4) {
		return false
	}
	prev := x.word(k - 1)
	return !determiners[prev] && !possessivePronouns[prev] && !x.adverb(k-1) && prev != "'s" && !x.isPunct(k-1)
}

// findTargets reads what the article says the incident struck, from
// "an attack on the Kremlin", "the explosion that damaged the Sorvan dam",
// "the Kremlin attack", and the article's first phrase for the incident.
func (x *extractor) findTargets() {
	x.targets = map[string]bool{}
	first, firstTarget := "", ""
	for _, s := range x.doc.Sentences {
		for i := s.FirstToken; i < s.EndToken; i++ {
			if !x.mayBe(i, incidentShape) || x.class(i)&cIncident == 0 {
				continue
			}
			w := x.word(i)
			if strings.HasSuffix(w, "s") && w != "assassination" || w == "act" || w == "drone" || w == "plot" {
				continue
			}
			obj := -1
			switch x.word(i + 1) {
			case "on", "against", "at", "targeting", "near":
				obj = i + 2
			case "tore", "ripped", "hit", "struck", "damaged", "destroyed", "targeted", "rocked":
				obj = i + 2
				if x.word(obj) == "through" {
					obj++
				}
			case "that", "which":
				switch x.word(i + 2) {
				case "damaged", "hit", "struck", "destroyed", "targeted", "tore", "ripped":
					obj = i + 3
					if x.word(obj) == "through" {
						obj++
					}
				}
			}
			found := false
			if obj > 0 {
				hi := x.npRight(obj, s.EndToken, false)
				// A plural head ("Russian targets") names no one target.
				if hi >= obj && !(strings.HasSuffix(x.word(hi), "s") && !x.caps[hi]) {
					for k := obj; k <= hi; k++ {
						if x.targetWord(k) {
							x.targets[x.word(k)] = true
							found = true
						}
					}
				}
			}
			for k := i - 1; k >= s.FirstToken && x.caps[k] && i-k <= 3; k-- {
				if x.targetWord(k) {
					x.targets[x.word(k)] = true
					found = true
				}
			}
			// The first phrase that names the incident, preferring one
			// with its target, is what "it" stands for.
			lo := i
			for lo > s.FirstToken && i-lo < 4 {
				prev := lo - 1
				if determiners[x.word(prev)] {
					lo = prev
					break
				}
				if x.isPunct(prev) || x.stop(prev) || skippable[x.word(prev)] || prepositions[x.word(prev)] {
					break
				}
				lo = prev
			}
			if !determiners[x.word(lo)] && !x.caps[lo] {
				continue
			}
			hi := i
			if obj > 0 {
				hi = max(i, x.npRight(obj, s.EndToken, false))
			}
			if first == "" {
				first = x.textOf(lo, hi)
			}
			if found && firstTarget == "" {
				firstTarget = x.textOf(lo, hi)
			}
		}
	}
	x.incident = firstTarget
	if x.incident == "" {
		x.incident = first
	}
}

// prepositions end a noun phrase read leftwards from its head.
var prepositions = set("in", "on", "of", "at", "for", "with", "by", "from", "against", "into", "after", "before", "since", "over")

// targetWord reports whether token k can name a target: a content word,
// not a determiner, pronoun or preposition.
func (x *extractor) targetWord(k int) bool {
	w := x.word(k)
	if len(w) < 3 || determiners[w] || x.stop(k) || possessivePronouns[w] || x.isPunct(k) || incidentNouns[w] {
		return false
	}
	switch w {
	case "own", "top", "building", "targets", "target", "city", "site", "area", "early", "hours", "morning":
		return false
	}
	return true
}

// targetIn reports whether tokens lo..hi name the incident's target.
func (x *extractor) targetIn(lo, hi int) bool {
	for k := lo; k <= hi; k++ {
		if x.targets[x.word(k)] && x.targetWord(k) {
			return true
		}
	}
	return false
}

// targetSide reports whether tokens lo..hi name someone of the target's
// country: with "an attack on the Kremlin" in the article, "we didn't
// attack Putin" denies the incident.
func (x *extractor) targetSide(lo, hi int) bool {
	id := x.namedIn(lo, hi, false)
	if id == "" {
		return false
	}
	side := x.canon(x.side(id))
	if x.entityType(side) != dossier.GPE {
		return false
	}
	name := x.entityName(side)
	for k := range x.doc.Tokens {
		if !x.targets[x.word(k)] || !x.caps[k] {
			continue
		}
		if p, ok := entity.LookupPlace(x.textOf(k, k)); ok && p.Country == name {
			return true
		}
	}
	return false
}

// incidentPhrase reports whether tokens lo..hi name the story's
// incident: a pronoun ("it", "this"), a phrase headed by a noun of
// incident with a definite determiner ("the attack"), an indefinite one
// that names the target ("an attack on Putin"), the target itself, or
// placing the instruments ("placing the charges"). subject says the
// phrase is a subject ("the incident was ..."), where "that" is not a
// pronoun.
func (x *extractor) incidentPhrase(lo, hi int, subject bool) bool {
	for lo <= hi && x.isQuote(lo) {
		lo++
	}
	if lo > hi {
		return false
	}
	first := x.word(lo)
	if lo == hi && eventPronouns[first] && !(subject && first == "that") {
		return x.incidentNear(lo)
	}
	if strings.HasSuffix(first, "ing") && !x.caps[lo] {
		for k := lo + 1; k <= hi; k++ {
			if instrumentNouns[x.word(k)] || incidentNouns[x.word(k)] {
				return true
			}
		}
	}
	for k := lo + 1; k <= hi; k++ {
		if figurative[x.word(k-1)] && incidentNouns[x.word(k)] {
			return false
		}
	}
	if x.targetIn(lo, hi) {
		return true
	}
	for k := lo; k <= hi; k++ {
		w := x.word(k)
		if !incidentNouns[w] || w == "drone" {
			continue
		}
		plural := strings.HasSuffix(w, "s") && w != "assassination"
		switch first {
		case "the", "this", "that", "its", "their", "his", "her", "our", "last", "wednesday's", "tuesday's":
			if !plural || first != "the" && first != "this" {
				return true
			}
			return false
		case "such", "these", "those":
			return true
		case "a", "an":
			return !plural && x.targets != nil && x.targetIn(k, hi)
		}
		if x.caps[lo] && !plural {
			return true // "Wednesday's attack", "Kremlin attack"
		}
		return false
	}
	return false
}

// incidentNear reports whether an incident is named before token i in
// its paragraph or the one before: what "it" and "this" can stand for.
func (x *extractor) incidentNear(i int) bool {
	si := x.sentenceOf(i)
	para := x.doc.Sentences[si].Paragraph
	for si > 0 && x.doc.Sentences[si-1].Paragraph >= para-1 {
		si--
	}
	lo := x.doc.Sentences[si].FirstToken
	for k := i - 1; k >= lo; k-- {
		if x.mayBe(k, incidentShape) && x.class(k)&cIncident != 0 {
			return true
		}
	}
	return false
}

// agentOf resolves the noun phrase lo..hi to the entity said to be
// responsible. holder is the claim's holder, for "we", "his country" and
// "each other"; itRef, when set, is what "it" stands for.
func (x *extractor) agentOf(lo, hi int, holder, itRef string) string {
	for lo <= hi && (x.isQuote(lo) || x.word(lo) == ",") {
		lo++
	}
	for hi >= lo && x.isPunct(hi) && x.word(hi) != "'s" {
		hi--
	}
	if hi >= lo && (x.word(hi) == "'s" || x.word(hi) == "'") {
		hi--
	}
	if lo > hi {
		return ""
	}
	first := x.word(lo)
	if lo == hi {
		switch {
		case firstPersonPlural[first] && !x.acronym(lo):
			return x.we(holder)
		case first == "i" || first == "me":
			return holder
		case first == "it" || first == "its":
			if itRef != "" {
				return itRef
			}
			return x.itSide(holder)
		case first == "they" || first == "he" || first == "she" || first == "them" || first == "who" ||
			first == "someone" || first == "anyone" || first == "nobody" || first == "which":
			return ""
		}
	}
	if first == "each" && x.word(lo+1) == "other" || first == "one" && x.word(lo+1) == "another" {
		// "Valdorian officials blaming each other": officials of a state
		// blame that state's own people; other groups blame their own.
		if i := x.entityIndex(holder); i >= 0 && x.an.Entities[i].Type == dossier.Group {
			f := strings.Fields(strings.ToLower(x.an.Entities[i].Name))
			if len(f) > 0 && stateHeads[f[len(f)-1]] {
				return x.side(holder)
			}
		}
		return holder
	}
	det := determiners[first]
	for lo < hi && (determiners[x.word(lo)] || x.word(lo) == "neighbouring" || x.word(lo) == "neighboring") {
		lo++
	}
	// The head is the last word before a postmodifier.
	h := lo
	for k := lo + 1; k <= hi; k++ {
		if postmod[x.word(k)] {
			break
		}
		h = k
	}
	head := x.word(h)
	if possessivePronouns[first] && h > lo {
		if stateHeads[head] || groupHeads[head] {
			if first == "its" {
				return x.itSide(holder)
			}
			return x.we(holder)
		}
	}
	// "the fighters of the Free Lessa Front", "members of X".
	if (groupHeads[head] || channelHeads[head]) && x.word(h+1) == "of" {
		if id := x.namedIn(h+2, hi, false); id != "" {
			return id
		}
	}
	if stateHeads[head] && !x.caps[h] {
		if id := x.countryIn(lo, hi); id != "" {
			return id
		}
		return x.namedIn(lo, hi, true)
	}
	if groupHeads[head] && !x.caps[h] || groupHeads[head] && det && h == lo {
		if det && h == lo {
			// "the group", "the Front": the group named before; "the men"
			// could be anyone.
			if id := x.namedIn(h, h, false); id != "" {
				return x.expandShort(id)
			}
			if !orgNouns[head] && !x.caps[h] {
				return ""
			}
			return x.anaphor(lo, head)
		}
		if id := x.namedIn(lo, hi, false); id != "" && x.entityType(id) != dossier.GPE {
			return x.expandShort(id)
		}
		name := x.textOf(lo, hi)
		aff := x.countryIn(lo, hi)
		return x.ensure(name, dossier.Group, aff)
	}
	if id := x.namedIn(h, h, false); id != "" {
		return x.expandShort(id)
	}
	// The head part before a postmodifier names the agent: "al Qaeda in
	// the Indian Subcontinent" is al Qaeda's branch, not the
	// subcontinent.
	if id := x.namedIn(lo, h, false); id != "" {
		return x.expandShort(id)
	}
	if h < hi && x.caps[h] {
		if id := x.byName(x.textOf(lo, h)); id != "" {
			return x.expandShort(id)
		}
		return x.ensure(x.textOf(lo, h), dossier.Org, "")
	}
	if id := x.namedIn(lo, hi, false); id != "" {
		return x.expandShort(id)
	}
	if x.caps[h] {
		if p, ok := entity.LookupPlace(x.textOf(h, h)); ok && p.Kind != entity.Region && p.Kind != entity.City {
			return x.ensure(p.Country, dossier.GPE, "")
		}
		// A name the tagger missed here but found elsewhere in the article.
		if id := x.byName(x.textOf(lo, hi)); id != "" {
			return x.expandShort(id)
		}
	}
	return ""
}

// byName returns the article entity that has name as its name or one of
// its aliases, or "".
func (x *extractor) byName(name string) string {
	for _, e := range x.an.Entities {
		if e.Name == name {
			return x.canon(e.ID)
		}
		for _, a := range e.Aliases {
			if a == name {
				return x.canon(e.ID)
			}
		}
	}
	return ""
}

// postmod are the words that start a noun phrase's postmodifier.
var postmod = set("of", "inside", "in", "from", "within", "including", "with", "who", "that", "which",
	"based", "near", "at", "calling", "known", "operating", "active", "loyal", "linked", "backed", "sympathetic")

// namedIn returns the entity of the last resolved mention in tokens
// lo..hi (its canonical form), or "". With state, only a country or an
// organisation counts.
func (x *extractor) namedIn(lo, hi int, state bool) string {
	for k := hi; k >= lo; k-- {
		mi := x.ment[k]
		if mi < 0 {
			continue
		}
		m := &x.an.Mentions[mi]
		if m.Entity == "" {
			continue
		}
		id := x.canon(m.Entity)
		if state {
			if t := x.entityType(id); t != dossier.GPE && t != dossier.Org {
				continue
			}
		}
		return id
	}
	return ""
}

// countryIn returns the country that tokens lo..hi name, by a demonym
// ("Ukrainian"), a possessive ("Ukraine's") or a place mention, when they
// name exactly one; else "".
func (x *extractor) countryIn(lo, hi int) string {
	found := ""
	for k := lo; k <= hi; k++ {
		name := ""
		if mi := x.ment[k]; mi >= 0 && x.an.Mentions[mi].Entity != "" {
			id := x.canon(x.an.Mentions[mi].Entity)
			if t := x.entityType(id); t != dossier.GPE && t != dossier.Person {
				// "Estmark officials": the group's country.
				if i := x.entityIndex(id); i >= 0 && x.an.Entities[i].Affiliation != "" {
					id = x.canon(x.an.Entities[i].Affiliation)
				}
			}
			if x.entityType(id) == dossier.GPE {
				name = x.entityName(id)
			}
		}
		if name == "" && x.caps[k] {
			if p, ok := entity.LookupPlace(x.textOf(k, k)); ok && p.Kind != entity.Region && p.Kind != entity.City {
				name = p.Country
			}
		}
		if name == "" {
			continue
		}
		if found != "" && found != name {
			return "" // "Ukrainian or Russian actors": no one side
		}
		found = name
	}
	if found == "" {
		return ""
	}
	return x.ensure(found, dossier.GPE, "")
}

// anaphor resolves "the group" (head "group") before token lo to: the
// organisation whose name holds the head ("the Front"); the one the text
// called so ("the Free Lessa Front, a small armed group", "X is a
// group"); the last organisation that a claim named as agent; else the
// last organisation named.
func (x *extractor) anaphor(lo int, head string) string {
	orgAt := func(k int) string {
		mi := x.ment[k]
		if mi < 0 || x.an.Mentions[mi].Entity == "" {
			return ""
		}
		id := x.canon(x.an.Mentions[mi].Entity)
		if t := x.entityType(id); t == dossier.Org || t == dossier.Group {
			return id
		}
		return ""
	}
	for k := lo - 1; k >= 0; k-- {
		if id := orgAt(k); id != "" && strings.Contains(strings.ToLower(x.entityName(id)), head) {
			return id
		}
	}
	for k := lo - 1; k >= 0; k-- {
		if x.word(k) != head {
			continue
		}
		// "X, a small armed group", "X is a group"
		for j := k - 1; j >= 0 && k-j <= 8; j-- {
			if w := x.word(j); w == "," || beForms[w] {
				if id := orgAt(j - 1); id != "" {
					return id
				}
				break
			}
		}
	}
	for i := len(x.cands) - 1; i >= 0; i-- {
		if id := x.cands[i].c.Agent; id != "" {
			if t := x.entityType(id); t == dossier.Org || t == dossier.Group {
				return id
			}
		}
	}
	return ""
}

// entityIndex returns the index of entity id in an.Entities, or -1.
func (x *extractor) entityIndex(id string) int {
	if id == "" {
		return -1
	}
	if x.byID == nil || len(x.byID) != len(x.an.Entities) {
		x.byID = make(map[string]int, len(x.an.Entities))
		for i, e := range x.an.Entities {
			x.byID[e.ID] = i
		}
	}
	if i, ok := x.byID[id]; ok {
		return i
	}
	return -1
}

func (x *extractor) entityType(id string) dossier.EntityType {
	if i := x.entityIndex(id); i >= 0 {
		return x.an.Entities[i].Type
	}
	return ""
}

func (x *extractor) entityName(id string) string {
	if i := x.entityIndex(id); i >= 0 {
		return x.an.Entities[i].Name
	}
	return ""
}

func (x *extractor) ensure(name string, typ dossier.EntityType, aff string) string {
	name = strings.Trim(strings.TrimSpace(name), ",.;:'\"“”‘’")
	if name == "" {
		return ""
	}
	k := ensureKey{name, typ, aff}
	if id, ok := x.ensured[k]; ok {
		return id
	}
	// A country or a group already known by its name is found without
	// entity.Ensure's scan of every alias.
	for i := range x.an.Entities {
		if e := &x.an.Entities[i]; e.Type == typ && e.Name == name {
			x.ensured[k] = e.ID
			return e.ID
		}
	}
	// Ensure adds at most one entity; entityIndex sees the new length.
	id := entity.Ensure(x.an, name, typ, aff)
	x.ensured[k] = id
	return id
}

// ensureKey is what entity.Ensure is asked, for its cache: Ensure is
// idempotent, and scanning every entity's aliases each time is not free.
type ensureKey struct {
	name string
	typ  dossier.EntityType
	aff  string
}

// typeRank orders entity types by how much a bare name is trusted to be
// of that type: the tagger may read a country as a person, never a person
// as a country.
var typeRank = map[dossier.EntityType]int{dossier.GPE: 4, dossier.Org: 3, dossier.Group: 2, dossier.Person: 1, dossier.Other: 0}

// canon returns the article's best entity for id: a place name that the
// tagger read as a person or thing is its country's entity, and a name
// that the article has under several types is the one of the highest
// rank.
func (x *extractor) canon(id string) string {
	if c, ok := x.canonOf[id]; ok {
		return c
	}
	c := x.canon0(id)
	x.canonOf[id] = c
	return c
}

func (x *extractor) canon0(id string) string {
	i := x.entityIndex(id)
	if i < 0 {
		return id
	}
	e := x.an.Entities[i]
	if e.Type == dossier.GPE {
		return id
	}
	if e.Type != dossier.Person || len(strings.Fields(e.Name)) == 1 {
		if p, ok := entity.LookupPlace(e.Name); ok {
			switch p.Kind {
			case entity.Country, entity.Alias, entity.Capital, entity.Metonym:
				return x.ensure(p.Country, dossier.GPE, "")
			}
		}
	}
	best, rank := id, typeRank[e.Type]
	for _, o := range x.an.Entities {
		if o.ID != id && strings.EqualFold(o.Name, e.Name) && typeRank[o.Type] > rank {
			best, rank = o.ID, typeRank[o.Type]
		}
	}
	if best != id || e.Type == dossier.Person || strings.Contains(e.Name, " ") {
		return best
	}
	// A surname the tagger read as an organisation ("Putin" as ORG) is
	// the person named in full.
	suffix := " " + strings.ToLower(e.Name)
	for _, o := range x.an.Entities {
		if o.Type == dossier.Person && strings.HasSuffix(strings.ToLower(o.Name), suffix) {
			return o.ID
		}
	}
	return best
}

// expandShort returns, for an organisation or group known by one word of
// its name ("the Front"), the article's entity of the full name ("Free
// Lessa Front").
func (x *extractor) expandShort(id string) string {
	name := x.entityName(id)
	t := x.entityType(id)
	if strings.Contains(name, " ") || t != dossier.Org && t != dossier.Group && t != dossier.Other {
		return id
	}
	suffix := " " + strings.ToLower(name)
	for _, o := range x.an.Entities {
		if (o.Type == dossier.Org || o.Type == dossier.Group) && strings.HasSuffix(strings.ToLower(o.Name), suffix) {
			return o.ID
		}
	}
	return id
}

// side returns who "we" are for a holder: a person's or group's
// affiliation when known, else the holder itself.
func (x *extractor) side(holder string) string {
	i := x.entityIndex(holder)
	if i < 0 {
		return holder
	}
	e := x.an.Entities[i]
	if e.Affiliation != "" && e.Type != dossier.GPE {
		return x.canon(e.Affiliation)
	}
	return holder
}

// we returns who "we" and "his country" are for a holder: its side, but
// nobody for a person of unknown affiliation, whose "we" could be a
// government, a group or a crew.
func (x *extractor) we(holder string) string {
	s := x.side(holder)
	if s == holder && x.entityType(holder) == dossier.Person {
		return ""
	}
	return s
}

// itSide returns what "it" stands for in a holder's claim: the holder
// when it is a country, organisation or group, a person's affiliation,
// else nothing.
func (x *extractor) itSide(holder string) string {
	switch x.entityType(holder) {
	case dossier.GPE, dossier.Org:
		return holder
	case dossier.Group, dossier.Person:
		if s := x.side(holder); s != holder {
			return s
		}
	}
	return ""
}
