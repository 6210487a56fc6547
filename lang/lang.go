// Package lang guesses the language of an article's text.
//
// Dossier's NLP rules (entity patterns, reporting verbs, attribution and
// responsibility cues) are written for English only. Run over German or
// Russian text they do not fail loudly; they produce nonsense: capitalised
// nouns become "entities", stray words match cue lists, statements are
// attributed to the wrong people. The pipeline therefore asks Detect first
// and skips the English-only stages for text that is clearly in another
// language, leaving a note instead of a mangled analysis.
//
// The method is deliberately simple and dependency-free:
//
//  1. Script: letters are counted by Unicode script. Text written mostly in
//     a non-Latin script is assigned that script's main language (Cyrillic
//     → ru, or uk when the Ukrainian letters і ї є ґ occur; Arabic → ar, or
//     fa with the Persian letters پ چ ژ گ; Han → zh, or ja when Kana occur;
//     Hangul → ko; Greek → el; Hebrew → he; Devanagari → hi; Thai → th).
//  2. Latin script: each word of the first 2,000 words is looked up in a
//     profile of about 40 of the most frequent function words of each of
//     en, de, fr, es, it, pt, nl, sv, pl, tr and id. The language whose
//     function words cover the largest share of the words wins, provided
//     that share is high enough and clearly above the runner-up.
//
// Anything too short or too close to call is "und" (undetermined), which
// callers should treat as "possibly English".
package lang

import (
	"unicode"
	"unicode/utf8"
)

// Und is the code returned when the language cannot be determined.
const Und = "und"

const (
	maxWords      = 2000 // Latin words sampled
	minWords      = 5    // fewer Latin words than this: und
	minLetters    = 10   // fewer letters than this (any script): und
	minShare      = 0.10 // best language's stop words / sampled words
	minMargin     = 1.3  // best must beat the runner-up by this factor
	maxWordBytes  = 32   // longer words are no function words
	kanaThreshold = 0.05 // share of Kana among Han+Kana that makes it ja
)

