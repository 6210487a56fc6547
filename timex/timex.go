// Package timex finds temporal expressions in news text and normalises
// them to TimeML TIMEX3 types and values (ISO 8601 forms), anchored on the
// document creation time (DCT).
//
// The rules are the project's own: a single left-to-right pass over the
// tokens of each sentence tries a short list of patterns at every token
// and keeps the longest match. Relative expressions are resolved against
// the DCT; with no DCT they get X forms ("XXXX-XX-XX", "XXXX-WXX-4") or
// REF forms, never an invented precision.
package timex

import (
	"strconv"
	"strings"
	"time"

	"dossier"
	"dossier/text"
)

// Expr is one temporal expression.
type Expr struct {
	Span  dossier.Span
	Text  string
	Type  string // DATE, TIME, DURATION, SET
	Value string // TimeML value: 2023-05-03, 2023-W18, P3D, PRESENT_REF, ...
}

// Types of Expr.
const (
	Date     = "DATE"
	Time     = "TIME"
	Duration = "DURATION"
	Set      = "SET"
)

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8,
	"sep.": 9, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
	"jan": 1, "feb": 2, "apr": 4, "aug": 8, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"sunday": time.Sunday,
}

// notWeekdayNext are capitalised words that make a weekday part of a name
// ("Sunday Times", "Saturday Night Live").
var notWeekdayNext = map[string]bool{
	"times": true, "telegraph": true, "mirror": true, "express": true, "post": true,
	"herald": true, "star": true, "independent": true, "tribune": true, "mail": true,
	"sport": true, "people": true, "night": true, "school": true, "service": true,
}

var numWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "hundred": 100, "a": 1, "an": 1,
}

var vagueNums = map[string]bool{"several": true, "few": true, "many": true, "some": true}

var ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4,
	"1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

// units maps a time unit word to its TimeML duration letter ("T" prefix
// for hours, minutes, seconds).
var units = map[string]string{
	"day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M",
	"year": "Y", "years": "Y", "decade": "DE", "decades": "DE", "century": "CE",
	"centuries": "CE", "hour": "TH", "hours": "TH", "minute": "TM", "minutes": "TM",
	"second": "TS", "seconds": "TS", "quarter": "Q", "quarters": "Q",
	"weekend": "WE", "weekends": "WE",
}

var partsOfDay = map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
	"nowadays": "PRESENT_REF", "recently": "PAST_REF",
	"lately": "PAST_REF",
}

var setWords = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M",
	"yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D",
}

// monthPreps are words after which a lone month name is a date ("in May").
var monthPreps = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "early": true,
	"late": true, "mid": true, "mid-": true, "of": true, "during": true, "from": true,
	"through": true, "to": true, "before": true, "after": true, "last": true,
	"next": true, "this": true, "between": true, "and": true, "or": true, "until-": true,
}

// holiday is a named day: a fixed date, or the nth weekday of a month
// (n < 0 counts from the month's end).
type holiday struct {
	month, day int
	weekday    time.Weekday
	nth        int
	second     string // the word that must follow ("Day"), or ""
}

// holidays are the named days news text dates events by ("Thanksgiving
// Day", "Christmas", "Election Day"); the U.S. ones are what the English
// news wires name most.
var holidays = map[string]holiday{
	"christmas":    {month: 12, day: 25},
	"thanksgiving": {month: 11, weekday: time.Thursday, nth: 4},
	"halloween":    {month: 10, day: 31},
	"election":     {month: 11, weekday: time.Tuesday, nth: 0, second: "day"},
	"independence": {month: 7, day: 4, second: "day"},
	"labor":        {month: 9, weekday: time.Monday, nth: 1, second: "day"},
	"memorial":     {month: 5, weekday: time.Monday, nth: -1, second: "day"},
	"valentine's":  {month: 2, day: 14, second: "day"},
}

// holiday matches a named day at token i ("Thanksgiving Day", "last
// Christmas" is matched by relative) and returns its date, the latest
// one no later than eleven weeks after the DCT, or with a future cue the
// next one.
func (f *finder) holiday(i int, h holiday) (int, string) {
	j := i + 1
	if h.second != "" {
		if f.w(j) != h.second || !f.capitalised(j) {
			return i, ""
		}
		j++
	} else if f.w(j) == "day" || f.w(j) == "eve" {
		if f.w(j) == "eve" {
			h.day--
		}
		j++
	}
	if !f.has {
		if h.day > 0 {
			return j, "XXXX-" + two(h.month) + "-" + two(h.day)
		}
		return j, "XXXX-" + two(h.month)
	}
	at := func(y int) time.Time {
		if h.day > 0 {
			return time.Date(y, time.Month(h.month), h.day, 0, 0, 0, 0, time.UTC)
		}
		if h.nth == 0 { // U.S. Election Day: the Tuesday after the first Monday
			t := time.Date(y, time.Month(h.month), 2, 0, 0, 0, 0, time.UTC)
			for t.Weekday() != time.Tuesday {
				t = t.AddDate(0, 0, 1)
			}
			return t
		}
		if h.nth < 0 {
			t := time.Date(y, time.Month(h.month)+1, 0, 0, 0, 0, 0, time.UTC)
			for t.Weekday() != h.weekday {
				t = t.AddDate(0, 0, -1)
			}
			return t
		}
		t := time.Date(y, time.Month(h.month), 1, 0, 0, 0, 0, time.UTC)
		for t.Weekday() != h.weekday {
			t = t.AddDate(0, 0, 1)
		}
		return t.AddDate(0, 0, 7*(h.nth-1))
	}
	y := f.dct.Year()
	off := 77
	prev := f.w(i - 1)
	switch {
	case prev == "last":
		off = 0
	case prev == "next" || f.isFuture(i):
		for at(y).Before(f.dct) {
			y++
		}
		for at(y - 1).After(f.dct) {
			y--
		}
		return j, at(y).Format("2006-01-02")
	}
	for at(y).After(f.dct.AddDate(0, 0, off)) {
		y--
	}
	for !at(y + 1).After(f.dct.AddDate(0, 0, off)) {
		y++
	}
	return j, at(y).Format("2006-01-02")
}

var tens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// spokenTens reads the last two digits of a spoken year ("ninety-six",
// "seventy"), or returns 0.
func spokenTens(w string) int {
	a, b, _ := strings.Cut(w, "-")
	t := tens[a]
	if t == 0 {
		return 0
	}
	if b == "" {
		return t
	}
	if n := numWords[b]; n > 0 && n < 10 && b != "a" && b != "an" {
		return t + n
	}
	return 0
}

// strongMonthPreps are words after which "May" and "March" cannot be a
// modal or a verb ("in May", "since March").
var strongMonthPreps = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "during": true,
	"early": true, "late": true, "mid": true, "mid-": true, "last": true,
	"next": true, "this": true, "through": true,
}

// yearPreps are words after which a bare four-digit number is a year.
var yearPreps = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "of": true,
	"during": true, "from": true, "through": true, "to": true, "before": true,
	"after": true, "early": true, "late": true, "mid": true, "fiscal": true,
	"and": true, "between": true, "around": true, "circa": true, "for": true,
	"both": true, "either": true, "due": true,
}

type finder struct {
	// ref is the last absolute date found ("1996", "1998-10-23"): the
	// anchor of "that year", "the following month".
	ref    string
	refTok int // where ref was found
	// firstQuarter is the first token that speaks of a quarter, or -1.
	firstQuarter int
	doc          *text.Doc
	dct          time.Time
	has          bool
	lw           []string // lower-cased token text
	k            []kind   // the lexicon kind of each token
	end          int      // end token of the current sentence
	start        int      // first token of the current sentence
	out          []Expr
}

