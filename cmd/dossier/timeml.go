package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"dossier/text"
	"dossier/timex"
)

func init() {
	register(&command{
		name:    "timeml",
		summary: "write a text file as TimeML, its temporal expressions tagged TIMEX3 and normalised against the creation date",
		usage:   "[--dct DATE] FILE|-",
		example: "dossier timeml --dct 2023-05-04 article.txt > article.tml\n" +
			"dossier eval time DIR_OF_TML_FILES   # reads the same format back",
		run: runTimeML,
	})
}

func runTimeML(ctx context.Context, e *env, args []string) int {
	c := lookup("timeml")
	fs := newFlags(c, e)
	dctFlag := fs.String("dct", "", "document creation `DATE` (YYYY-MM-DD or RFC 3339) that relative expressions are read from; without it they keep X forms and no DCT is written")
	rest, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(rest) != 1 {
		return usageError(e, c, "needs one FILE (or - for standard input)")
	}
	var dct time.Time
	if *dctFlag != "" {
		var err error
		if dct, err = parseDCT(*dctFlag); err != nil {
			return usageError(e, c, "--dct %q: want YYYY-MM-DD or RFC 3339", *dctFlag)
		}
	}
	var b []byte
	var err error
	docID := "stdin"
	if rest[0] == "-" {
		b, err = io.ReadAll(e.stdin)
	} else {
		b, err = os.ReadFile(rest[0])
		docID = strings.TrimSuffix(filepath.Base(rest[0]), filepath.Ext(rest[0]))
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier timeml: %v\n", err)
		return exitFailed
	}
	if !utf8.Valid(b) {
		fmt.Fprintf(e.stderr, "dossier timeml: %s: not UTF-8 text\n", rest[0])
		return exitFailed
	}
	if err := writeTimeML(e.stdout, docID, string(b), dct); err != nil {
		fmt.Fprintf(e.stderr, "dossier timeml: %v\n", err)
		return exitFailed
	}
	return exitOK
}

func parseDCT(s string) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339, s)
}

// writeTimeML writes txt as a TimeML document: the DCT as the TIMEX3
// with functionInDocument="CREATION_TIME" (tid t0), and every expression
// timex.Find finds in the text wrapped in a TIMEX3 with its tid, type and
// value. The text between the tags is the input, XML-escaped, so that
// stripping the tags and decoding the entities gives it back byte for
// byte (characters XML cannot hold become U+FFFD).
func writeTimeML(w io.Writer, docID, txt string, dct time.Time) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n<TimeML>\n")
	bw.WriteString("<DOCID>" + xmlText(docID) + "</DOCID>\n")
	if !dct.IsZero() {
		v := dct.Format("2006-01-02")
		fmt.Fprintf(bw, `<DCT><TIMEX3 tid="t0" type="DATE" value="%s" temporalFunction="false" functionInDocument="CREATION_TIME">%s</TIMEX3></DCT>`+"\n", v, v)
	}
	bw.WriteString("<TEXT>")
	at := 0
	for i, x := range timex.Find(text.NewDoc(txt), dct) {
		bw.WriteString(xmlText(txt[at:x.Span.Start]))
		fmt.Fprintf(bw, `<TIMEX3 tid="t%d" type="%s" value="%s">%s</TIMEX3>`,
			i+1, xmlAttr(x.Type), xmlAttr(x.Value), xmlText(txt[x.Span.Start:x.Span.End]))
		at = x.Span.End
	}
	bw.WriteString(xmlText(txt[at:]))
	bw.WriteString("</TEXT>\n</TimeML>\n")
	return bw.Flush()
}

// xmlText escapes s for XML character data: &, < and > as entities, and
// characters XML 1.0 forbids (most control characters) as U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF:
			b.WriteRune(r)
		default:
			b.WriteRune(utf8.RuneError)
		}
	}
	return b.String()
}

// xmlAttr escapes s for a double-quoted attribute value.
func xmlAttr(s string) string {
	s = xmlText(s)
	s = strings.ReplaceAll(s, `"`, "&quot;")
	return strings.ReplaceAll(s, "\n", "&#10;")
}
