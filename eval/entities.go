package eval

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"dossier"
	"dossier/entity"
	"dossier/text"
)

// Named-entity evaluation: entity-level exact span and type F1 in the
// CoNLL sense (conlleval): a predicted entity counts only when its first
// and last token and its type are the gold ones.
//
// The corpora are read with their own tokens. The document text is
// rebuilt from them (tokens joined by spaces, sentences by line breaks,
// each token's offsets recorded), the tagger runs on that text as it runs
// on an article (text.NewDoc, then tag), and each predicted mention is
// mapped back to tokens: one whose boundaries fall inside a token counts
// as wrong.
//
// Gold types are mapped to dossier's: PER → PERSON, ORG → ORG, LOC and
// GPE → GPE, MISC → MISC. Each corpus is scored on the types it marks
// (ScoredTypes); predictions of other types, and all GROUP predictions
// (no corpus marks anonymous sources), are not scored. Ignore regions
// mark text the corpus annotates in a way that is not a name of a scored
// type (product names, nationality adjectives in MEANTIME, nominal
// mentions with names inside in re3d and GUM): a prediction that overlaps
// one and is not exactly a gold entity is not scored either.

// NERSpan is a token range [Start, End) of a document, with a type.
type NERSpan struct {
	Start, End int
	Type       dossier.EntityType
}

// NERDoc is one document of a named-entity corpus.
type NERDoc struct {
	// Corpus names the corpus and, where it has parts, the part:
	// "wikigold", "meantime-en/corpus_airbus", "re3d/CENTCOM", "gum-news".
	Corpus string
	// ID names the document within its corpus.
	ID string
	// Sentences are the document's tokens, as the corpus splits them.
	Sentences [][]string
	// Gold are the entities, over the document's tokens counted across
	// sentences.
	Gold []NERSpan
	// Ignore are the regions where predictions are not scored (see the
	// package comment); Type is "".
	Ignore []NERSpan
	// Scored are the types the corpus marks.
	Scored []dossier.EntityType
	// Partial is set for a corpus that marks only some of the names in
	// its text (MEANTIME marks the entities that take part in the events
	// it annotates, so "AOL" in a list of examples is not marked). There a
	// prediction outside every Annotated region is not scored, and
	// training treats capitalised words outside them as unknown rather
	// than O.
	Partial bool
	// Annotated are the extents of every mention the corpus marks, of any
	// type, when Partial is set.
	Annotated []NERSpan
}

// unscored reports whether a prediction over bytes [s, e) falls where the
// corpus does not annotate: inside an Ignore region, or, for a Partial
// corpus, outside every Annotated extent.
func (d *NERDoc) unscored(s, e int) bool {
	for _, r := range d.Ignore {
		if s < r.End && r.Start < e {
			return true
		}
	}
	if d.Partial {
		for _, r := range d.Annotated {
			if s < r.End && r.Start < e {
				return false
			}
		}
		return true
	}
	return false
}

// Tokens returns the number of tokens of d.
func (d *NERDoc) Tokens() int {
	n := 0
	for _, s := range d.Sentences {
		n += len(s)
	}
	return n
}

// Words returns d's tokens in one slice.
func (d *NERDoc) Words() []string {
	out := make([]string, 0, d.Tokens())
	for _, s := range d.Sentences {
		out = append(out, s...)
	}
	return out
}

// Rebuild returns d's text as the evaluation gives it to the tagger:
// tokens joined by a space, sentences by a line break; and the byte span
// of each token in it.
func (d *NERDoc) Rebuild() (string, []dossier.Span) {
	var b strings.Builder
	spans := make([]dossier.Span, 0, d.Tokens())
	for si, s := range d.Sentences {
		if si > 0 {
			b.WriteByte('\n')
		}
		for ti, w := range s {
			if ti > 0 {
				b.WriteByte(' ')
			}
			start := b.Len()
			b.WriteString(w)
			spans = append(spans, dossier.Span{Start: start, End: b.Len()})
		}
	}
	return b.String(), spans
}

// TrainDoc returns d as training data for the entity tagger: gold
// entities as B-/I- labels, ignore regions as unknown labels, the rest O.
func (d *NERDoc) TrainDoc() entity.TrainDoc {
	n := d.Tokens()
	labels := make([]string, n)
	for i := range labels {
		labels[i] = "O"
	}
	if d.Partial {
		words := d.Words()
		inside := make([]bool, n)
		for _, r := range d.Annotated {
			for i := r.Start; i < r.End && i < n; i++ {
				inside[i] = true
			}
		}
		for i, w := range words {
			if !inside[i] && startsUpper(w) {
				labels[i] = ""
			}
		}
	}
	for _, r := range d.Ignore {
		for i := r.Start; i < r.End && i < n; i++ {
			labels[i] = ""
		}
	}
	for _, g := range d.Gold {
		for i := g.Start; i < g.End && i < n; i++ {
			if i == g.Start {
				labels[i] = "B-" + string(g.Type)
			} else {
				labels[i] = "I-" + string(g.Type)
			}
		}
	}
	td := entity.TrainDoc{Corpus: d.Corpus, ID: d.ID}
	k := 0
	for _, s := range d.Sentences {
		td.Sentences = append(td.Sentences, entity.TrainSentence{Words: s, Labels: labels[k : k+len(s)]})
		k += len(s)
	}
	return td
}

