package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier"
	"dossier/text"
)

// Extract finds every reported statement in doc, in text order. Speaker
// (the entity ID) is left "" for the entity layer, which links SpeakerSpan
// to an entity (pronouns included); ID and Article are set by the caller.
func Extract(doc *text.Doc) []dossier.Statement {
	if doc == nil || len(doc.Tokens) == 0 {
		return nil
	}
	x := newExtractor(doc)
	for si := range doc.Sentences {
		if x.heading(si) {
			continue
		}
		x.sentence(si)
	}
	x.bareQuotes()
	x.dropNestedRepeats()
	return x.out
}

// nestWindow is how many statements before and after one are searched for
// a statement nested in it; nested speech stands in one sentence or two.
const nestWindow = 12

// dropNestedRepeats drops a statement whose frame stands inside the
// content of another statement by the same speaker: in "The group said
// it had found no boats" the group's statement already says what "it had
// found no boats" would say again. The speaker is the same when it is
// written the same, or when it is a pronoun that is the subject of the
// content of a statement framed before its content. Nested speech of
// someone else ("officials said the Front claimed ...") is kept; a nested
// act of someone else ("... believe the Front ordered the attack") is not.
func (x *extractor) dropNestedRepeats() {
	if len(x.out) < 2 {
		return
	}
	drop := make([]bool, len(x.out))
	for i := range x.out {
		a := &x.out[i]
		if a.Kind == dossier.Direct || a.SpeakerText == "" {
			continue
		}
		for j := max(0, i-nestWindow); j < min(len(x.out), i+nestWindow+1); j++ {
			b := &x.out[j]
			if j == i || drop[j] || b.CueSpan.End <= b.CueSpan.Start || b.CueSpan == a.CueSpan ||
				b.CueSpan.Start < a.Content.Start || b.CueSpan.End > a.Content.End || b.SpeakerText == "" {
				continue
			}
			// An act inside reported content ("believe it is unlikely
			// that officials ordered the attack") is part of what is
			// reported, whoever its subject.
			same := strings.EqualFold(a.SpeakerText, b.SpeakerText) || x.actCue(b.Cue)
			if !same && isPersonalPronoun(b.SpeakerText) && a.CueSpan.End <= a.Content.Start &&
				b.SpeakerSpan.Start >= a.Content.Start {
				// "X said it had found": the pronoun opens the content.
				same = strings.TrimSpace(x.s[a.Content.Start:b.SpeakerSpan.Start]) == ""
			}
			if same {
				drop[j] = true
			}
		}
	}
	out := x.out[:0]
	for i, st := range x.out {
		if !drop[i] {
			out = append(out, st)
		}
	}
	x.out = out
}

// actCue reports whether a cue's verb names an act more than an
// utterance ("ordered", "attacked").
func (x *extractor) actCue(cue string) bool {
	for _, w := range strings.Fields(strings.ToLower(cue)) {
		if e := lexicon[w]; e.verb != 0 {
			return verbs[e.verb-1].props&vAct != 0
		}
	}
	return false
}

// isPersonalPronoun reports whether s is a pronoun of the third person or
// "we", subject or possessive, which may stand for the speaker of an
// enclosing frame.
func isPersonalPronoun(s string) bool {
	switch strings.ToLower(s) {
	case "he", "she", "it", "they", "we", "his", "her", "its", "their", "our":
		return true // (the possessives own an utterance: "repeated her promise to …")
	}
	return false
}

// tinfo is what the extractor knows of one token.
type tinfo struct {
	word
	cap   bool  // starts with an upper-case letter
	ly    bool  // an adverb in -ly
	punct byte  // the ASCII punctuation character of a one-byte Punct token, or 0
	q     int32 // the top-level quotation the token is in (marks included), or -1
}

// quoteInfo is a top-level quotation with its tokens.
type quoteInfo struct {
	open, last int  // token indexes of the opening mark and the last token
	claimed    bool // used as the content of a statement
	inMixed    bool // claimed as quoted words inside reported speech
	words      int  // word tokens inside
}

