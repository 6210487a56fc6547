package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier"
)

// The rules run on the tagger's spans, over token strings, and add what
// news analysis needs and the training corpora do not teach: titles kept
// apart from names, government metonyms typed as the government, and the
// anonymous and collective sources (GROUP) that news attributes claims
// to.

// applyRules returns spans after the rules, sorted and non-overlapping.
func applyRules(spans []span, words []string, s *docScratch, starts []int) []span {
	sentEnd := sentenceEnds(len(words), starts)
	spans = commonWordStarts(spans, s)
	spans = orgSense(spans, words, s, sentEnd)
	spans = loneCompanies(spans, words, s)
	spans = propagateNames(spans, words, s, sentEnd)
	spans = splitTitles(spans, words)
	spans = metonyms(spans, words, s, sentEnd)
	spans = sortSpans(spans)
	spans = attachTitles(spans, words, s, sentEnd)
	spans = placeSense(spans, words)
	spans = groups(spans, words, s, sentEnd)
	return sortSpans(spans)
}

// sentenceEnds returns, for every token, the index after the last token
// of its sentence.
func sentenceEnds(n int, starts []int) []int32 {
	ends := make([]int32, n)
	for k, lo := range starts {
		hi := n
		if k+1 < len(starts) {
			hi = starts[k+1]
		}
		for i := lo; i < hi; i++ {
			ends[i] = int32(hi)
		}
	}
	return ends
}

func lower(w string) string { return lowerASCII(foldApos(w)) }

// foldApos folds curly apostrophes so that lexicon look-ups match.
func foldApos(w string) string {
	if strings.ContainsRune(w, '’') {
		return strings.ReplaceAll(w, "’", "'")
	}
	return w
}

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isTitleTok(w string) bool {
	l := lower(w)
	return titleSet[l] || honorSet[l]
}

// splitTitles cuts the title words off the front of PERSON spans: the
// corpora exclude titles from names, but the tagger sometimes takes a
// capitalised title with the name ("Defence Minister Stefan Korvel").
//
// It also takes the office off a name that the tagger ran into it after
// "Secretary of", "Minister of": in "Secretary of State Anna Ilves" the
// tagger often tags "State Anna Ilves" as an organisation, but a span of
// one capitalised word and a name, right after a title and "of", is the
// office and a person.
func splitTitles(spans []span, words []string) []span {
	out := spans[:0]
	var names []span // names cut off the front of a title
	for _, sp := range spans {
		if sp.end-sp.start >= 3 && sp.start >= 2 && lower(words[sp.start-1]) == "of" && isTitleTok(words[sp.start-2]) &&
			isCap(words[sp.start+1]) && isCap(words[sp.end-1]) && !isTitleTok(words[sp.start+1]) {
			sp.start++
			sp.typ = dossier.Person
		}
		if sp.typ == dossier.Person && sp.end-sp.start > 1 {
			cut := -1
			for k := sp.start; k < sp.end-1; k++ {
				// "M." after a first name is an initial, not "Monsieur"
				if isTitleTok(words[k]) && !(k > sp.start && len(words[k]) == 2 && honorSet[lower(words[k])]) {
					cut = k
				}
			}
			if cut >= 0 {
				if n, ok := nameBeforeTitle(words, sp.start, cut); ok && titleSet[lower(words[cut])] {
					names = append(names, n)
				}
				sp.start = cut + 1
			}
		}
		// "Vostra CEO" as an ORG: the company, without its officer's title
		if sp.typ == dossier.Org && sp.end-sp.start >= 2 && officerTitles[lower(words[sp.end-1])] && !isTitleTok(words[sp.end-2]) {
			sp.end--
		}
		out = append(out, sp)
	}
	if len(names) > 0 {
		return sortSpans(append(out, names...))
	}
	return out
}