// Find returns the temporal expressions of doc, in text order, with values
// resolved against dct; a zero dct means the anchor is unknown.
func Find(doc *text.Doc, dct time.Time) []Expr {
	f := finder{doc: doc, has: !dct.IsZero()}
	if f.has {
		f.dct = time.Date(dct.Year(), dct.Month(), dct.Day(), 0, 0, 0, 0, time.UTC)
	}
	f.lw = make([]string, len(doc.Tokens))
	f.k = make([]kind, len(doc.Tokens))
	var buf [32]byte
	f.firstQuarter = -1
	for i, t := range doc.Tokens {
		f.lw[i], f.k[i] = lowerWord(doc.Text[t.Span.Start:t.Span.End], t.Kind, &buf)
		if f.firstQuarter < 0 && strings.Contains(f.lw[i], "quarter") {
			f.firstQuarter = i
		}
	}
	for _, s := range doc.Sentences {
		f.end = s.EndToken
		f.start = s.FirstToken
		for i := s.FirstToken; i < s.EndToken; {
			if f.lw[i] == other || f.k[i]&kCtx != 0 {
				i++
				continue
			}
			j, typ, val := f.match(i)
			if j > i {
				if typ == Date && isAbsolute(val) {
					f.ref, f.refTok = val, i
				}
				sp := dossier.Span{Start: doc.Tokens[i].Span.Start, End: doc.Tokens[j-1].Span.End}
				f.out = append(f.out, Expr{Span: sp, Text: doc.Text[sp.Start:sp.End], Type: typ, Value: val})
				i = j
			} else {
				i++
			}
		}
	}
	return f.out
}

// addKeys puts the words of word tables into the lexicon.
func addKeys[V any](tables ...map[string]V) {
	for _, m := range tables {
		for w := range m {
			lexicon[w] = w
		}
	}
}

// other stands for a word no rule looks at.
const other = "\x00"

// lexicon holds every word the rules look at, so that the others need
// not be lower-cased (nor allocated).
var lexicon = map[string]string{}

func init() {
	for _, w := range []string{"a", "a.m", "a.m.", "after", "afternoon", "ago", "am", "an", "and", "annually", "apr", "apr.", "april", "around", "aug", "aug.", "august", "autumn", "before", "between", "by", "centuries", "century", "circa", "coming", "current", "currently", "daily", "day", "days", "dec", "dec.", "decade", "decades", "december", "during", "each", "earlier", "early", "eight", "eighteen", "eleven", "evening", "every", "express", "fall", "feb", "feb.", "february", "few", "fifteen", "fifty", "first", "fiscal", "five", "for", "formerly", "forty", "four", "fourteen", "fourth", "friday", "from", "future", "going", "herald", "hour", "hourly", "hours", "hundred", "in", "independent", "jan", "jan.", "january", "jul.", "july", "jun.", "june", "last", "late", "lately", "later", "latest", "mail", "many", "mar.", "march", "may", "mid", "mid-", "midday", "midnight", "minute", "minutes", "mirror", "monday", "month", "monthly", "months", "morning", "most", "nd", "next", "night", "nightly", "nine", "nineteen", "noon", "nov", "nov.", "november", "now", "nowadays", "o'clock", "oct", "oct.", "october", "of", "once", "one", "or", "p.m", "p.m.", "past", "people", "pm", "post", "previous", "quarter", "quarterly", "quarters", "rd", "recent", "recently", "s", "saturday", "school", "second", "seconds", "sep.", "sept", "sept.", "september", "service", "seven", "seventeen", "several", "shall", "since", "six", "sixteen", "sixty", "some", "soon", "sport", "spring", "st", "star", "summer", "sunday", "telegraph", "ten", "th", "the", "third", "third-quarter", "thirteen", "thirty", "this", "three", "through", "thursday", "till", "times", "to", "today", "tomorrow", "tonight", "tribune", "tuesday", "twelve", "twenty", "twice", "two", "two-year", "until", "until-", "upcoming", "wednesday", "week", "weekend", "weekends", "weekly", "weeks", "will", "winter", "wo", "year", "year-ago", "year-earlier", "yearly", "years", "yesterday", "'ll", "’ll"} {
		lexicon[w] = w
	}
	addKeys(units, partsOfDay, refWords, setWords, seasons)
	addKeys(months, numWords, tens)
	addKeys(weekdays)
	addKeys(holidays)
	addKeys(yearDets, futureCues, speechVerbs, zones, durationMods, quantityNouns)
	lexicon["final"] = "final"
	lexicon["period"] = "period"
	for _, w := range []string{"is", "are", "been", "had", "previously", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "year-end", "following", "half", "corresponding", "comparable", "effective", "eve", "couple", "old", "these", "near", "short", "long", "term", "thousand", "cents", "share", "million", "billion", "as", "than", "up", "at", "least", "no", "end", "beginning", "start", "middle", "full", "entire", "ended", "ending", "ahead", "same", "'s", "’s", "of", "both", "either"} {
		lexicon[w] = w
	}
}

// yearDets are words after which a four-digit number followed by a word
// is a year used as a modifier: "the 1996 law", "its 1988 results".
var yearDets = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "my": true, "your": true, "that": true,
	"this": true, "'s": true, "’s": true,
}

// quantityNouns after a four-digit number make it a count, not a year
// ("the 2000 people").
var quantityNouns = map[string]bool{
	"people": true, "troops": true, "soldiers": true, "men": true, "women": true,
	"children": true, "shares": true, "workers": true, "employees": true,
	"jobs": true, "units": true, "cars": true, "homes": true, "votes": true,
	"miles": true, "feet": true, "meters": true, "tons": true, "barrels": true,
	"acres": true, "members": true, "residents": true, "students": true,
	"points": true, "pages": true, "copies": true, "delegates": true,
}

// futureCues are words that put a following or nearby weekday in the
// future: "planned to leave on Thursday", "set to resume Monday", "as
// soon as Tuesday", "postponed until Tuesday".
var futureCues = map[string]bool{
	"will": true, "'ll": true, "’ll": true, "shall": true, "upcoming": true, "wo": true,
	"planned": true, "planning": true, "scheduled": true,
	"expected": true, "expects": true, "due": true, "postponed": true, "delayed": true,
	"until": true, "till": true, "soon": true, "set": true, "would": true,
}

// speechVerbs right before a weekday date the speech: "officials said
// Monday they will ..." is a past Monday whatever follows.
var speechVerbs = map[string]bool{
	"said": true, "told": true, "announced": true, "reported": true, "stated": true,
	"added": true, "confirmed": true, "denied": true, "disclosed": true, "revealed": true,
	"says": true, "claimed": true,
}

// zones are time-zone names that belong to a clock time ("08:30 UTC").
var zones = map[string]bool{
	"utc": true, "gmt": true, "edt": true, "est": true, "pdt": true, "pst": true,
	"cdt": true, "cst": true, "bst": true, "cet": true, "cest": true,
}

// durationMods are the approximators TimeML keeps inside a duration's
// span ("nearly two years", "more than four hours", "up to 180 days").
var durationMods = map[string]bool{
	"nearly": true, "almost": true, "about": true, "approximately": true,
	"roughly": true, "over": true, "more": true, "less": true, "up": true,
	"at": true, "no": true, "some": true,
}

// contextOnly holds the lexicon's words that no rule starts with ("of",
// "said", "million"): the rules read them around an expression, and Find
// does not try a match at them, which keeps common words cheap.
var contextOnly = map[string]bool{}

// starters are the words, beyond those of the maps of months, weekdays,
// holidays, units, counts, ordinals, references, sets and approximators,
// that an expression may start with.
var starters = []string{"the", "a", "an", "today", "yesterday", "tomorrow", "tonight", "noon",
	"midday", "midnight", "every", "each", "this", "last", "next", "past", "coming", "previous",
	"current", "year-earlier", "year-ago", "fiscal", "recent", "early", "late", "mid", "mid-",
	"earlier", "later", "that", "these", "final", "most", "around"}

func init() {
	start := map[string]bool{}
	for _, w := range starters {
		start[w] = true
	}
	for w := range lexicon {
		_, m := months[w]
		_, d := weekdays[w]
		_, h := holidays[w]
		_, u := units[w]
		_, n := numWords[w]
		_, r := refWords[w]
		_, st := setWords[w]
		_, o := ordinals[w]
		if !(start[w] || m || d || h || u || n || r || st || o || vagueNums[w] || durationMods[w] || strings.Contains(w, "-")) {
			contextOnly[w] = true
		}
		var k kind
		for _, b := range []struct {
			is  bool
			bit kind
		}{{contextOnly[w], kCtx}, {m, kMonth}, {d, kWeekday}, {h, kHoliday}, {u, kUnit}, {r, kRef}, {st, kSet},
			{n, kNum}, {vagueNums[w], kVague}, {durationMods[w], kDurMod}} {
			if b.is {
				k |= b.bit
			}
		}
		lex[w] = lexEntry{w, k}
	}
}

