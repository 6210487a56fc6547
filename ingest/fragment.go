package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElements end a paragraph when they open or close.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true,
	atom.Blockquote: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Table: true, atom.Tr: true, atom.Pre: true,
	atom.Figure: true, atom.Figcaption: true, atom.Header: true, atom.Footer: true,
	atom.Hr: true, atom.Dd: true, atom.Dt: true,
}

// skipElements hold no reading text.
var skipElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Button: true, atom.Form: true,
}

// fragmentText converts an HTML fragment — a feed item's content, a JSON
// record's "html" when it is only a body — to lines of text: one blank line
// between blocks, one line break for <br>. Whole pages go through
// ReadHTML's extractor instead, which also drops the page's boilerplate.
func fragmentText(fragment string) string {
	if !strings.ContainsAny(fragment, "<&") {
		return fragment
	}
	z := html.NewTokenizer(strings.NewReader(fragment))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.WriteString(strings.ReplaceAll(string(z.Text()), "\n", " "))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case skipElements[a]:
				if t := z.Token(); t.Type == html.StartTagToken {
					skip++
				}
			case a == atom.Br:
				b.WriteByte('\n')
			case blockElements[a]:
				b.WriteString("\n\n")
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case skipElements[a]:
				if skip > 0 {
					skip--
				}
			case blockElements[a]:
				b.WriteString("\n\n")
			}
		}
	}
}