// officerTitles are the titles of a company's or a body's officers, which
// the tagger sometimes runs into the body's name ("Vostra CEO").
var officerTitles = setOf(strings.Fields(`ceo cfo coo chairman chairwoman spokesman spokeswoman spokesperson`))

// nameBeforeTitle returns the name that words[a:cut] hold before the
// title word at cut ("Vostra" of "Vostra CEO Ann Lee", which the tagger
// took for one person's name), as a span of its own: GPE when the
// gazetteer knows it as a place, ORG otherwise (a company, a body). The
// words must all be capitalised and none a title, title modifier or
// demonym ("Defence Minister", "British Foreign Secretary" hold no name).
func nameBeforeTitle(words []string, a, cut int) (span, bool) {
	b := a
	for b < cut && isCap(words[b]) && !isTitleTok(words[b]) && !modifierSet[lower(words[b])] && !lowerSet[lower(words[b])] {
		b++
	}
	if b == a || b != cut && !isTitleTok(words[b]) && !modifierSet[lower(words[b])] {
		return span{}, false
	}
	p, ok := LookupPlace(strings.Join(words[a:b], " "))
	switch {
	case !ok:
		return span{start: a, end: b, typ: dossier.Org}, true
	case p.Kind == Demonym || p.Kind == Plural:
		return span{}, false
	case p.Kind == Institution:
		return span{start: a, end: b, typ: dossier.Org}, true
	}
	return span{start: a, end: b, typ: dossier.GPE}, true
}

// metonyms types the gazetteer's seats of government as GPE ("the
// Kremlin" is Russia's government) and its institutions as ORG ("the
// Pentagon"), whatever the tagger said, and adds those it missed. A
// capital or country the tagger missed is added as GPE when it stands
// alone (not next to another capitalised word, which would make it part
// of a longer name: "Washington Post", "George Washington").
func metonyms(spans []span, words []string, s *docScratch, sentEnd []int32) []span {
	g := places()
	covered := make([]int16, len(words)+1) // span index + 1 covering each token
	for k, sp := range spans {
		for i := sp.start; i < sp.end; i++ {
			covered[i] = int16(k + 1)
		}
	}
	for i := 0; i < len(words); i++ {
		in := &s.info[i]
		if in.flags&fUpper == 0 {
			continue
		}
		// the longest match starting here
		best, bestCat := 0, uint16(0)
		if c := in.cats; c != 0 {
			best, bestCat = 1, c
		}
		if m := int(g.maxLen[words[i]]); m >= 2 && in.gazB != 0 {
			for k := min(m, int(sentEnd[i])-i); k >= 2; k-- {
				if c := g.seq[strings.Join(words[i:i+k], " ")]; c != 0 {
					best, bestCat = k, c
					break
				}
			}
		}
		if best == 0 {
			continue
		}
		end := i + best
		var typ dossier.EntityType
		force := false
		switch {
		case bestCat&catMetonym != 0:
			typ, force = dossier.GPE, true
		case bestCat&catInstitution != 0:
			typ, force = dossier.Org, true
		case bestCat&(catCountry|catCapital) != 0:
			typ = dossier.GPE
		default:
			continue
		}
		// Institutions like "Congress" or "CIA" need a capital; a name
		// in lower case is a word ("congress").
		k := covered[i]
		if force && k == 0 {
			// The tagger took the end of the seat into a longer name
			// ("House National Security" of "White House National
			// Security spokesman"): give the seat back.
			if q := covered[end-1]; q != 0 && spans[q-1].start > i && spans[q-1].end > end {
				spans[q-1].start = end
				for j := i; j < end; j++ {
					covered[j] = 0
				}
			}
		}
		switch {
		case k != 0 && spans[k-1].start == i && spans[k-1].end == end:
			if force || spans[k-1].typ == dossier.Person {
				// a seat is its government's; a country or capital
				// alone is a place, not a person
				spans[k-1].typ = typ
			}
		case force && k != 0 && spans[k-1].start == i && spans[k-1].end > end && titleWordsOnly(words[end:spans[k-1].end]):
			// The tagger ran the seat into the title after it ("White
			// House National Security spokesman"): the seat stands
			// alone, the rest is the title's.
			spans[k-1].start = end
			spans = append(spans, span{start: i, end: end, typ: typ})
			for j := i; j < end; j++ {
				covered[j] = int16(len(spans))
			}
		case k == 0 && covered[end-1] == 0:
			alone := (i == 0 || !isCap(words[i-1]) || s.info[i].flags&fStart != 0 || isTitleTok(words[i-1])) &&
				(end >= len(words) || !isCap(words[end]) || int32(end) >= sentEnd[i])
			if force || (alone && s.info[i].flags&fSeenLower == 0) {
				spans = append(spans, span{start: i, end: end, typ: typ})
				for j := i; j < end; j++ {
					covered[j] = int16(len(spans))
				}
			}
		}
		i = end - 1
	}
	return spans
}

