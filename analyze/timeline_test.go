package analyze

import (
	"strings"
	"testing"
	"time"

	"dossier"
)

// The fixtures are fictional: an explosion at a harbour depot, reported
// by outlets whose articles carry no usable date.

const depotWeekday = `Harbour master Ilse Varga said on Friday that the explosion on Tuesday destroyed two cranes.

The depot had reopened in March 2019 after repairs, the port authority said.`

const depotDay = `Investigators are still examining the explosion of June 6 at the Lastovo depot.

The blast earlier this month killed nobody, the fire service said.`

// analysed runs the statements and times stages over fictional articles
// and puts them in one story.
func analysed(t *testing.T, arts ...*dossier.Article) *dossier.Dossier {
	t.Helper()
	p := New(Statements{}, Times{})
	d := &dossier.Dossier{Analyses: map[string]*dossier.Analysis{}}
	st := dossier.Story{ID: "story-1"}
	for _, a := range arts {
		an, err := p.Analyze(a)
		if err != nil {
			t.Fatal(err)
		}
		d.Articles = append(d.Articles, a)
		d.Analyses[a.ID] = an
		st.Articles = append(st.Articles, a.ID)
	}
	d.Stories = []dossier.Story{st}
	return d
}

func when(an *dossier.Analysis, timeText string) string {
	for _, st := range an.Statements {
		if strings.Contains(st.TimeText, timeText) {
			return st.When
		}
	}
	return "?"
}

func TestInferDates(t *testing.T) {
	now := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	published := time.Date(2023, 6, 9, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name       string
		arts       []*dossier.Article
		id         string // the article checked
		earliest   string
		latest     string
		basis      string // a substring of one basis line
		friday     string // When of the statement made "on Friday"
		noInferred bool
	}{
		{
			// Neither article is dated: one gives the day without a year,
			// the other the weekday; 2023 is the latest year before now
			// in which June 6 is a Tuesday.
			name: "story combines day and weekday",
			arts: []*dossier.Article{
				{ID: "a", Text: depotWeekday},
				{ID: "b", Text: depotDay},
			},
			id: "a", earliest: "2023-06-09", latest: "2023-06-12",
			basis: "2023 is the latest year up to 2026-11-23", friday: "2023-06-09",
		},
		{
			name: "month of the incident bounds the other article",
			arts: []*dossier.Article{
				{ID: "a", Text: depotWeekday},
				{ID: "b", Text: depotDay},
			},
			id: "b", earliest: "2023-06-06", latest: "2023-06-30",
			basis: `"earlier this month" dates the incident`, friday: "?",
		},
		{
			// A dated article of the story dates the incident.
			name: "dated article anchors the story",
			arts: []*dossier.Article{
				{ID: "a", Text: depotWeekday},
				{ID: "c", Published: &published, Text: "The explosion on Tuesday was heard across the bay, witnesses said."},
			},
			id: "a", earliest: "2023-06-09", latest: "2023-06-12",
			basis: "dated 2023-06-06", friday: "2023-06-09",
		},
		{
			// The day alone gives no year, and the article's own dated
			// past ("March 2019") only a lower bound: no upper bound, and
			// no statement day.
			name: "no weekday, no year",
			arts: []*dossier.Article{{ID: "a", Text: depotWeekday}},
			id:   "a", earliest: "2019-03-01", latest: "",
			basis: `"March 2019"`, friday: "",
		},
		{
			// One article gives the weekday and the day together: the
			// year follows, but a full date stays true long after, so no
			// upper bound, and "on Friday" names no one day.
			name: "weekday and day in one article",
			arts: []*dossier.Article{{ID: "a", Text: "Harbour master Ilse Varga said on Friday that the explosion on Tuesday, June 6 destroyed two cranes."}},
			id:   "a", earliest: "2023-06-09", latest: "",
			basis: `"Tuesday, June 6" (article a) gives the day`, friday: "",
		},
		{
			name:       "nothing to go on",
			arts:       []*dossier.Article{{ID: "b", Text: "Investigators are still examining the explosion of June 6."}},
			id:         "b",
			noInferred: true,
		},
		{
			name:       "dated article is left alone",
			arts:       []*dossier.Article{{ID: "c", Published: &published, Text: "The explosion on Tuesday was heard across the bay."}},
			id:         "c",
			noInferred: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := analysed(t, tc.arts...)
			InferDates(d, now)
			var a *dossier.Article
			for _, x := range d.Articles {
				if x.ID == tc.id {
					a = x
				}
			}
			b := a.PublishedInferred
			if tc.noInferred {
				if b != nil {
					t.Fatalf("inferred %+v, want none", *b)
				}
				return
			}
			if b == nil {
				t.Fatal("nothing inferred")
			}
			if b.Earliest != tc.earliest || b.Latest != tc.latest {
				t.Errorf("bounds [%s, %s], want [%s, %s]; basis %q", b.Earliest, b.Latest, tc.earliest, tc.latest, b.Basis)
			}
			if !strings.Contains(strings.Join(b.Basis, "\n"), tc.basis) {
				t.Errorf("basis %q lacks %q", b.Basis, tc.basis)
			}
			if a.Published != nil {
				t.Errorf("Published set to %v: it must stay unknown", a.Published)
			}
			if got := when(d.Analyses[tc.id], "Friday"); got != tc.friday {
				t.Errorf("When of the Friday statement %q, want %q", got, tc.friday)
			}
		})
	}
}

