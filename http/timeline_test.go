package http

import (
	"fmt"
	"strings"
	"testing"

	"dossier"
)

type dossierBounds = dossier.DateBounds

// storyJSON is the parts of the story answer these tests read.
type storyJSON struct {
	Timeline    []timelineView `json:"timeline"`
	Rows        []rowView      `json:"rows"`
	ArticleList []articleRef   `json:"article_list"`
}

// undated is an article with no publication date that reports the demo
// story's incident: the analysis bounds its date from the text and the
// story.
const undated = `Sorvan dam attack: <script>alert(1)</script> investigators return to the spillway

TARVIN — Investigators returned to the damaged eastern spillway of the Sorvan hydroelectric dam on Thursday, two days after the explosion that Kessary blamed on Valdoria, officials said.

The attack on Tuesday cut power to roughly 180,000 households. Defence Minister Stefan Korvel said on Thursday that "Valdoria was behind the attack on the Sorvan dam", and Valdoria again denied any involvement.
`

// TestTimelineAndStances checks the story's timeline and the outlets'
// stances towards its claims, on the page and in the API, and that each
// timeline entry's evidence link highlights the entry's span.
func TestTimelineAndStances(t *testing.T) {
	f := newFixture(t, nil)
	var st storyJSON
	f.getJSON(t, "/api/stories/s1", &st)
	if len(st.Timeline) == 0 {
		t.Fatal("demo story has no timeline")
	}
	stanced := 0
	for _, r := range st.Rows {
		if len(r.Claim.OutletStances) > 0 {
			stanced++
			if r.Claim.Proposition == "" || len(r.Claim.Stances) == 0 {
				t.Errorf("claim %s: outlet stances without proposition or article stances", r.Claim.ID)
			}
		}
	}
	if stanced == 0 {
		t.Fatal("no claim of the demo story has outlet stances")
	}
	first := st.Timeline[0]
	tests := []struct {
		path string
		says []string
	}{
		{"/stories/s1", []string{`<section id="timeline">`, "<h2>Timeline</h2>", `class="timeline-entry`,
			`<a class="evidence" href="` + htmlEscape(first.Link) + `">`,
			htmlEscape(first.Summary), `id="stances"`, "a model's reading", "reported by", "supported by", "disputed by",
			`data-claim="` + st.Rows[0].Claim.ID + `"`}},
		{"/api/stories/s1", []string{`"timeline"`, `"kind"`, `"inferred"`, `"outlet_stances"`, `"stance_proposition"`, `"stances"`}},
		{"/api/claims?story=s1", []string{`"outlet_stances"`, `"stance": "discuss"`}},
		{"/api/articles/" + st.Rows[0].Claim.Article, []string{`"outlet_stances"`}},
		{"/api/openapi.yaml", []string{"TimelineEntry", "outlet_stances", "published_inferred"}},
	}
	for _, tt := range tests {
		code, body, _ := f.do(t, "GET", tt.path, "", nil)
		if code != 200 {
			t.Errorf("GET %s: %d", tt.path, code)
			continue
		}
		for _, s := range tt.says {
			if !strings.Contains(body, s) {
				t.Errorf("GET %s: lacks %q", tt.path, s)
			}
		}
	}

	texts := map[string]string{}
	for i, e := range st.Timeline {
		if e.Date == "" || e.Kind == "" || e.Article == "" {
			t.Errorf("entry %d: %+v", i, e)
			continue
		}
		text, ok := texts[e.Article]
		if !ok {
			var a articleJSON
			f.getJSON(t, "/api/articles/"+e.Article, &a)
			text, texts[e.Article] = a.Text, a.Text
		}
		if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
			t.Errorf("entry %d: span %d-%d outside the article", i, e.Start, e.End)
			continue
		}
		want := fmt.Sprintf("/articles/%s?start=%d&end=%d#evidence", e.Article, e.Start, e.End)
		if e.Link != want {
			t.Errorf("entry %d: link %s, want %s", i, e.Link, want)
		}
		_, page, _ := f.do(t, "GET", e.Link, "", nil)
		if mark := `<mark id="evidence">` + htmlEscape(text[e.Start:e.End]) + `</mark>`; !strings.Contains(page, mark) {
			t.Errorf("entry %d: %s lacks %s", i, e.Link, mark)
		}
		if e.Kind != "statement" && !strings.Contains(text[e.Start:e.End], e.Text) {
			t.Errorf("entry %d: evidence %q does not hold the time phrase %q", i, text[e.Start:e.End], e.Text)
		}
	}
}

// TestInferredDate checks that an undated article's inferred publication
// bounds show on its page, in the story's article list and in the API,
// and that its hostile title is escaped.
func TestInferredDate(t *testing.T) {
	f := newFixtureWith(t, nil, undated)
	var list struct {
		Stories []storyItem `json:"stories"`
	}
	f.getJSON(t, "/api/stories", &list)
	var ref *articleRef
	var story string
	for _, s := range list.Stories {
		var st storyJSON
		f.getJSON(t, "/api/stories/"+s.ID, &st)
		for i := range st.ArticleList {
			if strings.Contains(st.ArticleList[i].Title, "investigators return") {
				ref, story = &st.ArticleList[i], s.ID
			}
		}
	}
	if ref == nil {
		t.Fatal("the undated article is in no story")
	}
	if ref.Date != "date unknown" || ref.Inferred == nil {
		t.Fatalf("undated article: date %q, inferred %+v", ref.Date, ref.Inferred)
	}
	b := ref.Inferred
	if b.Earliest == "" && b.Latest == "" || !strings.HasPrefix(b.Text, "published ") || !strings.Contains(b.Text, "(inferred: ") {
		t.Fatalf("bounds %+v", b)
	}
	for _, path := range []string{ref.Link, "/stories/" + story} {
		_, page, _ := f.do(t, "GET", path, "", nil)
		if !strings.Contains(page, htmlEscape(b.Text)) {
			t.Errorf("GET %s: lacks %q", path, htmlEscape(b.Text))
		}
		if strings.Contains(page, "<script>alert(1)") || !strings.Contains(page, "&lt;script&gt;alert(1)") {
			t.Errorf("GET %s: the title is not escaped", path)
		}
	}
}

func TestBounds(t *testing.T) {
	tests := []struct {
		earliest, latest string
		basis            []string
		want             string
	}{
		{"2025-03-04", "2025-03-06", []string{"reports the incident of 2025-03-04"}, "published between 2025-03-04 and 2025-03-06 (inferred: reports the incident of 2025-03-04)"},
		{"2025-03-04", "", []string{"a", "b"}, "published on or after 2025-03-04 (inferred: a; b)"},
		{"", "2025-03-06", nil, "published on or before 2025-03-06 (inferred: from the text and its story)"},
		{"2025-03-05", "2025-03-05", []string{"x"}, "published on 2025-03-05 (inferred: x)"},
		{"", "", []string{"x"}, ""},
	}
	for _, tt := range tests {
		v := bounds(&dossierBounds{Earliest: tt.earliest, Latest: tt.latest, Basis: tt.basis})
		got := ""
		if v != nil {
			got = v.Text
		}
		if got != tt.want {
			t.Errorf("bounds(%q, %q) = %q, want %q", tt.earliest, tt.latest, got, tt.want)
		}
	}
	if bounds(nil) != nil {
		t.Error("bounds(nil) not nil")
	}
}