// attachTitles finds the title before each PERSON name ("White House
// National Security spokesman Tom Marten", "Secretary of State Anna
// Ilves") and records it on the span. The title must end in a title word
// right before the name (or "Secretary of X"); it then runs left over
// capitalised words, demonyms, title modifiers and possessives, within
// the sentence. Mentions inside the title stay (the "Kremlin" of "Kremlin
// spokesperson Ivan Orlov" is its own GPE mention), except spans the
// tagger made of title words themselves.
func attachTitles(spans []span, words []string, s *docScratch, sentEnd []int32) []span {
	for k := range spans {
		sp := &spans[k]
		if sp.typ != dossier.Person || sp.start == 0 {
			continue
		}
		j := sp.start - 1
		if s.info[sp.start].flags&fStart != 0 {
			continue
		}
		switch {
		case isTitleTok(words[j]):
		case j >= 2 && isCap(words[j]) && lower(words[j-1]) == "of" && isTitleTok(words[j-2]):
		default:
			continue
		}
		a := j
		for a > 0 && sp.start-a < 10 {
			p := a - 1
			if s.info[a].flags&fStart != 0 {
				break
			}
			w := words[p]
			l := lower(w)
			ok := false
			switch {
			case lowerSet[l] && !(isCap(w) && s.info[p].flags&fStart == 0 && l != "the" && l != "a"):
				// "of" inside a title: "Minister of Defence"
				ok = l == "of" && p > 0 && (isCap(words[p-1]) || titleSet[lower(words[p-1])]) && isCap(words[a])
			case isTitleTok(w) || modifierSet[l]:
				ok = true
			case l == "'s" || l == "-" || l == "and" && p > 0 && isCap(words[p-1]):
				ok = p > 0 && s.info[p-1].flags&fUpper != 0
			case isCap(w) || s.info[p].cats&(catDemonym|catCountry) != 0:
				ok = s.info[p].flags&fPunct == 0
			}
			if !ok {
				break
			}
			a = p
		}
		// A title does not start with "of", "and" or a possessive.
		for a < j && (lower(words[a]) == "of" || words[a] == "'s" || words[a] == "’s" || lower(words[a]) == "and" || words[a] == "-") {
			a++
		}
		sp.title = [2]int{a, j + 1}
	}
	// Drop spans the tagger made of title words alone ("Foreign
	// Secretary" as an ORG) when they sit inside a title.
	out := spans[:0]
	for k, sp := range spans {
		drop := false
		if sp.typ != dossier.Person {
			for q := k + 1; q < len(spans) && q <= k+4; q++ {
				t := spans[q].title
				if t[1] > t[0] && t[0] <= sp.start && sp.end <= t[1] && titleWordsOnly(words[sp.start:sp.end]) && !isPlace(words[sp.start:sp.end]) {
					drop = true
				}
			}
		}
		if !drop {
			out = append(out, sp)
		}
	}
	return out
}

