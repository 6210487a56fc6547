package stance

import (
	"testing"

	"dossier"
)

// A fictional story: Kessary accuses Valdoria of the attack on the Sorvan
// dam, Valdoria denies it, and a wire reports both; an unrelated article
// about a rail timetable shares its outlet.
const (
	accuseTitle = "Kessary says Valdoria carried out the attack on the Sorvan dam"
	accuseBody  = `Investigators in Kessary said on Monday that Valdoria was behind the attack on the Sorvan dam. The interior minister said the saboteurs crossed from Valdorian territory and that the evidence confirmed Valdoria carried out the attack on the Sorvan dam. "Valdoria was behind this crime," the minister said.`
	denyTitle   = "Valdoria denies any role in Sorvan dam attack"
	denyBody    = `Valdoria on Tuesday denied that it was behind the attack on the Sorvan dam, calling the accusation false and baseless. "Valdoria had nothing to do with the attack on the Sorvan dam," the foreign ministry said, dismissing the claim as a fabrication. Officials said there was no evidence that Valdoria was involved.`
	railTitle   = "New winter timetable for Dornau trains"
	// The outlet's own voice, stating it as established.
	factTitle = "Valdorian saboteurs blew up the Sorvan dam"
	factBody  = `Valdoria was behind the attack on the Sorvan dam. Valdorian special forces placed the charges that blew up the Sorvan dam last week, investigators confirmed, and the evidence proved that the attack on the dam was planned in Valdoria.`
	// The outlet's own voice, calling the accusation a fabrication.
	hoaxTitle   = "Fake photos fuel false story of Valdorian attack on Sorvan dam"
	hoaxDamBody = `The story that Valdoria was behind the attack on the Sorvan dam is a hoax. The photographs that spread online were fake and had been edited, fact-checkers found, and no evidence links Valdoria to the damage at the Sorvan dam, which engineers traced to a faulty spillway gate.`
)

func storyFixture() (*dossier.Dossier, dossier.Story) {
	a1 := &dossier.Article{ID: "a1", Source: "Kessary State News", Title: accuseTitle, Text: accuseBody, ContentHash: "h1"}
	a2 := &dossier.Article{ID: "a2", Source: "Harbor Gazette", Title: denyTitle, Text: denyBody, ContentHash: "h2"}
	a3 := &dossier.Article{ID: "a3", Source: "Meridian Wire", Title: railTitle, Text: trainBody, ContentHash: "h3"}
	a4 := &dossier.Article{ID: "a4", Source: "The Northern Ledger", Title: factTitle, Text: factBody, ContentHash: "h4"}
	a5 := &dossier.Article{ID: "a5", Source: "Lessa Review", Title: hoaxTitle, Text: hoaxDamBody, ContentHash: "h5"}
	d := &dossier.Dossier{
		Articles: []*dossier.Article{a1, a2, a3, a4, a5},
		Analyses: map[string]*dossier.Analysis{
			"a1": {Claims: []dossier.Claim{{ID: "a1-c1", Article: "a1", Holder: "kessary", Agent: "valdoria",
				Event: "the attack on the Sorvan dam", Polarity: dossier.Responsible}}},
			"a2": {Claims: []dossier.Claim{{ID: "a2-c1", Article: "a2", Holder: "valdoria", Agent: "valdoria",
				Event: "it", Polarity: dossier.NotResponsible}}},
		},
		Copies:   map[string][]dossier.Copy{"a2": {{ArticleID: "a2", Source: "Lakeside Courier"}}},
		Entities: []dossier.Entity{{ID: "valdoria", Name: "Valdoria"}, {ID: "kessary", Name: "Kessary"}},
	}
	s := dossier.Story{ID: "s1", Articles: []string{"a1", "a2", "a3", "a4", "a5"}}
	d.Stories = []dossier.Story{s}
	return d, s
}

func TestJudgeStory(t *testing.T) {
	d, s := storyFixture()
	j := NewJudge(Default())
	got := j.Story(d, s)
	if len(got) != 2 {
		t.Fatalf("claims judged: %d, want 2", len(got))
	}
	byArticle := func(cs ClaimStances) map[string]string {
		m := map[string]string{}
		for _, a := range cs.Articles {
			m[a.Article] = a.Stance
		}
		return m
	}
	tests := []struct {
		claim       int
		proposition string
		want        map[string]string // article → stance towards the claim
	}{
		// Kessary's accusation: reported where investigators are quoted
		// saying it, supported where the outlet states it, disputed by
		// the denial and the debunking, unrelated to the timetable.
		{0, "Valdoria was behind the attack on the Sorvan dam", map[string]string{
			"a1": Reports, "a2": Disputes, "a3": Off, "a4": Supports, "a5": Disputes}},
		// Valdoria's denial ("it" → the story's event): the same articles,
		// turned to the claim's own direction.
		{1, "Valdoria was behind the attack on the Sorvan dam", map[string]string{
			"a1": Reports, "a2": Supports, "a3": Off, "a4": Disputes, "a5": Supports}},
	}
	for _, tt := range tests {
		cs := got[tt.claim]
		if cs.Proposition != tt.proposition {
			t.Errorf("claim %d: proposition %q, want %q", tt.claim, cs.Proposition, tt.proposition)
		}
		m := byArticle(cs)
		for a, want := range tt.want {
			if m[a] != want {
				t.Errorf("claim %s, article %s: %s, want %s (all: %+v)", cs.Claim, a, m[a], want, cs.Articles)
			}
		}
	}
	// Outlets: a copy counts for the outlet that carries it; supporting
	// outlets come first.
	outlets := map[string]string{}
	for _, o := range got[0].Outlets {
		outlets[o.Outlet] = o.Stance
	}
	want := map[string]string{"Kessary State News": Reports, "Harbor Gazette": Disputes, "Lakeside Courier": Disputes,
		"Meridian Wire": Off, "The Northern Ledger": Supports, "Lessa Review": Disputes}
	for o, st := range want {
		if outlets[o] != st {
			t.Errorf("outlet %s: %s, want %s (all %+v)", o, outlets[o], st, got[0].Outlets)
		}
	}
	if got[0].Outlets[0].Stance != Supports {
		t.Errorf("outlets not supporting-first: %+v", got[0].Outlets)
	}
}

