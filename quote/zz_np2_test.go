package quote

import (
	"fmt"
	"os"
	"testing"

	"dossier/text"
)

func TestZZNP2(t *testing.T) {
	s := os.Getenv("SENT")
	doc := text.NewDoc(s)
	x := newExtractor(doc)
	for i := range x.toks {
		if x.is(i, "in") {
			np, ok := x.npRight(i+1, len(x.toks))
			fmt.Println("in at", i, np, ok, x.ti[i+2].verb, x.ti[i+2].cls)
		}
	}
}
