package entity

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteNames(t *testing.T) {
	dir := t.TempDir()
	// data.noun lines: offset lexfile pos word-count (word lex-id)... pointer-count pointers | gloss
	noun := "  1 This licence header line is skipped\n" +
		"00000001 18 n 02 Olmo_Varga 0 Varga 0 001 @i 00000009 n 0000 | a made-up painter\n" +
		"00000002 18 n 01 Norlander 0 001 @ 00000009 n 0000 | a native of Norland\n" +
		"00000003 15 n 01 Lake_Ostrava 0 001 @i 00000009 n 0000 | a made-up lake\n" +
		"00000004 14 n 01 Vostra_Brothers 0 001 @i 00000009 n 0000 | a made-up band\n" +
		"00000005 06 n 01 teapot 0 001 @ 00000009 n 0000 | a pot\n" +
		"00000006 20 n 01 Ulmus_minor 0 001 @ 00000009 n 0000 | a binomial, not a name\n"
	if err := os.WriteFile(filepath.Join(dir, "data.noun"), []byte(noun), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := WriteNames(dir, &out); err != nil {
		t.Fatal(err)
	}
	tab, err := readNames(&out)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]uint8{
		"Olmo Varga":      nameClassPersonInst,
		"Varga":           nameClassPersonInst,
		"Norlander":       nameClassPerson,
		"Lake Ostrava":    nameClassPlace,
		"Vostra Brothers": nameClassOrgInst,
	}
	for k, v := range want {
		if got := tab.seq[testNameKey(k)]; got != v {
			t.Errorf("%q: classes %08b, want %08b", k, got, v)
		}
	}
	for _, k := range []string{"teapot", "Ulmus minor", ""} {
		if _, ok := tab.seq[testNameKey(k)]; ok {
			t.Errorf("%q should not be a name", k)
		}
	}
	if len(tab.seq) != len(want) {
		t.Errorf("%d names, want %d", len(tab.seq), len(want))
	}
	if tab.maxLen[wordHash("Lake")] != 2 || tab.maxLen[wordHash("Varga")] != 1 {
		t.Errorf("maxLen Lake=%d Varga=%d, want 2 and 1", tab.maxLen[wordHash("Lake")], tab.maxLen[wordHash("Varga")])
	}
}

func TestEmbeddedNames(t *testing.T) {
	tab := names()
	if len(tab.seq) < 10000 {
		t.Fatalf("embedded names: %d entries", len(tab.seq))
	}
	if c := tab.seq[testNameKey("Paris")]; c&nameClassPlace == 0 {
		t.Errorf("Paris: classes %08b, want the place class", c)
	}
}

func TestNameFeatures(t *testing.T) {
	// "Lake Geneva" is a place in WordNet: its words begin and continue a
	// name, and the run of capitalised words is the name as a whole.
	var s docScratch
	words := []string{"They", "sailed", "on", "Lake", "Geneva", "."}
	s.prepare(words, []int{0})
	if s.info[3].nameB&nameClassPlace == 0 || s.info[4].nameI&nameClassPlace == 0 {
		t.Errorf("Lake Geneva: nameB %08b, nameI %08b", s.info[3].nameB, s.info[4].nameI)
	}
	if s.info[3].nameLen != 2 {
		t.Errorf("Lake: nameLen %d, want 2", s.info[3].nameLen)
	}
}

func wordHash(w string) uint64 {
	var in tokInfo
	describe(w, &in)
	return in.word
}

// testNameKey is the key of a name whose words are separated by spaces.
func testNameKey(name string) uint64 {
	var key uint64
	for _, w := range strings.Fields(name) {
		key = nameKey(key, wordHash(w))
	}
	return key
}
