package analyze

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"dossier"
	"dossier/text"
	"dossier/timex"
)

// incidentNouns are the words for the event a contested-incident story
// reports. A time expression right after one ("the attack on Wednesday",
// "the incident on May 3", "a drone attack on the Kremlin earlier this
// month") dates the incident.
var incidentNouns = map[string]bool{
	"attack": true, "incident": true, "strike": true, "explosion": true, "blast": true,
	"bombing": true, "shooting": true, "raid": true, "assault": true, "crash": true,
	"killing": true, "assassination": true, "ambush": true, "shelling": true,
	"massacre": true, "coup": true, "cyberattack": true, "hack": true, "sabotage": true,
	"collision": true, "sinking": true, "shootdown": true, "downing": true,
	"episode": true, "operation": true, "invasion": true, "poisoning": true,
}

// incidentWindow is how many tokens before a time expression an incident
// noun may stand and still be what the expression dates.
const incidentWindow = 6

// timeExprs converts timex expressions to the domain's, marking those
// that date an incident noun in the same sentence: one right after them
// ("Wednesday's attack"), or one up to six tokens before them, with no
// comma, semicolon or speech verb between ("the attack, officials said
// on Thursday" does not date the attack).
func timeExprs(doc *text.Doc, exprs []timex.Expr) []dossier.TimeExpr {
	out := make([]dossier.TimeExpr, len(exprs))
	for i, x := range exprs {
		out[i] = dossier.TimeExpr{Span: x.Span, Text: x.Text, Type: x.Type, Value: x.Value, Incident: incidentBefore(doc, x.Span)}
	}
	return out
}

func incidentBefore(doc *text.Doc, sp dossier.Span) bool {
	k := doc.TokenAt(sp.Start)
	si := doc.SentenceAt(sp.Start)
	if si >= len(doc.Sentences) {
		return false
	}
	// "Wednesday's attack", "the May 3 drone attack": the noun may also
	// follow, after a possessive and one modifier at most.
	// The expression then modifies the noun: a possessive, or a
	// determiner before it ("the May 3 attack"), says so; "On Friday
	// attack helicopters flew" has neither.
	end := doc.Sentences[si].EndToken
	first := doc.Sentences[si].FirstToken
	t := doc.TokenAt(sp.End)
	det := false
	if k > first {
		switch strings.ToLower(doc.Tokens[k-1].Text(doc.Text)) {
		case "the", "a", "an", "this", "that":
			det = true
		}
	}
	if t < end {
		if w := doc.Tokens[t].Text(doc.Text); w == "'s" || w == "’s" {
			t++
			det = true
		}
		for n := 0; det && n < 2 && t < end && doc.Tokens[t].Kind == text.Word; n, t = n+1, t+1 {
			if incidentNouns[strings.ToLower(doc.Tokens[t].Text(doc.Text))] {
				return true
			}
		}
	}
	for t := k - 1; t >= first && t >= k-incidentWindow; t-- {
		w := strings.ToLower(doc.Tokens[t].Text(doc.Text))
		switch {
		case w == "," || w == ";" || w == ":" || speechWords[w]:
			return false
		case incidentNouns[w]:
			return true
		}
	}
	return false
}

// speechWords end the search for an incident noun: what stands before
// them is a speaker's, not the incident's ("the attack, he said Monday").
var speechWords = map[string]bool{"said": true, "says": true, "told": true, "denied": true, "announced": true}

// dayAt returns the one-day value (YYYY-MM-DD) of the expression that
// overlaps sp, or "".
func dayAt(times []dossier.TimeExpr, sp dossier.Span) string {
	if sp.Len() == 0 {
		return ""
	}
	for _, x := range times {
		if x.Span.Start < sp.End && sp.Start < x.Span.End {
			if (x.Type == timex.Date || x.Type == timex.Time) && isDay(x.Value[:min(10, len(x.Value))]) {
				return x.Value[:10]
			}
			return ""
		}
	}
	return ""
}

// isDay says whether v is a full calendar date, YYYY-MM-DD.
func isDay(v string) bool {
	if len(v) != 10 {
		return false
	}
	_, err := time.Parse("2006-01-02", v)
	return err == nil
}

