package ingest

import (
	"bytes"
	"errors"
	"fmt"
	nurl "net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"dossier"
)

// HTMLFocus trades recall for precision in the extractor's heuristics.
type HTMLFocus int

// The extraction focuses. HTMLFavorRecall keeps text the extractor is
// unsure of; HTMLFavorPrecision drops it.
const (
	HTMLBalanced HTMLFocus = iota
	HTMLFavorRecall
	HTMLFavorPrecision
)

// HTMLOptions tunes the HTML reader. Start from DefaultHTMLOptions, whose
// settings were chosen on the article-extraction benchmark (package eval).
type HTMLOptions struct {
	// Focus trades recall for precision in trafilatura's heuristics.
	Focus HTMLFocus
	// Fallback lets trafilatura compare its own extraction with
	// go-readability's and dom-distiller's and keep the better one.
	Fallback bool
	// Readability also runs readability on every page and keeps its body
	// when it is more than twice as long as trafilatura's: trafilatura
	// sometimes stops at the first section of an article split into
	// several.
	Readability bool
	// Tables keeps the text of tables in the body: news tables (results,
	// figures) are usually part of the report.
	Tables bool
}

// DefaultHTMLOptions are the settings ReadHTML uses. On the
// article-extraction benchmark (181 pages, package eval) favouring recall,
// without trafilatura's own fallback but with the readability comparison,
// scored F1 0.974 (precision 0.966, recall 0.983), against 0.970 for
// trafilatura's usual settings (balanced, with its fallback) and the same
// post-processing, and took 12 ms a page against 18: that fallback
// sometimes swaps a good body for a comment or a whole list page, and
// keeps a truncated one. The differences are a few pages each way.
var DefaultHTMLOptions = HTMLOptions{
	Focus:       HTMLFavorRecall,
	Fallback:    false,
	Readability: true,
	Tables:      true,
}

// ReadHTML extracts the article from one HTML page with
// DefaultHTMLOptions. data is the raw page (already gunzipped by the
// caller), path is used for error messages and Article.File, pageURL (may
// be "") helps the extractor resolve links and becomes Article.URL when the
// page names no canonical address.
func ReadHTML(data []byte, path, pageURL string) (*dossier.Article, error) {
	return DefaultHTMLOptions.ReadHTML(data, path, pageURL)
}

// ReadHTML extracts the article from one HTML page; see the package-level
// ReadHTML. The page is decoded from its declared charset; the body is
// found by trafilatura (or readability, see HTMLOptions), laid out as
// paragraphs separated by a blank line, and trimmed of the headline,
// byline and site furniture the extractor kept around it. A page where no
// extractor finds a body is an error wrapping dossier.ErrNoBody.
func (o HTMLOptions) ReadHTML(data []byte, path, pageURL string) (*dossier.Article, error) {
	fail := func(err error) (*dossier.Article, error) {
		return nil, &dossier.InputError{Path: path, Err: err}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return fail(dossier.ErrEmpty)
	}
	text, notes := htmlDecode(data)
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return fail(err)
	}
	var u *nurl.URL
	if pageURL != "" {
		if u, err = nurl.Parse(pageURL); err != nil || !u.IsAbs() {
			u = nil
		}
	}
	meta := htmlReadMeta(doc)

	body, comments, tmeta, terr := o.trafilatura(doc, u)
	body = htmlDropComments(body, comments)
	if len(body) == 0 || o.Readability {
		rbody, rerr := htmlReadability(doc, u)
		rbody = htmlDropComments(rbody, comments)
		switch {
		case len(body) == 0 && len(rbody) == 0:
			return fail(fmt.Errorf("%w (trafilatura: %v; readability: %v)", dossier.ErrNoBody, htmlOrNone(terr), htmlOrNone(rerr)))
		case htmlLen(rbody) > 2*htmlLen(body):
			body = rbody
			notes = append(notes, "body extracted by readability")
		}
	}

	a := &dossier.Article{
		File:   path,
		Format: "html",
		Notes:  notes,
	}
	a.URL = htmlFirstNonEmpty(meta.url, tmeta.URL, pageURL)
	a.Source = htmlCleanLine(htmlFirstNonEmpty(meta.siteName, tmeta.Sitename))
	if htmlIsHostName(a.Source, a.URL, pageURL) {
		// Trafilatura names a site by its host when the page does not name
		// itself; a host is not how an outlet signs, and URL keeps it.
		a.Source = ""
	}
	a.Title = htmlCleanTitle(htmlFirstNonEmpty(meta.ogTitle, tmeta.Title, meta.heading, meta.title), a.Source, a.URL)
	if tmeta.Author != "" {
		// Trafilatura has already split and cleaned the names.
		a.Authors = htmlSplitAuthors(tmeta.Author, htmlSemicolon)
	} else {
		a.Authors = htmlSplitAuthors(meta.author, htmlAuthorSeparators)
	}
	a.Published, a.Notes = htmlPickDate(meta.published, tmeta.Date, a.Notes)
	body, trimNotes := htmlTrimBoilerplate(body, a.Title, a.Authors)
	a.Notes = append(a.Notes, trimNotes...)
	a.Text = htmlJoin(body)
	if a.Text == "" {
		return fail(fmt.Errorf("%w: only the title and site furniture", dossier.ErrNoBody))
	}
	if htmlWordChars(a.Text) < htmlMinBody {
		return fail(fmt.Errorf("%w: %q is too short for an article", dossier.ErrNoBody, a.Text))
	}
	a.Seal()
	return a, nil
}

