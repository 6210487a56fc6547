package ingest

import (
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"dossier"
)

// The fixtures are fictional news pages: an article body wrapped in the
// navigation, advertising, comments and footer that real pages carry, so
// that the tests check what the reader keeps as well as what it drops.

// htmlBoilerplateTop and htmlBoilerplateBottom surround each fixture's
// article with site furniture.
const htmlBoilerplateTop = `
<header class="site-header">
  <nav class="main-nav"><ul>
    <li><a href="/">Home</a></li><li><a href="/world">World</a></li>
    <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li>
    <li><a href="/subscribe">Subscribe for unlimited access</a></li>
  </ul></nav>
  <div class="ad-banner" id="ad-top">ADVERTISEMENT: Cheap flights to Lowmoor this winter, book now</div>
</header>
`

const htmlBoilerplateBottom = `
<aside class="sidebar">
  <h3>Most read</h3>
  <ul>
    <li><a href="/a1">Mayor opens the new bridge over the Wend</a></li>
    <li><a href="/a2">Ten recipes for a cold evening in the valley</a></li>
    <li><a href="/a3">Council votes to keep the night buses running</a></li>
  </ul>
</aside>
<section id="comments" class="comments">
  <h3>Comments</h3>
  <div class="comment"><p class="comment-author">riverfan22</p>
  <p>First! This is exactly what I said would happen last spring.</p></div>
  <div class="comment"><p class="comment-author">oldharbour</p>
  <p>The council never listens to anybody who lives near the docks.</p></div>
</section>
<footer class="site-footer">
  <p>Contact us | Privacy policy | Terms of use | Cookie settings</p>
  <p>© 2024 The Lowmoor Courier. All rights reserved.</p>
</footer>
`

// htmlPage builds a fixture page from its head and article markup.
func htmlPage(head, article string) string {
	return "<!DOCTYPE html>\n<html lang=\"en\"><head>" + head + "</head><body>" +
		htmlBoilerplateTop + article + htmlBoilerplateBottom + "</body></html>"
}

const htmlArticle = `
<main><article>
  <h1>Harbour cranes fall silent as dock workers strike</h1>
  <p class="byline">By Mira Okonjo and Tomas Reyes</p>
  <p>Dock workers at the port of Lowmoor walked out on Tuesday morning, halting the loading of container ships for the first time in eleven years.</p>
  <p>The union said the strike would last until the port authority withdrew its plan to replace the night shift with automated cranes. "We have asked for talks since March and heard nothing," said Ada Brennan, the union's local secretary.</p>
  <p>A spokesman for the port authority said the plan was "not final" and that it remained open to discussion, but added that the port had lost business to its rivals on the coast.</p>
  <p>Shipping agents warned that a strike lasting more than a week would divert vessels to other ports, with a cost to the town that the chamber of commerce put at several million a day.</p>
</article></main>
`