// kind says which of the rules' word lists a lexicon word is in, so that
// the rules test a bit, not a map, at every word they try.
type kind uint16

const (
	kCtx kind = 1 << iota // context only: no rule starts at it
	kMonth
	kWeekday
	kHoliday
	kUnit
	kRef
	kSet
	kNum
	kVague
	kDurMod
)

type lexEntry struct {
	w string
	k kind
}

// lex is the lexicon with each word's kind.
var lex = map[string]lexEntry{}

// lowerWord returns the lower-cased form of a token the rules may look
// at: numbers, punctuation and hyphenated words as they are (lower-cased),
// known words from the lexicon, and other for any other word.
func lowerWord(s string, k text.TokenKind, buf *[32]byte) (string, kind) {
	if k != text.Word || strings.IndexByte(s, '-') >= 0 {
		return strings.ToLower(s), 0
	}
	if len(s) > len(buf) {
		return other, 0
	}
	b := buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	if e, ok := lex[string(b)]; ok {
		return e.w, e.k
	}
	return other, 0
}

func (f *finder) w(i int) string {
	if i < 0 || i >= f.end {
		return ""
	}
	return f.lw[i]
}

func (f *finder) raw(i int) string {
	t := f.doc.Tokens[i].Span
	return f.doc.Text[t.Start:t.End]
}

func (f *finder) capitalised(i int) bool {
	r := f.raw(i)
	return r != "" && r[0] >= 'A' && r[0] <= 'Z'
}

func (f *finder) isNumber(i int) bool {
	return i < f.end && f.doc.Tokens[i].Kind == text.Number
}

// intTok returns the value of an all-digit token, or -1.
func (f *finder) intTok(i int) int {
	if !f.isNumber(i) {
		return -1
	}
	s := f.lw[i]
	if len(s) > 2 && (strings.HasSuffix(s, "st") || strings.HasSuffix(s, "nd") || strings.HasSuffix(s, "rd") || strings.HasSuffix(s, "th")) {
		s = s[:len(s)-2]
	}
	if len(s) == 0 || len(s) > 9 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		n = 10*n + int(s[i]-'0')
	}
	return n
}

func (f *finder) year(i int) int {
	if f.isNumber(i) && len(f.lw[i]) == 4 {
		if n := f.intTok(i); n >= 1000 && n <= 2199 {
			return n
		}
	}
	return -1
}

// count returns the number a token stands for ("two", "3"), "X" for a
// vague one ("several"), or "".
func (f *finder) count(i int) string {
	w := f.w(i)
	if w == "" {
		return ""
	}
	if f.k[i]&kNum != 0 {
		return strconv.Itoa(numWords[w])
	}
	if f.k[i]&kVague != 0 {
		return "X"
	}
	if n := f.intTok(i); n > 0 && n < 1000 && !strings.ContainsAny(w, ",.") {
		return strconv.Itoa(n)
	}
	return ""
}

func (f *finder) match(i int) (int, string, string) {
	w := f.lw[i]
	if (w == "more" || w == "most") && f.w(i+1) == "recently" {
		return i + 2, Date, "PAST_REF"
	}
	// Approximators stay in a duration's span: "nearly two years", "more
	// than four hours", "up to 180 days", "at least 20 years".
	if f.k[i]&kDurMod != 0 {
		k := i + 1
		switch w {
		case "more", "less":
			if f.w(k) != "than" {
				return i, "", ""
			}
			k++
		case "up":
			if f.w(k) != "to" {
				return i, "", ""
			}
			k++
		case "at":
			if f.w(k) != "least" {
				return i, "", ""
			}
			k++
		case "no":
			if (f.w(k) != "more" && f.w(k) != "less") || f.w(k+1) != "than" {
				return i, "", ""
			}
			k += 2
		}
		// "at least the past 18 months"; a vague count ("over several
		// years") keeps its approximator outside, as the corpora do.
		if w == "over" && f.w(k) == "the" {
			return i, "", "" // "over the past two months": a preposition
		}
		if j, typ, val := f.match(k); j > k && (typ == Duration || strings.HasSuffix(f.w(j-1), "ago")) && !strings.Contains(val, "X") {
			return j, typ, val
		}
		return i, "", ""
	}
	if w == "the" {
		if j, typ, val, ok := f.theMatch(i + 1); ok {
			return j, typ, val
		}
		return i, "", ""
	}
	switch w {
	case "early", "late", "mid", "mid-", "earlier", "later":
		// "Earlier Friday", "Late Monday": the weekday is the expression
		// and the adverb orders events within it.
		if _, ok := weekdays[f.w(i+1)]; ok && w != "early" {
			break
		}
		if j, typ, val := f.core(i + 1); j > i+1 && typ == Date {
			decade := f.isNumber(i+1) && strings.HasSuffix(f.w(i+1), "s")
			if !strings.HasPrefix(f.w(i+1), "the") && !f.isNumber(i+1) || f.year(i+1) > 0 || decade {
				return j, typ, val
			}
		}
	case "around":
		// "around Nov. 1", "around 7:15 p.m.": an approximate date or
		// time keeps its approximator ("get around Wednesday's ruling"
		// does not).
		if _, wd := weekdays[f.w(i+1)]; wd {
			break
		}
		if j, typ, val := f.core(i + 1); j > i+1 && (typ == Date || typ == Time) && !strings.HasSuffix(val, "_REF") {
			return j, typ, val
		}
	}
	return f.core(i)
}

