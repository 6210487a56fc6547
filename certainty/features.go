package certainty

import (
	"strings"

	"dossier/text"
)

// featureVersion names the feature set; a model trained with another one
// is refused, since its weights would be read against the wrong features.
const featureVersion = 1

// modelClasses are the model's classes: 0 is "not a cue".
var modelClasses = [...]CueType{0, Speculation, Doxastic, Condition, Investigation}

// numClasses is len(modelClasses).
const numClasses = len(modelClasses)

// wordClasses are closed-class words, grouped as a tagger would tag them:
// with the suffix shapes of wordClass they stand in for part-of-speech
// tags, which is what tells "the will" from "will go" and "appeared on"
// from "appeared to".
var wordClasses = map[string]string{}

func init() {
	for class, words := range map[string]string{
		"det":   "a an the this that these those his her its their our my your some any no every each another",
		"pron":  "i we you he she it they one someone anyone nobody everyone",
		"to":    "to",
		"be":    "be is are was were been being am 's 're 'm",
		"have":  "have has had having 've",
		"modal": "will would can could may might must shall should wo ca 'll 'd",
		"prep":  "in on at of for by with from about into over after before under between during without against among through",
		"as":    "as than",
		"conj":  "and or but nor",
		"wh":    "which who whom whose what when where why how whether if",
		"neg":   "not n't never",
		"adv":   "also still even just only already now then so very more most less too",
		"rep":   "said says say told tells according",
	} {
		for _, w := range strings.Fields(words) {
			wordClasses[w] = class
		}
	}
}

// wordClass returns the class of token j of s: a closed class, a token
// kind, or a suffix shape.
func wordClass(s *sentence, j int) string {
	if j < 0 {
		return "<s>"
	}
	if j >= len(s.toks) {
		return "</s>"
	}
	switch s.toks[j].Kind {
	case text.Punct:
		switch s.raw(j) {
		case ",", ";", ":", "(", ")":
			return s.raw(j)
		}
		return "P"
	case text.QuoteMark:
		return "Q"
	case text.Number:
		return "N"
	case text.Word:
	default:
		return "X"
	}
	w := s.words[j]
	if c, ok := wordClasses[w]; ok {
		return c
	}
	raw := s.raw(j)
	switch {
	case raw != "" && 'A' <= raw[0] && raw[0] <= 'Z':
		return "Cap"
	case strings.HasSuffix(w, "ly"):
		return "-ly"
	case strings.HasSuffix(w, "ing"):
		return "-ing"
	case strings.HasSuffix(w, "ed"):
		return "-ed"
	case strings.HasSuffix(w, "s"):
		return "-s"
	}
	return "w"
}

// featureWriter builds feature names in a reused buffer and hashes them,
// so that extracting features allocates nothing; in training it also
// records each hash's name, for the model file.
type featureWriter struct {
	hashes []uint64
	buf    []byte
	names  map[uint64]string
}

func (f *featureWriter) start(template string) { f.buf = append(f.buf[:0], template...) }

func (f *featureWriter) part(s string) {
	f.buf = append(f.buf, '|')
	f.buf = append(f.buf, s...)
}

func (f *featureWriter) end() {
	h := hashBytes(f.buf)
	f.hashes = append(f.hashes, h)
	if f.names != nil {
		if _, ok := f.names[h]; !ok {
			f.names[h] = string(f.buf)
		}
	}
}

// hashBytes is 64-bit FNV-1a: deterministic across runs and machines,
// which a model file needs, and fast on short names.
func hashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// features appends the hashes of the features of candidate p at token i of
// s to dst, using buf as scratch; names, when not nil, receives each
// hash's name. They describe the candidate (its phrase, the lexicon's
// type and default) and its context: the words and word classes around
// it, whether it starts the sentence or is capitalised inside it, and
// whether the sentence states a condition or asks a question.
func features(dst []uint64, buf []byte, s *sentence, p *phrase, i int, names map[uint64]string) ([]uint64, []byte) {
	f := featureWriter{hashes: dst, buf: buf, names: names}
	end := i + len(p.words)
	key := p.key
	lt := p.lt
	p1, p2 := s.word(i-1), s.word(i-2)
	n1, n2 := s.word(end), s.word(end+1)
	pc, pc2 := wordClass(s, i-1), wordClass(s, i-2)
	nc, nc2 := wordClass(s, end), wordClass(s, end+1)

	f.start("b")
	f.end()
	f.start("w")
	f.part(key)
	f.end()
	f.start("lt")
	f.part(lt)
	f.end()
	if len(p.words) == 1 && len(key) > 3 {
		f.start("sfx")
		f.part(key[len(key)-3:])
		f.end()
	}
	for _, c := range [...]struct{ t, v string }{
		{"w|p1", p1}, {"w|n1", n1}, {"w|p2", p2}, {"w|n2", n2},
		{"w|pc", pc}, {"w|nc", nc}, {"w|nc2", nc2}, {"w|pc2", pc2},
	} {
		f.start(c.t)
		f.part(key)
		f.part(c.v)
		f.end()
	}
	f.start("w|p1n1")
	f.part(key)
	f.part(p1)
	f.part(n1)
	f.end()
	f.start("w|n1n2")
	f.part(key)
	f.part(n1)
	f.part(n2)
	f.end()
	f.start("w|pcnc")
	f.part(key)
	f.part(pc)
	f.part(nc)
	f.end()
	for _, c := range [...]struct{ t, v string }{
		{"p1", p1}, {"n1", n1}, {"lt|pc", pc}, {"lt|nc", nc},
	} {
		f.start(c.t)
		if c.t[0] == 'l' {
			f.part(lt)
		}
		f.part(c.v)
		f.end()
	}
	f.start("lt|nc|nc2")
	f.part(lt)
	f.part(nc)
	f.part(nc2)
	f.end()
	f.start("lt|pc|nc")
	f.part(lt)
	f.part(pc)
	f.part(nc)
	f.end()

	// Position and case: "May" inside a sentence, "Will" as a name.
	firstWord := true
	for j := i - 1; j >= 0; j-- {
		if k := s.toks[j].Kind; k == text.Word || k == text.Number {
			firstWord = false
			break
		}
	}
	if raw := s.raw(i); firstWord {
		f.start("w|first")
		f.part(key)
		f.end()
	} else if raw != "" && 'A' <= raw[0] && raw[0] <= 'Z' {
		f.start("w|cap")
		f.part(key)
		f.end()
	}

	// Sentence context: a condition before or after the candidate (the
	// "would" of an "if" sentence), a question, a reporting verb.
	var condBefore, condAfter, question, report bool
	for j, w := range s.words {
		switch w {
		case "if", "unless", "whether":
			if j < i {
				condBefore = true
			} else if j >= end {
				condAfter = true
			}
		case "?":
			question = true
		case "said", "says", "say", "told", "according":
			report = true
		}
	}
	for _, c := range [...]struct {
		t  string
		on bool
	}{{"w|condb", condBefore}, {"w|conda", condAfter}, {"w|q", question}, {"w|rep", report}} {
		if c.on {
			f.start(c.t)
			f.part(key)
			f.end()
		}
	}
	return f.hashes, f.buf
}
