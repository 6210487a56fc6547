package entity

import (
	"bytes"
	"testing"
)

func TestWordStats(t *testing.T) {
	ws := wordStats()
	if len(ws) < 10000 {
		t.Fatalf("%d forms in the embedded word statistics", len(ws))
	}
	stat := func(w string) (in tokInfo) {
		describe(w, &in)
		in.stat = ws[in.word]
		return in
	}
	if b := stat("People").stat >> capShift; b != 1 {
		t.Errorf("People: capitalisation bucket %d, want 1", b)
	}
	if b := stat("Boeing").stat >> capShift; b != CapBuckets {
		t.Errorf("Boeing: capitalisation bucket %d, want %d", b, CapBuckets)
	}
	if stat("Boeing").stat&(1<<clusterField-1) == 0 {
		t.Error("Boeing has no cluster")
	}
	if s := stat("Zqxjv-unseen").stat; s != 0 {
		t.Errorf("unseen form has statistics %x", s)
	}
	// digits are folded as in the word feature
	if stat("1990s").stat != stat("2010s").stat {
		t.Error("1990s and 2010s differ")
	}
}

func TestWordStatsRoundTrip(t *testing.T) {
	rows := []WordStat{{Form: "Apple", Cluster: [Clusterings]int{7, 4095}, Cap: 4, Contexts: []int{3, 2001}}, {Form: "apple", Cluster: [Clusterings]int{1, 2}}}
	var buf bytes.Buffer
	if err := WriteWordStats(&buf, rows); err != nil {
		t.Fatal(err)
	}
	m, ctx, err := readWordStats(&buf)
	if err != nil {
		t.Fatal(err)
	}
	var in tokInfo
	describe("Apple", &in)
	in.stat = m[in.word]
	if in.clusterPrefix(0, 3) != 7 || in.clusterPrefix(1, 3) != 1<<32|4095 || in.stat>>capShift != 4 {
		t.Errorf("round trip: %x", in.stat)
	}
	if c := ctx[in.word]; len(c) != 2 || c[0] != 3 || c[1] != 2001 {
		t.Errorf("round trip contexts: %v", c)
	}
	describe("apple", &in)
	if c, ok := ctx[in.word]; ok || m[in.word] == 0 {
		t.Errorf("apple: contexts %v, stat %x", c, m[in.word])
	}
}