// theMatch matches what may follow a determiner: "the past", "the
// future", "the third quarter", "the past two years", "the 1990s".
func (f *finder) theMatch(i int) (int, string, string, bool) {
	switch f.w(i) {
	case "future":
		return i + 1, Date, "FUTURE_REF", true
	case "end", "beginning", "start", "middle":
		// "the end of 1990", "the end of this year", "the beginning of
		// October": the period's own value.
		if f.w(i+1) == "of" {
			k := i + 2
			var j int
			var typ, val string
			if f.w(k) == "the" {
				var ok bool
				if j, typ, val, ok = f.theMatch(k + 1); !ok {
					j = k
				}
			} else {
				j, typ, val = f.core(k)
			}
			if j > k && typ == Date {
				return j, Date, val, true
			}
		}
	case "year":
		// "the year two thousand", "the year nineteen ninety-six"
		if f.w(i+1) == "two" && f.w(i+2) == "thousand" {
			return i + 3, Date, "2000", true
		}
		if f.w(i+1) == "nineteen" {
			if y := spokenTens(f.w(i + 2)); y > 0 {
				return i + 3, Date, strconv.Itoa(1900 + y), true
			}
		}
		fallthrough
	case "full", "fiscal", "entire", "current":
		// "the year", "the full year", "the fiscal year", "the current
		// year": the DCT's year; "the year ended Sept. 30" is a
		// twelve-month duration.
		k := i
		if f.w(i) == "fiscal" {
			// "the fiscal first quarter"
			if j, typ, val := f.core(i); j > i+1 && typ == Date {
				return j, typ, val, true
			}
		}
		if f.w(k) != "year" {
			k++
			if f.w(k) == "fiscal" {
				k++
			}
		}
		if f.w(k) == "year" {
			if n := f.w(k + 1); n == "ended" || n == "ending" || n == "to" {
				return k + 1, Duration, "P1Y", true
			}
			return k + 1, Date, f.shiftUnit("Y", 0), true
		}
	case "same", "corresponding", "comparable":
		// "the same period last year", "the corresponding quarter a
		// year ago", "the same month a year earlier"
		k := i + 1
		if f.w(k) == "period" || f.w(k) == "quarter" || f.w(k) == "month" {
			unit := f.w(k)
			k++
			if f.w(k) == "of" && f.w(k+1) == "the" {
				k += 2
			}
			e := 0
			switch {
			case (f.w(k) == "last" || f.w(k) == "previous") && f.w(k+1) == "year":
				e = k + 2
			case f.w(k) == "a" && f.w(k+1) == "year" && (f.w(k+2) == "ago" || f.w(k+2) == "earlier"):
				e = k + 3
			}
			if e > 0 {
				// "in February, compared to the same period last year":
				// the month the sentence gave, a year back.
				if f.refTok >= f.start && len(f.ref) >= 7 && unit != "quarter" {
					y, _ := strconv.Atoi(f.ref[:4])
					return e, Date, strconv.Itoa(y-1) + f.ref[4:7], true
				}
				switch {
				case !f.has:
					return e, Date, "XXXX", true
				case unit == "month":
					return e, Date, ym(f.dct.Year()-1, int(f.dct.Month())), true
				}
				return e, Date, f.yearAgoQuarter(), true
			}
		}
	case "first", "second", "last":
		// "the last week of March": that month's last week.
		if f.w(i+1) == "week" && f.w(i+2) == "of" {
			if m, ok := months[f.w(i+3)]; ok && f.capitalised(i+3) {
				if j, typ, val := f.monthFirst(i+3, m); j > i+3 && typ == Date && len(val) == 7 && f.w(i) != "second" {
					t, err := time.Parse("2006-01", val)
					if err == nil {
						if f.w(i) == "last" {
							// the week of the month's last day, or the one
							// before when fewer than four of its days are
							// in the month (as ISO counts a year's weeks)
							t = t.AddDate(0, 1, -1)
							if (int(t.Weekday())+6)%7 < 3 {
								t = t.AddDate(0, 0, -7)
							}
						} else if (int(t.Weekday())+6)%7 > 3 {
							t = t.AddDate(0, 0, 7)
						}
						y, wk := t.ISOWeek()
						return j, Date, strconv.Itoa(y) + "-W" + two(wk), true
					}
				}
			}
		}
		// "the first half of 1989", "the last half of this year"
		if f.w(i+1) == "half" && f.w(i+2) == "of" {
			if j, typ, val := f.core(i + 3); j > i+3 && typ == Date && len(val) == 4 {
				h := "H1"
				if f.w(i) != "first" {
					h = "H2"
				}
				return j, Date, val + "-" + h, true
			}
		}
		if c := f.count(i + 1); c != "" && f.w(i+1) != "a" && f.w(i+1) != "an" {
			if u, ok := units[f.w(i+2)]; ok && u != "WE" {
				return i + 3, Duration, period(c, u), true
			}
		}
	case "spring", "summer", "fall", "autumn", "winter":
		// "the winter of 1994", "the summer of nineteen ninety-six"
		if f.w(i+1) == "of" {
			if j, typ, val := f.core(i + 2); j > i+2 && typ == Date && len(val) == 4 {
				return j, Date, val + "-" + seasons[f.w(i)], true
			}
		}
		// "the summer": the DCT's year's ("fall" alone is too often
		// the verb or the noun to be read so)
		if f.w(i) != "fall" && f.w(i+1) != "of" {
			return i + 1, Date, f.shiftUnit("Y", 0) + "-" + seasons[f.w(i)], true
		}
	case "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties":
		// "the nineties": a decade of the twentieth century
		return i + 1, Date, "19" + strconv.Itoa(tens[strings.TrimSuffix(f.w(i), "ies")+"y"]/10), true
	case "following":
		// "the following year": the year after the last date given.
		if u, ok := units[f.w(i+1)]; ok && (u == "Y" || u == "M" || u == "D") {
			if v := f.refShift(u, 1); v != "" {
				return i + 2, Date, v, true
			}
		}
	case "early", "late", "mid":
		// "the early 1980s", "the late 1970s"
		if j, typ, val := f.match(i); j > i+1 && typ == Date {
			return j, typ, val, true
		}
	case "near", "short", "long":
		// "the near future", "the near term", "the short term"
		if n := f.w(i + 1); n == "term" || n == "future" && f.w(i) == "near" {
			return i + 2, Date, "FUTURE_REF", true
		}
	case "week":
		// "for the week", "the week's most active session"
		if f.w(i+1) != "of" {
			return i + 1, Date, f.shiftUnit("W", 0), true
		}
		// "the week of March 6": that day's week.
		if j, typ, val := f.core(i + 2); j > i+2 && typ == Date && len(val) == 10 {
			if t, err := time.Parse("2006-01-02", val); err == nil {
				y, wk := t.ISOWeek()
				return j, Date, strconv.Itoa(y) + "-W" + two(wk), true
			}
		}
	case "weekend":
		// "over the weekend" is the last one, "ahead of the weekend" the
		// next; on a Saturday or Sunday it is the current one.
		off := -1
		if f.w(i-2) == "ahead" || f.isFuture(i) {
			off = 0
		}
		if f.has && (f.dct.Weekday() == time.Saturday || f.dct.Weekday() == time.Sunday) {
			off = 0
		}
		return i + 1, Date, f.shiftUnit("WE", off), true
	case "next":
		if c := f.count(i + 1); c != "" && f.w(i+1) != "a" && f.w(i+1) != "an" {
			if u, ok := units[f.w(i+2)]; ok && u != "WE" {
				return i + 3, Duration, period(c, u), true
			}
		}
	case "quarter":
		return i + 1, Date, f.recentQuarter(), true
	case "latest", "most":
		// "the latest quarter", "the latest period" of an earnings report
		if f.w(i+1) == "quarter" || f.w(i+1) == "period" && f.earningsTalk(i) {
			return i + 2, Date, f.recentQuarter(), true
		}
		if f.w(i+1) == "recent" && f.w(i+2) == "quarter" {
			return i + 3, Date, f.recentQuarter(), true
		}
	case "past":
		// "the past year", "the past decade": the one before the DCT's.
		if n := f.w(i + 1); n == "year" || n == "decade" {
			return i + 2, Date, f.shiftUnit(units[n], -1), true
		}
		if j, typ, val := f.core(i); j > i {
			return j, typ, val, true
		}
		return i + 1, Date, "PAST_REF", true
	}
	if y := f.year(i); y > 0 {
		// "the 1988 third quarter", "the 1988 quarter", "the 1989 period"
		if q := ordinals[f.w(i+1)]; q > 0 && f.w(i+2) == "quarter" {
			return i + 3, Date, strconv.Itoa(y) + "-Q" + strconv.Itoa(q), true
		}
		if n := f.w(i + 1); n == "quarter" || n == "period" {
			q := f.recentQuarter()
			if !f.has {
				return i + 2, Date, strconv.Itoa(y), true
			}
			return i + 2, Date, strconv.Itoa(y) + q[4:], true
		}
	}
	j, typ, val := f.core(i)
	if j == i {
		return 0, "", "", false
	}
	w := f.w(i)
	if strings.IndexByte(w, '-') >= 0 && j == i+1 {
		return 0, "", "", false // "the third-quarter results": the timex is the adjective
	}
	if typ == Duration || strings.Contains(val, "-Q") || strings.HasSuffix(w, "s") && f.isNumber(i) ||
		ordinals[w] > 0 || w == "first" || w == "latest" ||
		typ == Date && (w == "last" || w == "previous" || w == "current") && j == i+2 {
		return j, typ, val, true
	}
	return 0, "", "", false
}

