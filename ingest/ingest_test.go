package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dossier"
)

// A scraped plain-text article written for these tests, with the residue
// scrapers leave: a view counter, a placeholder timestamp, a photo credit,
// a repeated paragraph, a tag list and a source trailer.
const scrapedText = "Harbour authority disputes account of tanker collision\n" +
	"Views:\n" +
	"1970-01-01 08:00\n" +
	"Port officials on Friday rejected the shipping company's version of the collision, saying the tanker had ignored two warnings.\n" +
	"\n" +
	"Port officials on Friday rejected the shipping company's version of the collision, saying the tanker had ignored two warnings.\n" +
	"\n" +
	"The harbour master, Ilse Marten, said the pilot boat was “nowhere near” the tanker at the time.\n" +
	"Ilse Marten\n" +
	"The harbour master speaks to reporters on Friday [File: Tom Reyes/Harbour Press]\n" +
	"\n" +
	"“We have the radar logs,” she said.\n" +
	"\n" +
	"Tags shipping ports collision harbour\n" +
	"Source: Coastal Times\n"

func TestReadText(t *testing.T) {
	a, err := ReadText([]byte(scrapedText), "scraped.txt")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Harbour authority disputes account of tanker collision"; a.Title != want {
		t.Errorf("title = %q, want %q", a.Title, want)
	}
	if a.Source != "Coastal Times" {
		t.Errorf("source = %q, want Coastal Times", a.Source)
	}
	if a.Published != nil {
		t.Errorf("published = %v, want nil for the epoch placeholder", a.Published)
	}
	for _, residue := range []string{"Views:", "1970-01-01", "[File:", "Tags shipping", "Source: Coastal"} {
		if strings.Contains(a.Text, residue) {
			t.Errorf("text still contains %q", residue)
		}
	}
	if n := strings.Count(a.Text, "Port officials on Friday rejected"); n != 1 {
		t.Errorf("repeated paragraph appears %d times, want 1", n)
	}
	for _, kept := range []string{"“nowhere near”", "“We have the radar logs,” she said.", "The harbour master speaks to reporters on Friday"} {
		if !strings.Contains(a.Text, kept) {
			t.Errorf("text lost %q", kept)
		}
	}
	if strings.Contains(a.Text, "\n\n\n") || strings.HasPrefix(a.Text, "\n") || strings.HasSuffix(a.Text, "\n") {
		t.Errorf("paragraphs not separated by exactly one blank line: %q", a.Text)
	}
	if a.ID == "" || len(a.ContentHash) != 64 {
		t.Errorf("article not sealed: id %q hash %q", a.ID, a.ContentHash)
	}
	if !hasNote(a, "not a valid publication date") {
		t.Errorf("notes %q do not record the rejected date", a.Notes)
	}
}

func TestReadTextHeaders(t *testing.T) {
	in := "Storm closes mountain pass\nPublished: 2024-02-03T08:15:00Z\nBy Ana Ruiz and Ben Cole\n\nThe pass closed on Saturday after heavy snow.\n"
	a, err := ReadText([]byte(in), "storm.txt")
	if err != nil {
		t.Fatal(err)
	}
	if a.Published == nil || !a.Published.Equal(time.Date(2024, 2, 3, 8, 15, 0, 0, time.UTC)) {
		t.Errorf("published = %v", a.Published)
	}
	if strings.Join(a.Authors, "|") != "Ana Ruiz|Ben Cole" {
		t.Errorf("authors = %q", a.Authors)
	}
	if a.Text != "The pass closed on Saturday after heavy snow." {
		t.Errorf("text = %q", a.Text)
	}
}

