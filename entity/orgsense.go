package entity

import (
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
var corpDesignators = setOf(strings.Fields(`co. co corp. corp corporation company inc. inc incorporated
	ltd. ltd limited llc plc ag gmbh s.a. n.v. s.p.a. a.g. pty motor motors airlines airways
	industries holdings`))

// isDesignator reports whether w is a corporate designator, capitalised
// as in a name ("Co.", "Motors", "AG"; not "company").
func isDesignator(w string) bool {
	return isCap(w) && corpDesignators[lower(w)]
}

// orgSense applies the rules above to spans (sorted, non-overlapping)
// and returns them sorted.
func orgSense(spans []span, words []string, s *docScratch, sentEnd []int32) []span {
	// Runs of capitalised words that end with a designator: their first
	// words, and those no span touches.
	firsts := map[string]bool{}
	owner := make([]int32, len(words)) // 1 + the index of the span over each token
	for k, sp := range spans {
		for i := sp.start; i < sp.end; i++ {
			owner[i] = int32(k + 1)
		}
	}
	var added []span
	drop := map[int32]bool{}
	for i := 0; i < len(words); {
		if s.info[i].flags&fRun == 0 || !isCap(words[i]) {
			i++
			continue
		}
		a, b := i, i
		for b < int(sentEnd[i]) && s.info[b].flags&fRun != 0 {
			b++
		}
		i = b
		for b > a && !isCap(words[b-1]) {
			b--
		}
		// words capitalised only because the sentence starts with them
		// ("The", "Shares of"), and the connectors after them
		if a+1 < b && s.info[a].flags&fStart != 0 && (lowerSet[lower(words[a])] || !isCap(words[a+1]) && commonWord(&s.info[a])) {
			a++
			for a < b && !isCap(words[a]) {
				a++
			}
		}
		if b-a < 2 || !isDesignator(words[b-1]) || isDesignator(words[a]) {
			continue
		}
		firsts[words[a]] = true
		// The spans over the run: none is added when one is an ORG or
		// crosses the run's ends, or when the run may join two names
		// ("Vostra and Kelda Airlines").
		var inside []int32
		keep := false
		for k := a; k < b; k++ {
			if c := lower(words[k]); c == "and" || c == "&" {
				keep = true
			}
			o := owner[k]
			if o == 0 || len(inside) > 0 && inside[len(inside)-1] == o {
				continue
			}
			sp := spans[o-1]
			if sp.typ == dossier.Org || sp.start < a || sp.end > b {
				keep = true
			}
			inside = append(inside, o)
		}
		if keep {
			continue
		}
		for _, o := range inside {
			drop[o] = true
		}
		added = append(added, span{start: a, end: b, typ: dossier.Org})
	}
	for k := range spans {
		sp := &spans[k]
		switch {
		case sp.typ != dossier.Org && sp.typ != dossier.Group && sp.end-sp.start >= 2 && isDesignator(words[sp.end-1]):
			sp.typ = dossier.Org
		case sp.typ == dossier.Person && sp.end-sp.start == 1 && firsts[words[sp.start]]:
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
		if !drop[int32(k+1)] {
			out = append(out, sp)
		}
	}
	return sortSpans(append(out, added...))
}

// commonWord reports whether news writes the token's word capitalised
// in under 40% of its occurrences inside a sentence (the two lowest
// capitalisation buckets of the word statistics).
func commonWord(in *tokInfo) bool {
	b := in.stat >> capShift
	return b == 1 || b == 2
}

// loneCompanies retypes ORG every one-word PERSON span whose word the
// article never writes inside a longer PERSON span nor after a title or
// honorific, that no personal pronoun ("he", "her", "who") follows
// anywhere in the article, and that has company evidence somewhere: a
// neuter pronoun after it ("Vostra said it"), a company noun before it
// ("automaker Vostra") or a company's part after it ("Vostra shares",
// "Vostra's chief executive"; corpEvidence). A one-word GPE span becomes
// ORG only after a company noun ("automaker Vostra"), and only when the
// gazetteer does not know the word.
func loneCompanies(spans []span, words []string, s *docScratch) []span {
	person := map[string]bool{} // words that some evidence makes a person's
	for _, sp := range spans {
		if sp.typ != dossier.Person {
			continue
		}
		if sp.end-sp.start >= 2 {
			for i := sp.start; i < sp.end; i++ {
				person[words[i]] = true
			}
		} else if sp.start > 0 && isTitleTok(words[sp.start-1]) {
			person[words[sp.start]] = true
		}
	}
	for k := range spans {
		sp := &spans[k]
		if sp.end-sp.start != 1 || person[words[sp.start]] {
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
		switch sp.typ {
		case dossier.Person:
			if pron == 0 && corp == 0 {
				continue
			}
		case dossier.GPE:
			// a place is "it" too, and has plants and workers: only a
			// company noun before the name, for a name the gazetteer
			// does not know as a place
			if corp&corpBefore == 0 || s.info[sp.start].cats != 0 {
				continue
			}
		default:
			continue
		}
		sp.typ = dossier.Org
	}
	return spans
}