// core matches an expression starting at token i; it returns i when none
// does.
func (f *finder) core(i int) (int, string, string) {
	if i >= f.end {
		return i, "", ""
	}
	w := f.lw[i]
	// No rule starts at a word outside the lexicon, nor at an article
	// before one ("a government"): answer those at once.
	if w == other && !f.isNumber(i) || (w == "a" || w == "an") && f.w(i+1) == other {
		return i, "", ""
	}
	kd := f.k[i]
	if kd&kMonth != 0 {
		if j, typ, val := f.monthFirst(i, months[w]); j > i {
			return j, typ, val
		}
	}
	if f.isNumber(i) {
		if j, typ, val := f.numberFirst(i); j > i {
			return j, typ, val
		}
	}
	if kd&kWeekday != 0 && f.capitalised(i) {
		d := weekdays[w]
		if notWeekdayNext[f.w(i+1)] && f.capitalised(i+1) {
			return i, "", ""
		}
		// "Monday, Oct. 26" and "Saturday, April 25, 1998": the date
		// the weekday introduces.
		k := i + 1
		if f.w(k) == "," {
			k++
		}
		if m, ok := months[f.w(k)]; ok {
			if j, typ, val := f.monthFirst(k, m); j > k+1 && typ == Date && len(val) == 10 {
				return j, typ, val
			}
		}
		return f.withPart(i+1, f.weekday(d, f.isFuture(i)))
	}
	if kd&kHoliday != 0 && f.capitalised(i) {
		if j, val := f.holiday(i, holidays[w]); j > i {
			return j, Date, val
		}
	}
	switch w {
	case "today":
		return f.withPart(i+1, f.shift(0))
	case "yesterday":
		return f.withPart(i+1, f.shift(-1))
	case "tomorrow":
		return f.withPart(i+1, f.shift(1))
	case "tonight":
		return i + 1, Time, f.shift(0) + "TNI"
	case "noon", "midday":
		return f.clockAt(i+1, 12, 0, 0)
	case "midnight":
		return f.clockAt(i+1, 24, 0, 0)
	case "every", "each":
		if u, ok := units[f.w(i+1)]; ok {
			return i + 2, Set, period("1", u)
		}
		if d, ok := weekdays[f.w(i+1)]; ok {
			return i + 2, Set, "XXXX-WXX-" + strconv.Itoa(isoDay(d))
		}
		if p, ok := partsOfDay[f.w(i+1)]; ok {
			return i + 2, Set, "TXX" + p
		}
		// "each July"
		if m, ok := months[f.w(i+1)]; ok && f.capitalised(i+1) && !strings.HasSuffix(f.w(i+1), ".") {
			return i + 2, Set, "XXXX-" + two(m)
		}
	case "this", "last", "next", "past", "coming", "previous", "current":
		if j, typ, val := f.relative(i); j > i {
			// "this year's third quarter", "next year's first quarter"
			if len(val) == 4 && (f.w(j) == "'s" || f.w(j) == "’s") && ordinals[f.w(j+1)] > 0 && f.w(j+2) == "quarter" {
				return j + 3, Date, val + "-Q" + strconv.Itoa(ordinals[f.w(j+1)])
			}
			return j, typ, val
		}
	case "nineteen":
		// Spoken years: "nineteen ninety-six", "nineteen seventy".
		if y := spokenTens(f.w(i + 1)); y > 0 {
			return i + 2, Date, strconv.Itoa(1900 + y)
		}
	case "year-end":
		// "by year-end": the end of the DCT's year
		if !f.has {
			return i + 1, Date, "XXXX-12-31"
		}
		return i + 1, Date, strconv.Itoa(f.dct.Year()) + "-12-31"
	case "year-earlier", "year-ago":
		switch {
		case f.w(i+1) == "quarter" || f.w(i+1) == "period":
			return i + 2, Date, f.yearAgoQuarter()
		case ordinals[f.w(i+1)] > 0 && f.w(i+2) == "quarter":
			if !f.has {
				return i + 3, Date, "XXXX-Q" + strconv.Itoa(ordinals[f.w(i+1)])
			}
			return i + 3, Date, f.quarter(ordinals[f.w(i+1)], f.dct.Year()-1)
		}
		if f.quarterTalk(i) {
			return i + 1, Date, f.yearAgoQuarter()
		}
		return i + 1, Date, f.shiftUnit("Y", -1)
	case "fiscal":
		if y := f.year(i + 1); y > 0 {
			return i + 2, Date, strconv.Itoa(y)
		}
		// "fiscal first quarter", "fiscal second-quarter"
		if q := ordinals[f.w(i+1)]; q > 0 && f.w(i+2) == "quarter" {
			return f.quarterOf(i+3, q, f.quarter(q, -1))
		}
		if a, b, ok := strings.Cut(f.w(i+1), "-"); ok && b == "quarter" && ordinals[a] > 0 {
			return i + 2, Date, f.quarter(ordinals[a], -1)
		}
	case "recent":
		if u, ok := units[f.w(i+1)]; ok && strings.HasSuffix(f.w(i+1), "s") {
			if u == "Y" {
				return i + 2, Date, "PAST_REF"
			}
			return i + 2, Duration, period("X", u)
		}
	}
	// "for years": a vague duration.
	if kd&kUnit != 0 && strings.HasSuffix(w, "s") && f.w(i-1) == "for" && f.w(i+1) != "ago" {
		if u := units[w]; u != "Q" && u != "WE" {
			return i + 1, Duration, period("X", u)
		}
	}
	if w == "that" {
		// "that year", "that day": the last date given.
		if u, ok := units[f.w(i+1)]; ok && (u == "Y" || u == "D") {
			if v := f.refShift(u, 0); v != "" {
				return i + 2, Date, v
			}
		}
	}
	if w == "these" && f.w(i+1) == "days" {
		return i + 2, Date, "PRESENT_REF"
	}
	if kd&kRef != 0 {
		v := refWords[w]
		if w == "now" && f.w(i+1) == "-" {
			return i, "", ""
		}
		return i + 1, Date, v
	}
	if kd&kSet != 0 {
		v := setWords[w]
		return i + 1, Set, v
	}
	// "a few years ago", "a couple of years": the article belongs to the
	// count.
	if (w == "a" || w == "an") && (f.w(i+1) == "few" || f.w(i+1) == "couple" && f.w(i+2) == "of") {
		k := i + 1
		if f.w(k) == "couple" {
			k++
		}
		if j, typ, val := f.core(k); j > k+1 && (typ == Duration || typ == Date) {
			if f.w(i+1) == "couple" {
				val = strings.Replace(val, "X", "2", 1)
			}
			return j, typ, val
		}
		if f.w(i+1) == "couple" {
			if u, ok := units[f.w(i+3)]; ok && u != "WE" && u != "Q" {
				return i + 4, Duration, period("2", u)
			}
		}
	}
	// Counted units: "two days", "three years ago", "a week earlier".
	if c := f.count(i); c != "" {
		k := i + 1
		if f.w(k) == "-" {
			k++
		}
		if u, ok := units[f.w(k)]; ok && u != "WE" {
			if (w == "a" || w == "an") && !strings.HasSuffix(f.w(k), "s") && f.w(k+1) != "ago" && f.w(k+1) != "earlier" && f.w(k+1) != "later" {
				// "a year" alone is often a rate ("$5 a year"); keep it
				// only as a duration after "for"/"in".
				if p := f.w(i - 1); p == "once" || p == "twice" || p == "times" || i > 0 && (f.isNumber(i-1) || f.doc.Tokens[i-1].Kind == text.Symbol) {
					return k + 1, Set, period("1", u)
				}
				// "$2 million a year", "700 seats a week", "24 hours a
				// day": a rate after an amount, not a time expression.
				if i > f.start {
					if p := strings.ToLower(f.raw(i - 1)); p == "million" || p == "billion" ||
						f.doc.Tokens[i-1].Kind == text.Word && len(p) > 3 && strings.HasSuffix(p, "s") && !f.capitalised(i-1) && f.lw[i-1] == other {
						return i, "", ""
					}
				}
			}
			// "A second A380", "not a day anybody can be prepared for":
			// an ordinal or a noun, not a span of time.
			if (w == "a" || w == "an") && (u == "TS" || u == "D") && k+1 < f.end && f.doc.Tokens[k+1].Kind == text.Word &&
				f.lw[k+1] == other {
				return i, "", ""
			}
			// "52 years old": an age.
			if f.w(k+1) == "old" {
				return i, "", ""
			}
			switch f.w(k + 1) {
			case "ago":
				if c == "1" && u == "Y" && f.quarterTalk(i) {
					return k + 2, Date, f.yearAgoQuarter()
				}
				if c == "X" {
					return k + 2, Date, "PAST_REF"
				}
				n, _ := strconv.Atoi(c)
				return k + 2, Date, f.shiftUnit(u, -n)
			case "earlier":
				if c == "1" && u == "Y" && f.quarterTalk(i) {
					return k + 2, Date, f.yearAgoQuarter()
				}
				if c == "1" && u == "Y" {
					n, _ := strconv.Atoi(c)
					return k + 2, Date, f.shiftUnit(u, -n)
				}
			}
			return k + 1, Duration, period(c, u)
		}
		if c != "X" && w != "a" && w != "an" && strings.IndexByte(w, '-') < 0 {
			return i, "", ""
		}
	}
	// Hyphenated words: "third-quarter", "two-year", "mid-1990s".
	if k := strings.IndexByte(w, '-'); k > 0 {
		a, b := w[:k], w[k+1:]
		if b == "quarter" && ordinals[a] > 0 {
			return i + 1, Date, f.quarter(ordinals[a], -1)
		}
		if u, ok := units[b]; ok && u != "WE" && u != "Q" {
			if n, ok := numWords[a]; ok && a != "a" && a != "an" {
				return i + 1, Duration, period(strconv.Itoa(n), u)
			}
			if n, err := strconv.Atoi(a); err == nil && n > 0 {
				return i + 1, Duration, period(a, u)
			}
		}
		if a == "mid" || a == "early" || a == "late" {
			// "mid-November", "late-November", "mid-1996"
			if m, ok := months[b]; ok && len(b) > 4 {
				return i + 1, Date, f.nearestMonth(m, f.isFuture(i) || f.deadline(i))
			}
			if n, err := strconv.Atoi(b); err == nil && n >= 1000 && n < 2200 {
				return i + 1, Date, b
			}
		}
		if a == "mid" && len(b) == 5 && b[4] == 's' {
			if n, err := strconv.Atoi(b[:4]); err == nil {
				return i + 1, Date, strconv.Itoa(n / 10)
			}
		}
	}
	if q := ordinals[w]; q > 0 && f.w(i+1) == "quarter" {
		return f.quarterOf(i+2, q, f.quarter(q, -1))
	}
	if w == "final" && f.w(i+1) == "quarter" {
		return f.quarterOf(i+2, 4, f.quarter(4, -1))
	}
	return i, "", ""
}