func TestValidDate(t *testing.T) {
	now = func() time.Time { return time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC) }
	defer func() { now = time.Now }()
	plus8 := time.FixedZone("UTC+8", 8*3600)
	tests := []struct {
		name string
		in   time.Time
		ok   bool
	}{
		{"zero", time.Time{}, false},
		{"epoch UTC", time.Unix(0, 0).UTC(), false},
		{"epoch printed in UTC+8", time.Date(1970, 1, 1, 8, 0, 0, 0, plus8), false},
		{"before 1990", time.Date(1989, 12, 31, 0, 0, 0, 0, time.UTC), false},
		{"future", time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), false},
		{"ordinary", time.Date(2023, 5, 4, 10, 0, 0, 0, time.UTC), true},
		{"today in a later time zone", time.Date(2025, 6, 1, 9, 0, 0, 0, plus8), true},
	}
	for _, tt := range tests {
		if got := ValidDate(tt.in); (got != nil) != tt.ok {
			t.Errorf("%s: ValidDate(%v) = %v, want valid %v", tt.name, tt.in, got, tt.ok)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in     string
		want   string // RFC 3339 or "" for nil
		parsed bool
	}{
		{"2023-05-04", "2023-05-04T00:00:00Z", true},
		{"2023-05-04T10:00:00+02:00", "2023-05-04T10:00:00+02:00", true},
		{"Thu, 04 May 2023 10:00:00 GMT", "2023-05-04T10:00:00Z", true},
		{"5/4/23", "2023-05-04T00:00:00Z", true},
		{"1970-01-01 08:00", "", true},
		{"2050-01-01", "", true},
		{"next Tuesday", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, parsed := ParseDate(tt.in)
		s := ""
		if got != nil {
			s = got.Format(time.RFC3339)
		}
		if s != tt.want || parsed != tt.parsed {
			t.Errorf("ParseDate(%q) = %q, %v; want %q, %v", tt.in, s, parsed, tt.want, tt.parsed)
		}
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
		err  error
		note string
	}{
		{"utf-8 bom", []byte("\xEF\xBB\xBFHello"), "Hello", nil, ""},
		{"utf-16le bom", []byte("\xFF\xFEH\x00i\x00"), "Hi", nil, "UTF-16LE"},
		{"windows-1252", []byte("caf\xe9 \x93quoted\x94 \x96 dash"), "café “quoted” – dash", nil, "windows-1252"},
		{"mojibake once", []byte("don\xc3\xa2\xe2\x82\xac\xe2\x84\xa2t"), "don’t", nil, "mojibake"},
		{"mojibake twice", []byte("it" + "Ã¢â‚¬â„¢" + "s"), "it’s", nil, "mojibake"},
		{"accents untouched", []byte("café in Zürich, naïve São Paulo"), "café in Zürich, naïve São Paulo", nil, ""},
		{"stray invalid byte", []byte("good “text” with one bad \xff byte"), "good “text” with one bad \uFFFD byte", nil, "invalid UTF-8"},
		{"empty", []byte("  \n\t "), "", dossier.ErrEmpty, ""},
		{"binary", []byte("PK\x03\x04\x00\x00\x08\x00binary"), "", dossier.ErrBinary, ""},
	}
	for _, tt := range tests {
		d, err := Decode(tt.in)
		if !errors.Is(err, tt.err) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.err)
			continue
		}
		if err != nil {
			continue
		}
		if d.Text != tt.want {
			t.Errorf("%s: text = %q, want %q", tt.name, d.Text, tt.want)
		}
		if got := strings.Join(d.Notes, "; "); (tt.note == "") != (got == "") || !strings.Contains(got, tt.note) {
			t.Errorf("%s: notes = %q, want one mentioning %q", tt.name, got, tt.note)
		}
	}
}

// collect reads paths and returns the articles and the errors.
func collect(t *testing.T, paths []string, opts Options) ([]*dossier.Article, []error) {
	t.Helper()
	var arts []*dossier.Article
	var errs []error
	for a, err := range Read(context.Background(), paths, opts) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		arts = append(arts, a)
	}
	return arts, errs
}

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func gz(data []byte) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