// extractor holds the state of one Extract call.
type extractor struct {
	doc    *text.Doc
	s      string
	toks   []text.Token
	ti     []tinfo
	quotes []quoteInfo
	out    []dossier.Statement
	// frames of the current sentence, for participial clauses and
	// coordinated verbs that share a speaker with an earlier one.
	cur []frame
	// lastPost is the last token of the sentence's last statement framed
	// after its content, or -1.
	lastPost int
	// titleCase is set for a sentence written in title case (a
	// headline), where capitals say nothing about names.
	titleCase bool
}

// frame is a statement found in a sentence, in token indexes.
type frame struct {
	spk     span // the speaker as written (name part), or empty
	spkNP   span // the whole noun phrase, or empty
	cue     span // the cue, or empty
	content span // the content; for a split quotation from the first piece to the last
	gap     span // the frame inside a split content, excluded from Text; or empty
	kind    dossier.StatementKind
	venue   span
	time    span
	first   int // first and last token of the whole statement
	last    int
	quotes  []int // quotations used as direct content
	postpos bool  // the frame follows its content
	phrase  bool  // the content before the frame is a phrase, not a clause
}

// span is a half-open range of token indexes.
type span struct{ a, b int }

func (p span) empty() bool { return p.b <= p.a }

func newExtractor(doc *text.Doc) *extractor {
	x := &extractor{doc: doc, s: doc.Text, toks: doc.Tokens}
	x.ti = make([]tinfo, len(doc.Tokens))
	var buf []byte
	for i, t := range doc.Tokens {
		inf := &x.ti[i]
		inf.q = -1
		w := t.Span.Of(x.s)
		switch t.Kind {
		case text.Word:
			inf.word, buf = lookup(w, buf)
			r, _ := utf8.DecodeRuneInString(w)
			inf.cap = unicode.IsUpper(r)
			if len(w) >= 2 && isAllCaps(w) {
				// "US", "IT", "AN": an acronym, not a pronoun or a
				// function word.
				inf.cls &= cPlatform | cTitle | cVenueNoun | cRecipNoun | cRole | cTimeNoun
				if inf.cls == 0 {
					inf.w = ""
				}
			}
			if !inf.cap && inf.verb == 0 && inf.cls == 0 {
				inf.ly = isLyAdverb(w)
			}
		case text.Punct:
			if len(w) == 1 {
				inf.punct = w[0]
			} else if w == "—" || w == "–" || w == "--" {
				inf.punct = '-'
			} else if w[0] == '.' || w == "…" {
				inf.punct = '.'
			} else if w[0] == '?' || w[0] == '!' {
				inf.punct = w[0]
			}
		case text.Symbol:
			if w == "&" {
				inf.word = lexicon["&"]
			}
		}
	}
	x.indexQuotes()
	return x
}

// indexQuotes finds the tokens of every top-level quotation. A quotation
// that is never closed and does not go on into the next paragraph is a
// stray mark, not a quotation: its words stay open to the rules, so that
// one typo does not hide the rest of the paragraph.
func (x *extractor) indexQuotes() {
	k := 0
	for _, q := range x.doc.Quotes {
		if q.Depth != 0 || !q.Closed && len(q.Continued) == 0 {
			continue
		}
		for k < len(x.toks) && x.toks[k].Span.Start < q.Open.Start {
			k++
		}
		if k == len(x.toks) {
			break
		}
		open := k
		last := open
		for last+1 < len(x.toks) && x.toks[last+1].Span.End <= q.Span.End {
			last++
		}
		info := quoteInfo{open: open, last: last}
		id := int32(len(x.quotes))
		for j := open; j <= last; j++ {
			x.ti[j].q = id
			if x.toks[j].Kind == text.Word || x.toks[j].Kind == text.Number {
				info.words++
			}
		}
		x.quotes = append(x.quotes, info)
		k = last + 1
	}
}

// Token predicates.

func (x *extractor) text(i int) string { return x.toks[i].Span.Of(x.s) }