// monthFirst matches "May 3, 2023", "May 3", "May 2023", "May".
func (f *finder) monthFirst(i, m int) (int, string, string) {
	if !f.capitalised(i) {
		return i, "", ""
	}
	if d := f.intTok(i + 1); d >= 1 && d <= 31 && len(f.lw[i+1]) <= 4 {
		k := i + 2
		if f.w(k) == "," {
			k++
		}
		if y := f.year(k); y > 0 {
			return k + 1, Date, ymd(y, m, d)
		}
		return i + 2, Date, f.nearestDay(m, d, f.isFuture(i) || f.deadline(i))
	}
	if y := f.year(i + 1); y > 0 {
		return i + 2, Date, ym(y, m)
	}
	if f.w(i+1) == "nineteen" {
		if y := spokenTens(f.w(i + 2)); y > 0 {
			return i + 3, Date, ym(1900+y, m)
		}
	}
	// "July last year", "January this year"
	if off, ok := map[string]int{"this": 0, "last": -1, "next": 1}[f.w(i+1)]; ok && f.w(i+2) == "year" && f.capitalised(i) && !strings.HasSuffix(f.lw[i], ".") {
		if !f.has {
			return i + 3, Date, "XXXX-" + two(m)
		}
		return i + 3, Date, ym(f.dct.Year()+off, m)
	}
	// "October of next year": the year is the phrase's own expression,
	// but it tells the month's year.
	if f.w(i+1) == "of" && f.capitalised(i) {
		if off, ok := map[string]int{"this": 0, "last": -1, "next": 1}[f.w(i+2)]; ok && f.w(i+3) == "year" && f.has {
			return i + 1, Date, ym(f.dct.Year()+off, m)
		}
	}
	if f.w(i+1) == "," {
		if y := f.year(i + 2); y > 0 {
			return i + 3, Date, ym(y, m)
		}
	}
	if strings.HasSuffix(f.lw[i], ".") || len(f.lw[i]) <= 4 && f.lw[i] != "june" && f.lw[i] != "july" && f.lw[i] != "may" {
		return i, "", "" // a lone abbreviation
	}
	prev := f.w(i - 1)
	if monthPreps[prev] || prev == "-" && f.w(i-2) == "mid" || (m != 3 && m != 5 && i > 0 && f.doc.Tokens[i-1].Kind == text.Word && !f.capitalised(i-1)) {
		if (m == 5 || m == 3) && !strongMonthPreps[prev] {
			// "May" the modal and "March" the verb: a verb follows.
			if n := f.w(i + 1); n != "" && f.doc.Tokens[i+1].Kind == text.Word && !f.capitalised(i+1) && n != "and" && n != "or" && n != "to" {
				return i, "", ""
			}
		}
		return i + 1, Date, f.nearestMonth(m, f.isFuture(i) || f.deadline(i))
	}
	return i, "", ""
}

// numberFirst matches "3 May 2023", "1998-08-07", "10 a.m.", "08:00",
// "1990s", "'90s" and bare years.
func (f *finder) numberFirst(i int) (int, string, string) {
	w := f.lw[i]
	if d := f.intTok(i); d >= 1 && d <= 31 && len(w) <= 4 {
		if m, ok := months[f.w(i+1)]; ok && f.capitalised(i+1) {
			k := i + 2
			if f.w(k) == "," {
				k++
			}
			if y := f.year(k); y > 0 {
				return k + 1, Date, ymd(y, m, d)
			}
			return i + 2, Date, f.nearestDay(m, d, f.isFuture(i) || f.deadline(i))
		}
	}
	if h := f.intTok(i); h >= 1 && h <= 12 {
		if ap := ampm(f.w(i + 1)); ap != 0 {
			return f.clockAt(i+2, h, 0, ap)
		}
		if f.w(i+1) == "o'clock" {
			return f.clockAt(i+2, h, 0, 0)
		}
	}
	// "10am", "5pm"
	if len(w) >= 3 && (strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm")) {
		if h, err := strconv.Atoi(w[:len(w)-2]); err == nil && h >= 1 && h <= 12 {
			return f.clockAt(i+1, h, 0, w[len(w)-2])
		}
	}
	// "08:00", "10:30 a.m."
	if len(w) == 5 || len(w) == 4 {
		if c := strings.IndexByte(w, ':'); c > 0 && c == len(w)-3 {
			h, e1 := strconv.Atoi(w[:c])
			mi, e2 := strconv.Atoi(w[c+1:])
			if e1 == nil && e2 == nil && h <= 24 && mi < 60 {
				if ap := ampm(f.w(i + 1)); ap != 0 && h <= 12 {
					return f.clockAt(i+2, h, mi, ap)
				}
				return f.clockAt(i+1, h, mi, 0)
			}
		}
	}
	// ISO dates "1998-08-07".
	if len(w) == 10 && w[4] == '-' && w[7] == '-' {
		if _, err := time.Parse("2006-01-02", w); err == nil {
			return i + 1, Date, w
		}
	}
	// Decades.
	if len(w) == 5 && w[4] == 's' {
		if n, err := strconv.Atoi(w[:4]); err == nil && n >= 1000 && n%10 == 0 {
			return i + 1, Date, strconv.Itoa(n / 10)
		}
	}
	if (len(w) == 4 && w[3] == 's' && (w[0] == '\'' || strings.HasPrefix(w, "’"))) || strings.HasPrefix(w, "’") && len(w) == 6 {
		d := strings.TrimPrefix(strings.TrimPrefix(w, "'"), "’")
		if n, err := strconv.Atoi(strings.TrimSuffix(d, "s")); err == nil && n%10 == 0 {
			return i + 1, Date, "19" + strconv.Itoa(n/10)
		}
	}
	if y := f.year(i); y > 0 {
		prev := f.w(i - 1)
		next := f.w(i + 1)
		nextPunct := i+1 >= f.end || f.doc.Tokens[i+1].Kind == text.Punct && next != "-"
		if prev == "$" || next == "%" {
			return i, "", ""
		}
		if yearPreps[prev] || nextPunct && prev != "," && (i == 0 || f.doc.Tokens[i-1].Kind != text.Symbol) {
			return i + 1, Date, strconv.Itoa(y)
		}
		// "the 1996 law", "its 1988 recapitalization": a year as a
		// modifier, when it is plausible as one and no count noun follows.
		if yearDets[prev] && y >= 1900 && (!f.has || y <= f.dct.Year()+20) && i+1 < f.end &&
			f.doc.Tokens[i+1].Kind == text.Word && !quantityNouns[strings.ToLower(f.raw(i+1))] && !strings.Contains(f.raw(i), ",") {
			return i + 1, Date, strconv.Itoa(y)
		}
	}
	return i, "", ""
}