const goodJSONL = `{"id": "r1", "source": "Valley Post", "url": "https://valley.example/r1", "title": "Bridge reopens", "published": "2021-03-02", "authors": "Kim Lee, Sam Ortiz", "text": "Bridge reopens\n\nThe bridge reopened on Tuesday after repairs."}
{"id": "r2", "source": "Valley Post", "title": "Broken record", "text": "unterminated
not json at all
{"id": 3, "source": "Hill News", "title": "Dam inspection", "published": "", "authors": ["Lee Park"], "text": "Inspectors found no cracks in the dam."}
{"id": "r4", "source": "Hill News", "title": "Empty body", "text": "   "}
{"id": "r5", "title": "Page only", "html": "<html><body><article><p>The council met on Monday and voted to repair the library roof before winter.</p><p>Work starts next month, the council said in a statement issued after the vote.</p></article></body></html>"}
`

func TestReadJSONL(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"corpus.jsonl", "corpus.jsonl.gz"} {
		data := []byte(goodJSONL)
		if strings.HasSuffix(name, ".gz") {
			data = gz(data)
		}
		p := write(t, dir, name, data)
		arts, errs := collect(t, []string{p}, Options{})
		if len(arts) != 3 {
			t.Fatalf("%s: %d articles, want 3 (r1, 3, r5)", name, len(arts))
		}
		a := arts[0]
		if a.ExternalID != "r1" || a.Source != "Valley Post" || a.Published == nil || a.Published.Format("2006-01-02") != "2021-03-02" {
			t.Errorf("%s: first article metadata wrong: %+v", name, a)
		}
		if a.Text != "The bridge reopened on Tuesday after repairs." {
			t.Errorf("%s: title not dropped from the body: %q", name, a.Text)
		}
		if strings.Join(a.Authors, "|") != "Kim Lee|Sam Ortiz" {
			t.Errorf("%s: authors = %q", name, a.Authors)
		}
		if arts[1].ExternalID != "3" || arts[1].Published != nil || strings.Join(arts[1].Authors, "|") != "Lee Park" {
			t.Errorf("%s: second article wrong: %+v", name, arts[1])
		}
		if !strings.Contains(arts[2].Text, "library roof") {
			t.Errorf("%s: html record not extracted: %q", name, arts[2].Text)
		}
		wantLines := []int{2, 3, 5}
		if len(errs) != len(wantLines) {
			t.Fatalf("%s: errors %v, want lines %v", name, errs, wantLines)
		}
		for i, err := range errs {
			var ie *dossier.InputError
			if !errors.As(err, &ie) || ie.Line != wantLines[i] || ie.Path != p {
				t.Errorf("%s: error %d = %v, want one at %s:%d", name, i, err, p, wantLines[i])
			}
		}
	}
}

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Lakeside Courier</title><link>https://lakeside.example</link>
<item><title>Ferry service suspended</title><link>https://lakeside.example/ferry</link><guid>ferry-1</guid>
<pubDate>Mon, 06 May 2024 09:00:00 GMT</pubDate>
<description><![CDATA[<p>The ferry service was suspended on Monday.</p><p>“Safety comes first,” the operator said.</p>]]></description></item>
<item><title>No text here</title><link>https://lakeside.example/empty</link><description></description></item>
</channel></rss>`

func TestReadFeed(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "feed.xml", []byte(rssFeed))
	arts, errs := collect(t, []string{p}, Options{})
	if len(arts) != 1 || len(errs) != 1 {
		t.Fatalf("got %d articles and errors %v, want 1 and 1", len(arts), errs)
	}
	a := arts[0]
	if a.Source != "Lakeside Courier" || a.Title != "Ferry service suspended" || a.URL != "https://lakeside.example/ferry" || a.Published == nil {
		t.Errorf("feed article metadata wrong: %+v", a)
	}
	if a.Text != "The ferry service was suspended on Monday.\n\n“Safety comes first,” the operator said." {
		t.Errorf("text = %q", a.Text)
	}
	if !strings.Contains(errs[0].Error(), "https://lakeside.example/empty") {
		t.Errorf("error %v does not name the item", errs[0])
	}
}

// TestBadInputs feeds a directory of broken inputs beside good ones: every
// bad one is reported with its file (and line), and the good ones are read.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a_good.txt", []byte("Good title\n\nA good body sentence about the harbour.\n"))
	write(t, dir, "b_empty.txt", nil)
	write(t, dir, "c_binary.txt", []byte("\x00\x01\x02\x03binary\x00data"))
	write(t, dir, "d_invalid_utf8.txt", []byte("Odd bytes\n\nA body with a stray \xff\xfe byte pair, otherwise “fine”.\n"))
	write(t, dir, "e_large.txt", bytes.Repeat([]byte("word "), 400))
	write(t, dir, "f_nobody.html", []byte("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"))
	write(t, dir, "g_broken.xml", []byte("<rss><channel><title>Broken<item></rss"))
	write(t, dir, "h_lines.jsonl", []byte("{\"id\":\"ok\",\"title\":\"T\",\"text\":\"Body text here.\"}\n{broken\n"))
	if err := os.Symlink(filepath.Join(dir, "missing"), filepath.Join(dir, "i_unreadable.txt")); err != nil {
		t.Fatal(err)
	}
	write(t, dir, "z_good.txt", []byte("Last title\n\nThe last body, still read after all the failures.\n"))

	arts, errs := collect(t, []string{dir}, Options{MaxBytes: 1000})
	var titles []string
	for _, a := range arts {
		titles = append(titles, a.Title)
	}
	if got := strings.Join(titles, "|"); got != "Good title|Odd bytes|T|Last title" {
		t.Errorf("articles read = %q", got)
	}
	wantErr := map[string]string{
		"b_empty.txt":      "empty",
		"c_binary.txt":     "binary",
		"e_large.txt":      "max-bytes",
		"f_nobody.html":    "no article body",
		"g_broken.xml":     "malformed feed",
		"h_lines.jsonl":    "invalid JSON",
		"i_unreadable.txt": "no such file",
	}
	for _, err := range errs {
		var ie *dossier.InputError
		if !errors.As(err, &ie) {
			t.Errorf("error %v is not an InputError", err)
			continue
		}
		name := filepath.Base(ie.Path)
		want, ok := wantErr[name]
		if !ok {
			t.Errorf("unexpected error for %s: %v", name, err)
			continue
		}
		if !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), name) {
			t.Errorf("error for %s = %q, want it to name the file and say %q", name, err, want)
		}
		if name == "h_lines.jsonl" && ie.Line != 2 {
			t.Errorf("jsonl error at line %d, want 2", ie.Line)
		}
		delete(wantErr, name)
	}
	for name := range wantErr {
		t.Errorf("no error reported for %s", name)
	}
	for _, a := range arts {
		if a.Title == "Odd bytes" && !hasNote(a, "invalid UTF-8") {
			t.Errorf("invalid UTF-8 repaired without a note: %q", a.Notes)
		}
	}
}

func TestStdinSniffing(t *testing.T) {
	tests := []struct {
		name, in, title string
	}{
		{"text", "Plain title\n\nPlain body sentence.", "Plain title"},
		{"jsonl", `{"title":"Json title","text":"Json body."}`, "Json title"},
		{"feed", rssFeed, "Ferry service suspended"},
	}
	for _, tt := range tests {
		arts, _ := collect(t, []string{"-"}, Options{Stdin: strings.NewReader(tt.in)})
		if len(arts) == 0 || arts[0].Title != tt.title {
			t.Errorf("%s: stdin read as %v, want title %q", tt.name, arts, tt.title)
		}
	}
}

func TestContentHashIgnoresLayout(t *testing.T) {
	a := dossier.ContentHash("Title", "One “two”\n\nthree.")
	b := dossier.ContentHash("title", "One  \"two\" three.")
	c := dossier.ContentHash("Title", "One two three four.")
	if a != b {
		t.Error("hash differs for layout and quote-mark variants")
	}
	if a == c {
		t.Error("hash equal for different texts")
	}
}

func hasNote(a *dossier.Article, s string) bool {
	for _, n := range a.Notes {
		if strings.Contains(n, s) {
			return true
		}
	}
	return false
}
