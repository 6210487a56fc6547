package eval

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"dossier"
	"dossier/text"
	"dossier/timex"
)

// TimeDoc is one document with gold TIMEX3 annotations: its plain text,
// its creation time and its gold expressions (the DCT itself excluded).
type TimeDoc struct {
	Name string
	Text string
	DCT  time.Time
	// DCTSpan is where the DCT expression lies in Text, when it lies in
	// it (MEANTIME's dateline); predictions over it are not scored.
	DCTSpan dossier.Span
	Gold    []timex.Expr
}

// TimeResult is the TempEval-3 Task A score of timex.Find on a folder.
type TimeResult struct {
	Dir                    string
	Docs, Gold, Pred       int
	StrictMatch            int // predictions with the exact gold span
	RelaxedMatch           int // predictions overlapping a gold span (one to one)
	TypeMatch, ValueMatch  int // relaxed matches with the right type / value
	StrictP, StrictR       float64
	StrictF1               float64
	RelaxedP, RelaxedR     float64
	RelaxedF1              float64
	TypeAcc, ValueAcc      float64 // over relaxed matches
	ValueP, ValueR, ValueF float64 // relaxed span and value both right
}

// EvalTime scores timex.Find on every TimeML (.tml, TempEval-3 style) or
// MEANTIME CAT (.xml) file under dir; the format is detected per file.
func EvalTime(dir string) (TimeResult, error) {
	// MEANTIME ships each document twice; score the intra-document copy.
	if st, err := os.Stat(filepath.Join(dir, "intra-doc_annotation")); err == nil && st.IsDir() {
		dir = filepath.Join(dir, "intra-doc_annotation")
	}
	var docs []TimeDoc
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !(strings.HasSuffix(p, ".tml") || strings.HasSuffix(p, ".xml")) {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		doc, ok, err := ParseTimeDoc(b)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		if ok {
			doc.Name = p
			docs = append(docs, doc)
		}
		return nil
	})
	if err != nil {
		return TimeResult{}, err
	}
	if len(docs) == 0 {
		return TimeResult{}, fmt.Errorf("%s: no TimeML or MEANTIME files", dir)
	}
	r := ScoreTime(docs)
	r.Dir = dir
	return r, nil
}

// ParseTimeDoc reads one TimeML or MEANTIME CAT file; ok is false for a
// file in neither format.
func ParseTimeDoc(b []byte) (TimeDoc, bool, error) {
	switch {
	case bytes.Contains(b, []byte("<token ")) && bytes.Contains(b, []byte("<Markables")):
		d, err := parseMeantime(b)
		return d, err == nil, err
	case bytes.Contains(b, []byte("<TIMEX3")) || bytes.Contains(b, []byte("<TimeML")):
		d, err := parseTimeML(b)
		return d, err == nil, err
	}
	return TimeDoc{}, false, nil
}

var (
	attrRe = regexp.MustCompile(`([A-Za-z_:]+)\s*=\s*"([^"]*)"`)
	dctRe  = regexp.MustCompile(`<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>`)
)