// htmlMinBody is the fewest letters and digits a body must have: less than
// a short sentence is what the extractors' last resort scrapes from a page
// without an article (its menu, its title), not a report.
const htmlMinBody = 30

// htmlWordChars counts the letters and digits in s.
func htmlWordChars(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			n++
		}
	}
	return n
}

func htmlOrNone(err error) string {
	if err == nil {
		return "no text"
	}
	return err.Error()
}

// htmlLen is the length of a body in characters.
func htmlLen(paras []htmlPara) int {
	n := 0
	for _, p := range paras {
		n += utf8.RuneCountInString(p.text)
	}
	return n
}

// trafilatura runs the main extractor and returns the body and the
// comments it found. It never panics: a panic in the
// third-party code is one bad page, not the end of a batch.
func (o HTMLOptions) trafilatura(doc *html.Node, u *nurl.URL) (body, comments []htmlPara, meta trafilatura.Metadata, err error) {
	defer func() {
		if p := recover(); p != nil {
			body, comments, err = nil, nil, fmt.Errorf("trafilatura panicked: %v", p)
		}
	}()
	focus := trafilatura.Balanced
	switch o.Focus {
	case HTMLFavorRecall:
		focus = trafilatura.FavorRecall
	case HTMLFavorPrecision:
		focus = trafilatura.FavorPrecision
	}
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		OriginalURL:    u,
		EnableFallback: o.Fallback,
		Focus:          focus,
		// Comments are extracted, to be dropped: trafilatura removes the
		// comment section from the page only when it extracts it, and
		// would otherwise take it for the body of a page without one.
		ExcludeComments: false,
		ExcludeTables:   !o.Tables,
		// The date is read from the page's metadata first (see
		// htmlPickDate); the fast mode of the date finder, without its
		// multilingual parser, is only a fallback and costs little.
		HtmlDateMode: trafilatura.Fast,
	})
	if err != nil {
		return nil, nil, meta, err
	}
	if res.CommentsNode != nil {
		comments = htmlRenderText(res.CommentsNode)
	}
	return htmlRenderText(res.ContentNode), comments, res.Metadata, nil
}

// htmlDropComments removes from body the paragraphs that trafilatura found
// in the page's comments: its last-resort extraction, and readability, read
// the page with its comments and may take them for the body of a page that
// has none.
func htmlDropComments(body, comments []htmlPara) []htmlPara {
	if len(comments) == 0 {
		return body
	}
	seen := make(map[string]bool, len(comments))
	for _, c := range comments {
		seen[c.text] = true
	}
	kept := body[:0]
	for _, p := range body {
		if !seen[p.text] {
			kept = append(kept, p)
		}
	}
	return kept
}

// htmlReadability is the fallback extractor.
func htmlReadability(doc *html.Node, u *nurl.URL) (body []htmlPara, err error) {
	defer func() {
		if p := recover(); p != nil {
			body, err = nil, fmt.Errorf("readability panicked: %v", p)
		}
	}()
	art, err := readability.FromDocument(doc, u)
	if err != nil {
		return nil, err
	}
	if art.Node == nil {
		return nil, errors.New("no content")
	}
	return htmlRenderText(art.Node), nil
}