// titleWordsOnly reports whether every word of ws is a title word or a
// title modifier ("Foreign Secretary", "National Security"): such a span
// inside a title is the title, while a name there ("Vostra" of "Vostra
// CEO Ann Lee") is a mention of its own.
func titleWordsOnly(ws []string) bool {
	for _, w := range ws {
		l := lower(w)
		if !isTitleTok(w) && !modifierSet[l] && !lowerSet[l] {
			return false
		}
	}
	return true
}

// isPlace reports whether ws is a gazetteer name (a country, a seat of
// government, a demonym ...).
func isPlace(ws []string) bool {
	_, ok := LookupPlace(strings.Join(ws, " "))
	return ok
}

// Group rules.

// strongHeads make a group mention alone ("officials said"); weakHeads
// need a modifier before them ("the Ukrainian military", "Russian
// forces"), since "the military" or "police" alone are as often
// institutions as sources.
var (
	strongHeads = setOf(strings.Fields(`official officials source sources diplomat diplomats analyst analysts
		expert experts spokesperson spokespeople witness witnesses resident residents investigator investigators
		observer observers lawmaker lawmakers legislator legislators authorities insider insiders aides
		advisers advisors prosecutors critics eyewitness eyewitnesses monitors negotiators envoys survivors
		locals medics rescuers`))
	weakHeads = setOf(strings.Fields(`military government forces troops police intelligence leadership officers
		commanders ministers spokesman spokeswoman aide adviser advisor officer commander prosecutor analyst`))
	// ambiguousHeads are also adjectives or first parts of compounds
	// ("official figures", "police station"): a head only when what
	// follows cannot continue a noun phrase.
	ambiguousHeads = setOf(strings.Fields(`official source military intelligence government police security`))
	groupModifiers = setOf(strings.Fields(`senior top junior high-ranking high-level mid-level low-level local regional
		western foreign military intelligence government administration security defence defense police
		ministry state federal current former unnamed anonymous unidentified independent other several
		some many two three four five six seven eight nine ten multiple numerous dozens of various
		separate additional u.s. us uk eu nato white house kremlin pentagon israeli palestinian
		allied coalition opposition rebel separatist pro-russian pro-government pro-kremlin
		diplomatic ukrainian russian american british chinese iranian`))
	groupDeterminers = setOf(strings.Fields(`a an the one two three four five six several some many other
		both these those multiple numerous`))
	// followOK may follow a head: a verb, a clause or a postmodifier.
	followOK = setOf(strings.Fields(`said say says told tell believe believed think thought warned
		added noted confirmed denied claimed insisted acknowledged estimated reported described
		who that which familiar close with in at from for on of to and or but , . ; : -- — – ( )
		" ” “ ' ’ has have had is are was were will would could can may might also did do does
		declined refused spoke speaking briefed say, quoted cited`))
)

// postmodifiers after a group head, as lower-case word sequences.
var groupPost = [][]string{
	{"familiar", "with"}, {"close", "to"}, {"briefed", "on"}, {"with", "knowledge", "of"},
	{"with", "direct", "knowledge", "of"}, {"knowledgeable", "about"}, {"aware", "of"},
	{"involved", "in"}, {"speaking", "on", "condition", "of", "anonymity"},
}

// groupStop ends a postmodifier's object.
var groupStop = setOf(strings.Fields(`said say says told tell who which that and but , . ; : ( ) " ” “ ' ’ --
	— – because as while when if were was are is had have has would will could`))

