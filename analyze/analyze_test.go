package analyze

import (
	"errors"
	"testing"

	"dossier"
)

type failing struct{}

func (failing) Name() string        { return "failing" }
func (failing) Annotate(*Doc) error { return errors.New("boom") }

type counting struct{ seen int }

func (c *counting) Name() string { return "counting" }
func (c *counting) Annotate(d *Doc) error {
	c.seen = len(d.Sentences)
	return nil
}

func TestPipeline(t *testing.T) {
	a := &dossier.Article{ID: "a1", Text: "Dr. Lind arrived at 9 a.m. on Monday. “We are ready,” she said.\n\nThe vote is today."}
	c := &counting{}
	an, err := New(c).Analyze(a)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Dr. Lind arrived at 9 a.m. on Monday.", "“We are ready,” she said.", "The vote is today."}
	if len(an.Sentences) != len(want) || c.seen != len(want) {
		t.Fatalf("sentences %v, annotator saw %d; want %d", an.Sentences, c.seen, len(want))
	}
	for i, s := range an.Sentences {
		if got := s.Of(a.Text); got != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, got, want[i])
		}
	}
	if an.Article != "a1" || an.Tokens == 0 {
		t.Errorf("analysis = %+v", an)
	}
	if _, err := New(failing{}).Analyze(a); err == nil || err.Error() != "failing: article a1: boom" {
		t.Errorf("err = %v, want the annotator and article named", err)
	}
}
