package quote

import (
	"fmt"
	"os"
	"testing"

	"dossier/text"
)

func TestZZDbg(t *testing.T) {
	s := os.Getenv("SENT")
	if s == "" {
		t.Skip()
	}
	doc := text.NewDoc(s)
	sts := Extract(doc)
	ph := SpeakerPhrases(doc, sts)
	for k, st := range sts {
		fmt.Printf("%s spk=[%s] np=[%s] cue=[%s] venue=[%s] time=[%s] content=[%s]\n", st.Kind, st.SpeakerText, ph[k].Of(s), st.Cue, st.Venue, st.TimeText, st.Text)
	}
}
