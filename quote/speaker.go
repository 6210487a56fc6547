package quote

import (
	"dossier"
	"dossier/text"
)

// SpeakerPhrases returns, for each statement of doc as Extract made them,
// the whole noun phrase that names its speaker: the name with the title,
// role and determiner written before it ("Kremlin spokesperson Dmitry
// Peskov" for "Dmitry Peskov") and an appositive or relative clause set
// off by commas after it ("Chris Cox, who runs the NRA's lobbying arm"),
// without the comma that closes it. A statement with no speaker gets the
// zero span. It reads the document once, so it costs what Extract costs.
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
	}
	hasCue := st.CueSpan.End > st.CueSpan.Start
	ci := x.doc.TokenAt(st.CueSpan.Start)
	switch {
	case hasCue && st.CueSpan.Start >= st.SpeakerSpan.End && end < b && x.punct(end, ','):
		// NAME, appositive, VERB: up to the comma before the verb group.
		vg := ci
		for vg-1 > end && (x.has(vg-1, cAux|cNeg|cAdv) || x.ti[vg-1].ly) {
			vg--
		}
		if vg-1 > end+1 && x.punct(vg-1, ',') && vg-1 < b {
			end = vg - 1
		}
	case hasCue && st.CueSpan.End <= st.SpeakerSpan.Start && end < b && x.punct(end, ',') && end+1 < b && !x.quoted(end+1):
		// said NAME, appositive. — to the end of the sentence, or to
		// the comma before a quotation that goes on.
		e := end + 1
		for e < b && !x.quoted(e) && !x.isTerminal(e) {
			e++
		}
		for e > end+1 && x.ti[e-1].punct != 0 {
			e--
		}
		if e > end+1 {
			end = e
		}
	}
	return dossier.Span{Start: x.toks[start].Span.Start, End: x.toks[end-1].Span.End}
}