func parseDCT(v string) time.Time {
	for _, l := range []string{"2006-01-02", "20060102", "01-02-2006"} {
		if len(v) >= len(l) {
			if t, err := time.Parse(l, v[:len(l)]); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}

func attrs(tag string) map[string]string {
	m := map[string]string{}
	for _, a := range attrRe.FindAllStringSubmatch(tag, -1) {
		m[a[1]] = a[2]
	}
	return m
}

// parseTimeML strips the tags of the TEXT element, keeping the byte
// offsets of the gold TIMEX3 elements in the stripped text.
func parseTimeML(b []byte) (TimeDoc, error) {
	var d TimeDoc
	s := string(b)
	if m := dctRe.FindString(s); m != "" {
		d.DCT = parseDCT(attrs(m)["value"])
	}
	d.DCTSpan = dossier.Span{Start: -1, End: -1}
	start := strings.Index(s, "<TEXT>")
	end := strings.LastIndex(s, "</TEXT>")
	if start < 0 || end < start {
		return d, fmt.Errorf("no TEXT element")
	}
	s = s[start+len("<TEXT>") : end]
	var out strings.Builder
	type open struct {
		start int
		a     map[string]string
	}
	var stack []open
	for i := 0; i < len(s); {
		switch s[i] {
		case '<':
			j := strings.IndexByte(s[i:], '>')
			if j < 0 {
				return d, fmt.Errorf("unclosed tag")
			}
			tag := s[i+1 : i+j]
			i += j + 1
			switch {
			case strings.HasPrefix(tag, "TIMEX3"):
				if strings.HasSuffix(tag, "/") {
					continue // empty timex: no text to find
				}
				stack = append(stack, open{out.Len(), attrs(tag)})
			case tag == "/TIMEX3" && len(stack) > 0:
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				sp := dossier.Span{Start: o.start, End: out.Len()}
				if o.a["functionInDocument"] == "CREATION_TIME" {
					d.DCTSpan = sp
					continue
				}
				d.Gold = append(d.Gold, timex.Expr{Span: sp, Type: o.a["type"], Value: o.a["value"]})
			}
		case '&':
			j := strings.IndexByte(s[i:], ';')
			if j > 0 && j < 10 {
				if r, ok := entities[s[i+1:i+j]]; ok {
					out.WriteString(r)
					i += j + 1
					continue
				}
			}
			out.WriteByte('&')
			i++
		default:
			out.WriteByte(s[i])
			i++
		}
	}
	d.Text = out.String()
	for k := range d.Gold {
		d.Gold[k].Text = d.Gold[k].Span.Of(d.Text)
	}
	return d, nil
}

var entities = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'"}

type meantimeDoc struct {
	Tokens []struct {
		Sentence int    `xml:"sentence,attr"`
		TID      string `xml:"t_id,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
	Timexes []struct {
		Type     string `xml:"type,attr"`
		Value    string `xml:"value,attr"`
		Function string `xml:"functionInDocument,attr"`
		Anchors  []struct {
			TID string `xml:"t_id,attr"`
		} `xml:"token_anchor"`
	} `xml:"Markables>TIMEX3"`
}

// parseMeantime joins the tokens of a CAT file with spaces, one sentence
// a paragraph, and maps the token anchors of its TIMEX3 markables to byte
// spans.
func parseMeantime(b []byte) (TimeDoc, error) {
	var c meantimeDoc
	var d TimeDoc
	d.DCTSpan = dossier.Span{Start: -1, End: -1}
	if err := xml.Unmarshal(b, &c); err != nil {
		return d, err
	}
	var out strings.Builder
	spans := map[string]dossier.Span{}
	// MEANTIME annotates the title and the first five sentences only
	// (sentences 0-5); the rest of the text is not scored.
	n := 0
	for n < len(c.Tokens) && c.Tokens[n].Sentence <= meantimeLastSentence {
		n++
	}
	c.Tokens = c.Tokens[:n]
	for k, t := range c.Tokens {
		if k > 0 {
			if t.Sentence != c.Tokens[k-1].Sentence {
				out.WriteString("\n\n")
			} else {
				out.WriteByte(' ')
			}
		}
		st := out.Len()
		out.WriteString(t.Text)
		spans[t.TID] = dossier.Span{Start: st, End: out.Len()}
	}
	d.Text = out.String()
	for _, x := range c.Timexes {
		sp := dossier.Span{Start: -1}
		for _, a := range x.Anchors {
			ts, ok := spans[a.TID]
			if !ok {
				continue
			}
			if sp.Start < 0 || ts.Start < sp.Start {
				sp.Start = ts.Start
			}
			if ts.End > sp.End {
				sp.End = ts.End
			}
		}
		if x.Function == "CREATION_TIME" {
			d.DCT = parseDCT(x.Value)
			if sp.Start >= 0 {
				d.DCTSpan = sp
			}
			continue
		}
		if sp.Start < 0 {
			continue // a timex with no tokens
		}
		d.Gold = append(d.Gold, timex.Expr{Span: sp, Text: sp.Of(d.Text), Type: x.Type, Value: x.Value})
	}
	sort.Slice(d.Gold, func(i, j int) bool { return d.Gold[i].Span.Start < d.Gold[j].Span.Start })
	return d, nil
}

// meantimeLastSentence is the last sentence MEANTIME annotates.
const meantimeLastSentence = 5

func timeOverlaps(a, b dossier.Span) bool { return a.Start < b.End && b.Start < a.End }

// ScoreTime runs timex.Find on every document and scores it.
func ScoreTime(docs []TimeDoc) TimeResult {
	var r TimeResult
	r.Docs = len(docs)
	for _, d := range docs {
		pred := timex.Find(text.NewDoc(d.Text), d.DCT)
		var keep []timex.Expr
		for _, p := range pred {
			if d.DCTSpan.Start >= 0 && timeOverlaps(p.Span, d.DCTSpan) {
				continue
			}
			keep = append(keep, p)
		}
		scoreTimeDoc(&r, d.Gold, keep)
	}
	r.StrictP, r.StrictR, r.StrictF1 = timePRF(r.StrictMatch, r.Pred, r.Gold)
	r.RelaxedP, r.RelaxedR, r.RelaxedF1 = timePRF(r.RelaxedMatch, r.Pred, r.Gold)
	r.ValueP, r.ValueR, r.ValueF = timePRF(r.ValueMatch, r.Pred, r.Gold)
	if r.RelaxedMatch > 0 {
		r.TypeAcc = float64(r.TypeMatch) / float64(r.RelaxedMatch)
		r.ValueAcc = float64(r.ValueMatch) / float64(r.RelaxedMatch)
	}
	return r
}

func timePRF(match, pred, gold int) (p, rc, f float64) {
	if pred > 0 {
		p = float64(match) / float64(pred)
	}
	if gold > 0 {
		rc = float64(match) / float64(gold)
	}
	if p+rc > 0 {
		f = 2 * p * rc / (p + rc)
	}
	return
}

// scoreTimeDoc matches predictions to gold one to one: first exact spans,
// then overlapping ones, in text order.
func scoreTimeDoc(r *TimeResult, gold, pred []timex.Expr) {
	r.Gold += len(gold)
	r.Pred += len(pred)
	gUsed := make([]bool, len(gold))
	pOf := make([]int, len(pred))
	for i := range pOf {
		pOf[i] = -1
	}
	for i, p := range pred {
		for j, g := range gold {
			if !gUsed[j] && p.Span == g.Span {
				gUsed[j], pOf[i] = true, j
				r.StrictMatch++
				break
			}
		}
	}
	for i, p := range pred {
		if pOf[i] >= 0 {
			continue
		}
		for j, g := range gold {
			if !gUsed[j] && timeOverlaps(p.Span, g.Span) {
				gUsed[j], pOf[i] = true, j
				break
			}
		}
	}
	for i, p := range pred {
		j := pOf[i]
		if j < 0 {
			continue
		}
		r.RelaxedMatch++
		if p.Type == gold[j].Type {
			r.TypeMatch++
		}
		if strings.EqualFold(p.Value, gold[j].Value) {
			r.ValueMatch++
		}
	}
}

// WriteTable prints the scores; the last line is machine-readable.
func (r TimeResult) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "TIMEX3 (TempEval-3 Task A) on %s: %d docs, %d gold, %d predicted\n", r.Dir, r.Docs, r.Gold, r.Pred)
	fmt.Fprintf(w, "%-14s %7s %7s %7s\n", "", "P", "R", "F1")
	fmt.Fprintf(w, "%-14s %7.3f %7.3f %7.3f\n", "strict span", r.StrictP, r.StrictR, r.StrictF1)
	fmt.Fprintf(w, "%-14s %7.3f %7.3f %7.3f\n", "relaxed span", r.RelaxedP, r.RelaxedR, r.RelaxedF1)
	fmt.Fprintf(w, "%-14s %7.3f %7.3f %7.3f\n", "value", r.ValueP, r.ValueR, r.ValueF)
	fmt.Fprintf(w, "type accuracy %.3f, value accuracy %.3f (over %d relaxed matches)\n", r.TypeAcc, r.ValueAcc, r.RelaxedMatch)
	fmt.Fprintf(w, "strict_f1=%.3f relaxed_f1=%.3f value_f1=%.3f type_acc=%.3f\n", r.StrictF1, r.RelaxedF1, r.ValueF, r.TypeAcc)
}