// ReadNER reads every named-entity document under dir: CoNLL-style files
// (wikigold's IOB1, re3d's IOB2 .conll files), GUM's TSV (.tsv, one
// entity type per token) and MEANTIME's CAT XML (.xml). Files are read in
// path order. re3d's BBC_Online part is skipped: its licence is
// non-commercial.
func ReadNER(dir string) ([]NERDoc, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == "BBC_Online" || d.Name() == "LICENSES" || d.Name() == "intra_cross-doc_annotation" {
				return filepath.SkipDir
			}
			return nil
		}
		switch strings.ToLower(filepath.Ext(path)) {
		case ".conll", ".txt", ".tsv", ".xml", ".iob", ".bio":
			paths = append(paths, path)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var docs []NERDoc
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		name := corpusName(dir, p)
		var ds []NERDoc
		switch {
		case strings.HasSuffix(p, ".xml"):
			if !strings.Contains(string(data[:min(len(data), 4096)]), "<Document") {
				continue
			}
			d, err := readMeantime(data, name, p)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", p, err)
			}
			ds = []NERDoc{d}
		case strings.HasSuffix(p, ".tsv"):
			ds = []NERDoc{readGUM(data, name, p)}
		default:
			if !looksCoNLL(data) {
				continue
			}
			ds = readCoNLL(data, name, p)
		}
		for _, d := range ds {
			if d.Tokens() > 0 {
				docs = append(docs, d)
			}
		}
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no named-entity documents found (CoNLL, GUM TSV or MEANTIME XML)", dir)
	}
	return docs, nil
}

// corpusName names the corpus of the file at path from its folders.
func corpusName(root, path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	parts := strings.Split(filepath.ToSlash(abs), "/")
	for i, p := range parts {
		switch {
		case p == "wikigold" || strings.HasPrefix(filepath.Base(path), "wikigold"):
			return "wikigold"
		case p == "re3d" && i+1 < len(parts)-1:
			return "re3d/" + parts[i+1]
		case p == "gum-news" || strings.HasPrefix(filepath.Base(path), "GUM_"):
			return "gum-news"
		case strings.HasPrefix(p, "meantime") && i+2 < len(parts):
			// meantime-en/intra-doc_annotation/corpus_airbus/x.xml
			return "meantime-en/" + parts[len(parts)-2]
		}
	}
	return "conll/" + filepath.Base(filepath.Dir(abs))
}

// looksCoNLL reports whether data has lines of at least two fields whose
// last looks like an IOB tag.
func looksCoNLL(data []byte) bool {
	sc := bufio.NewScanner(strings.NewReader(string(data[:min(len(data), 8192)])))
	n := 0
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 {
			continue
		}
		t := f[len(f)-1]
		if t == "O" || strings.HasPrefix(t, "B-") || strings.HasPrefix(t, "I-") {
			n++
		}
	}
	return n > 0
}

var (
	wikigoldTypes = []dossier.EntityType{dossier.Person, dossier.Org, dossier.GPE, dossier.Other}
	pogTypes      = []dossier.EntityType{dossier.Person, dossier.Org, dossier.GPE}
)

// readCoNLL reads a CoNLL file: one token a line, the tag in the last
// field, blank lines between sentences, -DOCSTART- lines between
// documents (a file without them is one document).
func readCoNLL(data []byte, corpus, path string) []NERDoc {
	var docs []NERDoc
	var cur *NERDoc
	var sent []string
	var tags []string // per token of the current document
	flushSent := func() {
		if len(sent) > 0 {
			cur.Sentences = append(cur.Sentences, sent)
			sent = nil
		}
	}
	flushDoc := func() {
		if cur == nil {
			return
		}
		flushSent()
		finishCoNLL(cur, tags)
		docs = append(docs, *cur)
		cur, tags = nil, nil
	}
	newDoc := func() {
		cur = &NERDoc{Corpus: corpus, ID: fmt.Sprintf("%s#%d", filepath.Base(path), len(docs)+1)}
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			if cur != nil {
				flushSent()
			}
			continue
		}
		if f[0] == "-DOCSTART-" {
			flushDoc()
			continue
		}
		if cur == nil {
			newDoc()
		}
		sent = append(sent, f[0])
		tags = append(tags, f[len(f)-1])
	}
	flushDoc()
	if len(docs) == 1 {
		docs[0].ID = filepath.Base(path)
	}
	return docs
}

