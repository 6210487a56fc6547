package story

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"dossier"
)

// groups returns the stories as sets of article IDs, keyed by story ID.
func groups(c *Clusterer) map[string][]string {
	out := make(map[string][]string)
	for _, s := range c.Stories() {
		out[s.ID] = s.Articles
	}
	return out
}

// storyOf returns the story that holds article id, or "".
func storyOf(c *Clusterer, id string) string {
	for _, s := range c.Stories() {
		if slices.Contains(s.Articles, id) {
			return s.ID
		}
	}
	return ""
}

func TestClusterer(t *testing.T) {
	cases := []struct {
		name     string
		opts     Options
		articles []*dossier.Article
		together [][]string // each list must be one story
		apart    []string   // each of these in a different story
		copies   map[string]string
	}{
		{
			name:     "two outlets on one dam explosion, a football match and unrelated news",
			articles: []*dossier.Article{damHerald, matchSport, damWire, techLaunch, matchGazette, wildfire},
			together: [][]string{{"dam-herald", "dam-wire"}, {"match-sport", "match-gazette"}},
			apart:    []string{"dam-herald", "match-sport", "tech-launch", "wildfire"},
		},
		{
			name:     "a republication is a copy and joins its original's story",
			articles: []*dossier.Article{damHerald, matchSport, damCopy, damWire},
			together: [][]string{{"dam-herald", "dam-copy", "dam-wire"}},
			apart:    []string{"dam-herald", "match-sport"},
			copies:   map[string]string{"dam-copy": "dam-herald"},
		},
		{
			name:     "no copy detection",
			opts:     Options{CopyDistance: -1},
			articles: []*dossier.Article{damHerald, damCopy},
			together: [][]string{{"dam-herald", "dam-copy"}},
			copies:   map[string]string{},
		},
		{
			// The reports of a missing ferry and those of wreckage on a
			// reef form two stories until reports say the wreck is the
			// ferry. The default merge threshold, measured on ECB+
			// where many stories have a near twin, is strict; a lower
			// one lets the bridging reports merge the two.
			name: "bridging reports merge two stories of one event",
			opts: Options{MergeThreshold: 0.3},
			articles: []*dossier.Article{ferryMissing1, reefWreck1, ferryMissing2, reefWreck2,
				ferryBridge, ferryBridge2, ferryBridge3},
			together: [][]string{{"ferry-missing-1", "ferry-missing-2", "reef-wreck-1", "reef-wreck-2", "ferry-bridge"}},
		},
		{
			name:     "without the bridge the two halves stay apart",
			opts:     Options{MergeThreshold: 0.3},
			articles: []*dossier.Article{ferryMissing1, reefWreck1, ferryMissing2, reefWreck2},
			together: [][]string{{"ferry-missing-1", "ferry-missing-2"}, {"reef-wreck-1", "reef-wreck-2"}},
			apart:    []string{"ferry-missing-1", "reef-wreck-1"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := New(tc.opts)
			for _, a := range tc.articles {
				if id := c.Add(a, nil); id == "" {
					t.Fatalf("Add(%s) returned no story", a.ID)
				}
			}
			for _, want := range tc.together {
				s := storyOf(c, want[0])
				for _, id := range want[1:] {
					if got := storyOf(c, id); got != s {
						t.Errorf("%s is in %s, %s in %s; want one story\nstories: %v", want[0], s, id, got, groups(c))
					}
				}
			}
			seen := make(map[string]string)
			for _, id := range tc.apart {
				s := storyOf(c, id)
				if other, ok := seen[s]; ok {
					t.Errorf("%s and %s are both in %s; want apart\nstories: %v", other, id, s, groups(c))
				}
				seen[s] = id
			}
			for copyID, orig := range tc.copies {
				if got := c.CopyOf(copyID); got != orig {
					t.Errorf("CopyOf(%s) = %q, want %q", copyID, got, orig)
				}
			}
			if tc.copies != nil && len(tc.copies) == 0 {
				for _, a := range tc.articles {
					if got := c.CopyOf(a.ID); got != "" {
						t.Errorf("CopyOf(%s) = %q with copy detection off", a.ID, got)
					}
				}
			}
		})
	}
}