func TestJudgeCaches(t *testing.T) {
	d, s := storyFixture()
	j := NewJudge(Default())
	first := j.Story(d, s)
	// Both claims share one proposition: 5 articles, 5 pairs, 5 bodies.
	if len(j.pairs) != 5 || len(j.bodies) != 5 {
		t.Fatalf("cache: %d pairs, %d bodies; want 5 and 5", len(j.pairs), len(j.bodies))
	}
	again := j.Dossier(d)
	if len(j.pairs) != 5 {
		t.Errorf("second pass scored again: %d pairs", len(j.pairs))
	}
	if again["a1-c1"].Articles[1] != first[0].Articles[1] {
		t.Errorf("cached result differs: %+v vs %+v", again["a1-c1"].Articles[1], first[0].Articles[1])
	}
	j = NewJudge(Default())
	j.maxPairs = 2
	j.Story(d, s)
	if len(j.pairs) > 2 {
		t.Errorf("bounded cache holds %d pairs, limit 2", len(j.pairs))
	}
}

func TestJudgeSkipsClaimsWithoutAgentName(t *testing.T) {
	d, s := storyFixture()
	d.Entities = nil
	if got := NewJudge(Default()).Story(d, s); len(got) != 0 {
		t.Errorf("claims without a named agent judged: %+v", got)
	}
}

func TestStoryEvent(t *testing.T) {
	tests := []struct {
		events []string
		want   string
	}{
		{[]string{"it", "the attack", "the attack on the dam", "the attack on the dam", "a blast at the dam site"}, "the attack on the dam"},
		{[]string{"it", "the blast"}, ""},
		{[]string{"a blast at the dam", "the attack  on the dam"}, "a blast at the dam"},
		{[]string{"A loud blast tore through the dam at the foot of the hill", "A loud blast tore through the dam at the foot of the hill", "the attack on the dam"}, "the attack on the dam"},
	}
	for _, tt := range tests {
		var cs []*dossier.Claim
		for _, e := range tt.events {
			cs = append(cs, &dossier.Claim{Event: e})
		}
		if got := storyEvent(cs); got != tt.want {
			t.Errorf("storyEvent(%q) = %q, want %q", tt.events, got, tt.want)
		}
	}
}

func TestBodyDenies(t *testing.T) {
	const h = "Valdoria was behind the attack on the Sorvan dam"
	tests := []struct {
		text string
		want int
	}{
		{"Valdoria denied that it was behind the attack on the Sorvan dam.", 0},
		{"The dam held. Valdoria had nothing to do with the attack on the Sorvan dam, it said.", 1},
		{"Rumours spread fast. The story that Valdoria was behind the attack on the Sorvan dam is a hoax.", 1},
		{"Investigators said Valdoria was behind the attack on the Sorvan dam.", -1},
		// A negation that scopes over too few of the headline's words.
		{"Valdoria was behind the attack on the Sorvan dam, and it did not stop there.", -1},
		{"Kessary denied that its trains were late.", -1},
	}
	m := Default()
	for _, tt := range tests {
		if got := m.analyseBody(tt.text).denies(h); got != tt.want {
			t.Errorf("denies(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestBodyAsserts(t *testing.T) {
	const h = "Valdoria was behind the attack on the Sorvan dam"
	tests := []struct {
		text string
		want bool
	}{
		{"Valdoria was behind the attack on the Sorvan dam.", true},
		{"Valdorian commandos placed the charges. Valdoria staged the attack on the Sorvan dam last week.", true},
		// Someone else's words, a possibility, a question, a denial.
		{"Valdoria was behind the attack on the Sorvan dam, the minister said.", false},
		{"\"Valdoria was behind the attack on the Sorvan dam,\" Korvel told reporters.", false},
		{"Valdoria may have been behind the attack on the Sorvan dam.", false},
		{"Was Valdoria behind the attack on the Sorvan dam?", false},
		{"Valdoria was not behind the attack on the Sorvan dam.", false},
		// The agent is only where it happened.
		{"The attack on the Sorvan dam in Valdoria was planned for months.", true},
		{"The attack on the Sorvan dam near the border caused floods.", false},
	}
	m := Default()
	for _, tt := range tests {
		if got := m.analyseBody(tt.text).asserts(h, "Valdoria"); got != tt.want {
			t.Errorf("asserts(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