// finishCoNLL turns IOB tags (IOB1 or IOB2) into d's gold entities, with
// the corpus's type mapping.
func finishCoNLL(d *NERDoc, tags []string) {
	words := d.Words()
	starts := sentenceStartSet(d)
	lowers := lowerWords(words)
	re3d := strings.HasPrefix(d.Corpus, "re3d/")
	if re3d {
		d.Scored = pogTypes
	} else {
		d.Scored = wikigoldTypes
	}
	type raw struct {
		start, end int
		typ        string
	}
	var ents []raw
	for i, t := range tags {
		bio, typ, _ := strings.Cut(t, "-")
		if t == "O" || typ == "" {
			continue
		}
		if bio == "B" || len(ents) == 0 || ents[len(ents)-1].end != i || ents[len(ents)-1].typ != typ {
			ents = append(ents, raw{i, i + 1, typ})
		} else {
			ents[len(ents)-1].end = i + 1
		}
	}
	for _, e := range ents {
		var typ dossier.EntityType
		switch e.typ {
		case "PER", "Person", "person":
			typ = dossier.Person
		case "ORG", "Organisation", "Organization", "organization":
			typ = dossier.Org
		case "LOC", "GPE", "Location", "place":
			typ = dossier.GPE
		case "MISC", "Nationality":
			typ = dossier.Other
		case "Weapon", "MilitaryPlatform":
			// Named weapons and platforms are not a type of ours: leave
			// them unscored when they look like names.
			if hasCapital(words, e.start, e.end, starts) {
				d.Ignore = append(d.Ignore, NERSpan{e.start, e.end, ""})
			}
			continue
		default:
			continue // times, quantities, money, document references
		}
		if !re3d {
			d.Gold = append(d.Gold, NERSpan{e.start, e.end, typ})
			continue
		}
		// re3d marks nominal mentions too ("the victims' families" as an
		// organisation): keep the names, leave the rest unscored.
		if n, ok := cleanName(words, e.start, e.end, typ, starts, lowers); ok {
			if typ == dossier.Org {
				// re3d calls a country acting an organisation; dossier's
				// type for a country is GPE.
				if p, ok := entity.LookupPlace(strings.Join(words[n.Start:n.End], " ")); ok && (p.Kind == entity.Country || p.Kind == entity.Alias) {
					n.Type = dossier.GPE
				}
			}
			d.Gold = append(d.Gold, n)
		} else if hasCapital(words, e.start, e.end, starts) {
			d.Ignore = append(d.Ignore, NERSpan{e.start, e.end, ""})
		}
	}
}

func sentenceStartSet(d *NERDoc) map[int]bool {
	m := map[int]bool{}
	k := 0
	for _, s := range d.Sentences {
		m[k] = true
		k += len(s)
	}
	return m
}

