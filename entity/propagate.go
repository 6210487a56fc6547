package entity

import "dossier"

// One sense per discourse, for the occurrences the tagger missed. A
// name the article writes many times is tagged in most of them, but the
// tagger may leave one out where its context is unusual: at the start
// of a headline ("Vostra unveils ..."), before a title that the title
// rules take with it ("Vostra CEO Ann Lee"), in a list. propagateNames
// gives an untagged capitalised word standing alone the type that the
// article's one-word mentions of the same word have, when they all have
// one type.

// propagatedTypes are the types propagateNames spreads, by their code
// in docScratch.formMark (1 + index).
var propagatedTypes = []dossier.EntityType{dossier.Person, dossier.Org, dossier.GPE, dossier.Other}

// formConflict marks a form whose one-word mentions have several types.
const formConflict = 255

// propagateNames returns spans with the added mentions, sorted.
func propagateNames(spans []span, words []string, s *docScratch, sentEnd []int32) []span {
	owner := grow(s.owner, len(words))
	s.owner = owner
	clear(owner)
	typ := grow(s.formMark, len(s.formInfo))
	s.formMark = typ
	clear(typ)
	for k, sp := range spans {
		for i := sp.start; i < sp.end; i++ {
			owner[i] = int32(k + 1)
		}
		if sp.end-sp.start != 1 {
			continue
		}
		code := uint8(0)
		for c, t := range propagatedTypes {
			if sp.typ == t {
				code = uint8(c + 1)
			}
		}
		if code == 0 {
			continue
		}
		switch f := s.form[sp.start]; typ[f] {
		case 0:
			typ[f] = code
		case code:
		default:
			typ[f] = formConflict
		}
	}
	var added []span
	for i := range words {
		in := &s.info[i]
		if owner[i] != 0 || in.flags&fCap == 0 {
			continue
		}
		code := typ[s.form[i]]
		if code == 0 || code == formConflict || lowerSet[lower(words[i])] {
			continue
		}
		// Alone: not inside a longer run of capitalised words (the start
		// of a sentence aside), a title after it excepted, nor joined to
		// a word by a hyphen or an ampersand ("Wal - Mart").
		if i > 0 && in.flags&fStart == 0 && (s.info[i-1].flags&fCap != 0 || words[i-1] == "-" || words[i-1] == "&") {
			continue
		}
		if n := i + 1; n < int(sentEnd[i]) && (s.info[n].flags&fCap != 0 && !isTitleTok(words[n]) || words[n] == "-" || words[n] == "&") {
			continue
		}
		added = append(added, span{start: i, end: i + 1, typ: propagatedTypes[code-1]})
	}
	if len(added) == 0 {
		return spans
	}
	return sortSpans(append(spans, added...))
}