// htmlDecode returns the page as UTF-8 in Unicode normal form C, with notes
// on what it did. A byte-order mark decides; otherwise the page is read in
// the charset it declares, except that a page whose bytes are valid UTF-8
// with non-ASCII characters is UTF-8 whatever it declares: saved and
// re-served pages often keep the meta tag of their original legacy
// encoding, and real legacy text is almost never valid UTF-8 by chance. A
// page that declares nothing and is not UTF-8 is read as windows-1252, the
// web's default.
func htmlDecode(data []byte) (string, []string) {
	var notes []string
	enc, name := htmlBOMEncoding(data)
	if enc == nil {
		declared := htmlDeclaredCharset(data)
		if strings.HasPrefix(declared, "utf-16") {
			// A page that could declare it in ASCII is not UTF-16; the
			// HTML standard reads such a declaration as UTF-8.
			declared = "utf-8"
		}
		valid := utf8.Valid(data)
		switch {
		case valid && (declared == "" || declared == "utf-8"):
			enc, name = encoding.Nop, "utf-8"
		case valid && htmlHasNonASCII(data):
			enc, name = encoding.Nop, "utf-8"
			notes = append(notes, fmt.Sprintf("page declares charset %s but is UTF-8; read as UTF-8", declared))
		case declared != "":
			enc, name = charset.Lookup(declared)
		default:
			enc, name = charmap.Windows1252, "windows-1252"
			notes = append(notes, "page declares no charset and is not UTF-8; read as windows-1252")
		}
	}
	var out []byte
	if name == "utf-8" {
		out = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
		if !utf8.Valid(out) {
			out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
			notes = append(notes, "invalid UTF-8 bytes replaced")
		}
	} else {
		var err error
		out, _, err = transform.Bytes(enc.NewDecoder(), data)
		if err != nil {
			out = bytes.ToValidUTF8(data, []byte("\uFFFD"))
			notes = append(notes, fmt.Sprintf("page could not be decoded as %s; invalid bytes replaced", name))
		} else if htmlHasNonASCII(data) {
			notes = append(notes, "decoded from "+name)
		}
	}
	// Decomposed accents would split words in two for every later stage.
	return norm.NFC.String(string(out)), notes
}

// htmlBOMEncoding returns the encoding a byte-order mark announces, or nil.
// The decoders it returns drop the mark.
func htmlBOMEncoding(data []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		return encoding.Nop, "utf-8"
	case bytes.HasPrefix(data, []byte("\x00\x00\xFE\xFF")):
		return utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM), "utf-32be"
	case bytes.HasPrefix(data, []byte("\xFF\xFE\x00\x00")):
		return utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM), "utf-32le"
	case bytes.HasPrefix(data, []byte("\xFE\xFF")):
		return xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM), "utf-16be"
	case bytes.HasPrefix(data, []byte("\xFF\xFE")):
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM), "utf-16le"
	}
	return nil, ""
}

