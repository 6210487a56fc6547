package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"dossier"
)

// jsonRecord is one line of a JSON Lines corpus, in the layout of
// ../shared/data/news-corpus: id, url, title, source, published, authors,
// and the body as text or as HTML.
type jsonRecord struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Source    string          `json:"source"`
	Published string          `json:"published"`
	Authors   json.RawMessage `json:"authors"` // "A, B" or ["A", "B"]
	Text      string          `json:"text"`
	HTML      string          `json:"html"`
}

// readJSONL reads a JSON Lines stream and yields one article per good
// line. A broken line yields an InputError with its line number and the
// reading goes on; a line over maxBytes is refused the same way. It stops
// early when yield returns false.
func readJSONL(r io.Reader, path string, opts Options, yield func(*dossier.Article, error) bool) bool {
	// Decoding and cleaning a record costs far more than reading its
	// line, so lines are parsed on every core and yielded in file order.
	type job struct {
		line   int
		data   []byte
		err    error
		result chan parsed
	}
	maxBytes := opts.maxBytes()
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan job, workers*4)
	order := make(chan job, workers*4)
	done := make(chan struct{})
	defer close(done)

	go func() { // reader
		defer close(jobs)
		defer close(order)
		br := bufio.NewReaderSize(r, 1<<20)
		for line := 1; ; line++ {
			data, tooLong, eof, err := readLine(br, nil, maxBytes)
			j := job{line: line, data: data, result: make(chan parsed, 1)}
			switch {
			case err != nil:
				j.err = err
			case tooLong:
				j.err = fmt.Errorf("record over --max-bytes (%d bytes): %w", maxBytes, dossier.ErrTooLarge)
			case len(bytes.TrimSpace(data)) == 0:
				j.data = nil
			}
			if j.err == nil && j.data == nil {
				if eof {
					return
				}
				continue
			}
			select {
			case order <- j:
			case <-done:
				return
			}
			if j.err == nil {
				select {
				case jobs <- j:
				case <-done:
					return
				}
			}
			if eof || err != nil {
				return
			}
		}
	}()
	for range workers {
		go func() {
			for j := range jobs {
				start := time.Now()
				a, err := parseRecord(bytes.TrimSpace(j.data), path)
				opts.parsed(a, start)
				j.result <- parsed{a, err}
			}
		}()
	}
	for j := range order {
		if j.err != nil {
			if !yield(nil, &dossier.InputError{Path: path, Line: j.line, Err: j.err}) {
				return false
			}
			continue
		}
		p := <-j.result
		if p.err != nil {
			var ie *dossier.InputError
			if !errors.As(p.err, &ie) {
				ie = &dossier.InputError{Path: path, Err: p.err}
			}
			ie.Line = j.line
			if !yield(nil, ie) {
				return false
			}
			continue
		}
		if !yield(p.article, nil) {
			return false
		}
	}
	return true
}

type parsed struct {
	article *dossier.Article
	err     error
}

// readLine appends one line of br, without its newline, to buf. A line
// longer than max is consumed but not kept, and reported as tooLong. eof
// reports that the stream has ended.
func readLine(br *bufio.Reader, buf []byte, max int64) (line []byte, tooLong, eof bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 { // +1: the newline
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		switch err {
		case nil:
			return bytes.TrimSuffix(buf, []byte("\n")), tooLong, false, nil
		case bufio.ErrBufferFull:
			continue
		case io.EOF:
			return buf, tooLong, true, nil
		default:
			return buf, tooLong, true, err
		}
	}
}

// parseRecord turns one JSON object into an article.
func parseRecord(data []byte, path string) (*dossier.Article, error) {
	if !utf8.Valid(data) {
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	var rec jsonRecord
	if err := json.Unmarshal(data, &rec); err != nil {
		return nil, fmt.Errorf("invalid JSON: %w", err)
	}
	id := recordID(rec.ID)
	a := &dossier.Article{
		ExternalID: id,
		URL:        strings.TrimSpace(rec.URL),
		Source:     collapseSpaces(rec.Source),
		File:       path,
		Format:     "jsonl",
	}
	a.Title, _ = RepairMojibake(collapseSpaces(normaliseChars(rec.Title)))
	a.Authors = parseAuthors(rec.Authors)
	if rec.Published != "" {
		a.Published = noteDate(a, rec.Published)
	}
	body := rec.Text
	if strings.TrimSpace(body) == "" && rec.HTML != "" {
		extracted, err := ReadHTML([]byte(rec.HTML), path, a.URL)
		if err != nil {
			return nil, &dossier.InputError{Path: path, Item: itemName(id), Err: fmt.Errorf("html: %w", err)}
		}
		body = extracted.Text
		if a.Title == "" {
			a.Title = extracted.Title
		}
		if a.Source == "" {
			a.Source = extracted.Source
		}
		if a.Published == nil {
			a.Published = extracted.Published
		}
	}
	body, n := RepairMojibake(body)
	if n > 0 {
		a.Notes = append(a.Notes, fmt.Sprintf("repaired %d mojibake sequence(s)", n))
	}
	text, trailerSource, notes := CleanText(a.Title, body)
	a.Text = text
	a.Notes = append(a.Notes, notes...)
	if a.Source == "" {
		a.Source = trailerSource
	}
	if a.Text == "" {
		return nil, &dossier.InputError{Path: path, Item: itemName(id), Err: fmt.Errorf("field text: %w", dossier.ErrNoBody)}
	}
	a.Seal()
	return a, nil
}

func itemName(id string) string {
	if id == "" {
		return ""
	}
	return "id " + id
}

// recordID reads an id given as a JSON string or number.
func recordID(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	if n, err := strconv.ParseFloat(string(raw), 64); err == nil {
		return strconv.FormatFloat(n, 'f', -1, 64)
	}
	return string(raw)
}

// parseAuthors reads authors given as one string ("A, B and C") or a list.
func parseAuthors(raw json.RawMessage) []string {
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		var out []string
		for _, s := range list {
			if s = collapseSpaces(s); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	var s string
	if json.Unmarshal(raw, &s) == nil && strings.TrimSpace(s) != "" {
		return splitAuthors(s)
	}
	return nil
}
