package entity

// A capital at the start of a sentence says nothing about a name, and the
// tagger, which weighs the word's spelling, sometimes takes a common word
// there for one ("Little is known about ...", "People in the valley
// said ..."). commonWordStarts drops a one-word mention that opens its
// sentence when news text writes the word in lower case nearly always
// (the lowest capitalisation bucket of the word statistics) and the
// document never writes it with a capital inside a sentence.

// commonWordStarts removes such mentions from spans; s holds the
// document's token information (prepare).
func commonWordStarts(spans []span, s *docScratch) []span {
	out := spans[:0]
	for _, sp := range spans {
		if sp.end-sp.start == 1 && commonAtStart(s, sp.start) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// commonAtStart reports whether token i opens its sentence (after
// quote marks or a bracket: “People are tired ...”), is a word
// news writes in lower case (fewer than 5% of its occurrences inside a
// sentence are capitalised) and never stands capitalised inside a
// sentence of this document.
func commonAtStart(s *docScratch, i int) bool {
	in := &s.info[i]
	if !opensSentence(s, i) || in.flags&fAllCap != 0 {
		return false
	}
	if in.stat>>capShift != 1 {
		return false
	}
	return s.seen[in.lower]&seenCapInside == 0
}

// opensSentence reports whether token i is the first of its sentence or
// comes after nothing but quote marks and opening brackets there.
func opensSentence(s *docScratch, i int) bool {
	for ; i >= 0; i-- {
		if s.info[i].flags&fStart != 0 {
			return true
		}
		if i == 0 {
			return false
		}
		p := &s.info[i-1]
		if p.flags&fQuoteMark == 0 && p.lower != openParenHash {
			return false
		}
	}
	return false
}

var openParenHash = lowerHash("(")
