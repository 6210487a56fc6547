package entity

import (
	"slices"
	"strings"

	"dossier"
)

// One sense per discourse, for companies. A company named after its
// founder ("Ford") or with a name the tagger has never seen is often
// tagged PERSON, and the second stage spreads the mistake over the
// article; a title word at the front of a company's name ("General
// Motors") makes the tagger leave it out altogether. A corporate
// designator at the end of a run of capitalised words ("Co.", "Inc.",
// "Corporation", "AG", "Motors", "Airlines") says the run is a company
// whatever its first word, and news writes a company's full name once
// and its first word after that ("Vostra Motor Company ... Vostra said
// it ..."). orgSense therefore
//
//   - types ORG a span that ends with a designator ("Ford Motor Co."
//     tagged PERSON, "Vostra LLC" tagged GPE);
//   - makes an ORG span of a run of capitalised words that ends with a
//     designator, when no span or only PERSON, GPE or MISC spans inside
//     it cover parts of it ("General Motors" left untagged, or its
//     "Motors" tagged PERSON);
//   - retypes ORG every one-word PERSON span whose word begins such a
//     run somewhere in the article ("Ford" after "Ford Motor Company"),
//     unless a title or an honorific stands right before it ("Mr.
//     Ford").
//
// loneCompanies weighs a one-word PERSON name by the whole article: news
// introduces a person with a first name or a title ("Ann Lee", "Mr.
// Lee"), and refers to a person as "he" or "she", to a company as "it".

// corpDesignators end company names (lower case).
var corpDesignators = strings.Fields(`co. co corp. corp corporation company inc. inc incorporated
	ltd. ltd limited llc plc ag gmbh s.a. n.v. s.p.a. a.g. pty motor motors airlines airways
	industries holdings`)

var corpDesignatorHash, andHash = lowerHashes(corpDesignators), lowerHashes([]string{"and", "&"})

// isDesignator reports whether token i is a corporate designator,
// capitalised as in a name ("Co.", "Motors", "AG"; not "company").
func isDesignator(s *docScratch, i int) bool {
	return s.info[i].flags&fCap != 0 && corpDesignatorHash[s.info[i].lower]
}

// orgSense applies the rules above to spans (sorted, non-overlapping)
// and returns them sorted.
func orgSense(spans []span, words []string, s *docScratch, sentEnd []int32) []span {
	// owner is 1 + the index of the span over each token; mark, by form,
	// the first words of runs that end with a designator (1) and the
	// spans to drop (by span index + 1, 2)
	owner := grow(s.owner, len(words))
	s.owner = owner
	clear(owner)
	for k, sp := range spans {
		for i := sp.start; i < sp.end; i++ {
			owner[i] = int32(k + 1)
		}
	}
	firsts := grow(s.formMark, len(s.formInfo))
	s.formMark = firsts
	clear(firsts)
	var added []span
	var drop []int32
	for i := 0; i < len(words); {
		if s.info[i].flags&fRun == 0 || s.info[i].flags&fCap == 0 {
			i++
			continue
		}
		a, b := i, i
		for b < int(sentEnd[i]) && s.info[b].flags&fRun != 0 {
			b++
		}
		i = b
		for b > a && s.info[b-1].flags&fCap == 0 {
			b--
		}
		if b-a < 2 || !isDesignator(s, b-1) {
			continue
		}
		// words capitalised only because the sentence starts with them
		// ("The", "Shares of"), and the connectors after them
		if a+1 < b && s.info[a].flags&fStart != 0 && (lowerSet[lower(words[a])] || s.info[a+1].flags&fCap == 0 && commonWord(&s.info[a])) {
			a++
			for a < b && s.info[a].flags&fCap == 0 {
				a++
			}
		}
		if b-a < 2 || isDesignator(s, a) {
			continue
		}
		firsts[s.form[a]] = 1
		// The spans over the run: none is added when one is an ORG or
		// crosses the run's ends, or when the run may join two names
		// ("Vostra and Kelda Airlines").
		n := len(drop)
		keep := false
		for k := a; k < b; k++ {
			if andHash[s.info[k].lower] {
				keep = true
			}
			o := owner[k]
			if o == 0 || len(drop) > n && drop[len(drop)-1] == o {
				continue
			}
			sp := spans[o-1]
			if sp.typ == dossier.Org || sp.start < a || sp.end > b {
				keep = true
			}
			drop = append(drop, o)
		}
		if keep {
			drop = drop[:n]
			continue
		}
		added = append(added, span{start: a, end: b, typ: dossier.Org})
	}
	for k := range spans {
		sp := &spans[k]
		switch {
		case sp.typ != dossier.Org && sp.typ != dossier.Group && sp.end-sp.start >= 2 && isDesignator(s, sp.end-1):
			sp.typ = dossier.Org
		case sp.typ == dossier.Person && sp.end-sp.start == 1 && firsts[s.form[sp.start]] != 0:
			if p := sp.start - 1; p >= 0 && isTitleTok(words[p]) {
				continue
			}
			sp.typ = dossier.Org
		}
	}
	if len(added) == 0 {
		return spans
	}
	out := spans[:0]
	for k, sp := range spans {
		if !slices.Contains(drop, int32(k+1)) {
			out = append(out, sp)
		}
	}
	return sortSpans(append(out, added...))
}