// hasCapital reports whether a token of words[lo:hi] other than a
// sentence's first starts with a capital letter.
func hasCapital(words []string, lo, hi int, starts map[int]bool) bool {
	for i := lo; i < hi; i++ {
		if !starts[i] && startsUpper(words[i]) {
			return true
		}
	}
	return false
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func startsUpperOrDigit(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// connectors may stand inside a name between capitalised words ("Bank of
// America", "Côte d'Ivoire", "Wal - Mart").
var connectors = map[string]bool{"of": true, "and": true, "&": true, "de": true, "du": true, "la": true,
	"le": true, "von": true, "van": true, "der": true, "den": true, "da": true, "al": true, "el": true,
	"bin": true, "for": true, "on": true, "the": true, "-": true, "d'": true, "y": true, "des": true}

// notNames are capitalised at a sentence start but never names.
var notNames = map[string]bool{"we": true, "it": true, "they": true, "he": true, "she": true, "i": true,
	"us": true, "our": true, "its": true, "their": true, "his": true, "her": true, "this": true, "that": true,
	"these": true, "those": true, "which": true, "who": true, "you": true, "there": true, "here": true}

// nameWord reports whether w can be a word of a name: a capital or a
// digit first, and not a compound with a lower-case head ("EADS-led").
func nameWord(w string) bool {
	if !startsUpperOrDigit(w) {
		return false
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 && i+1 < len(w) && !startsUpperOrDigit(w[i+1:]) {
		return false
	}
	return true
}

var determiners = map[string]bool{"the": true, "The": true, "a": true, "A": true, "an": true, "An": true, "THE": true}

// nameCore returns where the name in words[lo:hi] starts, after leading
// determiners, and whether all of it is a name: capitalised words (or
// numbers after the first), with connectors only between them.
func nameCore(words []string, lo, hi int) (int, bool) {
	for lo < hi && determiners[words[lo]] {
		lo++
	}
	if lo >= hi || !startsUpper(words[lo]) || !nameWord(words[hi-1]) || hi-lo == 1 && notNames[strings.ToLower(words[lo])] {
		return lo, false
	}
	for i := lo; i < hi; i++ {
		if !nameWord(words[i]) && !connectors[words[i]] {
			return lo, false
		}
	}
	return lo, true
}

// lowerWords returns the words written in lower case in words.
func lowerWords(words []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		if w != "" && strings.ToLower(w) == w {
			m[w] = true
		}
	}
	return m
}

// cleanName returns the name in a corpus's mention words[lo:hi] of type
// typ as CoNLL would mark it, and whether there is one: without leading
// determiners, without a sentence-initial word that the document writes in
// lower case elsewhere ("Members of ..."), and for a person without the
// title before the name ("US President Barack Obama" → "Barack Obama");
// not a pronoun, not a role ("State Department Spokesperson"), not a
// nationality ("Syrian", "Jordanians") unless typ is MISC.
func cleanName(words []string, lo, hi int, typ dossier.EntityType, starts map[int]bool, lowers map[string]bool) (NERSpan, bool) {
	for lo < hi && determiners[words[lo]] {
		lo++
	}
	if lo < hi && starts[lo] && lowers[strings.ToLower(words[lo])] {
		lo++
	}
	s, ok := nameCore(words, lo, hi)
	if !ok {
		return NERSpan{}, false
	}
	if typ == dossier.Person {
		if entity.IsTitleWord(words[hi-1]) {
			return NERSpan{}, false
		}
		for k := hi - 2; k >= s; k-- {
			if entity.IsTitleWord(words[k]) {
				s = k + 1
				break
			}
		}
		if s, ok = nameCore(words, s, hi); !ok {
			return NERSpan{}, false
		}
	}
	if typ == dossier.Org {
		// re3d and GUM call a country acting an organisation; dossier's
		// type for a country is GPE.
		if p, ok := entity.LookupPlace(strings.Join(words[s:hi], " ")); ok && (p.Kind == entity.Country || p.Kind == entity.Alias) {
			typ = dossier.GPE
		}
	}
	if hi-s == 1 && typ != dossier.Other {
		if p, ok := entity.LookupPlace(words[s]); ok && (p.Kind == entity.Demonym || p.Kind == entity.Plural) {
			return NERSpan{}, false
		}
	}
	return NERSpan{s, hi, typ}, true
}

// readGUM reads a GUM TSV file: one "token<TAB>type" line per token, the
// outermost entity mention's type or O, blank lines between sentences.
// GUM marks every mention, named or not, and gives no B- tags, so a run
// of one type is a mention (adjacent mentions of one type merge): a run
// that is all name (nameCore) of type person, organization or place is
// gold; a run with a capitalised word inside is ignored; the rest is O.
func readGUM(data []byte, corpus, path string) NERDoc {
	d := NERDoc{Corpus: corpus, ID: filepath.Base(path), Scored: pogTypes}
	var sent, tags []string
	var all []string
	flush := func() {
		if len(sent) > 0 {
			d.Sentences = append(d.Sentences, sent)
			sent = nil
		}
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(f) < 2 || f[0] == "" {
			flush()
			continue
		}
		sent = append(sent, f[0])
		tags = append(tags, f[len(f)-1])
	}
	flush()
	all = d.Words()
	starts := sentenceStartSet(&d)
	lowers := lowerWords(all)
	for i := 0; i < len(tags); {
		j := i + 1
		for j < len(tags) && tags[j] == tags[i] && !starts[j] {
			j++
		}
		t := tags[i]
		if t != "O" {
			var typ dossier.EntityType
			switch t {
			case "person":
				typ = dossier.Person
			case "organization":
				typ = dossier.Org
			case "place":
				typ = dossier.GPE
			}
			if n, ok := cleanName(all, i, j, typ, starts, lowers); ok && typ != "" {
				d.Gold = append(d.Gold, n)
			} else if hasCapital(all, i, j, starts) {
				d.Ignore = append(d.Ignore, NERSpan{i, j, ""})
			}
		}
		i = j
	}
	return d
}

// MEANTIME's CAT XML.
type catDoc struct {
	Tokens []struct {
		ID       string `xml:"t_id,attr"`
		Sentence string `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
	Markables struct {
		Mentions []struct {
			ID      string `xml:"m_id,attr"`
			Syn     string `xml:"syntactic_type,attr"`
			Anchors []struct {
				ID string `xml:"t_id,attr"`
			} `xml:"token_anchor"`
		} `xml:"ENTITY_MENTION"`
		Entities []struct {
			ID   string `xml:"m_id,attr"`
			Type string `xml:"ent_type,attr"`
			// Instance is the cross-document entity (coreference).
			Instance string `xml:"instance_id,attr"`
		} `xml:"ENTITY"`
	} `xml:"Markables"`
	Relations struct {
		RefersTo []struct {
			Sources []struct {
				ID string `xml:"m_id,attr"`
			} `xml:"source"`
			Target struct {
				ID string `xml:"m_id,attr"`
			} `xml:"target"`
		} `xml:"REFERS_TO"`
	} `xml:"Relations"`
}

// readMeantime reads a MEANTIME document. MEANTIME marks mention extents
// (the whole noun phrase: "Airbus chief executive Noel Forgeard", "the
// United States Air Force ( USAF") and a syntactic type, not name spans;
// the name of a mention is derived as a CoNLL annotator would mark it:
//
//   - only mentions of entities of type PER, ORG and LOC count; PRO
//     (products) and FIN (financial) mentions are ignore regions;
//   - a mention is cut at commas and brackets; for a named mention (NAM,
//     PRE.NAM) the name is the run of capitalised words (with connectors
//     like "of") that ends its first part, without leading determiners
//     and, for a person, without leading titles ("President", "Mr.");
//     a later part that is all name is a name too ("( USAF" → "USAF"),
//     except after a person;
//   - a mention with no syntactic type counts only when all of its first
//     part is a name ("the United States", "General Motors");
//   - a name that is a nationality adjective ("German" marked LOC) is an
//     ignore region: CoNLL would call it MISC, which MEANTIME does not
//     mark;
//   - every other typed mention with a capitalised word is an ignore
//     region; a name that contains two others ("Boeing and Lockheed
//     Martin" over "Boeing" and "Lockheed Martin") gives way to them.
func readMeantime(data []byte, corpus, path string) (NERDoc, error) {
	var cd catDoc
	if err := xml.Unmarshal(data, &cd); err != nil {
		return NERDoc{}, err
	}
	d := NERDoc{Corpus: corpus, ID: strings.TrimSuffix(filepath.Base(path), ".xml"), Scored: pogTypes, Partial: true}
	index := map[string]int{}
	var words []string
	lastSent := ""
	for i, t := range cd.Tokens {
		w := strings.TrimSpace(t.Text)
		if w == "" {
			w = "_"
		}
		if i == 0 || t.Sentence != lastSent {
			d.Sentences = append(d.Sentences, nil)
			lastSent = t.Sentence
		}
		s := &d.Sentences[len(d.Sentences)-1]
		*s = append(*s, w)
		index[t.ID] = len(words)
		words = append(words, w)
	}
	starts := sentenceStartSet(&d)
	entType := map[string]string{}
	for _, e := range cd.Markables.Entities {
		entType[e.ID] = e.Type
	}
	mentionType := map[string]string{}
	for _, r := range cd.Relations.RefersTo {
		for _, s := range r.Sources {
			mentionType[s.ID] = entType[r.Target.ID]
		}
	}
	var gold []NERSpan
	for _, m := range cd.Markables.Mentions {
		lo, hi, n := anchorRange(m.Anchors, index)
		if n == 0 {
			continue
		}
		contiguous := hi-lo == n
		d.Annotated = append(d.Annotated, NERSpan{lo, hi, ""})
		var typ dossier.EntityType
		switch mentionType[m.ID] {
		case "PER":
			typ = dossier.Person
		case "ORG":
			typ = dossier.Org
		case "LOC":
			typ = dossier.GPE
		}
		var names []NERSpan
		named := m.Syn == "NAM" || m.Syn == "PRE.NAM"
		// Nominal, pronominal, appositive, partitive and conjoined
		// mentions are not names; their names are marked apart.
		if typ != "" && contiguous && (named || m.Syn == "") {
			names = meantimeNames(words, lo, hi, typ, named)
		}
		for _, n := range names {
			if n.End-n.Start == 1 {
				if p, ok := entity.LookupPlace(words[n.Start]); ok && (p.Kind == entity.Demonym || p.Kind == entity.Plural) {
					d.Ignore = append(d.Ignore, NERSpan{n.Start, n.End, ""})
					continue
				}
			}
			gold = append(gold, n)
		}
		if len(names) == 0 && hasCapital(words, lo, hi, starts) {
			d.Ignore = append(d.Ignore, NERSpan{lo, hi, ""})
		}
	}
	d.Gold = resolveGold(gold)
	// MEANTIME nests names ("US" in "US Air Force"); CoNLL does not. A
	// nested name that gave way is not scored either way.
	kept := map[NERSpan]bool{}
	for _, g := range d.Gold {
		kept[g] = true
	}
	for _, g := range gold {
		if !kept[g] {
			d.Ignore = append(d.Ignore, NERSpan{g.Start, g.End, ""})
		}
	}
	return d, nil
}

// meantimeNames derives the names of a MEANTIME mention over
// words[lo:hi] (see readMeantime).
func meantimeNames(words []string, lo, hi int, typ dossier.EntityType, named bool) []NERSpan {
	var parts [][2]int
	s := lo
	for i := lo; i <= hi; i++ {
		if i == hi || words[i] == "," || words[i] == "(" || words[i] == ")" || words[i] == ";" || words[i] == ":" || words[i] == "--" {
			if i > s {
				parts = append(parts, [2]int{s, i})
			}
			s = i + 1
		}
	}
	var out []NERSpan
	for k, p := range parts {
		if k == 0 || len(out) == 0 && named {
			if n, ok := trailingName(words, p[0], p[1], typ, named); ok {
				out = append(out, n)
			}
			if !named {
				break
			}
			continue
		}
		if typ == dossier.Person {
			break
		}
		if st, ok := nameCore(words, p[0], p[1]); ok {
			out = append(out, NERSpan{st, p[1], typ})
		}
	}
	return out
}

// trailingName returns the name that ends words[lo:hi]; with named
// false, the whole of it after determiners must be the name.
func trailingName(words []string, lo, hi int, typ dossier.EntityType, named bool) (NERSpan, bool) {
	if !nameWord(words[hi-1]) {
		return NERSpan{}, false
	}
	if typ == dossier.Person && entity.IsTitleWord(words[hi-1]) {
		return NERSpan{}, false
	}
	a := hi - 1
	for a > lo {
		p := words[a-1]
		if nameWord(p) {
			a--
			continue
		}
		if (connectors[p] || p == "'") && a-2 >= lo && startsUpperOrDigit(words[a-2]) && p != "the" {
			a -= 2
			continue
		}
		break
	}
	for a < hi && (determiners[words[a]] || connectors[words[a]]) {
		a++
	}
	if typ == dossier.Person {
		for a < hi-1 && entity.IsTitleWord(words[a]) {
			a++
		}
		// "Prime Minister": a title in two words
		for a < hi-1 && (words[a] == "Prime" || words[a] == "Foreign" || words[a] == "Vice") && entity.IsTitleWord(words[a+1]) {
			a += 2
		}
	}
	if a >= hi || !startsUpper(words[a]) || a == hi-1 && notNames[strings.ToLower(words[a])] {
		return NERSpan{}, false
	}
	if !named {
		st := lo
		for st < hi && determiners[words[st]] {
			st++
		}
		if st != a {
			return NERSpan{}, false
		}
	}
	return NERSpan{a, hi, typ}, true
}

// resolveGold removes duplicates and overlaps among derived names: a
// name over two or more others gives way to them; otherwise the longer
// of two overlapping names stays.
func resolveGold(g []NERSpan) []NERSpan {
	sort.Slice(g, func(i, j int) bool {
		if g[i].Start != g[j].Start {
			return g[i].Start < g[j].Start
		}
		return g[i].End > g[j].End
	})
	g = slices.CompactFunc(g, func(a, b NERSpan) bool { return a.Start == b.Start && a.End == b.End })
	drop := make([]bool, len(g))
	for i, a := range g {
		inside := 0
		for j, b := range g {
			if i != j && a.Start <= b.Start && b.End <= a.End {
				inside++
			}
		}
		if inside >= 2 {
			drop[i] = true
		}
	}
	var out []NERSpan
	end := -1
	for i, a := range g {
		if drop[i] || a.Start < end {
			continue
		}
		out = append(out, a)
		end = a.End
	}
	return out
}

// Scoring.

// Counts are true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// Add adds o to c.
func (c *Counts) Add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// PRF returns precision, recall and F1 (0 where undefined).
func (c Counts) PRF() (p, r, f float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	return p, r, f1(p, r)
}

// CorpusScore is the score on one corpus (or one part of it).
type CorpusScore struct {
	Name   string
	Docs   int
	Tokens int
	// Gold counts the gold entities scored.
	Gold int
	// Misaligned counts predictions whose boundaries fall inside a gold
	// token (scored as false positives).
	Misaligned int
	ByType     map[dossier.EntityType]*Counts
	Total      Counts
}

func (c *CorpusScore) add(o *CorpusScore) {
	c.Docs += o.Docs
	c.Tokens += o.Tokens
	c.Gold += o.Gold
	c.Misaligned += o.Misaligned
	c.Total.Add(o.Total)
	for t, n := range o.ByType {
		c.counts(t).Add(*n)
	}
}

func (c *CorpusScore) counts(t dossier.EntityType) *Counts {
	if c.ByType == nil {
		c.ByType = map[dossier.EntityType]*Counts{}
	}
	n := c.ByType[t]
	if n == nil {
		n = &Counts{}
		c.ByType[t] = n
	}
	return n
}

// EntitiesResult is the score of a tagger on named-entity corpora.
type EntitiesResult struct {
	// Title says what was scored ("held-out", "5-fold cross-validation").
	Title string
	// Corpora are the scores per corpus, in name order.
	Corpora []CorpusScore
	// Total is the micro-average over all corpora.
	Total CorpusScore
	// Precision, Recall and F1 are Total's.
	Precision, Recall, F1 float64
	// CorefF1 is a coreference score that another evaluation may add; it
	// is printed only when set.
	CorefF1 float64
	// Warnings are printed before the totals: a corpus the tagger was
	// trained on is not held out.
	Warnings []string
	// Elapsed is the wall time of tagging and scoring.
	Elapsed time.Duration
}

// scoreDoc scores the mentions tag finds in d's rebuilt text.
func scoreDoc(d *NERDoc, tag func(*text.Doc) []dossier.Mention) CorpusScore {
	txt, spans := d.Rebuild()
	mentions := tag(text.NewDoc(txt))
	return scoreMentions(d, spans, mentions)
}

func scoreMentions(d *NERDoc, spans []dossier.Span, mentions []dossier.Mention) CorpusScore {
	cs := CorpusScore{Name: d.Corpus, Docs: 1, Tokens: len(spans)}
	scored := map[dossier.EntityType]bool{}
	for _, t := range d.Scored {
		scored[t] = true
	}
	startTok := make(map[int]int, len(spans))
	endTok := make(map[int]int, len(spans))
	for i, s := range spans {
		startTok[s.Start] = i
		endTok[s.End] = i + 1
	}
	type key struct{ s, e int }
	gold := map[key]dossier.EntityType{}
	for _, g := range d.Gold {
		if scored[g.Type] {
			gold[key{g.Start, g.End}] = g.Type
			cs.Gold++
		}
	}
	// tokens covered by a byte range, for misaligned predictions
	tokRange := func(sp dossier.Span) (int, int) {
		s := sort.Search(len(spans), func(i int) bool { return spans[i].End > sp.Start })
		e := sort.Search(len(spans), func(i int) bool { return spans[i].Start >= sp.End })
		return s, e
	}
	matched := map[key]bool{}
	for _, m := range mentions {
		if m.Type == dossier.Group {
			continue
		}
		s, ok1 := startTok[m.Span.Start]
		e, ok2 := endTok[m.Span.End]
		if !ok1 || !ok2 || e <= s {
			ts, te := tokRange(m.Span)
			if !scored[m.Type] || d.unscored(ts, te) {
				continue
			}
			cs.Misaligned++
			cs.counts(m.Type).FP++
			cs.Total.FP++
			continue
		}
		k := key{s, e}
		gt, isGold := gold[k]
		switch {
		case isGold && gt == m.Type:
			matched[k] = true
			cs.counts(m.Type).TP++
			cs.Total.TP++
		case !scored[m.Type]:
			// a type this corpus does not mark
		case !isGold && d.unscored(s, e):
		default:
			cs.counts(m.Type).FP++
			cs.Total.FP++
		}
	}
	for k, t := range gold {
		if !matched[k] {
			cs.counts(t).FN++
			cs.Total.FN++
		}
	}
	return cs
}

// ScoreEntities scores tag on docs, tagging documents in parallel.
func ScoreEntities(docs []NERDoc, tag func(*text.Doc) []dossier.Mention) EntitiesResult {
	start := time.Now()
	scores := make([]CorpusScore, len(docs))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				scores[i] = scoreDoc(&docs[i], tag)
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	r := collect(scores)
	r.Elapsed = time.Since(start)
	return r
}

// collect sums per-document scores into a result.
func collect(scores []CorpusScore) EntitiesResult {
	by := map[string]*CorpusScore{}
	var r EntitiesResult
	r.Total.Name = "all"
	for i := range scores {
		s := &scores[i]
		c := by[s.Name]
		if c == nil {
			c = &CorpusScore{Name: s.Name}
			by[s.Name] = c
		}
		c.add(s)
		r.Total.add(s)
	}
	for _, c := range by {
		r.Corpora = append(r.Corpora, *c)
	}
	sort.Slice(r.Corpora, func(i, j int) bool { return r.Corpora[i].Name < r.Corpora[j].Name })
	r.Precision, r.Recall, r.F1 = r.Total.Total.PRF()
	return r
}

// EvalEntities scores tag on the named-entity corpus (or corpora) in dir
// (see ReadNER for the formats). When the tagger's embedded model was
// trained on a corpus in dir, the result carries a warning: that score is
// not held out. When dir is MEANTIME with its cross-document annotation,
// CorefF1 is set to EvalCoref's headline score.
func EvalEntities(dir string, tag func(*text.Doc) []dossier.Mention) (EntitiesResult, error) {
	docs, err := ReadNER(dir)
	if err != nil {
		return EntitiesResult{}, err
	}
	r := ScoreEntities(docs, tag)
	r.Title = "dossier eval entities " + dir
	if corefRoot(dir) != "" {
		// MEANTIME with cross-document annotation: add the
		// coreference score (see EvalCoref).
		c, err := evalCoref(dir, tag)
		if err != nil {
			return EntitiesResult{}, err
		}
		r.CorefF1 = c.F1
	}
	m := entity.DefaultModel()
	for _, c := range r.Corpora {
		if m.TrainedOn(c.Name) {
			r.Warnings = append(r.Warnings, fmt.Sprintf("WARNING: the shipped model was trained on %s: this score is NOT held out (see `go run ./cmd/train ner -cv` for cross-validated scores)", c.Name))
		}
	}
	return r, nil
}

// Anchors printed beside the results, for scale.
const entityAnchors = "anchors: spaCy en_core_web_sm ≈ 0.85 F1 on OntoNotes; feature-based CoNLL-2003 systems ≈ 0.89"

// WriteTable writes the scores per corpus and type, the warnings, the
// anchors, and last a line "f1=… precision=… recall=…" (with
// "coref_f1=…" when CorefF1 is set) for scripts to parse.
func (r EntitiesResult) WriteTable(w io.Writer) {
	if r.Title != "" {
		fmt.Fprintln(w, r.Title)
	}
	fmt.Fprintf(w, "%-34s %-7s %6s %6s %6s %6s %6s %6s\n", "corpus", "type", "gold", "tp", "fp", "fn", "prec", "recall")
	row := func(name string, c *CorpusScore) {
		types := make([]string, 0, len(c.ByType))
		for t := range c.ByType {
			types = append(types, string(t))
		}
		sort.Strings(types)
		for _, t := range types {
			n := c.ByType[dossier.EntityType(t)]
			p, rc, f := n.PRF()
			fmt.Fprintf(w, "%-34s %-7s %6d %6d %6d %6d %6.3f %6.3f  f1=%.3f\n", name, t, n.TP+n.FN, n.TP, n.FP, n.FN, p, rc, f)
		}
		p, rc, f := c.Total.PRF()
		fmt.Fprintf(w, "%-34s %-7s %6d %6d %6d %6d %6.3f %6.3f  f1=%.3f  (docs=%d tokens=%d misaligned=%d)\n",
			name, "ALL", c.Gold, c.Total.TP, c.Total.FP, c.Total.FN, p, rc, f, c.Docs, c.Tokens, c.Misaligned)
	}
	for i := range r.Corpora {
		row(r.Corpora[i].Name, &r.Corpora[i])
	}
	if len(r.Corpora) > 1 {
		row("all (micro)", &r.Total)
	}
	fmt.Fprintln(w, "scoring: exact span and type (conlleval); GROUP predictions are not scored (no corpus marks them)")
	fmt.Fprintln(w, entityAnchors)
	if r.Elapsed > 0 {
		fmt.Fprintf(w, "elapsed=%.1fs\n", r.Elapsed.Seconds())
	}
	for _, m := range r.Warnings {
		fmt.Fprintln(w, m)
	}
	last := fmt.Sprintf("f1=%.3f precision=%.3f recall=%.3f", r.F1, r.Precision, r.Recall)
	if r.CorefF1 != 0 {
		last += fmt.Sprintf(" coref_f1=%.3f", r.CorefF1)
	}
	fmt.Fprintln(w, last)
}

// Cross-validation.

// CVFold is one fold: the documents to train on and to test on.
type CVFold struct {
	Name        string
	Train, Test []NERDoc
}

// EntityFolds splits docs into cross-validation folds by document, so
// that no document is in a fold's training and test sets at once:
// wikigold into k folds (documents shuffled with seed), MEANTIME by topic
// (train on the other topics), and, when all is set, every other corpus
// into k folds too. Every fold trains on all documents not in its test
// set, the other corpora included.
func EntityFolds(docs []NERDoc, k int, seed uint64, all bool) []CVFold {
	groups := map[string][]int{} // fold name → test doc indices
	var names []string
	addTo := func(name string, i int) {
		if _, ok := groups[name]; !ok {
			names = append(names, name)
		}
		groups[name] = append(groups[name], i)
	}
	byCorpus := map[string][]int{}
	var corpora []string
	for i, d := range docs {
		c := d.Corpus
		if strings.HasPrefix(c, "re3d/") {
			c = "re3d"
		}
		if _, ok := byCorpus[c]; !ok {
			corpora = append(corpora, c)
		}
		byCorpus[c] = append(byCorpus[c], i)
	}
	for _, c := range corpora {
		idx := byCorpus[c]
		switch {
		case strings.HasPrefix(c, "meantime-en/"):
			for _, i := range idx {
				addTo(c, i)
			}
		case c == "wikigold" || all:
			perm := slices.Clone(idx)
			rng := rand.New(rand.NewPCG(seed, 0x5eed))
			rng.Shuffle(len(perm), func(a, b int) { perm[a], perm[b] = perm[b], perm[a] })
			for j, i := range perm {
				addTo(fmt.Sprintf("%s/fold%d", c, j%k+1), i)
			}
		}
	}
	sort.Strings(names)
	var folds []CVFold
	for _, name := range names {
		test := map[int]bool{}
		for _, i := range groups[name] {
			test[i] = true
		}
		f := CVFold{Name: name}
		for i := range docs {
			if test[i] {
				f.Test = append(f.Test, docs[i])
			} else {
				f.Train = append(f.Train, docs[i])
			}
		}
		folds = append(folds, f)
	}
	return folds
}

// CrossValidateEntities trains a model on each fold's training documents
// with opt and scores it on the fold's test documents; the scores of the
// test documents of all folds are summed per corpus. Folds run in
// parallel on GOMAXPROCS cores; the result does not depend on how many.
func CrossValidateEntities(folds []CVFold, opt entity.TrainOptions, log io.Writer) (EntitiesResult, error) {
	return CrossValidateEntitiesErrors(folds, opt, log, nil)
}

// CrossValidateEntitiesErrors is CrossValidateEntities that also writes
// every scored mistake on the test documents to errs, when errs is not
// nil: one line each, tab-separated (corpus, document, FP/FN/TYPE, gold
// type, predicted type, words, context), documents in fold order.
func CrossValidateEntitiesErrors(folds []CVFold, opt entity.TrainOptions, log, errs io.Writer) (EntitiesResult, error) {
	start := time.Now()
	var errBufs []strings.Builder
	if errs != nil {
		errBufs = make([]strings.Builder, len(folds))
	}
	scores := make([][]CorpusScore, len(folds))
	failed := make([]error, len(folds))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var logMu sync.Mutex
	for fi := range folds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			f := &folds[fi]
			train := make([]entity.TrainDoc, len(f.Train))
			for i := range f.Train {
				train[i] = f.Train[i].TrainDoc()
			}
			t0 := time.Now()
			m, err := entity.Train(train, opt)
			if err != nil {
				failed[fi] = fmt.Errorf("fold %s: %w", f.Name, err)
				return
			}
			tagger := entity.NewTagger(m)
			ss := make([]CorpusScore, len(f.Test))
			for i := range f.Test {
				d := &f.Test[i]
				txt, spans := d.Rebuild()
				mentions := tagger.Mentions(text.NewDoc(txt))
				ss[i] = scoreMentions(d, spans, mentions)
				if errBufs != nil {
					writeEntityErrors(&errBufs[fi], d, entityErrors(d, spans, mentions))
				}
			}
			scores[fi] = ss
			if log != nil {
				r := collect(ss)
				logMu.Lock()
				fmt.Fprintf(log, "fold %-28s train %5d docs, test %4d docs: f1=%.3f (%.0fs)\n", f.Name, len(f.Train), len(f.Test), r.F1, time.Since(t0).Seconds())
				logMu.Unlock()
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(failed...); err != nil {
		return EntitiesResult{}, err
	}
	for i := range errBufs {
		if _, err := io.WriteString(errs, errBufs[i].String()); err != nil {
			return EntitiesResult{}, err
		}
	}
	var all []CorpusScore
	for _, s := range scores {
		all = append(all, s...)
	}
	r := collect(all)
	r.Title = fmt.Sprintf("cross-validated by document (%d folds; each test document held out of its fold's training)", len(folds))
	r.Elapsed = time.Since(start)
	return r, nil
}

// anchorRange returns the token range [lo, hi) that a MEANTIME mention's
// token anchors cover, and how many of its anchors are known tokens (0 when
// none is, and the range is then empty).
func anchorRange(anchors []struct {
	ID string `xml:"t_id,attr"`
}, index map[string]int) (lo, hi, n int) {
	lo, hi = -1, -1
	for _, a := range anchors {
		i, ok := index[a.ID]
		if !ok {
			continue
		}
		if n == 0 || i < lo {
			lo = i
		}
		if n == 0 || i+1 > hi {
			hi = i + 1
		}
		n++
	}
	return lo, hi, n
}