// start returns the first day of the period a TimeML date value names
// (1998, 1998-10, 1998-10-23, 1998-W43, 1998-Q3, 1998-10-23T10:00), and
// whether it names one.
func start(v string) (time.Time, bool) {
	if len(v) > 10 && v[10] == 'T' {
		v = v[:10]
	}
	if t, err := time.Parse("2006-01-02", v); err == nil && len(v) == 10 {
		return t, true
	}
	if len(v) < 4 {
		return time.Time{}, false
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil || y < 1000 {
		return time.Time{}, false
	}
	rest := v[4:]
	switch {
	case rest == "":
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), true
	case len(rest) == 3 && rest[0] == '-' && rest[1] >= '0' && rest[1] <= '1':
		m, err := strconv.Atoi(rest[1:])
		if err == nil && m >= 1 && m <= 12 {
			return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), true
		}
	case len(rest) == 4 && rest[:2] == "-W":
		w, err := strconv.Atoi(rest[2:])
		if err == nil && w >= 1 && w <= 53 {
			// ISO week 1 holds January 4.
			t := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
			t = t.AddDate(0, 0, -((int(t.Weekday())+6)%7)+7*(w-1))
			return t, true
		}
	case len(rest) == 3 && rest[:2] == "-Q":
		q := int(rest[2] - '0')
		if q >= 1 && q <= 4 {
			return time.Date(y, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}

// contains says whether the period a TimeML value names contains day; ok
// is false for a value that names no period (X forms, references,
// durations).
func contains(v string, day time.Time) (in, ok bool) {
	s, ok := start(v)
	if !ok {
		return false, false
	}
	if len(v) > 10 && v[10] == 'T' {
		v = v[:10]
	}
	var end time.Time
	switch {
	case len(v) == 10:
		end = s.AddDate(0, 0, 1)
	case len(v) == 4:
		end = s.AddDate(1, 0, 0)
	case strings.Contains(v, "-W"):
		end = s.AddDate(0, 0, 7)
	case strings.Contains(v, "-Q"):
		end = s.AddDate(0, 3, 0)
	default:
		end = s.AddDate(0, 1, 0)
	}
	return !day.Before(s) && day.Before(end), true
}

// dayRelative says whether a time expression's day depends on the day it
// is read from: a weekday, yesterday, today, tonight, tomorrow.
func dayRelative(s string) bool {
	s = strings.ToLower(s)
	for _, w := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "tomorrow"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// weekdayIn returns the ISO number of the weekday s names (1 Monday ...
// 7 Sunday), or 0.
func weekdayIn(s string) int {
	s = strings.ToLower(s)
	for i, w := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if strings.Contains(s, w) {
			return i + 1
		}
	}
	return 0
}

// inferWindow is how many days after its earliest possible day an
// undated article's publication is sought; a bound that falls at the end
// of the window is left open.
const inferWindow = 62

// earliestYear is the first year a news article's date may be: ingest
// treats earlier dates as placeholders.
const earliestYear = 1990

// InferDates bounds the publication date of every article whose date is
// unknown, from what its text and its story say, and dates its
// statements and time expressions where the bounds leave one day only.
//
// The story's incident is dated first: by the incident expressions of its
// dated articles ("the attack on Wednesday" read against their dates), or,
// when none is dated, by combining what the undated ones give: a day
// without a year ("the incident on May 3") and a weekday ("the attack on
// Wednesday") fix the year as the latest one, up to the ingest date, in
// which that day falls on that weekday. An undated article reporting the
// incident was published on or after it, and on or after the latest past
// date it gives with a year. Its publication day is then any day in the
// window from there for which its own relative expressions still read
// true: those that date the incident must name a period holding the
// incident's day, and a statement dated by a weekday ("Kirby said on
// Thursday") is not older than the incident. The bounds are the first
// and last such days; the precision is what these constraints give,
// never more. Published itself stays nil.
func InferDates(d *dossier.Dossier, now time.Time) {
	byID := make(map[string]*dossier.Article, len(d.Articles))
	for _, a := range d.Articles {
		byID[a.ID] = a
	}
	groups := make([][]*dossier.Article, 0, len(d.Stories))
	seen := map[string]bool{}
	for _, s := range d.Stories {
		var g []*dossier.Article
		for _, id := range s.Articles {
			if a := byID[id]; a != nil {
				g = append(g, a)
				seen[id] = true
			}
		}
		groups = append(groups, g)
	}
	for _, a := range d.Articles {
		if !seen[a.ID] {
			groups = append(groups, []*dossier.Article{a})
		}
	}
	for _, g := range groups {
		// Nothing is published after it is ingested: the incident not
		// after the first of its articles was, each article not after
		// it was itself.
		upper := now
		for _, a := range g {
			if !a.IngestedAt.IsZero() && a.IngestedAt.Before(upper) {
				upper = a.IngestedAt
			}
		}
		inc, basis := storyIncident(g, d.Analyses, day(upper))
		for _, a := range g {
			if an := d.Analyses[a.ID]; a.Published == nil && an != nil {
				own := now
				if !a.IngestedAt.IsZero() && a.IngestedAt.Before(own) {
					own = a.IngestedAt
				}
				inferArticle(a, an, inc, basis, day(own))
			}
		}
	}
}

func day(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }

const dayLayout = "2006-01-02"

// storyIncident dates a story's incident, and says how; the zero time
// when its articles do not date it.
func storyIncident(g []*dossier.Article, analyses map[string]*dossier.Analysis, upper time.Time) (time.Time, string) {
	count := map[string]int{}
	from := map[string]string{}
	var partDay, partWeekday dossier.TimeExpr
	var partDayArt, partWeekdayArt string
	for _, a := range g {
		an := analyses[a.ID]
		if an == nil {
			continue
		}
		for _, x := range an.Times {
			// A clock time alone ("at 01:37") is read on the publication
			// day: it does not say which day the incident was.
			if !x.Incident || x.Type != timex.Date && !(x.Type == timex.Time && dayRelative(x.Text)) {
				continue
			}
			v := x.Value[:min(10, len(x.Value))]
			switch {
			case isDay(v):
				count[v]++
				if from[v] == "" {
					from[v] = fmt.Sprintf("%q in article %s", x.Text, a.ID)
				}
			case a.Published == nil && strings.HasPrefix(v, "XXXX-W") && len(v) == 10 && partWeekday.Text == "":
				partWeekday, partWeekdayArt = x, a.ID
			case a.Published == nil && strings.HasPrefix(v, "XXXX-") && isDay("2000"+v[4:]) && partDay.Text == "":
				partDay, partDayArt = x, a.ID
				// "the attack on Wednesday, May 3" gives both.
				if wd := weekdayIn(x.Text); wd > 0 && partWeekday.Text == "" {
					partWeekday, partWeekdayArt = x, a.ID
					partWeekday.Value = "XXXX-WXX-" + strconv.Itoa(wd)
				}
			}
		}
	}
	if len(count) > 0 {
		best := ""
		for v, n := range count {
			if best == "" || n > count[best] || n == count[best] && v < best {
				best = v
			}
		}
		t, _ := time.Parse(dayLayout, best)
		return t, fmt.Sprintf("the story's incident is dated %s by %s", best, from[best])
	}
	if partDay.Text == "" || partWeekday.Text == "" {
		return time.Time{}, ""
	}
	m, _ := strconv.Atoi(partDay.Value[5:7])
	dd, _ := strconv.Atoi(partDay.Value[8:10])
	wd := int(partWeekday.Value[9] - '0') // ISO: 1 Monday ... 7 Sunday
	for y := upper.Year(); y >= earliestYear; y-- {
		t := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
		if t.After(upper) || t.Month() != time.Month(m) {
			continue
		}
		if (int(t.Weekday())+6)%7+1 == wd {
			return t, fmt.Sprintf("the story's incident is dated %s: %q (article %s) gives the day, %q (article %s) the weekday, "+
				"and %d is the latest year up to %s in which that day is a %s",
				t.Format(dayLayout), partDay.Text, partDayArt, partWeekday.Text, partWeekdayArt, y, upper.Format(dayLayout), t.Weekday())
		}
	}
	return time.Time{}, ""
}

// inferArticle bounds the publication date of one undated article; inc
// is its story's incident day (zero when unknown).
func inferArticle(a *dossier.Article, an *dossier.Analysis, inc time.Time, incBasis string, upper time.Time) {
	var basis []string
	lo := time.Time{}
	if !inc.IsZero() {
		lo = inc
		basis = append(basis, incBasis+"; an article reporting it was published on or after it")
	}
	// The latest past date the text gives with its year.
	var latest time.Time
	latestText := ""
	for _, x := range an.Times {
		if x.Type != timex.Date || strings.Contains(x.Value, "X") {
			continue
		}
		s, ok := start(x.Value)
		if !ok || s.After(upper) || s.Year() < earliestYear || futureSentence(a.Text, x.Span) {
			continue
		}
		if s.After(latest) {
			latest, latestText = s, x.Text
		}
	}
	if !latest.IsZero() && latest.After(lo) {
		lo = latest
		basis = append(basis, fmt.Sprintf("the text dates a past event %q (from %s): published on or after it", latestText, latest.Format(dayLayout)))
	}
	if lo.IsZero() {
		return
	}
	if inc.IsZero() {
		// No anchor for the relative expressions: the lower bound alone.
		a.PublishedInferred = &dossier.DateBounds{Earliest: lo.Format(dayLayout), Basis: basis}
		return
	}
	end := lo.AddDate(0, 0, inferWindow)
	if end.After(upper) {
		end = upper
	}
	doc := relativeSentences(text.NewDoc(a.Text), an.Times)
	type reading struct {
		day    time.Time
		values map[dossier.Span]string
	}
	var fits []reading
	// holds records, per constraining expression, the days it allows.
	type constraint struct {
		text, what     string
		first, last    time.Time
		excludedAny    bool
		allowedAnyDays bool
	}
	cons := map[dossier.Span]*constraint{}
	var order []dossier.Span
	note := func(x dossier.TimeExpr, what string, ok bool, d time.Time) {
		c := cons[x.Span]
		if c == nil {
			c = &constraint{text: x.Text, what: what}
			cons[x.Span] = c
			order = append(order, x.Span)
		}
		if !ok {
			c.excludedAny = true
			return
		}
		if !c.allowedAnyDays {
			c.first = d
		}
		c.allowedAnyDays = true
		c.last = d
	}
	for d := lo; !d.After(end); d = d.AddDate(0, 0, 1) {
		times := timeExprs(doc, timex.Find(doc, d))
		fit := true
		for _, x := range times {
			switch {
			case x.Incident:
				if in, ok := contains(x.Value, inc); ok {
					note(x, "dates the incident", in, d)
					fit = fit && in
				}
			case dayRelative(x.Text) && statementAt(an.Statements, x.Span):
				if s, ok := start(x.Value); ok {
					in := !s.Before(inc)
					note(x, "dates a statement, which is not older than the incident", in, d)
					fit = fit && in
				}
			}
		}
		if fit {
			r := reading{day: d, values: map[dossier.Span]string{}}
			for _, x := range times {
				r.values[x.Span] = x.Value
			}
			fits = append(fits, r)
		}
	}
	b := &dossier.DateBounds{Earliest: lo.Format(dayLayout), Basis: basis}
	a.PublishedInferred = b
	if len(fits) == 0 {
		b.Basis = append(b.Basis, "its relative dates fit no single publication day after that; no upper bound")
		return
	}
	said := map[string]bool{}
	for _, sp := range order {
		c := cons[sp]
		if !c.excludedAny || !c.allowedAnyDays {
			continue
		}
		line := fmt.Sprintf("%q %s: published on or after %s", c.text, c.what, c.first.Format(dayLayout))
		if c.last.Before(end) {
			line = fmt.Sprintf("%q %s: published from %s to %s", c.text, c.what, c.first.Format(dayLayout), c.last.Format(dayLayout))
		}
		if !said[line] {
			said[line] = true
			b.Basis = append(b.Basis, line)
		}
	}
	b.Earliest = fits[0].day.Format(dayLayout)
	if last := fits[len(fits)-1].day; last.Before(end) || end.Equal(upper) {
		b.Latest = last.Format(dayLayout)
	}
	if end.Equal(upper) && !fits[len(fits)-1].day.Before(end) {
		b.Basis = append(b.Basis, "not after it was ingested ("+upper.Format(dayLayout)+")")
	}
	// Values that every fitting day reads alike are as good as stated.
	for i := range an.Times {
		x := &an.Times[i]
		if !strings.Contains(x.Value, "X") {
			continue
		}
		v := fits[0].values[x.Span]
		same := v != "" && !strings.Contains(v, "X")
		for _, r := range fits[1:] {
			same = same && r.values[x.Span] == v
		}
		if same {
			x.Value = v
		}
	}
	for i := range an.Statements {
		st := &an.Statements[i]
		if st.When == "" {
			st.When = dayAt(an.Times, st.TimeSpan)
		}
	}
}

// relativeSentences returns doc with only the sentences that hold an
// expression whose value depends on the publication date (an X form):
// the others read alike on every day tried, so InferDates need not read
// them again.
func relativeSentences(doc *text.Doc, times []dossier.TimeExpr) *text.Doc {
	keep := make([]text.Sentence, 0, 8)
	for _, s := range doc.Sentences {
		for _, x := range times {
			if x.Span.Start >= s.Span.Start && x.Span.End <= s.Span.End && strings.Contains(x.Value, "X") {
				keep = append(keep, s)
				break
			}
		}
	}
	sub := *doc
	sub.Sentences = keep
	return &sub
}

// statementAt says whether sp is the time phrase of a statement.
func statementAt(sts []dossier.Statement, sp dossier.Span) bool {
	for _, st := range sts {
		if st.TimeSpan.Len() > 0 && st.TimeSpan.Start < sp.End && sp.Start < st.TimeSpan.End {
			return true
		}
	}
	return false
}

// futureSentence says whether the sentence around sp speaks of the
// future, so that a date in it is not a past one.
func futureSentence(txt string, sp dossier.Span) bool {
	lo := strings.LastIndexAny(txt[:sp.Start], ".!?\n")
	hi := strings.IndexAny(txt[sp.End:], ".!?\n")
	if hi < 0 {
		hi = len(txt) - sp.End
	}
	s := " " + strings.ToLower(txt[lo+1:sp.End+hi]) + " "
	for _, w := range []string{" will ", "'ll ", "’ll ", " shall ", " next ", " upcoming ", " scheduled ", " due ", " planned ", " expected "} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// Timelines fills each story's Timeline: its articles' dated incident
// expressions, the other expressions that date an event to a period, and
// its dated statements, in order of date (earliest first; a coarser date
// before the finer ones it holds), each with its evidence span. Undated
// articles contribute what InferDates resolved for them, marked Inferred.
func Timelines(d *dossier.Dossier) {
	byID := make(map[string]*dossier.Article, len(d.Articles))
	for _, a := range d.Articles {
		byID[a.ID] = a
	}
	for si := range d.Stories {
		s := &d.Stories[si]
		s.Timeline = s.Timeline[:0]
		for _, id := range s.Articles {
			a, an := byID[id], d.Analyses[id]
			if a == nil || an == nil {
				continue
			}
			s.Timeline = append(s.Timeline, articleTimeline(a, an)...)
		}
		sort.SliceStable(s.Timeline, func(i, j int) bool {
			a, b := s.Timeline[i], s.Timeline[j]
			sa, _ := start(a.Date)
			sb, _ := start(b.Date)
			if !sa.Equal(sb) {
				return sa.Before(sb)
			}
			return len(a.Date) < len(b.Date)
		})
		if len(s.Timeline) == 0 {
			s.Timeline = nil
		}
	}
}

// articleTimeline returns one article's timeline entries: its dated
// statements and its expressions with an absolute date or period.
func articleTimeline(a *dossier.Article, an *dossier.Analysis) []dossier.TimelineEntry {
	var out []dossier.TimelineEntry
	inferred := a.Published == nil
	sentence := func(sp dossier.Span) string {
		for _, s := range an.Sentences {
			if s.Start <= sp.Start && sp.End <= s.End {
				return s.Of(a.Text)
			}
		}
		return ""
	}
	for _, st := range an.Statements {
		if st.When == "" {
			continue
		}
		out = append(out, dossier.TimelineEntry{
			Date: st.When, Kind: dossier.TimelineStatement, Text: st.TimeText, Summary: st.Text,
			Article: a.ID, Span: st.Content, Statement: st.ID, Inferred: inferred,
		})
	}
	for _, x := range an.Times {
		if x.Type != timex.Date && x.Type != timex.Time || statementAt(an.Statements, x.Span) {
			continue
		}
		v := x.Value
		if len(v) > 10 && v[10] == 'T' {
			v = v[:10]
		}
		if _, ok := start(v); !ok || strings.Contains(v, "X") {
			continue
		}
		e := dossier.TimelineEntry{
			Date: v, Kind: dossier.TimelineEvent, Text: x.Text, Summary: sentence(x.Span),
			Article: a.ID, Span: x.Span, Inferred: inferred && !absolute(x.Text),
		}
		if x.Incident {
			e.Kind = dossier.TimelineIncident
		}
		for _, c := range an.Claims {
			if c.Evidence.Start <= x.Span.Start && x.Span.End <= c.Evidence.End {
				e.Claim = c.ID
				break
			}
		}
		out = append(out, e)
	}
	return out
}

// absolute says whether a time expression carries its own year, so that
// its date does not rest on the publication date.
func absolute(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if s[i] >= '1' && s[i] <= '2' && isDigits(s[i:i+4]) && (i+4 == len(s) || s[i+4] < '0' || s[i+4] > '9') && (i == 0 || s[i-1] < '0' || s[i-1] > '9') {
			return true
		}
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