// htmlMetaCharset finds a charset declaration in a meta tag, either
// <meta charset="…"> or <meta http-equiv="Content-Type" content="…;
// charset=…">.
var htmlMetaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)`)

// htmlDeclaredCharset returns the canonical name of the charset the page
// declares in its head, or "". It looks further than the 1024 bytes the
// HTML standard prescans, because real pages put scripts and styles before
// their meta tags.
func htmlDeclaredCharset(data []byte) string {
	head := data
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	if end := bytes.Index(bytes.ToLower(head), []byte("<body")); end > 0 {
		head = head[:end]
	}
	m := htmlMetaCharset.FindSubmatch(head)
	if m == nil {
		return ""
	}
	if _, name := charset.Lookup(string(m[1])); name != "" {
		return name
	}
	return ""
}

func htmlHasNonASCII(data []byte) bool {
	for _, b := range data {
		if b >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// htmlBlockTags end a paragraph where they open and close. Everything else
// (links, emphasis, spans) is inline and joins its neighbours' text.
var htmlBlockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true,
	atom.Main: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Nav: true, atom.Figure: true, atom.Figcaption: true,
	atom.Blockquote: true, atom.Pre: true, atom.Address: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Table: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Tr: true,
	atom.Caption: true, atom.Hr: true, atom.Summary: true, atom.Details: true,
	atom.Form: true, atom.Fieldset: true,
}

// htmlPara is one paragraph of extracted text and the kind of element
// it came from, which the boilerplate trimming weighs.
type htmlPara struct {
	text    string
	heading bool // from <h1>…<h6>
}

// htmlJoin lays paragraphs out as dossier text: one blank line between
// paragraphs.
func htmlJoin(paras []htmlPara) string {
	texts := make([]string, len(paras))
	for i, p := range paras {
		texts[i] = p.text
	}
	return strings.Join(texts, "\n\n")
}

// htmlRenderText turns an extracted tree into paragraphs: one per block
// element, spaces collapsed. A <br> inside a paragraph ends a line but not
// the paragraph; lines are trimmed.
//
// The extractors rebuild the tree and trim the text of the nodes they keep,
// so "they <b>love</b> it" comes back as "they", "love", "it": two texts
// that meet at an element boundary are joined with a space unless one side
// already has one or the second starts with closing punctuation. That
// splits the rare word marked up in pieces ("<b>W</b>ord") but keeps the
// far more common spaced words apart.
func htmlRenderText(root *html.Node) []htmlPara {
	var paras []htmlPara
	var cur strings.Builder
	var blocks []atom.Atom // open block elements, innermost last
	boundary := false      // an element started or ended since the last text
	flush := func() {
		if p := htmlCleanParagraph(cur.String()); p != "" {
			heading := false
			if len(blocks) > 0 {
				switch blocks[len(blocks)-1] {
				case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
					heading = true
				}
			}
			paras = append(paras, htmlPara{text: p, heading: heading})
		}
		cur.Reset()
		boundary = false
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		a := n.DataAtom
		if n.Type == html.ElementNode && a == 0 {
			// Nodes the extractors create carry only their tag name.
			a = atom.Lookup([]byte(strings.ToLower(n.Data)))
		}
		switch n.Type {
		case html.TextNode:
			if boundary && cur.Len() > 0 && htmlNeedsSpace(cur.String(), n.Data) {
				cur.WriteByte(' ')
			}
			cur.WriteString(n.Data)
			boundary = false
			return
		case html.ElementNode:
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Img:
				return
			case atom.Br:
				cur.WriteByte('\n')
				return
			}
		}
		block := n.Type == html.ElementNode && htmlBlockTags[a]
		if block {
			flush()
			blocks = append(blocks, a)
		}
		boundary = true
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		boundary = true
		if block {
			flush()
			blocks = blocks[:len(blocks)-1]
		}
	}
	walk(root)
	flush()
	return paras
}

// htmlNeedsSpace reports whether text next, following prev across an element
// boundary, needs a space to stay a separate word.
func htmlNeedsSpace(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsSpace(last) || unicode.IsSpace(first) {
		return false
	}
	if strings.ContainsRune(".,;:!?)]}%»”’…", first) || strings.ContainsRune("([{«“‘/-", last) {
		return false
	}
	// Chinese and Japanese put no spaces between words.
	return !htmlUnspaced(last) && !htmlUnspaced(first)
}

func htmlUnspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) // CJK and full-width punctuation
}

// htmlCleanParagraph trims each line of a paragraph, collapses runs of spaces
// within lines and drops empty lines.
func htmlCleanParagraph(s string) string {
	lines := strings.Split(s, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if l = htmlCleanLine(l); l != "" {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
}

// htmlCleanLine collapses every run of white space (including no-break and
// zero-width spaces) into one space and trims the ends.
func htmlCleanLine(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200B' || r == '\uFEFF' {
			space = b.Len() > 0
			continue
		}
		if unicode.Is(unicode.Cc, r) {
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// htmlMaxHead bounds how many paragraphs at the top of a body may be
// dropped as a header: a header (kicker, headline, dek, byline, dateline)
// is a few lines, and anything longer is the article.
const htmlMaxHead = 6

// htmlTrimBoilerplate removes what extractors keep around the article
// proper: at the top the headline again (it has its own field, and a body
// that repeats it would repeat it in every later layer), headings that
// stand before any body text (kickers, decks), bylines, datelines and
// reading times; at the bottom newsletter, social and copyright lines,
// and lists of related headlines. Only the edges are trimmed: the same
// kind of line inside the article is left alone, because there it may be
// reporting. A body that is all furniture comes back empty: the page has
// no article.
func htmlTrimBoilerplate(paras []htmlPara, title string, authors []string) ([]htmlPara, []string) {
	n := len(paras)
	head := 0
	for head < len(paras) && head < htmlMaxHead && htmlIsHeader(paras[head], title, authors) {
		head++
	}
	paras = paras[head:]
	for {
		end := len(paras)
		for end > 0 && htmlIsFooter(paras[end-1].text) {
			end--
		}
		end = htmlCutRelated(paras[:end])
		if end == len(paras) {
			break
		}
		paras = paras[:end]
	}
	var notes []string
	if dropped := n - len(paras); dropped > 0 {
		notes = append(notes, fmt.Sprintf("%d boilerplate paragraph(s) around the article dropped", dropped))
	}
	return paras, notes
}

var (
	// htmlBylineStart opens a byline in the languages of the news the
	// benchmark and the corpus hold.
	htmlBylineStart = regexp.MustCompile(`(?i)^(by|von|par|por|di|door|av|af)\s`)
	// htmlDateline holds a year or a clock time, the mark of a dateline
	// ("Updated Nov. 19, 2019 5:45 AM").
	htmlDateline = regexp.MustCompile(`(?i)\b(1[89]|20)\d\d\b|\b\d{1,2}:\d\d\b|^(published|updated|posted|last updated|modified)\b`)
	// htmlReadingTime is a "3 min read" line.
	htmlReadingTime = regexp.MustCompile(`(?i)\b(reading time|min(ute)?s? read|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit)\b`)
)

// htmlIsHeader reports whether a paragraph at the top of the body belongs
// to the page's header rather than to the article.
func htmlIsHeader(p htmlPara, title string, authors []string) bool {
	if htmlSameText(p.text, title) {
		return true
	}
	if p.heading {
		return true
	}
	words := len(strings.Fields(p.text))
	if words > 12 {
		return false
	}
	if htmlBylineStart.MatchString(p.text) || htmlReadingTime.MatchString(p.text) {
		return true
	}
	for _, a := range authors {
		if len(a) > 3 && strings.Contains(strings.ToLower(p.text), strings.ToLower(a)) {
			return true
		}
	}
	return words <= 10 && htmlDateline.MatchString(p.text)
}

var (
	// htmlFooterLine matches the lines that sites append to every
	// article: copyright, newsletter and subscription offers, social
	// media calls, comment rules, tag and category lists.
	htmlFooterLine = regexp.MustCompile(`(?i)(©|ⓒ|\bcopyright\b|all rights reserved|` +
		`\bnewsletters?\b|^(sign up|subscribe)\b|\b(sign up|subscribe) (for|to) our\b|\bthanks for signing up\b|\b(delivered to|in) your inbox\b|` +
		`\bfollow (us|@)|(^|[^.\w])twitter\.com/\w|\b(follow|like|find|join|visit)\b[^.!?]{0,40}\bon (twitter|facebook|instagram|youtube)\b|` +
		`\b(share|like) this (story|article|post)\b|` +
		`\b(log|sign)(ged)? in to (post )?(a )?comment|\bcomments? (are|is|will be) moderated|\bcomment policy\b|` +
		`^(filed under|tags?|tagged|categories|category)\b)`)
	// htmlContactLine is a line of addresses: an e-mail, a handle.
	htmlContactLine = regexp.MustCompile(`^[\s\pP]*([\w.+-]+@[\w-]+\.[\w.]+|@\w+|(https?://)?(www\.)?twitter\.com/\w+)([\s\pP]+([\w.+-]+@[\w-]+\.[\w.]+|@\w+|(https?://)?(www\.)?twitter\.com/\w+))*[\s\pP]*$`)
)

// htmlIsFooter reports whether a paragraph at the bottom of the body is
// site furniture rather than the article's end.
func htmlIsFooter(text string) bool {
	if !strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) {
		return true // a rule drawn with underscores or asterisks
	}
	if len(strings.Fields(text)) > 40 {
		return false
	}
	return htmlFooterLine.MatchString(text) || htmlContactLine.MatchString(text)
}