func TestReadHTML(t *testing.T) {
	epochPage := htmlPage(`<meta charset="utf-8">
<title>Night trains return to the valley line - The Lowmoor Courier</title>
<meta property="og:site_name" content="The Lowmoor Courier">
<meta property="article:published_time" content="1970-01-01T00:00:00Z">`, `
<article>
  <h1>Night trains return to the valley line</h1>
  <p>Night trains will run again on the valley line from next month, the regional rail operator announced on Wednesday, after a gap of two years.</p>
  <p>The operator said that passenger numbers had recovered enough to justify two services a night in each direction, and that the timetable would be reviewed in the spring.</p>
  <p>"People told us they could not get home from the late shifts," said Lena Voss, who runs the operator's planning office. "We listened."</p>
</article>`)

	cases := []struct {
		name    string
		page    string
		url     string
		title   string
		source  string
		url2    string // the URL the article should carry
		authors []string
		date    string // RFC 3339, "" for unknown
		body    []string
		notBody []string
		note    string // a substring one of the notes must contain
	}{
		{
			name: "news page with og metadata",
			page: htmlPage(`<meta charset="utf-8">
<title>Harbour cranes fall silent as dock workers strike | The Lowmoor Courier</title>
<meta property="og:title" content="Harbour cranes fall silent as dock workers strike | The Lowmoor Courier">
<meta property="og:site_name" content="The Lowmoor Courier">
<meta property="og:url" content="https://courier.example/news/2024/03/dock-strike">
<meta property="article:published_time" content="2024-03-05T08:30:00Z">
<meta name="author" content="Mira Okonjo and Tomas Reyes">
<link rel="canonical" href="https://courier.example/news/2024/03/dock-strike">`, htmlArticle),
			url:     "https://courier.example/news/2024/03/dock-strike?utm_source=feed",
			title:   "Harbour cranes fall silent as dock workers strike",
			source:  "The Lowmoor Courier",
			url2:    "https://courier.example/news/2024/03/dock-strike",
			authors: []string{"Mira Okonjo", "Tomas Reyes"},
			date:    "2024-03-05T08:30:00Z",
			body: []string{
				"Dock workers at the port of Lowmoor walked out on Tuesday morning",
				`"We have asked for talks since March and heard nothing," said Ada Brennan`,
				"with a cost to the town that the chamber of commerce put at several million a day.",
			},
			notBody: []string{
				"Harbour cranes fall silent", // the title has its own field
				"By Mira Okonjo",             // the byline too
				"Subscribe for unlimited", "ADVERTISEMENT", "Most read", "Mayor opens",
				"First! This is exactly", "Privacy policy", "All rights reserved",
			},
		},
		{
			name: "windows-1252 page declared in a meta tag",
			page: htmlPage(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Caf\xe9 owners fight the new terrace tax</title>`, `
<article>
  <h1>Caf\xe9 owners fight the new terrace tax</h1>
  <p>The owners of the caf\xe9s on the market square say the town\x92s new terrace tax will cost them \x80400 a table each summer.</p>
  <p>\x93It is the only place in town where people still sit outside,\x94 said Jos\xe9 Mart\xedn, who has run the Caf\xe9 du Pont for twenty years.</p>
  <p>The council will vote on the tax next week; its finance committee says the money will pay for the square\x92s new paving.</p>
</article>`),
			title: "Café owners fight the new terrace tax",
			body: []string{
				"The owners of the cafés on the market square say the town’s new terrace tax will cost them €400 a table each summer.",
				"“It is the only place in town where people still sit outside,” said José Martín",
			},
			notBody: []string{"\uFFFD", "Ã"},
			note:    "windows-1252",
		},
		{
			name:   "epoch date is unknown, not 1970",
			page:   epochPage,
			title:  "Night trains return to the valley line",
			source: "The Lowmoor Courier",
			body:   []string{"Night trains will run again on the valley line from next month"},
			note:   "1970-01-01",
		},
		{
			name: "no og:title: the title comes from the page",
			page: htmlPage(`<meta charset="utf-8"><title>Ferry timetable changes for the summer</title>`, `
<div class="story">
  <p>The island ferry will sail every forty minutes from the first of June, instead of every hour, the ferry company said on Friday.</p>
  <p>Extra crossings will be added on Saturdays in July and August, when the island's population more than doubles with visitors from the mainland.</p>
  <p>Fares will not change this year, the company said, although fuel has cost it a third more than it did last summer.</p>
</div>`),
			url:   "https://courier.example/ferry",
			url2:  "https://courier.example/ferry",
			title: "Ferry timetable changes for the summer",
			body:  []string{"The island ferry will sail every forty minutes", "Fares will not change this year"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := ReadHTML([]byte(unescapeFixture(c.page)), "fixture.html", c.url)
			if err != nil {
				t.Fatalf("ReadHTML: %v", err)
			}
			if a.Title != c.title {
				t.Errorf("title = %q, want %q", a.Title, c.title)
			}
			if c.source != "" && a.Source != c.source {
				t.Errorf("source = %q, want %q", a.Source, c.source)
			}
			if c.url2 != "" && a.URL != c.url2 {
				t.Errorf("url = %q, want %q", a.URL, c.url2)
			}
			if c.authors != nil && strings.Join(a.Authors, "|") != strings.Join(c.authors, "|") {
				t.Errorf("authors = %q, want %q", a.Authors, c.authors)
			}
			switch {
			case c.date == "" && a.Published != nil:
				t.Errorf("published = %v, want unknown", a.Published)
			case c.date != "":
				want, _ := time.Parse(time.RFC3339, c.date)
				if a.Published == nil || !a.Published.Equal(want) {
					t.Errorf("published = %v, want %v", a.Published, want)
				}
			}
			for _, s := range c.body {
				if !strings.Contains(a.Text, s) {
					t.Errorf("body lacks %q:\n%s", s, a.Text)
				}
			}
			for _, s := range c.notBody {
				if strings.Contains(a.Text, s) {
					t.Errorf("body has %q:\n%s", s, a.Text)
				}
			}
			if c.note != "" && !strings.Contains(strings.Join(a.Notes, "\n"), c.note) {
				t.Errorf("notes %q lack %q", a.Notes, c.note)
			}
			checkLayout(t, a)
		})
	}
}

// checkLayout checks the text layout every article must have.
func checkLayout(t *testing.T, a *dossier.Article) {
	t.Helper()
	if a.Format != "html" || a.File != "fixture.html" {
		t.Errorf("format, file = %q, %q", a.Format, a.File)
	}
	if a.ID == "" || a.ContentHash == "" {
		t.Error("article not sealed")
	}
	if a.Text != strings.TrimSpace(a.Text) {
		t.Error("text has leading or trailing space")
	}
	for _, p := range strings.Split(a.Text, "\n\n") {
		if p == "" || strings.TrimSpace(p) != p {
			t.Errorf("paragraph %q: empty or untrimmed (more than one blank line?)", p)
		}
		if strings.Contains(p, "  ") {
			t.Errorf("paragraph %q has a run of spaces", p)
		}
	}
}

// unescapeFixture turns the \xNN escapes the fixtures use for legacy bytes
// into raw bytes, so that a windows-1252 page can be written in Go source.
func unescapeFixture(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+3 < len(s) && s[i+1] == 'x' {
			var v byte
			ok := true
			for _, c := range []byte(s[i+2 : i+4]) {
				switch {
				case c >= '0' && c <= '9':
					v = v<<4 | (c - '0')
				case c >= 'a' && c <= 'f':
					v = v<<4 | (c - 'a' + 10)
				default:
					ok = false
				}
			}
			if ok {
				b.WriteByte(v)
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func TestReadHTMLNoBody(t *testing.T) {
	pages := map[string]string{
		"only furniture": htmlPage(`<meta charset="utf-8"><title>Lowmoor Courier</title>`, ""),
		"empty body":     `<!DOCTYPE html><html><head><title>Nothing here</title></head><body></body></html>`,
		"menu only":      `<html><head><title>Menu</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>`,
	}
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			a, err := ReadHTML([]byte(page), "empty.html", "")
			if !errors.Is(err, dossier.ErrNoBody) {
				t.Fatalf("err = %v (article %+v), want ErrNoBody", err, a)
			}
			var ie *dossier.InputError
			if !errors.As(err, &ie) || ie.Path != "empty.html" {
				t.Errorf("err = %v, want an InputError naming the file", err)
			}
		})
	}
	if _, err := ReadHTML([]byte(" \n\t"), "blank.html", ""); !errors.Is(err, dossier.ErrEmpty) {
		t.Errorf("blank page: err = %v, want ErrEmpty", err)
	}
}

func TestHTMLDecode(t *testing.T) {
	cases := []struct {
		name, in, want, note string
	}{
		{"utf-8 with BOM", "\xEF\xBB\xBF<p>caf\xC3\xA9</p>", "<p>café</p>", ""},
		{"utf-16le with BOM", "\xFF\xFE<\x00p\x00>\x00\xE9\x00", "<p>é", ""},
		{"meta charset latin-1", `<meta charset="iso-8859-1"><p>caf` + "\xE9", `<meta charset="iso-8859-1"><p>café`, "windows-1252"},
		{"declared latin-1 but UTF-8", `<meta charset="iso-8859-1"><p>caf` + "\xC3\xA9", `<meta charset="iso-8859-1"><p>café`, "but is UTF-8"},
		{"undeclared legacy bytes", "<p>caf\xE9 \x93hi\x94", "<p>café “hi”", "windows-1252"},
		{"decomposed accent composed", "<p>cafe\u0301", "<p>café", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, notes := htmlDecode([]byte(c.in))
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
			if c.note != "" && !strings.Contains(strings.Join(notes, "\n"), c.note) {
				t.Errorf("notes %q lack %q", notes, c.note)
			}
		})
	}
}

func TestHTMLRenderText(t *testing.T) {
	page := `<div><p>They <b>love</b> it.</p><p>Line one<br>line   two</p>` +
		`<ul><li>first item</li><li>second item</li></ul><p>Visit <a href="/x">the site</a>, then go.</p></div>`
	doc := mustParse(t, page)
	got := htmlJoin(htmlRenderText(doc))
	want := "They love it.\n\nLine one\nline two\n\nfirst item\n\nsecond item\n\nVisit the site, then go."
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	// Japanese has no spaces between words to restore.
	if got := htmlJoin(htmlRenderText(mustParse(t, "<p>日本<b>語</b>です。</p>"))); got != "日本語です。" {
		t.Errorf("got %q, want 日本語です。", got)
	}
}

func TestHTMLTrimBoilerplate(t *testing.T) {
	paras := func(ss ...string) []htmlPara {
		var ps []htmlPara
		for _, s := range ss {
			heading := strings.HasPrefix(s, "#")
			ps = append(ps, htmlPara{text: strings.TrimPrefix(s, "#"), heading: heading})
		}
		return ps
	}
	long := "The council met on Monday and agreed, after a debate of four hours, to keep the library open for another year while it looks for a cheaper building."
	cases := []struct {
		name string
		in   []htmlPara
		want []string
	}{
		{"title, deck and byline dropped",
			paras("Library saved", "#A reprieve for readers", "By Jane Roe", "Updated 5 March 2024, 10:12", long),
			[]string{long}},
		{"related headlines dropped",
			paras(long, long, "Related stories", "Mayor opens bridge", "Night buses to stay"),
			[]string{long, long}},
		{"newsletter and copyright dropped",
			paras(long, "Sign up for our daily newsletter", "© 2024 The Courier. All rights reserved."),
			[]string{long}},
		{"short prose after a related heading kept",
			paras(long, "Most read in the valley", "The library will open at nine.", "It closes at six on weekdays.", "On Sundays it stays shut."),
			[]string{long, "Most read in the valley", "The library will open at nine.", "It closes at six on weekdays.", "On Sundays it stays shut."}},
		{"reporting about subscriptions kept",
			paras(long, "Readers asked what a digital subscription would be worth to them in two years."),
			[]string{long, "Readers asked what a digital subscription would be worth to them in two years."}},
		{"a title alone is no body", paras("Library saved", "© 2024 The Courier"), nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := htmlTrimBoilerplate(c.in, "Library saved", []string{"Jane Roe"})
			var texts []string
			for _, p := range got {
				texts = append(texts, p.text)
			}
			if strings.Join(texts, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got %q\nwant %q", texts, c.want)
			}
		})
	}
}

func TestHTMLCleanTitle(t *testing.T) {
	cases := []struct{ title, site, url, want string }{
		{"Floods hit the coast | The Daily Planet", "The Daily Planet", "", "Floods hit the coast"},
		{"The Daily Planet - Floods hit the coast", "The Daily Planet", "", "Floods hit the coast"},
		{"Floods hit the coast - Daily Planet", "", "https://www.dailyplanet.example/x", "Floods hit the coast"},
		{"Opinion | Floods hit the coast", "The Daily Planet", "", "Opinion | Floods hit the coast"},
		{"Floods - and what comes next", "The Daily Planet", "", "Floods - and what comes next"},
	}
	for _, c := range cases {
		if got := htmlCleanTitle(c.title, c.site, c.url); got != c.want {
			t.Errorf("htmlCleanTitle(%q, %q) = %q, want %q", c.title, c.site, got, c.want)
		}
	}
}

func mustParse(t *testing.T, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