func (x *extractor) isWord(i int) bool { return x.toks[i].Kind == text.Word }

func (x *extractor) is(i int, w string) bool { return x.ti[i].w == w }

func (x *extractor) has(i int, c wclass) bool { return x.ti[i].cls&c != 0 }

func (x *extractor) punct(i int, c byte) bool { return x.ti[i].punct == c }

func (x *extractor) isTerminal(i int) bool {
	p := x.ti[i].punct
	return p == '.' || p == '?' || p == '!'
}

func (x *extractor) opens(i int) bool {
	return x.toks[i].Kind == text.QuoteMark && x.toks[i].Flags&text.Opening != 0
}

func (x *extractor) closes(i int) bool {
	return x.toks[i].Kind == text.QuoteMark && x.toks[i].Flags&text.Closing != 0
}

// quoted reports whether token i is inside a top-level quotation.
func (x *extractor) quoted(i int) bool { return x.ti[i].q >= 0 }

// quoteOpenedAt returns the quotation whose opening mark is token i, or -1.
func (x *extractor) quoteOpenedAt(i int) int {
	if q := x.ti[i].q; q >= 0 && x.quotes[q].open == i {
		return int(q)
	}
	return -1
}

// quoteClosedAt returns the quotation whose last token is i, or -1.
func (x *extractor) quoteClosedAt(i int) int {
	if q := x.ti[i].q; q >= 0 && x.quotes[q].last == i && x.closes(i) {
		return int(q)
	}
	return -1
}

// lower returns the lower-cased text of token i; it allocates only for a
// word with capitals, and is used off the hot path.
func (x *extractor) lower(i int) string {
	if w := x.ti[i].w; w != "" {
		return w
	}
	return strings.ToLower(x.text(i))
}

