package certainty

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"dossier/text"
)

// phrase is a compiled lexicon entry.
type phrase struct {
	// words are the folded tokens of the phrase.
	words []string
	// from and to are the token range [from, to) of the cue's span within
	// the phrase.
	from, to int
	typ      CueType
	mode     mode
	term     string
	// key is the folded phrase with single spaces: the model's name for
	// the candidate.
	key string
	// lt names the lexicon's type and default for the model: "doxastic",
	// or "doxastic+" for a learnedYes entry.
	lt string
}

// table finds phrases by their first word.
type table struct {
	byFirst map[string][]*phrase // longest first
}

// compile builds a table from entries. It panics on a malformed entry:
// the lexicons are constants of the package, checked by its tests.
func compile(entries []lexEntry) *table {
	t := &table{byFirst: make(map[string][]*phrase)}
	for _, e := range entries {
		p := parsePhrase(e.phrase)
		p.typ, p.mode, p.term = e.typ, e.mode, e.term
		p.lt = e.typ.String()
		if e.mode == learnedYes {
			p.lt += "+"
		}
		t.byFirst[p.words[0]] = append(t.byFirst[p.words[0]], p)
	}
	for _, ps := range t.byFirst {
		// Longest first, so that the first match is the longest; ties
		// keep lexicon order, which is deterministic.
		slices.SortStableFunc(ps, func(a, b *phrase) int { return len(b.words) - len(a.words) })
	}
	return t
}

// parsePhrase tokenizes a lexicon phrase and reads its brackets.
func parsePhrase(s string) *phrase {
	p := &phrase{from: -1, to: -1}
	for _, f := range strings.Fields(s) {
		open := strings.HasPrefix(f, "[")
		closed := strings.HasSuffix(f, "]")
		f = strings.Trim(f, "[]")
		if open {
			p.from = len(p.words)
		}
		for _, tok := range text.Tokenize(f) {
			p.words = append(p.words, string(fold(nil, tok.Text(f))))
		}
		if closed {
			p.to = len(p.words)
		}
	}
	if len(p.words) == 0 || (p.from < 0) != (p.to < 0) || p.from >= p.to && p.from >= 0 {
		panic(fmt.Sprintf("certainty: bad lexicon phrase %q", s))
	}
	if p.from < 0 {
		p.from, p.to = 0, len(p.words)
	}
	p.key = strings.Join(p.words, " ")
	return p
}

// fold appends s to dst in the form the lexicon is written in: ASCII
// letters in lower case and typographic apostrophes as "'". Other bytes
// are kept, so that folding never changes the length of a non-apostrophe
// text and costs one pass.
func fold(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c >= utf8.RuneSelf:
			// ’ ‘ ʼ are the apostrophes news copy types.
			if r, size := utf8.DecodeRuneInString(s[i:]); r == '’' || r == '‘' || r == 'ʼ' {
				dst = append(dst, '\'')
				i += size - 1
				continue
			}
		}
		dst = append(dst, c)
	}
	return dst
}

// sentence is the view of one sentence that matching and the features
// read: its tokens and the text they point into.
type sentence struct {
	text string
	toks []text.Token
	// words holds the folded text of each token; only words the lexicon
	// could start with, and their neighbours, are ever read, but folding
	// all of them once is cheaper than folding some of them many times.
	words []string
}

// word returns the folded text of token i, or "" outside the sentence.
func (s *sentence) word(i int) string {
	if i < 0 || i >= len(s.words) {
		return ""
	}
	return s.words[i]
}

// raw returns the text of token i as written, or "".
func (s *sentence) raw(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].Text(s.text)
}

// longest returns the longest phrase of t that starts at token i, or nil.
func (t *table) longest(s *sentence, i int) *phrase {
	ps := t.byFirst[s.word(i)]
next:
	for _, p := range ps {
		if i+len(p.words) > len(s.words) {
			continue
		}
		for k := 1; k < len(p.words); k++ {
			if s.words[i+k] != p.words[k] {
				continue next
			}
		}
		return p
	}
	return nil
}
