package quote

import (
	"fmt"
	"os"
	"testing"

	"dossier/text"
)

func TestDbg(t *testing.T) {
	d := text.NewDoc(os.Getenv("S"))
	x := newExtractor(d)
	for i := range x.toks {
		fmt.Printf("%d %q w=%q cls=%b verb=%d form=%d q=%d cap=%v\n", i, x.text(i), x.ti[i].w, x.ti[i].cls, x.ti[i].verb, x.ti[i].form, x.ti[i].q, x.ti[i].cap)
	}
	end := 0
	fmt.Sscan(os.Getenv("E"), &end)
	np, ok := x.npLeft(end, 0)
	fmt.Println("npLeft", np, ok)
	spk, np2, ok2 := x.speakerLeft(end, 0)
	fmt.Println("speakerLeft", spk, np2, ok2)
}

func TestDbgSubj(t *testing.T) {
	d := text.NewDoc(os.Getenv("S"))
	x := newExtractor(d)
	end := 0
	fmt.Sscan(os.Getenv("E"), &end)
	np, ok := x.subjectOf(0, end)
	fmt.Println("subjectOf", np, ok)
	np, ok = x.npRight(0, end)
	fmt.Println("npRight0", np, ok)
}
