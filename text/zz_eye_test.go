package text_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"dossier/text"
)

func show(s string) {
	d := text.NewDoc(s)
	fmt.Printf("%q\n", text.Words(s, d.Tokens))
	for _, se := range d.Sentences {
		fmt.Printf("  S[p%d] %q\n", se.Paragraph, se.Span.Of(s))
	}
	for _, q := range d.Quotes {
		fmt.Printf("  Q d%d closed=%v cont=%d %q\n", q.Depth, q.Closed, len(q.Continued), q.Span.Of(s))
	}
}

func TestEye(t *testing.T) {
	for _, s := range strings.Split(os.Getenv("EYE"), "|||") {
		show(strings.ReplaceAll(s, `\n`, "\n"))
	}
}

func TestEyeFile(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("EYEFILE"))
	if err != nil {
		t.Skip()
	}
	for _, s := range strings.Split(string(b), "\n@@@@\n") {
		d := text.NewDoc(s)
		fmt.Println("=========")
		for _, se := range d.Sentences {
			fmt.Printf("S[p%d] %s\n", se.Paragraph, se.Span.Of(s))
		}
		if os.Getenv("EYEQ") != "" {
			for _, q := range d.Quotes {
				fmt.Printf("  Q d%d closed=%v cont=%d %s\n", q.Depth, q.Closed, len(q.Continued), q.Span.Of(s))
			}
		}
	}
}

func TestEyeSuspicious(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("EYESUS"))
	if err != nil {
		t.Skip()
	}
	mode := os.Getenv("MODE")
	for _, s := range strings.Split(string(b), "\n@@@@\n") {
		d := text.NewDoc(s)
		for si, se := range d.Sentences {
			toks := d.SentenceTokens(si)
			switch mode {
			case "abbrsplit":
				last := toks[len(toks)-1]
				if last.Flags&text.Abbrev != 0 && si+1 < len(d.Sentences) && d.Sentences[si+1].Paragraph == se.Paragraph {
					nx := d.Sentences[si+1]
					fmt.Printf("ABBR-SPLIT: …%s || %.60s\n", tail(se.Span.Of(s), 60), nx.Span.Of(s))
				}
			case "inner":
				for k := 0; k+1 < len(toks); k++ {
					w := toks[k].Text(s)
					nw := toks[k+1].Text(s)
					if (toks[k].Flags&text.Abbrev != 0 || w == "." || w == "?" || w == "!") && len(nw) > 0 && nw[0] >= 'A' && nw[0] <= 'Z' {
						a := toks[k].Span.Start - 50
						if a < se.Span.Start {
							a = se.Span.Start
						}
						e := toks[k+1].Span.End + 30
						if e > se.Span.End {
							e = se.Span.End
						}
						fmt.Printf("NOSPLIT: %q\n", s[a:e])
					}
				}
			case "inner2":
				for k := 0; k+1 < len(toks); k++ {
					w := toks[k].Text(s)
					j := k + 1
					for j < len(toks) && toks[j].Kind == text.QuoteMark || j < len(toks) && toks[j].Text(s) == ")" {
						j++
					}
					if j >= len(toks) {
						continue
					}
					nw := toks[j].Text(s)
					if (w == "." || w == "?" || w == "!" || w == "…" || w == "...") && len(nw) > 0 && nw[0] >= 'A' && nw[0] <= 'Z' {
						a := toks[k].Span.Start - 50
						if a < se.Span.Start {
							a = se.Span.Start
						}
						e := toks[j].Span.End + 30
						if e > se.Span.End {
							e = se.Span.End
						}
						fmt.Printf("NOSPLIT2: %q\n", s[a:e])
					}
				}
			case "nlsplit":
				if si+1 < len(d.Sentences) && d.Sentences[si+1].Paragraph == se.Paragraph && strings.Contains(s[se.Span.End:d.Sentences[si+1].Span.Start], "\n") {
					fmt.Printf("NLSPLIT: %q || %.50q\n", tail(se.Span.Of(s), 50), d.Sentences[si+1].Span.Of(s))
				}
			case "short":
				if len(toks) <= 3 {
					fmt.Printf("SHORT: %q\n", se.Span.Of(s))
				}
			case "lower":
				r := toks[0].Text(s)
				if r[0] >= 'a' && r[0] <= 'z' {
					fmt.Printf("LOWER: %.100q\n", se.Span.Of(s))
				}
			case "nl":
				if strings.Contains(se.Span.Of(s), "\n") {
					fmt.Printf("NL: %q\n", se.Span.Of(s))
				}
			case "unclosed":
				for _, q := range d.Quotes {
					if !q.Closed {
						fmt.Printf("UNCLOSED: %.150q\n", q.Span.Of(s))
					}
				}
				goto next
			case "multi":
				for _, q := range d.Quotes {
					if len(q.Continued) > 0 {
						fmt.Printf("MULTI: %.300q\n", q.Span.Of(s))
					}
				}
				goto next
			}
		}
	next:
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
