package quote

import (
	"dossier"
	"dossier/text"
)

// SpeakerPhrases returns, for each statement of doc as Extract made them,
// the whole noun phrase that names its speaker: the name with the title,
// role and determiner written before it ("Kremlin spokesperson Dmitry
// Orlov" for "Ivan Orlov"), a head it stands in apposition to ("a top
// strategist, John Weaver"), and the noun phrases set off by commas after
// it ("Alan Abramowitz, a demographer at Emory University"), without the
// comma that closes them, and, when the speaker stands before the verb, a
// relative clause set off by commas ("Ann Compton, who covered the White
// House, said"), as PolNeAR's sources do. Participles and prepositional
// phrases after the name are left out: they describe the speaker rather
// than name them. A statement with no speaker gets the zero span. It
// reads the document once, so it costs what Extract costs.
func SpeakerPhrases(doc *text.Doc, stmts []dossier.Statement) []dossier.Span {
	out := make([]dossier.Span, len(stmts))
	if doc == nil || len(doc.Tokens) == 0 {
		return out
	}
	x := newExtractor(doc)
	for k, st := range stmts {
		if st.SpeakerSpan.End <= st.SpeakerSpan.Start {
			continue
		}
		out[k] = x.speakerPhrase(st)
	}
	return out
}

// speakerPhrase widens a statement's speaker to its noun phrase.
func (x *extractor) speakerPhrase(st dossier.Statement) dossier.Span {
	na := x.doc.TokenAt(st.SpeakerSpan.Start)
	nb := x.doc.TokenAt(st.SpeakerSpan.End - 1)
	if na >= len(x.toks) || nb >= len(x.toks) {
		return st.SpeakerSpan
	}
	nb++ // exclusive
	si := x.doc.SentenceAt(st.SpeakerSpan.Start)
	a, b := x.doc.Sentences[si].FirstToken, x.doc.Sentences[si].EndToken
	start, end := na, nb
	if np, ok := x.npLeft(nb, a); ok && np.b == nb && np.a < na {
		start = np.a
		if st.CueSpan.End > st.CueSpan.Start && st.CueSpan.End <= st.SpeakerSpan.Start {
			// "according to X", "in the latest poll": the phrase
			// starts after the cue.
			start = max(start, x.doc.TokenAt(st.CueSpan.End-1)+1)
		}
	}
	if x.has(start, cSubjPron|cRel) {
		return st.SpeakerSpan
	}
	// A name in apposition to a head before it: "a top strategist, John
	// Weaver".
	if start-1 > a && x.punct(start-1, ',') {
		if head, ok := x.npLeft(start-1, a); ok && x.headStarts(head.a, a) && !x.hasName(head) && x.hasRole(head) {
			start = head.a
		}
	}
	// Noun phrases in apposition after the name, up to the cue or the end
	// of the sentence.
	hasCue := st.CueSpan.End > st.CueSpan.Start
	limit := b
	before := hasCue && st.CueSpan.Start >= st.SpeakerSpan.End
	if before {
		// Up to the verb group of the cue.
		limit = x.doc.TokenAt(st.CueSpan.Start)
		for limit-1 > end && (x.has(limit-1, cAux|cNeg|cAdv) || x.ti[limit-1].ly) {
			limit--
		}
	}
	if hasCue && (x.is(x.doc.TokenAt(st.CueSpan.Start), "according") || x.is(x.doc.TokenAt(st.CueSpan.Start), "in")) {
		limit = end
	}
	ext := end
	for ext < limit && x.punct(ext, ',') {
		c := ext + 1
		for c < limit && !x.punct(c, ',') && !x.isTerminal(c) && !(x.opens(c) && x.punct(c-1, ',')) {
			if x.quoted(c) {
				c = x.quotes[x.ti[c].q].last // "author of “Empire of the Fund,”"
			}
			c++
		}
		seg := span{ext + 1, c}
		// Before the verb, PolNeAR's source also takes a relative
		// clause set off by commas ("Ann Compton, who covered the
		// White House for 40 years, said").
		if seg.empty() || !x.describes(seg) && !(before && x.isWord(seg.a) && (x.is(seg.a, "who") || x.is(seg.a, "whose"))) {
			break
		}
		ext = c
		if !before {
			end = ext
		}
	}
	if before && ext >= limit-1 && x.punct(limit-1, ',') {
		// Only a description that reaches the verb is the speaker's:
		// "Richard Revesz, director of the institute, said".
		end = limit - 1
	}
	return dossier.Span{Start: x.toks[start].Span.Start, End: x.toks[end-1].Span.End}
}

// describes reports whether a segment set off by commas after a speaker's
// name is a noun phrase in apposition to it ("a professor at Vanderbilt",
// "34", "a Republican who voted for JFK") or a phrase that places it ("of
// RBC Capital Markets"). A relative clause ("who runs the arm") or a
// participle ("hoping to surge") says something of the speaker rather
// than name them, and a sentence adverb ("though") nothing.
func (x *extractor) describes(seg span) bool {
	a := seg.a
	if x.quoted(a) {
		return false
	}
	if x.toks[a].Kind == text.Number {
		return true
	}
	if x.is(a, "of") {
		return true
	}
	return x.nounAppositive(seg)
}

// nounAppositive reports whether a segment is a noun phrase in apposition
// (with a relative clause of its own, perhaps): "a professor at
// Vanderbilt", "a Republican who voted for JFK", not "who runs the arm",
// "wearing a T-shirt" or "during a town hall".
func (x *extractor) nounAppositive(seg span) bool {
	a := seg.a
	if !x.isWord(a) {
		return false
	}
	inf := &x.ti[a]
	if inf.cls&(cRel|cPrep|cSubord|cConj|cAux|cVerb|cClauseAdv|cAdv) != 0 && inf.cls&cDet == 0 || inf.ly || inf.verb != 0 ||
		!inf.cap && (endsIng(x.text(a)) || endsEd(x.text(a))) {
		return false
	}
	return x.appositive(seg)
}

// hasRole reports whether a noun phrase holds a role or title noun in
// lower case ("a top strategist"): a head that a name can stand in
// apposition to, unlike "This weekend" or "The breaking point".
func (x *extractor) hasRole(np span) bool {
	for j := np.a; j < np.b; j++ {
		if x.has(j, cRole|cTitle) && !x.ti[j].cap {
			return true
		}
	}
	return false
}
