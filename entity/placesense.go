package entity

import (
	"slices"
	"strings"

	"dossier"
)

// One sense per discourse, for places. The tagger judges a name from its
// spelling and a few words around it, so an unfamiliar country's name
// ("Kessary", "Tarvin") that looks like a surname is often tagged PERSON,
// and one occurrence may even be tagged ORG. Within one article, though,
// a name almost always names one thing, and some contexts only a place
// fits: "northern Kessary", "the Republic of Kessary", "the government of
// Kessary", "Kessary's defence minister", "Kessary's armed forces". When
// one occurrence of a one-word name stands in such a context, placeSense
// retypes every occurrence of that name in the document as GPE.
//
// Weaker evidence, "in Tarvin" twice in one article (once may be
// "confidence in Trump"), or "between Tarvin and" a place, retypes only
// names tagged PERSON ("in Congress" and "in Google" are organisations). Evidence that the name is a person's overrides both: the
// name ends a longer PERSON span ("Stefan Korvel" makes "Korvel" a
// person) or follows a title or honorific ("Mr. Jordan", "President
// Kessary").

// placeLeft are the lower-case words that, right before a name, make it a
// place: compass adjectives.
var placeLeft = setOf(strings.Fields(`northern southern eastern western central northeastern northwestern
	southeastern southwestern north-eastern north-western south-eastern south-western mainland rural`))

// placeOf are the nouns of "the N of X" that make X a place.
var placeOf = setOf(strings.Fields(`republic kingdom government governments people citizens capital
	parliament provinces regions territory north south east west`))

// placeOwned are the nouns of "X's N" that only a state has.
var placeOwned = setOf(strings.Fields(`government armed army military navy embassy capital
	border borders territory airspace parliament citizens population defence defense foreign
	interior prime`))

// placeOwnedAlone are the placeOwned nouns that also modify other nouns
// ("Trump's border wall", "a leader's military adviser"): evidence only
// when the noun phrase ends with them.
var placeOwnedAlone = setOf(strings.Fields(`army military border borders territory population citizens capital`))

// phraseEnds are the words after which a noun phrase has ended.
var phraseEnds = setOf(strings.Fields(`, . ; : ( ) - — – and or but with of in on to from at for has have had is
	are was were will would could can may might said says say`))

// placeOwnedNext are the words that must follow a placeOwned noun that is
// only a modifier ("foreign ministry", "defence minister", "prime
// minister", "armed forces"); other placeOwned nouns stand alone.
var placeOwnedNext = map[string][]string{
	"armed":    {"forces"},
	"defence":  {"ministry", "minister", "forces", "chief", "chiefs"},
	"defense":  {"ministry", "minister", "forces", "chief", "chiefs"},
	"foreign":  {"ministry", "minister", "office", "secretary"},
	"interior": {"ministry", "minister"},
	"prime":    {"minister"},
}

// weakEnough is how many occurrences of weak evidence make a place: one
// "in Trump" is confidence in a person, two are rarely anything but a
// place.
const weakEnough = 2

// placeIn are the prepositions of the weaker evidence.
var placeIn = setOf(strings.Fields(`in across throughout inside`))

// placeSense retypes one-word PERSON and ORG names as GPE where the
// document gives place evidence for them and no person evidence; see the
// comment above.
func placeSense(spans []span, words []string) []span {
	type sense struct {
		strong, person bool
		weak           int // occurrences of weak evidence
	}
	var senses map[string]*sense
	get := func(k string) *sense {
		if senses == nil {
			senses = map[string]*sense{}
		}
		s := senses[k]
		if s == nil {
			s = &sense{}
			senses[k] = s
		}
		return s
	}
	for k := range spans {
		sp := &spans[k]
		if sp.typ == dossier.Person && sp.end-sp.start > 1 {
			// "Stefan Korvel": the surname alone is this person too.
			get(words[sp.end-1]).person = true
		}
		if sp.end-sp.start == 3 && (sp.typ == dossier.Org || sp.typ == dossier.GPE) && lower(words[sp.start+1]) == "of" &&
			placeOf[lower(words[sp.start])] {
			// "Republic of Kessary" tagged as one name: the name is a
			// place, and so is the whole when it is a state's.
			get(words[sp.start+2]).strong = true
			if l := lower(words[sp.start]); l == "republic" || l == "kingdom" {
				sp.typ = dossier.GPE
			}
		}
		// The contexts of every occurrence count, those the tagger
		// already took for a place included.
		if sp.end-sp.start != 1 || (sp.typ != dossier.Person && sp.typ != dossier.Org && sp.typ != dossier.GPE) {
			continue
		}
		s := get(words[sp.start])
		if sp.start > 0 {
			prev := words[sp.start-1]
			lp := lower(prev)
			switch {
			case isTitleTok(prev) || sp.title[1] > sp.title[0]:
				s.person = true
			case placeLeft[prev]:
				s.strong = true
			case lp == "of" && sp.start > 1 && placeOf[lower(words[sp.start-2])]:
				s.strong = true
			case placeIn[lp] && (sp.end >= len(words) || !isPossessive(words[sp.end])):
				// "in Martha's Vineyard" places the Vineyard, not Martha.
				s.weak++
			}
		}
		if i := sp.end; i+1 < len(words) && isPossessive(words[i]) {
			n := lower(words[i+1])
			after := ""
			if i+2 < len(words) {
				after = lower(words[i+2])
			}
			switch {
			case !placeOwned[n]:
			case placeOwnedNext[n] != nil:
				s.strong = s.strong || slices.Contains(placeOwnedNext[n], after)
			case placeOwnedAlone[n]:
				s.strong = s.strong || after == "" || phraseEnds[after]
			default:
				s.strong = true
			}
		}
	}
	if senses == nil {
		return spans
	}
	// "between Tarvin and Ostrel": relations, talks and borders between
	// a place and a name are between two places.
	for k := 0; k+1 < len(spans); k++ {
		a, b := spans[k], spans[k+1]
		if a.end-a.start != 1 || b.end-b.start != 1 || a.start == 0 || b.start != a.end+1 ||
			lower(words[a.start-1]) != "between" || lower(words[a.end]) != "and" {
			continue
		}
		sa, sb := senses[words[a.start]], senses[words[b.start]]
		if sa == nil || sb == nil {
			continue
		}
		placeA := a.typ == dossier.GPE || sa.strong || sa.weak >= weakEnough && a.typ == dossier.Person
		placeB := b.typ == dossier.GPE || sb.strong || sb.weak >= weakEnough && b.typ == dossier.Person
		if placeA {
			sb.weak = weakEnough
		}
		if placeB {
			sa.weak = weakEnough
		}
	}
	for k := range spans {
		sp := &spans[k]
		if sp.end-sp.start != 1 || (sp.typ != dossier.Person && sp.typ != dossier.Org) {
			continue
		}
		s := senses[words[sp.start]]
		if s == nil || s.person {
			continue
		}
		if s.strong || s.weak >= weakEnough && sp.typ == dossier.Person {
			sp.typ = dossier.GPE
			sp.title = [2]int{}
		}
	}
	return spans
}

// isPossessive reports whether w is the clitic of a possessive ("'s",
// "’s", or a lone apostrophe after a plural).
func isPossessive(w string) bool {
	switch foldApos(w) {
	case "'s", "'S", "'":
		return true
	}
	return false
}
