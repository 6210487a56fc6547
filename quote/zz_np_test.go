package quote

import (
	"fmt"
	"os"
	"testing"

	"dossier/text"
)

func TestZZNP(t *testing.T) {
	s := os.Getenv("SENT")
	if s == "" {
		t.Skip()
	}
	doc := text.NewDoc(s)
	x := newExtractor(doc)
	for i := range x.toks {
		if x.ti[i].verb != 0 {
			spk, np, ok := x.speakerLeft(i, 0)
			fmt.Printf("verb %q at %d: spk=%v np=%v ok=%v heading=%v\n", x.text(i), i, spk, np, ok, x.heading(0))
			c := x.complement(&verbs[x.ti[i].verb-1], i+1, len(x.toks), true)
			fmt.Printf("  comp kind=%d content=%v\n", c.kind, c.content)
		}
	}
}