func TestStorySummary(t *testing.T) {
	c := New(DefaultOptions())
	for _, a := range []*dossier.Article{damHerald, matchSport, damWire, damCopy} {
		c.Add(a, nil)
	}
	stories := c.Stories()
	if len(stories) != 2 {
		t.Fatalf("got %d stories, want 2: %v", len(stories), groups(c))
	}
	dam := stories[0]
	if dam.ID != "s1" || stories[1].ID != "s2" {
		t.Errorf("IDs %s, %s; want s1, s2 in order of creation", dam.ID, stories[1].ID)
	}
	if want := []string{"dam-herald", "dam-wire", "dam-copy"}; !slices.Equal(dam.Articles, want) {
		t.Errorf("articles %v, want %v in arrival order", dam.Articles, want)
	}
	if want := []string{"Northern Herald", "Coastal Wire", "Valley Times"}; !slices.Equal(dam.Outlets, want) {
		t.Errorf("outlets %v, want %v", dam.Outlets, want)
	}
	if dam.First == nil || !dam.First.Equal(*day(4)) || dam.Last == nil || !dam.Last.Equal(*day(5)) {
		t.Errorf("span %v..%v, want %v..%v", dam.First, dam.Last, day(4), day(5))
	}
	if dam.Title != damHerald.Title && dam.Title != damWire.Title {
		t.Errorf("title %q is neither article's headline", dam.Title)
	}
	leads := c.Leads("s1")
	if len(leads) == 0 || !slices.ContainsFunc(leads, func(s string) bool { return strings.Contains(s, "Velmora") }) {
		t.Errorf("lead entities %v, want the dam among them", leads)
	}
	if c.Leads("s9") != nil || c.Resolve("s9") != "" || c.Resolve("x1") != "" {
		t.Error("unknown story IDs should resolve to nothing")
	}
	// Adding an article again changes nothing.
	if id := c.Add(damWire, nil); id != "s1" || len(c.Stories()[0].Articles) != 3 {
		t.Errorf("re-adding an article: story %s, %d articles", id, len(c.Stories()[0].Articles))
	}
}

func TestDeterministicIDs(t *testing.T) {
	input := []*dossier.Article{damHerald, matchSport, techLaunch, damWire, ferryMissing1, reefWreck1,
		matchGazette, wildfire, ferryMissing2, damCopy, reefWreck2, ferryBridge}
	run := func() (ids []string, stories []dossier.Story) {
		c := New(DefaultOptions())
		for _, a := range input {
			ids = append(ids, c.Add(a, nil))
		}
		return ids, c.Stories()
	}
	ids1, s1 := run()
	for range 3 {
		ids2, s2 := run()
		if !slices.Equal(ids1, ids2) {
			t.Fatalf("story IDs differ between runs:\n%v\n%v", ids1, ids2)
		}
		if fmt.Sprint(s1) != fmt.Sprint(s2) {
			t.Fatalf("stories differ between runs:\n%v\n%v", s1, s2)
		}
	}
	if ids1[0] != "s1" || ids1[1] != "s2" {
		t.Errorf("first IDs %v, want s1, s2", ids1[:2])
	}
}

func TestTime(t *testing.T) {
	c := New(DefaultOptions())
	at := func(a *dossier.Article, p *time.Time, id string) *dossier.Article {
		b := *a
		b.ID, b.Published = id, p
		return &b
	}
	// The same event reported again two months later is a new story:
	// the dates are far apart.
	c.Add(at(damWire, day(4), "a"), nil)
	later := day(4).AddDate(0, 2, 0)
	c.Add(at(damHerald, &later, "b"), nil)
	if storyOf(c, "a") == storyOf(c, "b") {
		t.Errorf("reports two months apart joined one story: %v", groups(c))
	}
	// An undated report neither helps nor hurts: it joins on its text.
	c.Add(at(damHerald, nil, "c"), nil)
	if s := storyOf(c, "c"); s != storyOf(c, "a") && s != storyOf(c, "b") {
		t.Errorf("undated report started a story of its own: %v", groups(c))
	}

	// The factor itself.
	cl := New(DefaultOptions())
	p := func(t *time.Time) *profile {
		if t == nil {
			return &profile{}
		}
		return &profile{first: *t, last: *t, dated: true}
	}
	if f := cl.timeFactor(p(day(4)), p(nil)); f != 1 {
		t.Errorf("undated factor %v, want 1", f)
	}
	same, week := cl.timeFactor(p(day(4)), p(day(4))), cl.timeFactor(p(day(4)), p(day(11)))
	if same <= 1 || week >= 1 || week <= 0 {
		t.Errorf("factors: same day %v (want > 1), a week apart %v (want in (0, 1))", same, week)
	}
}

