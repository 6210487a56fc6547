package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const timemlFixture = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-05-03" temporalFunction="false" functionInDocument="CREATION_TIME">May 3, 2023</TIMEX3></DCT>
<TEXT>
The council <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2023-05-02" functionInDocument="NONE">yesterday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT2H" functionInDocument="NONE">two hours</TIMEX3> &amp; talked.
It will meet again <TIMEX3 tid="t3" type="DATE" value="2023-05-05" functionInDocument="NONE">Friday</TIMEX3>, the mayor said <TIMEX3 tid="t4" type="DATE" value="PRESENT_REF" functionInDocument="NONE">now</TIMEX3>.
</TEXT>
</TimeML>
`

func TestEvalTimeFixture(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x.tml"), []byte(timemlFixture), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, ok, err := ParseTimeDoc([]byte(timemlFixture))
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	if !doc.DCT.Equal(time.Date(2023, 5, 3, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("DCT %v", doc.DCT)
	}
	if len(doc.Gold) != 4 || doc.Gold[0].Text != "yesterday" || doc.Gold[1].Text != "two hours" {
		t.Fatalf("gold %+v", doc.Gold)
	}
	if !strings.Contains(doc.Text, "hours & talked") {
		t.Errorf("entity not decoded: %q", doc.Text)
	}
	r, err := EvalTime(dir)
	if err != nil {
		t.Fatal(err)
	}
	if r.Gold != 4 || r.StrictMatch != 4 || r.ValueMatch != 4 || r.StrictF1 != 1 {
		var b strings.Builder
		r.WriteTable(&b)
		t.Errorf("fixture score:\n%s", b.String())
	}
	var b strings.Builder
	r.WriteTable(&b)
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if !strings.HasPrefix(lines[len(lines)-1], "strict_f1=1.000 relaxed_f1=1.000 value_f1=1.000 type_acc=1.000") {
		t.Errorf("last line %q", lines[len(lines)-1])
	}
}

func TestEvalTimeCorpus(t *testing.T) {
	for _, c := range []struct {
		dir            string
		strict, valueF float64
	}{
		// Measured strict / value F1 0.881 / 0.806 (TimeBank+AQUAINT) and
		// 0.861 / 0.780 (MEANTIME); the floors leave a margin of about
		// 0.02, so that a rule change that loses ground shows.
		{"../../shared/data/timebank-aquaint", 0.86, 0.785},
		{"../../shared/data/meantime-en", 0.84, 0.76},
	} {
		if _, err := os.Stat(c.dir); err != nil {
			t.Logf("%s absent, skipped", c.dir)
			continue
		}
		r, err := EvalTime(c.dir)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		r.WriteTable(&b)
		t.Log("\n" + b.String())
		if r.StrictF1 < c.strict || r.ValueF < c.valueF {
			t.Errorf("%s: strict F1 %.3f (floor %.3f), value F1 %.3f (floor %.3f)", c.dir, r.StrictF1, c.strict, r.ValueF, c.valueF)
		}
	}
}