// latin lists the languages profiled for Latin script, in bit order.
var latin = [...]string{"en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "tr", "id"}

// stop holds about 40 of the most frequent function words per language.
var stop = [len(latin)]string{
	// en
	"the of and to a in is that for it was on with as he be by at from his an are have has had not but this which or were been they their its will said would who more also after she we about than into there",
	// de
	"der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über so zum war haben nur oder aber vor zur",
	// fr
	"de la le et les des en un une du est que pour dans qui par sur au pas plus il ne se avec sont ce elle ont été aux son sa mais ou cette ses leur comme nous être lui ils était",
	// es
	"de la que el en y los se del las un por con no una su para es al lo como más pero sus le ha si sin sobre este ya entre cuando todo esta ser son también fue había era muy",
	// it
	"di e il la che in per un del non è una le si con al da della i sono gli ha ma come più anche dei nel alla delle lo se ci questo dal nella tra stato essere",
	// pt
	"de o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está também",
	// nl
	"de en van het een in is dat op te zijn met voor niet die aan er ook als bij door maar om dan of nog wordt uit over heeft worden tot naar hij ze werd dit zich wel",
	// sv
	"och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år säger under också efter eller nu hade",
	// pl
	"i w na z się nie do że to jest o jak po co ale przez od za dla jego już tak być tylko są był może oraz jej czy ich który które także",
	// tr
	"ve bir bu da de için ile çok olarak daha en gibi ama o olan sonra kadar her ne ise değil var mı şu tarafından göre yılında olduğu ancak ya veya bin",
	// id
	"yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada karena oleh sebagai atau bisa telah sudah mereka lebih saat kata bahwa tersebut ia kami harus jika hanya",
}

// words maps a function word to the set (bit i = latin[i]) of languages
// that list it.
var words = func() map[string]uint16 {
	m := make(map[string]uint16, 500)
	for i, list := range stop {
		start := -1
		for j := 0; j <= len(list); j++ {
			if j == len(list) || list[j] == ' ' {
				if start >= 0 {
					m[list[start:j]] |= 1 << i
				}
				start = -1
			} else if start < 0 {
				start = j
			}
		}
	}
	return m
}()

var names = map[string]string{
	"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
	"pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "pl": "Polish", "tr": "Turkish",
	"id": "Indonesian", "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "fa": "Persian",
	"zh": "Chinese", "ja": "Japanese", "ko": "Korean", "el": "Greek", "he": "Hebrew",
	"hi": "Hindi", "th": "Thai", Und: "an undetermined language",
}

// Name returns the English name of a code Detect returns, or the code
// itself when it has none.
func Name(code string) string {
	if n, ok := names[code]; ok {
		return n
	}
	return code
}

// script classes counted by Detect.
const (
	sLatin = iota
	sCyrillic
	sArabic
	sHan
	sKana
	sHangul
	sGreek
	sHebrew
	sDevanagari
	sThai
	sOther
	nScripts
)

func scriptOf(r rune) int {
	switch {
	case r < 0x250: // ASCII letters, Latin-1 Supplement, Latin Extended-A/B
		return sLatin
	case r >= 0x1E00 && r <= 0x1EFF:
		return sLatin
	case r >= 0x370 && r <= 0x3FF, r >= 0x1F00 && r <= 0x1FFF:
		return sGreek
	case r >= 0x400 && r <= 0x52F:
		return sCyrillic
	case r >= 0x590 && r <= 0x5FF:
		return sHebrew
	case r >= 0x600 && r <= 0x6FF, r >= 0x750 && r <= 0x77F, r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
		return sArabic
	case r >= 0x900 && r <= 0x97F:
		return sDevanagari
	case r >= 0xE00 && r <= 0xE7F:
		return sThai
	case r >= 0x3040 && r <= 0x30FF, r >= 0x31F0 && r <= 0x31FF, r >= 0xFF66 && r <= 0xFF9F:
		return sKana
	case r >= 0x1100 && r <= 0x11FF, r >= 0x3130 && r <= 0x318F, r >= 0xAC00 && r <= 0xD7AF:
		return sHangul
	case unicode.Is(unicode.Han, r):
		return sHan
	}
	return sOther
}

// Detect guesses the language of text and returns its ISO 639-1 code and a
// confidence between 0 and 1, or "und" and 0 when the text is too short or
// too ambiguous to tell. It reads at most the first 2,000 Latin-script
// words and does not allocate.
func Detect(text string) (code string, confidence float64) {
	var (
		scripts [nScripts]int
		letters int
		ukr     int // і ї є ґ
		per     int // پ چ ژ گ
		hits    [len(latin)]int
		nwords  int
		buf     [maxWordBytes]byte
		n       int  // bytes of the current Latin word in buf
		long    bool // current word overflowed buf
	)
	endWord := func() {
		if n > 0 || long {
			nwords++
			if !long {
				if set := words[string(buf[:n])]; set != 0 {
					for i := range hits {
						if set&(1<<i) != 0 {
							hits[i]++
						}
					}
				}
			}
		}
		n, long = 0, false
	}
	for i := 0; i < len(text) && nwords < maxWords; {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		var isLetter bool
		if r < utf8.RuneSelf {
			isLetter = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		} else if isLetter = unicode.IsLetter(r); !isLetter && unicode.In(r, unicode.Mn, unicode.Mc) {
			continue // a combining mark belongs to the letter before it
		}
		if !isLetter {
			endWord()
			continue
		}
		s := scriptOf(r)
		scripts[s]++
		letters++
		switch r {
		case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ':
			ukr++
		case 'پ', 'چ', 'ژ', 'گ':
			per++
		}
		if s != sLatin {
			endWord()
			continue
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			if n < len(buf) {
				buf[n] = byte(r)
				n++
			} else {
				long = true
			}
			continue
		}
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) <= len(buf) {
			n += utf8.EncodeRune(buf[n:], r)
		} else {
			long = true
		}
	}
	endWord()

	if letters < minLetters {
		return Und, 0
	}
	// The dominant script (Han and Kana counted together as CJK).
	best, bestN := sLatin, scripts[sLatin]
	for s := sCyrillic; s < sOther; s++ {
		c := scripts[s]
		if s == sHan {
			c += scripts[sKana]
		} else if s == sKana {
			continue
		}
		if c > bestN {
			best, bestN = s, c
		}
	}
	if bestN*2 <= letters {
		return Und, 0
	}
	share := float64(bestN) / float64(letters)
	switch best {
	case sCyrillic:
		// Ukrainian і, ї, є, ґ do not occur in Russian; a few stray ones
		// (a quoted name) should not flip a Russian text.
		if ukr*200 >= bestN {
			return "uk", share
		}
		return "ru", share
	case sArabic:
		if per*100 >= bestN {
			return "fa", share
		}
		return "ar", share
	case sHan:
		if float64(scripts[sKana]) >= kanaThreshold*float64(bestN) {
			return "ja", share
		}
		return "zh", share
	case sHangul:
		return "ko", share
	case sGreek:
		return "el", share
	case sHebrew:
		return "he", share
	case sDevanagari:
		return "hi", share
	case sThai:
		return "th", share
	}

	// Latin script: stop-word profile.
	if nwords < minWords {
		return Und, 0
	}
	first, second := 0, -1
	for i := 1; i < len(hits); i++ {
		if hits[i] > hits[first] {
			first, second = i, first
		} else if second < 0 || hits[i] > hits[second] {
			second = i
		}
	}
	top, runner := float64(hits[first]), float64(hits[second])
	cover := top / float64(nwords)
	if hits[first] < 2 || cover < minShare || top < minMargin*runner {
		return Und, 0
	}
	// Confidence grows with the margin over the runner-up and with the
	// coverage (function words are ~40% of running text in these
	// languages; a quarter already is a clear signal).
	conf := (1 - runner/top) * min(1, cover/0.25)
	conf = 0.5 + conf/2
	return latin[first], conf
}
