package quote

import (
	"dossier"
	"dossier/text"
)

// bareQuotes turns the quotations that no frame claimed into statements,
// once every sentence has been read: a bare quotation that forms a
// sentence of its own right after a framed quotation in the same
// paragraph goes on from it (same speaker, same cue); any other
// quotation that forms whole sentences is kept with no speaker; a quoted
// fragment inside narration (a scare quote, a title) is not a statement.
func (x *extractor) bareQuotes() {
	x.sortOut()
	framed := x.out
	var out []dossier.Statement
	k := 0 // next framed statement to merge
	// prev is the last framed quotation so far (a participle after it in
	// its sentence, as in “…,” Clark said, noting that ..., does not
	// count), and prevSent the index of its last sentence.
	var prev dossier.Statement
	prevSent := -1
	for qi := range x.quotes {
		q := &x.quotes[qi]
		start := x.toks[q.open].Span.Start
		for k < len(framed) && framed[k].Sentence.Start <= start {
			out = append(out, framed[k])
			if framed[k].Kind == dossier.Direct && framed[k].Cue != "" {
				prev = framed[k]
				prevSent = x.doc.SentenceAt(prev.Sentence.End - 1)
			}
			k++
		}
		if q.claimed || q.words == 0 || !x.standalone(qi) || x.heading(x.doc.SentenceAt(start)) {
			continue
		}
		st := dossier.Statement{Kind: dossier.Direct}
		f := frame{content: span{q.open, q.last + 1}, kind: dossier.Direct}
		st.Content = x.contentSpan(f)
		st.Text = st.Content.Of(x.s)
		if st.Text == "" {
			continue
		}
		fs := x.doc.SentenceAt(start)
		ls := x.doc.SentenceAt(x.toks[q.last].Span.Start)
		st.Sentence = dossier.Span{Start: x.doc.Sentences[fs].Span.Start, End: x.doc.Sentences[ls].Span.End}
		if prev.Cue != "" && prevSent == fs-1 &&
			x.doc.Sentences[prevSent].Paragraph == x.doc.Sentences[fs].Paragraph {
			// It goes on from the framed quotation before it.
			st.SpeakerText, st.SpeakerSpan = prev.SpeakerText, prev.SpeakerSpan
			st.Cue, st.CueSpan = prev.Cue, prev.CueSpan
			st.Venue, st.VenueSpan = prev.Venue, prev.VenueSpan
			st.TimeText, st.TimeSpan = prev.TimeText, prev.TimeSpan
		} else if spk, cue, ok := x.introFrame(fs - 1); ok && x.doc.Sentences[fs-1].Paragraph == x.doc.Sentences[fs].Paragraph {
			// "Bystrom agreed. “Mainstream Republicans are running out
			// of time.”": a sentence that is only a speaker and a verb
			// of saying introduces the quotation after it.
			st.SpeakerSpan, st.CueSpan = x.spanOf(x.namePart(spk)), x.spanOf(cue)
			st.SpeakerText, st.Cue = st.SpeakerSpan.Of(x.s), st.CueSpan.Of(x.s)
			st.Sentence.Start = x.doc.Sentences[fs-1].Span.Start
		}
		q.claimed = true
		out = append(out, st)
		if st.Cue != "" {
			prev, prevSent = st, ls
		} else {
			prev, prevSent = dossier.Statement{}, -1
		}
	}
	out = append(out, framed[k:]...)
	x.out = out
}

// introFrame reports whether sentence si is only a speaker and a verb of
// saying with no complement, a time or a venue at most after it ("Dianne
// Bystrom agreed.", "The minister disagreed on Monday."), and returns the
// speaker's noun phrase and the verb.
func (x *extractor) introFrame(si int) (spk, cue span, ok bool) {
	if si < 0 || si >= len(x.doc.Sentences) {
		return
	}
	sn := x.doc.Sentences[si]
	a, b := sn.FirstToken, sn.EndToken
	for b > a && x.ti[b-1].punct != 0 && !x.closes(b-1) {
		b--
	}
	for i := a; i < b; i++ {
		inf := &x.ti[i]
		if x.quoted(i) {
			return
		}
		if inf.verb == 0 || inf.form&(fPast|f3sg) == 0 || verbs[inf.verb-1].props&vSpeech == 0 {
			continue
		}
		var t, v span
		end := x.adjunct(i+1, b, &t, &v)
		if e := x.adjunct(end, b, &t, &v); e > end {
			end = e
		}
		if end != b {
			return
		}
		vg := x.verbGroupStart(a, i)
		_, np, found := x.speakerLeft(vg, a)
		if !found || np.a != a && !(np.a == a+1 && x.has(a, cConj|cClauseAdv)) {
			return
		}
		return np, span{i, i + 1}, true
	}
	return
}

// standalone reports whether quotation qi stands as whole sentences: it
// opens its sentence (after nothing but punctuation) and nothing but
// punctuation follows it to the end of the sentence where it closes.
func (x *extractor) standalone(qi int) bool {
	q := &x.quotes[qi]
	si := x.doc.SentenceAt(x.toks[q.open].Span.Start)
	if si >= len(x.doc.Sentences) {
		return false
	}
	for j := x.doc.Sentences[si].FirstToken; j < q.open; j++ {
		if x.toks[j].Kind != text.Punct {
			return false
		}
	}
	ei := x.doc.SentenceAt(x.toks[q.last].Span.Start)
	if ei >= len(x.doc.Sentences) {
		return false
	}
	for j := q.last + 1; j < x.doc.Sentences[ei].EndToken; j++ {
		if x.toks[j].Kind != text.Punct && !x.closes(j) {
			return false
		}
	}
	return true
}
