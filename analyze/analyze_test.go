package analyze

import (
	"errors"
	"testing"
	"time"

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

func TestPipelineLanguage(t *testing.T) {
	en := &dossier.Article{ID: "en1", Text: "The mayor said on Tuesday that the bridge would reopen in May. Engineers had found cracks in two of its pillars last year. “We are confident the repairs are complete,” she told reporters."}
	c := &counting{}
	an, err := New(c).Analyze(en)
	if err != nil {
		t.Fatalf("English article: %v", err)
	}
	if c.seen != 3 || len(an.Sentences) != 3 {
		t.Errorf("English article: annotator saw %d sentences, analysis has %d; want 3", c.seen, len(an.Sentences))
	}

	short := &dossier.Article{ID: "s1", Text: "Breaking news."}
	c = &counting{}
	if _, err := New(c).Analyze(short); err != nil || c.seen != 1 {
		t.Errorf("short article: err %v, annotator saw %d sentences; want it run", err, c.seen)
	}

	de := &dossier.Article{ID: "de1", Text: "Der Bürgermeister sagte am Dienstag, dass die Brücke im Mai wieder geöffnet wird. Ingenieure hatten im vergangenen Jahr Risse in zwei Pfeilern gefunden. „Wir sind sicher, dass die Reparaturen abgeschlossen sind“, sagte sie den Journalisten. Die Stadt hat dafür mehr als zwei Millionen Euro ausgegeben."}
	c = &counting{}
	an, err = New(c).Analyze(de)
	var skipped SkippedError
	if !errors.As(err, &skipped) {
		t.Fatalf("German article: err = %v, want a SkippedError", err)
	}
	if skipped.Article != "de1" || skipped.Language != "de" {
		t.Errorf("SkippedError = %+v", skipped)
	}
	if want := "article de1 is in German (de), not English: entities, statements and claims skipped"; err.Error() != want {
		t.Errorf("err = %q, want %q", err, want)
	}
	if c.seen != 0 {
		t.Errorf("German article: annotator ran")
	}
	if an == nil || len(an.Sentences) != 4 || an.Tokens == 0 || an.Article != "de1" {
		t.Errorf("German article: analysis %+v, want its 4 sentences and tokens", an)
	}
	if len(an.Statements) != 0 || len(an.Mentions) != 0 {
		t.Errorf("German article: statements or mentions found")
	}
}

func TestStatementDates(t *testing.T) {
	thursday := time.Date(2025, 3, 6, 9, 0, 0, 0, time.UTC)
	text := "The minister said on Tuesday that the dam was safe."
	for _, tt := range []struct {
		published *time.Time
		want      string
	}{
		{&thursday, "2025-03-04"},
		{nil, ""}, // no anchor: no invented date
	} {
		a := &dossier.Article{ID: "a1", Text: text, Published: tt.published}
		an, err := New(Statements{}, Times{}).Analyze(a)
		if err != nil {
			t.Fatal(err)
		}
		if len(an.Statements) != 1 || an.Statements[0].When != tt.want {
			t.Errorf("published %v: statements %+v, want one dated %q", tt.published, an.Statements, tt.want)
		}
	}
}