// htmlLooksLikeLinks reports whether paragraphs read as a list of links
// (headlines, teasers, tags) rather than as prose: all are short, and most
// do not end a sentence, since headlines carry no full stop. Tabloid prose
// is short paragraphs too, but ends each with one.
func htmlLooksLikeLinks(paras []htmlPara) bool {
	sentences := 0
	for _, p := range paras {
		if len(strings.Fields(p.text)) > 35 {
			return false
		}
		last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(p.text, "\"'”’»)"))
		if strings.ContainsRune(".!?…", last) {
			sentences++
		}
	}
	return 2*sentences <= len(paras)
}

// htmlRelatedHeading opens a list of links to other articles.
var htmlRelatedHeading = regexp.MustCompile(`(?i)^(you (may|might) (also )?(like|enjoy)|related\b|more (great )?(\S+ )?(stories|articles|news|coverage|from|on)\b|read (more|next|also)\b|recommended\b|popular (on|in)\b|most (popular|read|viewed)\b|trending\b|see also\b|also read\b|latest (news|stories)\b|leia também|leggi anche|lesen sie auch|à lire aussi|lire aussi|lee también)`)

// htmlCutRelated returns where the article ends when, after at least half
// of its words, a "Related stories" heading or a furniture line
// (newsletter, copyright, ...) is followed only by what looks like a list
// of links, or len(paras) when there is none.
func htmlCutRelated(paras []htmlPara) int {
	words := make([]int, len(paras)+1) // words[i]: words before paragraph i
	for i, p := range paras {
		words[i+1] = words[i] + len(strings.Fields(p.text))
	}
	for i := 1; i < len(paras); i++ {
		if words[i] < words[len(paras)]/2 {
			continue // the article is at least as long as what follows it
		}
		t := paras[i].text
		n := words[i+1] - words[i]
		related := n <= 8 && htmlRelatedHeading.MatchString(strings.Trim(t, " :.-–—»"))
		furniture := n <= 40 && htmlFooterLine.MatchString(t)
		if !related && !furniture {
			continue
		}
		if htmlLooksLikeLinks(paras[i+1:]) {
			return i
		}
	}
	return len(paras)
}