func TestAnalysisMentions(t *testing.T) {
	// With an analysis, names come from its mentions: two texts that
	// share no capitalised word except through the analysis still
	// meet on their names.
	mention := func(text, name string, typ dossier.EntityType) dossier.Mention {
		i := strings.Index(text, name)
		return dossier.Mention{Span: dossier.Span{Start: i, End: i + len(name)}, Text: name, Type: typ}
	}
	a := art("an-1", "A", "", "the council of ostrava approved the budget, said mayor dana kral.", day(1))
	b := art("an-2", "B", "", "mayor dana kral said the ostrava budget passed the council vote.", day(1))
	x := newExtractor(&Options{LeadBoost: 2, LeadWords: 100, TitleBoost: 3})
	an := &dossier.Analysis{Mentions: []dossier.Mention{
		mention(a.Text, "ostrava", dossier.GPE),
		mention(a.Text, "dana kral", dossier.Person),
		{Text: "He", Type: dossier.Person},
	}}
	// Lower-case mention texts give no names (they are not names).
	x.extract(a.Title, a.Text, an)
	if len(x.ents.keys) != 0 {
		t.Errorf("lower-case mentions gave %d name keys", len(x.ents.keys))
	}
	an.Mentions[0].Text, an.Mentions[1].Text = "Ostrava", "Dana Kral"
	x.extract(a.Title, a.Text, an)
	if len(x.ents.keys) != 4 || len(x.pers.keys) != 1 { // Ostrava; Dana Kral, Dana, Kral; person Kral
		t.Errorf("got %d name keys and %d person keys, want 4 and 1", len(x.ents.keys), len(x.pers.keys))
	}
	// Canonical names from the analysis's entities win over the mention
	// text, so that "Kral" meets "Dana Kral".
	an2 := &dossier.Analysis{
		Mentions: []dossier.Mention{{Text: "Kral", Type: dossier.Person, Entity: "e1"}},
		Entities: []dossier.Entity{{ID: "e1", Name: "Dana Kral"}},
	}
	x.extract(b.Title, b.Text, an2)
	if len(x.ents.keys) != 3 {
		t.Errorf("canonical name gave %d keys, want 3", len(x.ents.keys))
	}
}

func TestCapitalisedNames(t *testing.T) {
	x := newExtractor(&Options{LeadBoost: 2, LeadWords: 100, TitleBoost: 3})
	names := func(title, body string) []string {
		x.extract(title, body, nil)
		var out []string
		for _, n := range x.names {
			out = append(out, n.surface)
		}
		slices.Sort(out)
		return out
	}
	cases := []struct {
		title, body string
		want        []string
	}{
		{"", "The White House said on Monday that President Ana Ruiz would visit Port Salis.",
			[]string{"Port Salis", "President Ana Ruiz", "White House"}},
		// A capital at the start of a sentence is a name's only if the
		// text never writes the word in lower case.
		{"", "Police said the police station was closed. Ruiz declined to comment.",
			[]string{"Ruiz"}},
		// Title-case headlines give no names; sentence-case ones do.
		{"Mayor Resigns Over Budget Row In Calder", "The mayor resigned.", nil},
		{"Calder mayor resigns over budget row", "The mayor resigned.", []string{"Calder"}},
	}
	for _, tc := range cases {
		if got := names(tc.title, tc.body); !slices.Equal(got, tc.want) {
			t.Errorf("names(%q, %q) = %q, want %q", tc.title, tc.body, got, tc.want)
		}
	}
}

func TestAnchors(t *testing.T) {
	x := newExtractor(&Options{LeadBoost: 2, LeadWords: 100, TitleBoost: 3})
	x.extract("Quake hits Qeshm", "Saturday, August 24, 2013\nA quake hit the island on Saturday. It may rise in May 2014.", nil)
	w := x.when
	if w.wd[6] != 1 || w.mo[8] != 1 || w.years() != 1 || w.yr[0].y != 2013 {
		t.Errorf("anchors %+v, want Saturday, August, 2013", w)
	}
	x.extract("", "It may rain, officials said.", nil)
	if sum(x.when.mo[:]) != 0 {
		t.Error(`"may" taken for a month`)
	}
	var a, b anchors
	a.wd[6], b.wd[6], b.wd[5] = 1, 1, 1
	if got := a.agree(&b); got[0] != 0.5 || got[1] != -1 || got[2] != -1 {
		t.Errorf("agree = %v, want [0.5 -1 -1]", got)
	}
}

func TestStem(t *testing.T) {
	for in, want := range map[string]string{
		"attacks": "attack", "bodies": "body", "crisis": "crisis", "press": "press",
		"bus": "bus", "drones": "drone", "heroes": "heroes", "its": "its", "us": "us",
	} {
		if got := string(stem([]byte(in))); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
}