// loneCompanies retypes ORG every one-word PERSON span whose word the
// article never writes inside a longer PERSON span nor after a title or
// honorific, that no personal pronoun ("he", "her", "who") follows
// anywhere in the article, and that has company evidence: a neuter
// pronoun after two of its occurrences ("Vostra said it ... Vostra
// expects it to"; after one, "Lee said it was time" is too common), or
// a company noun before it ("automaker Vostra") or a company's part
// after it ("Vostra shares", "Vostra's chief executive"; corpEvidence)
// somewhere. A one-word GPE span becomes
// ORG only after a company noun ("automaker Vostra"), and only when the
// gazetteer does not know the word.
func loneCompanies(spans []span, words []string, s *docScratch) []span {
	person := grow(s.formMark, len(s.formInfo)) // forms that some evidence makes a person's
	s.formMark = person
	clear(person)
	for _, sp := range spans {
		if sp.typ != dossier.Person {
			continue
		}
		if sp.end-sp.start >= 2 {
			for i := sp.start; i < sp.end; i++ {
				person[s.form[i]] = 1
			}
		} else if sp.start > 0 && isTitleTok(words[sp.start-1]) {
			person[s.form[sp.start]] = 1
		}
	}
	for k := range spans {
		sp := &spans[k]
		if sp.end-sp.start != 1 || person[s.form[sp.start]] != 0 {
			continue
		}
		a := s.formAgg[s.form[sp.start]]
		if a == 0 {
			continue
		}
		pron, corp := s.aggPron[a-1], s.aggCorp[a-1]
		if pron&pronounPersonal != 0 {
			continue
		}
		// a place is "it" too, and has plants and workers: never a
		// name the gazetteer knows as a place (the metonym rule types
		// "China" tagged PERSON), and another GPE only after a company
		// noun
		if s.info[sp.start].cats&placeCats != 0 {
			continue
		}
		switch sp.typ {
		case dossier.Person:
			if corp == 0 && (pron == 0 || neuterCount(s, a) < 2) {
				continue
			}
		case dossier.GPE:
			if corp&corpBefore == 0 {
				continue
			}
		default:
			continue
		}
		sp.typ = dossier.Org
	}
	return spans
}

// commonWord reports whether news writes the token's word capitalised
// in under 40% of its occurrences inside a sentence (the two lowest
// capitalisation buckets of the word statistics).
func commonWord(in *tokInfo) bool {
	b := in.stat >> capShift
	return b == 1 || b == 2
}

// placeCats are the gazetteer's categories of places.
const placeCats = catCountry | catCapital | catCity | catRegion | catDemonym | catPlural | catMetonym

// neuterCount returns how many occurrences of the forms aggregated as a
// (docScratch.formAgg) a neuter pronoun follows.
func neuterCount(s *docScratch, a int32) int {
	n := 0
	for i := range s.info {
		if s.tokPron[i] == pronounNeuter && s.formAgg[s.form[i]] == a {
			n++
		}
	}
	return n
}