func TestTimelines(t *testing.T) {
	d := analysed(t, &dossier.Article{ID: "a", Text: depotWeekday}, &dossier.Article{ID: "b", Text: depotDay})
	InferDates(d, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
	Timelines(d)
	tl := d.Stories[0].Timeline
	var got []string
	texts := map[string]string{"a": depotWeekday, "b": depotDay}
	for _, e := range tl {
		got = append(got, e.Date+" "+e.Kind+" "+e.Article+" "+e.Text)
		ev := e.Span.Of(texts[e.Article])
		if e.Kind == dossier.TimelineStatement && !strings.Contains(texts[e.Article], e.Summary) || e.Kind != dossier.TimelineStatement && ev != e.Text {
			t.Errorf("%+v: evidence span holds %q", e, ev)
		}
		// A date with its own year does not rest on the inferred
		// publication date; the others do.
		if e.Inferred == strings.Contains(e.Text, "2019") {
			t.Errorf("%+v: Inferred %v", e, e.Inferred)
		}
	}
	want := []string{
		"2019-03 event a March 2019",
		"2023-06 incident b earlier this month",
		"2023-06-06 incident a Tuesday",
		"2023-06-06 incident b June 6",
		"2023-06-09 statement a on Friday",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("timeline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestIncidentExpressions(t *testing.T) {
	tests := []struct {
		sentence string
		incident []string // the expressions that date the incident
	}{
		{"The attack on Wednesday killed two guards.", []string{"Wednesday"}},
		{"Wednesday's attack killed two guards.", []string{"Wednesday"}},
		{"The May 3 drone attack hit the roof.", []string{"May 3"}},
		{"A drone attack on the palace earlier this month failed.", []string{"earlier this month"}},
		{"The attack, officials said on Thursday, was planned.", nil},
		{"Kirby said on Thursday that talks would go on.", nil},
		{"On Friday attack helicopters flew over the city after the raid.", nil},
	}
	for _, tc := range tests {
		d := analysed(t, &dossier.Article{ID: "x", Text: tc.sentence})
		var got []string
		for _, x := range d.Analyses["x"].Times {
			if x.Incident {
				got = append(got, x.Text)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.incident, "|") {
			t.Errorf("%q: incident expressions %q, want %q", tc.sentence, got, tc.incident)
		}
	}
}