// isVerbLike reports whether token i reads as a finite verb or an
// auxiliary, which makes a stretch of words a clause.
func (x *extractor) isVerbLike(i int) bool {
	inf := &x.ti[i]
	if inf.cls&(cAux|cVerb) != 0 {
		return true
	}
	if inf.verb != 0 && inf.form&(fPast|f3sg) != 0 {
		return true
	}
	if x.toks[i].Kind == text.Word && !inf.cap {
		w := x.text(i)
		if len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

// sentence finds the statements framed in sentence si.
func (x *extractor) sentence(si int) {
	sn := x.doc.Sentences[si]
	a, b := sn.FirstToken, sn.EndToken
	x.cur = x.cur[:0]
	x.lastPost = -1
	words, caps := 0, 0
	for i := a; i < b; i++ {
		if x.isWord(i) && len(x.text(i)) > 3 {
			words++
			if x.ti[i].cap {
				caps++
			}
		}
	}
	x.titleCase = words >= 3 && caps*10 >= words*8
	for i := a; i < b; i++ {
		inf := &x.ti[i]
		if inf.q >= 0 {
			continue // a quotation's words are its speaker's, not a frame
		}
		if inf.trig != 0 && !inf.cap && (inf.trig&tLight != 0 && x.lightNoun(a, b, i) ||
			inf.trig&tMake != 0 && x.madeClear(a, b, i) || inf.trig&tIdiom != 0 && x.idiom(a, b, i) ||
			inf.trig&tAdj != 0 && x.attitudeAdj(a, b, i)) {
			continue
		}
		switch {
		case inf.verb != 0:
			x.verbCue(a, b, i)
		case inf.w == "according" && i+1 < b && x.is(i+1, "to"):
			x.accordingTo(a, b, i)
		case inf.punct == ':':
			if !x.colonFrame(a, b, i) && !x.statementColon(a, i) && !x.nameColonQuote(a, b, i) {
				x.verbColonQuote(a, i)
			}
		case inf.w == "in":
			x.pollFrame(a, b, i)
		}
		switch inf.w {
		case "seem", "seems", "seemed", "appear", "appears", "appeared":
			if !inf.cap || i == a {
				x.evidential(a, b, i, x.verbGroupStart(a, i))
			}
		}
		if inf.cls&cUttNoun != 0 {
			// "Russia's claim that ...": also when the noun is a verb form.
			x.uttNoun(a, b, i)
		}
	}
}

// maxHeadingWords is the longest headline in words; a longer line with no
// final stop is a caption or a sentence that lost its stop, and is read.
const maxHeadingWords = 14

// heading reports whether sentence si is a headline, a subheading or a
// caption line: a paragraph of one sentence that does not end with a full
// stop, a question or exclamation mark (or a closing quote mark after
// one). Headlines restate what the article body reports, so statements
// are read from the body only.
func (x *extractor) heading(si int) bool {
	sn := x.doc.Sentences[si]
	if si > 0 && x.doc.Sentences[si-1].Paragraph == sn.Paragraph ||
		si+1 < len(x.doc.Sentences) && x.doc.Sentences[si+1].Paragraph == sn.Paragraph {
		return false
	}
	last := sn.EndToken - 1
	for last > sn.FirstToken && (x.closes(last) || x.ti[last].punct == ')' || x.ti[last].punct == ']') {
		last--
	}
	if x.isTerminal(last) || x.punct(last, ':') || strings.HasSuffix(x.text(last), ".") {
		return false // (an abbreviation ends a sentence too: "… in Gainesville, Fla.")
	}
	words := 0
	for j := sn.FirstToken; j < sn.EndToken; j++ {
		if x.isWord(j) {
			words++
		}
	}
	return words <= maxHeadingWords
}

// emit turns a frame into a Statement.
func (x *extractor) emit(f frame) {
	if f.kind != dossier.Direct && !f.cue.empty() && x.ti[f.cue.a].verb != 0 {
		switch verbs[x.ti[f.cue.a].verb-1].lemma {
		case "go", "read", "laugh":
			// "went on the offensive", "as the day went on", "the drones
			// read “for Moscow”", "…, he laughed": only a whole
			// quotation goes on, is read out or laughed.
			return
		}
	}
	for _, o := range x.cur {
		if !o.gap.empty() && !f.cue.empty() && f.cue.a >= o.gap.a && f.cue.b <= o.gap.b {
			// “…,” said Sherwin, speaking of the cabinet, “…”: an aside
			// in the frame of a split quotation reports nothing.
			return
		}
	}
	for _, q := range f.quotes {
		x.quotes[q].claimed = true
	}
	if f.kind == dossier.Mixed {
		// Quoted words in reported speech are its speaker's: they are not
		// statements of their own.
		// Quoted words inside reported speech ("said the plan was “a
		// disaster”") do not keep a later frame from taking the whole
		// clause; a quotation that is all the content does.
		outside := false
		for j := f.content.a; j < f.content.b && !outside; j++ {
			outside = x.ti[j].q < 0 && x.isWord(j)
		}
		for j := f.content.a; j < f.content.b; j++ {
			if q := x.ti[j].q; q >= 0 && !x.quotes[q].claimed {
				x.quotes[q].claimed, x.quotes[q].inMixed = true, outside
			}
		}
	}
	st := dossier.Statement{Kind: f.kind}
	if !f.spk.empty() {
		f.spk = x.afterContentNoun(f.spk)
		st.SpeakerSpan = x.spanOf(f.spk)
		st.SpeakerText = st.SpeakerSpan.Of(x.s)
	}
	if !f.cue.empty() {
		st.CueSpan = x.spanOf(f.cue)
		st.Cue = st.CueSpan.Of(x.s)
	}
	st.Content = x.contentSpan(f)
	st.Text = st.Content.Of(x.s)
	if !f.gap.empty() {
		g := x.spanOf(f.gap)
		st.Text = strings.TrimRight(x.s[st.Content.Start:g.Start], " ") + " " + strings.TrimLeft(x.s[g.End:st.Content.End], " ")
	}
	if !f.venue.empty() {
		st.VenueSpan = x.spanOf(f.venue)
		st.Venue = st.VenueSpan.Of(x.s)
	}
	if !f.time.empty() {
		st.TimeSpan = x.spanOf(f.time)
		st.TimeText = st.TimeSpan.Of(x.s)
	}
	first, last := f.first, f.last
	fs := x.doc.SentenceAt(x.toks[first].Span.Start)
	ls := x.doc.SentenceAt(x.toks[last].Span.Start)
	st.Sentence = dossier.Span{Start: x.doc.Sentences[fs].Span.Start, End: x.doc.Sentences[ls].Span.End}
	if st.Text == "" {
		return
	}
	x.out = append(x.out, st)
	x.cur = append(x.cur, f)
	if f.postpos {
		x.lastPost = max(x.lastPost, f.last)
	}
}

// spanOf returns the byte span of a token range.
func (x *extractor) spanOf(p span) dossier.Span {
	return dossier.Span{Start: x.toks[p.a].Span.Start, End: x.toks[p.b-1].Span.End}
}

// contentSpan returns the byte span of a frame's content: for direct
// speech the text inside the quote marks, without them.
func (x *extractor) contentSpan(f frame) dossier.Span {
	sp := x.spanOf(f.content)
	if f.kind == dossier.Direct {
		if x.opens(f.content.a) {
			sp.Start = x.toks[f.content.a].Span.End
		}
		if f.content.b-1 > f.content.a && x.closes(f.content.b-1) {
			sp.End = x.toks[f.content.b-1].Span.Start
		}
		// The quotation's own white space is not content.
		for sp.Start < sp.End && isSpaceByte(x.s[sp.Start]) {
			sp.Start++
		}
		for sp.End > sp.Start && isSpaceByte(x.s[sp.End-1]) {
			sp.End--
		}
	}
	return sp
}

// isAllCaps reports whether w has two or more letters and all of them are
// ASCII capitals.
func isAllCaps(w string) bool {
	letters := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'A' <= c && c <= 'Z':
			letters++
		case 'a' <= c && c <= 'z', c >= 0x80:
			return false
		}
	}
	return letters >= 2
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// sortOut puts the statements in text order: by sentence, then by where
// the content starts.
func (x *extractor) sortOut() {
	sort.SliceStable(x.out, func(i, j int) bool {
		a, b := x.out[i], x.out[j]
		if a.Sentence.Start != b.Sentence.Start {
			return a.Sentence.Start < b.Sentence.Start
		}
		return a.Content.Start < b.Content.Start
	})
}

// verbGroupStart returns the first token of the verb group that ends with
// the verb at i: its auxiliaries, negation and adverbs.
func (x *extractor) verbGroupStart(a, i int) int {
	vg := i
	for vg-1 >= a && !x.quoted(vg-1) {
		t := &x.ti[vg-1]
		if t.cls&(cAux|cNeg) != 0 && t.w != "'s" && t.w != "’s" || t.cls&cAdv != 0 && !t.cap || t.ly {
			vg--
			continue
		}
		break
	}
	return vg
}

// contentNouns are nouns of what someone asserts, which a reduced
// relative clause follows ("a charge Ostrel denied").
var contentNouns = map[string]bool{
	"charge": true, "charges": true, "claim": true, "claims": true, "accusation": true,
	"accusations": true, "allegation": true, "allegations": true, "assertion": true,
	"account": true, "version": true, "suggestion": true, "notion": true,
}

// afterContentNoun trims from a speaker's phrase the noun that a reduced
// relative clause describes: in "…, a charge Ostrel denied" the content
// came before and the speaker is "Ostrel", not "a charge Ostrel". The
// phrase is kept whole when the noun is its head ("the claim said").
func (x *extractor) afterContentNoun(spk span) span {
	for j := spk.a; j < spk.b-1 && j < spk.a+3; j++ {
		if x.isWord(j) && contentNouns[x.ti[j].w] && !x.ti[j].cap {
			if j+1 < spk.b && x.isWord(j+1) {
				return span{j + 1, spk.b}
			}
			break
		}
	}
	return spk
}