// relative matches "this week", "last year", "next month", "the past
// three years", "this morning", "last night", "last Thursday".
func (f *finder) relative(i int) (int, string, string) {
	w := f.lw[i]
	n := f.w(i + 1)
	if c := f.count(i + 1); c != "" && n != "a" && n != "an" && (w == "past" || w == "last" || w == "next" || w == "coming" || w == "previous") {
		if u, ok := units[f.w(i+2)]; ok {
			if c == "X" && (w == "past" || w == "last") {
				// "the last few months", "the past several quarters":
				// an unspecified stretch of the past.
				return i + 3, Date, "PAST_REF"
			}
			return i + 3, Duration, period(c, u)
		}
	}
	// "in past years"
	if w == "past" && (n == "years" || n == "decades") {
		return i + 2, Date, "PAST_REF"
	}
	off := 0
	switch w {
	case "last", "past", "previous":
		off = -1
	case "next", "coming":
		off = 1
	}
	if d, ok := weekdays[n]; ok {
		switch off {
		case -1:
			// "last Monday" said on a Monday is a week ago.
			val := f.weekday(d, false)
			if f.has && d == f.dct.Weekday() {
				val = f.dct.AddDate(0, 0, -7).Format("2006-01-02")
			}
			return f.withPart(i+2, val)
		case 1:
			return f.withPart(i+2, f.weekday(d, true))
		}
		return f.withPart(i+2, f.weekday(d, f.isFuture(i)))
	}
	if h, ok := holidays[n]; ok && f.capitalised(i+1) && (w == "last" || w == "next" || w == "this") {
		// "last Thanksgiving", "next Christmas"
		if j, val := f.holiday(i+1, h); j > i+1 {
			return j, Date, val
		}
	}
	if p, ok := partsOfDay[n]; ok {
		switch w {
		case "this":
			return i + 2, Time, f.shift(0) + "T" + p
		case "last":
			if p == "NI" {
				return i + 2, Time, f.shift(-1) + "TNI"
			}
		}
		return i, "", ""
	}
	if m, ok := months[n]; ok && f.capitalised(i+1) && !strings.HasSuffix(n, ".") {
		if !f.has {
			return i + 2, Date, "XXXX-" + two(m)
		}
		y := f.dct.Year()
		switch {
		case off < 0 && m >= int(f.dct.Month()):
			y--
		case off > 0 && m <= int(f.dct.Month()):
			y++
		}
		return i + 2, Date, ym(y, m)
	}
	u, ok := units[n]
	if !ok || strings.HasSuffix(n, "s") && u != "TS" {
		if s, ok := seasons[n]; ok && w != "past" {
			y := "XXXX"
			if f.has {
				yy := f.dct.Year() + off
				y = strconv.Itoa(yy)
			}
			return i + 2, Date, y + "-" + s
		}
		return i, "", ""
	}
	if w == "past" {
		switch u {
		case "Y", "M", "W", "D", "DE", "CE":
			return i + 2, Duration, period("1", u)
		}
		return i, "", ""
	}
	if w == "current" && u != "Q" && u != "Y" {
		return i, "", ""
	}
	if u == "Y" && w == "last" && f.earningsTalk(i) {
		// "$3 million last year", "from last year's $1.55 billion"
		switch p := f.w(i - 1); {
		case f.isNumber(i - 1), p == "million", p == "billion", p == "share", p == "cents",
			p == "from", p == "with", p == "than", f.w(i+2) == "'s" || f.w(i+2) == "’s":
			return i + 2, Date, f.yearAgoQuarter()
		}
	}
	switch u {
	case "D", "Y", "M", "W", "Q", "WE", "DE", "CE":
		return i + 2, Date, f.shiftUnit(u, off)
	}
	return i, "", ""
}

// quarterOf extends a quarter at token j with "of 2009", "of this
// year", "of last year"; q is the quarter's number.
func (f *finder) quarterOf(j, q int, val string) (int, string, string) {
	if f.w(j) != "of" {
		return j, Date, val
	}
	if y := f.year(j + 1); y > 0 {
		return j + 2, Date, f.quarter(q, y)
	}
	if f.w(j+2) == "year" {
		off, ok := map[string]int{"this": 0, "last": -1, "next": 1, "the": 0}[f.w(j+1)]
		if ok && f.w(j+1) != "the" {
			if !f.has {
				return j + 3, Date, "XXXX-Q" + strconv.Itoa(q)
			}
			return j + 3, Date, f.quarter(q, f.dct.Year()+off)
		}
	}
	return j, Date, val
}

var seasons = map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

// isFuture says whether the clause around token i speaks of the future:
// a future auxiliary ("will", "'ll", "shall", "is going to") or a word of
// plans and schedules ("planned", "scheduled", "set to", "until", "as
// soon as") within a few tokens before it, or a future auxiliary right
// after it. A speech verb right before the weekday ("said Monday they
// will ...") dates the speech, which is past.
func (f *finder) isFuture(i int) bool {
	p := i - 1
	if f.w(p) == "on" {
		p--
	}
	if p >= f.start && speechVerbs[f.w(p)] {
		return false
	}
	// "Wednesday's ruling": a weekday that names an event already known.
	if n := f.w(i + 1); n == "'s" || n == "’s" {
		return false
	}
	lo, hi := i-8, i+4
	if lo < f.start {
		lo = f.start
	}
	if hi > f.end {
		hi = f.end
	}
	for k := lo; k < hi; k++ {
		w := f.lw[k]
		switch {
		case w == "." || w == ";":
			if k < i {
				lo = k
			}
		case w == "going":
			if f.w(k+1) == "to" {
				return true
			}
		case w == "early" && f.w(k-1) == "as" && k < i:
			return true
		case w == "to" && k < i && (f.w(k-1) == "is" || f.w(k-1) == "are"):
			return true // "is to resume trading Tuesday"
		case futureCues[w]:
			// "had been due to expire Friday", "as previously planned":
			// a plan told as past is no future cue.
			if f.w(k-1) == "previously" || f.w(k-1) == "been" && f.w(k-2) == "had" || f.w(k-1) == "had" {
				continue
			}
			if k > i && !(w == "will" || w == "'ll" || w == "’ll" || w == "shall" || w == "wo") {
				continue // after the weekday only an auxiliary counts
			}
			if w == "set" && f.w(k+1) != "to" {
				continue
			}
			if (w == "until" || w == "till") && (k == f.start || f.w(k-1) == "up") {
				continue // "Until Thursday, they had not ...": a past span
			}
			return true
		}
	}
	return false
}

// isAbsolute says whether v is a calendar date with its year: 1996,
// 1996-10, 1996-10-23.
func isAbsolute(v string) bool {
	if len(v) != 4 && len(v) != 7 && len(v) != 10 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if (v[i] < '0' || v[i] > '9') && !(v[i] == '-' && (i == 4 || i == 7)) {
			return false
		}
	}
	return true
}