// groups adds GROUP mentions for anonymous and collective sources: a noun
// phrase whose head is in the lexicon, with its determiner and
// modifiers (demonyms, places, organisations, "senior administration")
// and a bounded "familiar with ..." postmodifier. Names the phrase
// contains in its modifiers ("US" in "US officials") become part of the
// group; a name after the head ends the phrase before it.
func groups(spans []span, words []string, s *docScratch, sentEnd []int32) []span {
	n := len(words)
	covered := make([]int16, n+1)
	for k, sp := range spans {
		for i := sp.start; i < sp.end; i++ {
			covered[i] = int16(k + 1)
		}
	}
	drop := make([]bool, len(spans))
	var added []span
	for i := 0; i < n; i++ {
		w := words[i]
		l := lower(w)
		strong, weak := strongHeads[l], weakHeads[l]
		if !strong && !weak {
			continue
		}
		// Inside a name ("Defense Intelligence Agency") or capitalised
		// mid-sentence (part of a name the tagger missed): not a head.
		if covered[i] != 0 || (isCap(w) && s.info[i].flags&fStart == 0) {
			continue
		}
		end := int(sentEnd[i])
		// The head is the last noun of a compound: "intelligence
		// officials", "military sources".
		if i+1 < end {
			nl := lower(words[i+1])
			if strongHeads[nl] || weakHeads[nl] {
				continue
			}
		}
		// A name right after is a title ("spokesman Tom Marten").
		if i+1 < end && isCap(words[i+1]) && s.info[i+1].flags&fPunct == 0 {
			continue
		}
		if ambiguousHeads[l] && i+1 < end && !followOK[lower(words[i+1])] {
			continue
		}
		// A person's name in apposition after a singular head is who the
		// phrase describes ("the Front's commander, Dmitry Kavan,"):
		// a title, not a group.
		if weak && !strings.HasSuffix(l, "s") && i+2 < end && words[i+1] == "," && covered[i+2] != 0 &&
			spans[covered[i+2]-1].typ == dossier.Person {
			continue
		}
		// Modifiers to the left.
		a := i
		hasMod := false
		for a > 0 && i-a < 8 && s.info[a].flags&fStart == 0 {
			p := a - 1
			pw := words[p]
			pl := lower(pw)
			if c := covered[p]; c != 0 {
				sp := spans[c-1]
				if sp.typ == dossier.Person || sp.end != a {
					break
				}
				a = sp.start
				hasMod = true
				continue
			}
			if groupModifiers[pl] || s.info[p].cats&(catDemonym|catCountry|catMetonym|catInstitution) != 0 ||
				(isCap(pw) && s.info[p].flags&(fStart|fPunct) == 0) {
				a = p
				hasMod = true
				continue
			}
			if pl == "'s" && p > 0 && isCap(words[p-1]) {
				a = p
				continue
			}
			break
		}
		if weak && !hasMod {
			continue
		}
		// A possessive is not where a phrase starts.
		for a < i && (words[a] == "'s" || words[a] == "’s") {
			a++
		}
		if a > 0 && s.info[a].flags&fStart == 0 && groupDeterminers[lower(words[a-1])] {
			a--
		}
		b := i + 1
		// Postmodifier: "familiar with the assessment".
		for _, pat := range groupPost {
			if b+len(pat) > end {
				continue
			}
			match := true
			for k, pw := range pat {
				if lower(words[b+k]) != pw {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			c := b + len(pat)
			obj := c
			if obj < end && groupDeterminers[lower(words[obj])] {
				obj++
			}
			// The object is a short noun phrase: it ends at a verb, a
			// clause word or punctuation, or after four words.
			for obj < end && obj-c < 4 && !groupStop[lower(words[obj])] && !followOK[lower(words[obj])] &&
				covered[obj] == 0 && s.info[obj].flags&fQuoteMark == 0 &&
				!(obj > c+1 && strings.HasSuffix(words[obj], "ed")) {
				obj++
			}
			if obj > c && (obj >= end || covered[obj] == 0) {
				b = obj
			}
			break
		}
		for k := a; k < b; k++ {
			if c := covered[k]; c != 0 {
				drop[c-1] = true
			}
		}
		added = append(added, span{start: a, end: b, typ: dossier.Group})
		i = b - 1
	}
	out := spans[:0]
	for k, sp := range spans {
		if !drop[k] {
			out = append(out, sp)
		}
	}
	return append(out, added...)
}
