package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"dossier"
	"dossier/quote"
	"dossier/text"
)

// TestPolNeARDiag writes a diagnostic dump (temporary).
func TestPolNeARDiag(t *testing.T) {
	path := os.Getenv("PNDIAG")
	if path == "" {
		t.Skip()
	}
	f, _ := os.Open(path)
	defer f.Close()
	out, _ := os.Create(os.Getenv("PNOUT"))
	defer out.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var d pnJSONDoc
		json.Unmarshal(sc.Bytes(), &d)
		gold, _ := pnGold(&d)
		doc := text.NewDoc(d.Text)
		pred := pnAdapt(doc, quote.Extract(doc))
		s := doc.Text
		txt := func(sp []dossier.Span) string {
			var parts []string
			for _, x := range sp {
				parts = append(parts, strings.ReplaceAll(x.Of(s), "\n", " "))
			}
			return strings.Join(parts, " | ")
		}
		type pair struct {
			f      float64
			gi, pi int
		}
		var pairs []pair
		for gi, g := range gold {
			for pi, p := range pred {
				if ff := tokenF1(pnTokens(s, g.content), pnTokens(s, p.content)); ff >= 0.5 {
					pairs = append(pairs, pair{ff, gi, pi})
				}
			}
		}
		sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].f > pairs[j].f })
		ug, up := map[int]int{}, map[int]int{}
		for _, p := range pairs {
			if _, ok := ug[p.gi]; ok {
				continue
			}
			if _, ok := up[p.pi]; ok {
				continue
			}
			ug[p.gi], up[p.pi] = p.pi, p.gi
		}
		sentOf := func(sp []dossier.Span) string {
			if len(sp) == 0 {
				return ""
			}
			i := doc.SentenceAt(sp[0].Start)
			if i >= len(doc.Sentences) {
				return ""
			}
			return strings.ReplaceAll(doc.Sentences[i].Span.Of(s), "\n", " ")
		}
		for gi, g := range gold {
			pi, ok := ug[gi]
			if !ok {
				fmt.Fprintf(out, "MISS\tcue=%s\tsrc=%s\tcon=%s\tSENT=%s\n", txt(g.cue), txt(g.source), txt(g.content), sentOf(g.cue))
				continue
			}
			p := pred[pi]
			fmt.Fprintf(out, "MATCH\tsrcEq=%v\tcueEq=%v\tconEq=%v\tgcue=%s\tpcue=%s\tgsrc=%s\tpsrc=%s\tgcon=%s\tpcon=%s\n",
				txt(g.source) == txt(p.source), txt(g.cue) == txt(p.cue), txt(g.content) == txt(p.content),
				txt(g.cue), txt(p.cue), txt(g.source), txt(p.source), txt(g.content), txt(p.content))
		}
		for pi, p := range pred {
			if _, ok := up[pi]; !ok {
				fmt.Fprintf(out, "FP\tcue=%s\tsrc=%s\tcon=%s\tSENT=%s\n", txt(p.cue), txt(p.source), txt(p.content), sentOf(p.cue))
			}
		}
	}
}
