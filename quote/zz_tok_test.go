package quote

import (
	"fmt"
	"os"
	"testing"

	"dossier/text"
)

func TestZZTok(t *testing.T) {
	s := os.Getenv("SENT")
	if s == "" {
		t.Skip()
	}
	doc := text.NewDoc(s)
	for _, tk := range doc.Tokens {
		fmt.Printf("[%s %d %d] ", tk.Span.Of(s), tk.Kind, tk.Flags)
	}
	fmt.Println()
}