// refShift returns the last absolute date at the precision of unit u
// (Y, M, D), moved by n units, or "" when there is none that precise.
func (f *finder) refShift(u string, n int) string {
	r := f.ref
	need := map[string]int{"Y": 4, "M": 7, "D": 10}[u]
	if len(r) < need {
		return ""
	}
	t, err := time.Parse("2006-01-02"[:need], r[:need])
	if err != nil {
		return ""
	}
	switch u {
	case "Y":
		return strconv.Itoa(t.Year() + n)
	case "M":
		t = t.AddDate(0, n, 0)
		return ym(t.Year(), int(t.Month()))
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

// deadline says whether the date at token i is a deadline or a start
// ("by February", "effective Feb. 1"), which news sets in the future.
func (f *finder) deadline(i int) bool {
	p := f.w(i - 1)
	return p == "by" || p == "effective"
}

// withPart extends a date at token j with a part of day ("Friday
// morning" → 2023-05-05TMO).
func (f *finder) withPart(j int, val string) (int, string, string) {
	if p, ok := partsOfDay[f.w(j)]; ok {
		return j + 1, Time, val + "T" + p
	}
	return j, Date, val
}

func ampm(w string) byte {
	switch w {
	case "a.m.", "am", "a.m":
		return 'a'
	case "p.m.", "pm", "p.m":
		return 'p'
	}
	return 0
}

// clockAt extends a clock time ending before token j with a time zone
// and the day it names ("10 p.m. Wednesday", "12:00 UTC Monday", "noon
// today"); the day is the DCT's when none follows.
func (f *finder) clockAt(j, h, m int, ap byte) (int, string, string) {
	zone := ""
	if zones[f.w(j)] {
		if f.w(j) == "utc" || f.w(j) == "gmt" {
			zone = "Z"
		}
		j++
	}
	day := f.shift(0)
	switch w := f.w(j); w {
	case "today":
		j++
	case "yesterday":
		day = f.shift(-1)
		j++
	case "tomorrow":
		day = f.shift(1)
		j++
	default:
		if d, ok := weekdays[w]; ok && f.capitalised(j) {
			day = f.weekday(d, f.isFuture(j))
			j++
			break
		}
		// "5 p.m. EST Nov. 9"; after a comma ("16:15 UTC, June 1") the
		// date is an expression of its own, but still the time's day.
		k := j
		if w == "," {
			k++
		}
		if mo, ok := months[f.w(k)]; ok {
			if e, typ, val := f.monthFirst(k, mo); typ == Date && len(val) == 10 {
				day = val
				if k == j {
					j = e
				}
			}
		}
	}
	return j, Time, day + "T" + f.hm(h, m, ap) + zone
}

func (f *finder) hm(h, m int, ap byte) string {
	if ap == 'p' && h < 12 {
		h += 12
	}
	if ap == 'a' && h == 12 {
		h = 0
	}
	return two(h) + ":" + two(m)
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func ymd(y, m, d int) string { return strconv.Itoa(y) + "-" + two(m) + "-" + two(d) }
func ym(y, m int) string     { return strconv.Itoa(y) + "-" + two(m) }

func period(n, u string) string {
	if n != "X" && (u == "DE" || u == "CE") {
		k, _ := strconv.Atoi(n)
		if u == "DE" {
			return "P" + strconv.Itoa(10*k) + "Y"
		}
		return "P" + strconv.Itoa(100*k) + "Y"
	}
	if u[0] == 'T' {
		return "PT" + n + u[1:]
	}
	return "P" + n + u
}

func isoDay(d time.Weekday) int {
	if d == time.Sunday {
		return 7
	}
	return int(d)
}

// shift returns the DCT's date moved by days, or XXXX-XX-XX.
func (f *finder) shift(days int) string {
	if !f.has {
		return "XXXX-XX-XX"
	}
	return f.dct.AddDate(0, 0, days).Format("2006-01-02")
}

// shiftUnit returns the DCT's unit (week, month, ...) moved by n units.
func (f *finder) shiftUnit(u string, n int) string {
	if !f.has {
		switch u {
		case "D":
			return "XXXX-XX-XX"
		case "W":
			return "XXXX-WXX"
		case "WE":
			return "XXXX-WXX-WE"
		case "M":
			return "XXXX-XX"
		case "Q":
			return "XXXX-QX"
		case "DE":
			return "XXX"
		case "CE":
			return "XX"
		}
		return "XXXX"
	}
	t := f.dct
	switch u {
	case "D":
		return t.AddDate(0, 0, n).Format("2006-01-02")
	case "W", "WE":
		y, wk := t.AddDate(0, 0, 7*n).ISOWeek()
		s := strconv.Itoa(y) + "-W" + two(wk)
		if u == "WE" {
			s += "-WE"
		}
		return s
	case "M":
		t = time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return ym(t.Year(), int(t.Month()))
	case "Q":
		q := (int(t.Month())-1)/3 + n
		y := t.Year() + floorDiv(q, 4)
		return strconv.Itoa(y) + "-Q" + strconv.Itoa(q-4*floorDiv(q, 4)+1)
	case "DE":
		return strconv.Itoa(t.Year()/10 + n)
	case "CE":
		return strconv.Itoa(t.Year()/100 + n)
	}
	return strconv.Itoa(t.Year() + n)
}

func floorDiv(a, b int) int {
	if a < 0 {
		return -((-a + b - 1) / b)
	}
	return a / b
}

// recentQuarter is "the quarter" of business news: the last quarter that
// ended at least six weeks before the DCT is the one being reported.
func (f *finder) recentQuarter() string {
	if !f.has {
		return "XXXX-QX"
	}
	t := f.dct.AddDate(0, 0, -45)
	return strconv.Itoa(t.Year()) + "-Q" + strconv.Itoa((int(t.Month())-1)/3+1)
}

// quarterTalk says whether the current sentence speaks of quarters, as
// earnings reports do: "a year earlier" there is the year-ago quarter.
func (f *finder) quarterTalk(i int) bool {
	for k := f.start; k < f.end; k++ {
		if strings.Contains(f.lw[k], "quarter") {
			return true
		}
	}
	return f.earningsTalk(i)
}

// earningsTalk says whether token i stands in an earnings comparison: the
// document has spoken of quarters before it and its sentence gives
// amounts ("$1.12 a share, a year ago"). Such reports compare quarters,
// so "a year ago" and "last year" there are the year-ago quarter.
func (f *finder) earningsTalk(i int) bool {
	if f.firstQuarter < 0 || f.firstQuarter > i {
		return false
	}
	for k := f.start; k < f.end; k++ {
		switch f.lw[k] {
		case "$", "cents", "share", "million", "billion", "%":
			return true
		}
	}
	return false
}

// yearAgoQuarter is "the year-earlier quarter": recentQuarter a year
// back.
func (f *finder) yearAgoQuarter() string {
	q := f.recentQuarter()
	if !f.has {
		return q
	}
	y, _ := strconv.Atoi(q[:4])
	return strconv.Itoa(y-1) + q[4:]
}

// quarter returns quarter q of year y, or of the DCT's year when y < 0.
func (f *finder) quarter(q, y int) string {
	if y < 0 {
		if !f.has {
			return "XXXX-Q" + strconv.Itoa(q)
		}
		y = f.dct.Year()
	}
	return strconv.Itoa(y) + "-Q" + strconv.Itoa(q)
}

// weekday returns the nearest day d on or before the DCT (past) or after
// it (future).
func (f *finder) weekday(d time.Weekday, future bool) string {
	if !f.has {
		return "XXXX-WXX-" + strconv.Itoa(isoDay(d))
	}
	delta := int(d) - int(f.dct.Weekday())
	if future {
		if delta <= 0 {
			delta += 7
		}
	} else if delta > 0 {
		delta -= 7
	}
	return f.dct.AddDate(0, 0, delta).Format("2006-01-02")
}

// nearestDay resolves month m day d, a date the text gives without its
// year. News reports the past and announces the near future: with no
// future cue around it the date is the latest one no more than eleven
// weeks after the DCT ("In the year ended March 31", "the Oct. 23
// slaying", "payable Dec. 15"); with one, the first one no more than a
// month before it ("will be heard on June 1").
func (f *finder) nearestDay(m, d int, future bool) string {
	if !f.has {
		return "XXXX-" + two(m) + "-" + two(d)
	}
	y := f.dct.Year()
	at := func(y int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	if future {
		for at(y).Before(f.dct.AddDate(0, 0, -31)) {
			y++
		}
		for at(y - 1).After(f.dct.AddDate(0, 0, -31)) {
			y--
		}
		return ymd(y, m, d)
	}
	for at(y).After(f.dct.AddDate(0, 0, 77)) {
		y--
	}
	for !at(y + 1).After(f.dct.AddDate(0, 0, 77)) {
		y++
	}
	return ymd(y, m, d)
}

// nearestMonth resolves a month the text names without its year, as
// nearestDay does: the latest one up to three months after the DCT's, or
// with a future cue the first one from a month before it.
func (f *finder) nearestMonth(m int, future bool) string {
	if !f.has {
		return "XXXX-" + two(m)
	}
	dm := f.dct.Year()*12 + int(f.dct.Month()) - 1
	y := f.dct.Year()
	idx := func(y int) int { return y*12 + m - 1 }
	if future {
		for idx(y) < dm-1 {
			y++
		}
		for idx(y-1) >= dm-1 {
			y--
		}
		return ym(y, m)
	}
	for idx(y) > dm+3 {
		y--
	}
	for idx(y+1) <= dm+3 {
		y++
	}
	return ym(y, m)
}