// htmlSameText compares two lines ignoring case, spacing and punctuation.
func htmlSameText(a, b string) bool {
	norm := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsNumber(r)
		}), " ")
	}
	na, nb := norm(a), norm(b)
	return na != "" && na == nb
}

// htmlTitleSeparators split a page title into the headline and the outlet's
// name.
var htmlTitleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "}

// htmlCleanTitle strips the outlet's name from a headline ("Floods hit the
// coast | The Daily Planet") when the suffix (or prefix) is the site's
// name or its host name ("Daily Planet - dailyplanet.com"), so that it is
// not mistaken for part of the headline. Other parts ("Opinion | ...") are
// kept: they may be the headline's own.
func htmlCleanTitle(title, site, pageURL string) string {
	title = htmlCleanLine(title)
	isSite := func(s string) bool {
		return (site != "" && htmlSameText(s, site)) || htmlIsSiteHost(s, pageURL)
	}
	for _, sep := range htmlTitleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 && isSite(title[i+len(sep):]) {
			return strings.TrimSpace(title[:i])
		}
		if i := strings.Index(title, sep); i > 0 && isSite(title[:i]) {
			return strings.TrimSpace(title[i+len(sep):])
		}
	}
	return title
}

// htmlIsSiteHost reports whether name spells the host of pageURL, ignoring
// case, spaces, punctuation, "www." and the top-level domain: "News
// Nation" and "newsnation.in" for https://www.newsnation.in/...
func htmlIsSiteHost(name, pageURL string) bool {
	u, err := nurl.Parse(pageURL)
	if err != nil || u.Hostname() == "" {
		return false
	}
	letters := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsNumber(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, s)
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	n := letters(name)
	if n == "" {
		return false
	}
	if n == letters(host) {
		return true
	}
	if i := strings.LastIndexByte(host, '.'); i > 0 && n == letters(host[:i]) {
		return true
	}
	return false
}

// htmlSplitAuthors splits a byline into names at sep, drops a leading "By"
// and repeated names.
func htmlSplitAuthors(s string, sep *regexp.Regexp) []string {
	s = htmlCleanLine(s)
	if s == "" {
		return nil
	}
	s = htmlAuthorPrefix.ReplaceAllString(s, "")
	var out []string
	seen := map[string]bool{}
	for _, p := range sep.Split(s, -1) {
		p = strings.TrimSpace(p)
		if p == "" || seen[strings.ToLower(p)] {
			continue
		}
		seen[strings.ToLower(p)] = true
		out = append(out, p)
	}
	return out
}

