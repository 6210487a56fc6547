package quote

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"dossier/text"
)

func TestZZMiss(t *testing.T) {
	path := os.Getenv("ERRS")
	if path == "" {
		t.Skip()
	}
	f, _ := os.Open(path)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	re := regexp.MustCompile(`^MISS\tcue=\[(.*?)\]\tsrc=\[(.*?)\]`)
	var cue, src string
	n := 0
	for sc.Scan() {
		l := sc.Text()
		if m := re.FindStringSubmatch(l); m != nil {
			cue, src = m[1], m[2]
			continue
		}
		if !strings.HasPrefix(l, "\tSENT: ") || cue == "" {
			continue
		}
		sent := strings.TrimPrefix(l, "\tSENT: ")
		ws := strings.Fields(cue)
		last := strings.ToLower(ws[len(ws)-1])
		w, _ := lookup(last, nil)
		c := cue
		cue = ""
		if w.verb == 0 || src == "" || !strings.Contains(sent, c) {
			continue
		}
		doc := text.NewDoc(sent)
		found := false
		for _, st := range Extract(doc) {
			if strings.Contains(c, st.Cue) && st.Cue != "" {
				found = true
			}
		}
		if !found {
			n++
			fmt.Printf("[%s] [%s] %s\n", c, src, sent)
		}
	}
	fmt.Println("local misses:", n)
}
