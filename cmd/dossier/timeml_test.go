package main

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dossier/eval"
	"dossier/text"
	"dossier/timex"
)

// A fictional article with the characters XML must escape.
const timemlInput = "Harbour master Ilse Varga said on Thursday that R&D <costs> at the \"Lastovo\" depot rose 5% since May 3, 2023.\n\nTalks resume next week & the report is due in two days.\n"

func TestTimeMLRoundTrip(t *testing.T) {
	dct := time.Date(2023, 5, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		args  []string
		stdin string
		dct   time.Time
	}{
		{"stdin with dct", []string{"timeml", "--dct", "2023-05-05", "-"}, timemlInput, dct},
		{"rfc3339 dct, flag after file", []string{"timeml", "-", "--dct", "2023-05-05T14:00:00Z"}, timemlInput, dct},
		{"no dct", []string{"timeml", "-"}, timemlInput, time.Time{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := run(t, tc.stdin, tc.args...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			// Well-formed XML.
			dec := xml.NewDecoder(strings.NewReader(out))
			for {
				if _, err := dec.Token(); err != nil {
					if err.Error() != "EOF" {
						t.Fatalf("not well-formed: %v\n%s", err, out)
					}
					break
				}
			}
			doc, ok, err := eval.ParseTimeDoc([]byte(out))
			if err != nil || !ok {
				t.Fatalf("read back: %v %v", ok, err)
			}
			if doc.Text != tc.stdin {
				t.Errorf("text read back differs:\n got %q\nwant %q", doc.Text, tc.stdin)
			}
			if !doc.DCT.Equal(tc.dct) {
				t.Errorf("DCT read back %v, want %v", doc.DCT, tc.dct)
			}
			want := timex.Find(text.NewDoc(tc.stdin), tc.dct)
			if len(doc.Gold) != len(want) {
				t.Fatalf("%d TIMEX3 read back, want %d:\n%s", len(doc.Gold), len(want), out)
			}
			for i, g := range doc.Gold {
				if g.Span != want[i].Span || g.Type != want[i].Type || g.Value != want[i].Value {
					t.Errorf("TIMEX3 %d = %+v, want %+v", i, g, want[i])
				}
			}
		})
	}
	// The values the tags carry, with the DCT.
	_, out, _ := run(t, timemlInput, "timeml", "--dct", "2023-05-05", "-")
	for _, want := range []string{
		`<TIMEX3 tid="t0" type="DATE" value="2023-05-05" temporalFunction="false" functionInDocument="CREATION_TIME">2023-05-05</TIMEX3>`,
		`<TIMEX3 tid="t1" type="DATE" value="2023-05-04">Thursday</TIMEX3>`,
		`R&amp;D &lt;costs&gt; at the "Lastovo" depot`,
		`<TIMEX3 tid="t4" type="DURATION" value="P2D">two days</TIMEX3>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s:\n%s", want, out)
		}
	}
}

func TestTimeMLErrors(t *testing.T) {
	dir := t.TempDir()
	ctrl := filepath.Join(dir, "ctrl.txt")
	if err := os.WriteFile(ctrl, []byte("Bell\x07 rang on Monday."), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		says string
	}{
		{"no file", []string{"timeml"}, exitUsage, "needs one FILE"},
		{"bad dct", []string{"timeml", "--dct", "May 5", "-"}, exitUsage, "--dct"},
		{"missing file", []string{"timeml", filepath.Join(dir, "none.txt")}, exitFailed, "no such file"},
		{"control character", []string{"timeml", ctrl}, exitOK, "<DOCID>ctrl</DOCID>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := run(t, "", tc.args...)
			if code != tc.code || !strings.Contains(out+errOut, tc.says) {
				t.Errorf("exit %d (want %d), output %q lacks %q", code, tc.code, out+errOut, tc.says)
			}
			if code == exitOK && strings.ContainsRune(out, '\x07') {
				t.Error("control character written into XML")
			}
		})
	}
}