var (
	htmlAuthorPrefix = regexp.MustCompile(`(?i)^(by|written by|von|par|por)\s+`)
	// htmlAuthorSeparators split a byline as pages write it: "A, B and C".
	htmlAuthorSeparators = regexp.MustCompile(`(?i)\s*(?:;|,|\||\s&\s|\sand\s)\s*`)
	// htmlSemicolon splits trafilatura's list of authors.
	htmlSemicolon = regexp.MustCompile(`\s*;\s*`)
)

// htmlPickDate chooses the publication date: the one the page declares in its
// metadata when there is one, else trafilatura's. A declared date that
// cannot be a publication date (the epoch, the future) is unknown, and a
// note says so rather than silently using a guess from elsewhere.
func htmlPickDate(declared string, guessed time.Time, notes []string) (*time.Time, []string) {
	if t, ok := ParseDate(declared); ok {
		if t == nil {
			notes = append(notes, fmt.Sprintf("publication date %q rejected as a placeholder or impossible date", declared))
		}
		return t, notes
	}
	if guessed.IsZero() {
		return nil, notes
	}
	t := ValidDate(guessed)
	if t == nil {
		notes = append(notes, fmt.Sprintf("publication date %s rejected as a placeholder or impossible date", guessed.Format(time.RFC3339)))
	}
	return t, notes
}

func htmlFirstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// htmlIsHostName reports whether name is a host name rather than an
// outlet's name: the host of one of the URLs, in full or in lower case
// without its domain ("usatoday"), or a single dotted word in lower case
// ("example.com"). "Sportsnet.ca" and "WSJ", capitalised, are brands.
func htmlIsHostName(name string, urls ...string) bool {
	if name == "" {
		return false
	}
	if strings.Contains(name, "://") {
		return true // a profile page given as the publisher
	}
	lower := name == strings.ToLower(name)
	name = strings.TrimPrefix(strings.ToLower(name), "www.")
	for _, s := range urls {
		u, err := nurl.Parse(s)
		if err != nil || u.Host == "" {
			continue
		}
		if strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.") == name {
			return true
		}
		if lower && htmlIsSiteHost(name, s) {
			return true // "usatoday" for www.usatoday.com
		}
	}
	return lower && !strings.Contains(name, " ") && strings.Contains(strings.Trim(name, "."), ".")
}

// htmlMeta is what ReadHTML reads from the page's head itself, because the
// extractors either do not report it (canonical URL, declared date) or
// report a guess in its place.
type htmlMeta struct {
	ogTitle, title, heading string
	siteName                string
	url                     string
	author                  string
	published               string
}

// htmlReadMeta reads the metadata the page declares.
func htmlReadMeta(doc *html.Node) htmlMeta {
	var m htmlMeta
	var canonical, ogURL string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(htmlFirstNonEmpty(htmlAttr(n, "property"), htmlAttr(n, "name"), htmlAttr(n, "itemprop")))
				val := strings.TrimSpace(htmlAttr(n, "content"))
				if val == "" {
					break
				}
				switch key {
				case "og:title":
					htmlSetOnce(&m.ogTitle, val)
				case "og:site_name":
					htmlSetOnce(&m.siteName, val)
				case "og:url":
					htmlSetOnce(&ogURL, val)
				case "author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author":
					if !strings.HasPrefix(val, "http") {
						htmlSetOnce(&m.author, val)
					}
				case "article:published_time", "og:published_time", "datepublished",
					"publishdate", "pubdate", "publish-date", "dc.date.issued", "dc.date",
					"date", "sailthru.date", "parsely-pub-date":
					htmlSetOnce(&m.published, val)
				}
			case atom.Link:
				if strings.EqualFold(htmlAttr(n, "rel"), "canonical") {
					htmlSetOnce(&canonical, htmlAttr(n, "href"))
				}
			case atom.Title:
				if m.title == "" {
					m.title = htmlCleanLine(htmlTextOf(n))
				}
			case atom.H1:
				if m.heading == "" {
					m.heading = htmlCleanLine(htmlTextOf(n))
				}
			case atom.Script, atom.Style:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, u := range []string{canonical, ogURL} {
		if p, err := nurl.Parse(u); err == nil && p.IsAbs() && p.Host != "" {
			m.url = u
			break
		}
	}
	return m
}

func htmlSetOnce(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

func htmlAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func htmlTextOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
