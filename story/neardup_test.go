package story

import (
	"cmp"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestNearDup(t *testing.T) {
	short := "Photo: Northern Herald."
	cases := []struct {
		name     string
		texts    [][2]string // id, text, in order
		wantOrig string      // of the last text
		wantCopy bool
	}{
		{"identical text", [][2]string{{"a", damHerald.Text}, {"b", damHerald.Text}}, "a", true},
		{"republished with a credit line", [][2]string{{"a", damHerald.Text}, {"b", damCopy.Text}}, "a", true},
		{"another outlet's report of the same event", [][2]string{{"a", damHerald.Text}, {"b", damWire.Text}}, "", false},
		{"unrelated", [][2]string{{"a", damHerald.Text}, {"b", matchSport.Text}}, "", false},
		{"a copy of a copy leads to the first",
			[][2]string{{"a", damHerald.Text}, {"x", matchSport.Text}, {"b", damCopy.Text}, {"c", damCopy.Text}}, "a", true},
		{"short texts are never copies", [][2]string{{"a", short}, {"b", short}}, "", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var d NearDup // the zero value is ready to use
			var orig string
			var sim float64
			var isCopy bool
			for _, tx := range tc.texts {
				orig, sim, isCopy = d.Add(tx[0], tx[1])
			}
			if orig != tc.wantOrig || isCopy != tc.wantCopy {
				t.Errorf("Add = %q, %.3f, %v; want %q, copy %v", orig, sim, isCopy, tc.wantOrig, tc.wantCopy)
			}
			if isCopy && sim < 1-float64(defaultCopyDistance)/64 {
				t.Errorf("similarity %.3f of a copy below the threshold", sim)
			}
		})
	}
}

func TestNearDupWindow(t *testing.T) {
	d := NewNearDup(6, 3)
	d.Add("a", damHerald.Text)
	for i, text := range []string{matchSport.Text, techLaunch.Text, wildfire.Text} {
		d.Add(fmt.Sprint("filler", i), text)
	}
	// "a" has left the window of three texts.
	if orig, _, isCopy := d.Add("b", damHerald.Text); isCopy {
		t.Errorf("found %q, which left the window", orig)
	}
	if orig, _, isCopy := d.Add("c", damHerald.Text); !isCopy || orig != "b" {
		t.Errorf("Add = %q, %v; want b, a copy", orig, isCopy)
	}
}

// naiveSimHash is SimHash the textbook way: 64 counters per shingle.
func naiveSimHash(words []uint64) uint64 {
	words = words[:min(len(words), maxSimWords)]
	var v [64]int
	n := len(words) - 2
	for i := 0; i < n; i++ {
		sh := mix64(words[i]*0x9e3779b97f4a7c15 ^ bits.RotateLeft64(words[i+1], 21)*0xc2b2ae3d27d4eb4f ^ bits.RotateLeft64(words[i+2], 42))
		for b := range 64 {
			if sh>>b&1 != 0 {
				v[b]++
			}
		}
	}
	var h uint64
	for b := range 64 {
		if 2*v[b] > n {
			h |= 1 << b
		}
	}
	return h
}

func TestSimHashMatchesNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{minShingles + 2, 100, 254, 255, 256, 257, 300, 1000, 5000} {
		words := make([]uint64, n)
		for i := range words {
			words[i] = r.Uint64N(500) // repeats, as words do
		}
		got, ok := simHash(words)
		if want := naiveSimHash(words); !ok || got != want {
			t.Errorf("n=%d: simHash = %x, %v; naive %x", n, got, ok, want)
		}
	}
	if _, ok := simHash(make([]uint64, minShingles+1)); ok {
		t.Error("too few shingles gave a hash")
	}
}

func TestSelectTop(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		n := r.IntN(300) + 1
		v := make(vec, n)
		for i := range v {
			// Few distinct weights, so that ties are common.
			v[i] = entry{k: r.Uint64(), w: float32(r.IntN(20))}
		}
		want := slices.Clone(v)
		slices.SortFunc(want, func(a, b entry) int {
			if heavier(a, b) {
				return -1
			}
			if heavier(b, a) {
				return 1
			}
			return 0
		})
		k := r.IntN(n) + 1
		want = want[:k]
		slices.SortFunc(want, func(a, b entry) int { return cmp.Compare(a.k, b.k) })
		if got := truncate(slices.Clone(v), k); !slices.Equal(got, want) {
			t.Fatalf("truncate(n=%d, k=%d) differs from sorting", n, k)
		}
	}
}

func TestTables(t *testing.T) {
	var c counts
	r := rand.New(rand.NewPCG(5, 6))
	want := make(map[uint64]uint32)
	for range 20000 {
		k := r.Uint64N(3000) * 0x9e3779b97f4a7c15 // spread, and 0 among them
		want[k]++
		if got := c.inc(k); got != want[k] {
			t.Fatalf("inc(%x) = %d, want %d", k, got, want[k])
		}
	}
	if c.len() != len(want) {
		t.Errorf("len %d, want %d", c.len(), len(want))
	}
	c.halve()
	for k, n := range want {
		if got := c.get(k); got != n/2 {
			t.Fatalf("after halving, get(%x) = %d, want %d", k, got, n/2)
		}
	}

	var b bag
	for i := range 1000 {
		b.add(uint64(i%300)<<20, float32(i%7))
	}
	if len(b.keys) != 300 {
		t.Fatalf("bag has %d keys, want 300", len(b.keys))
	}
	// Key 5 comes at i = 5, 305, 605, 905, with positions 5, 4, 3, 2.
	if o, ok := b.get(5 << 20); !ok || o.n != 4 || o.pos != 5 {
		t.Errorf("get = %+v, %v; want 4 occurrences, highest position 5", o, ok)
	}
	b.reset()
	if b.has(5<<20) || len(b.keys) != 0 {
		t.Error("reset bag still has keys")
	}
}

func TestNormWord(t *testing.T) {
	for in, want := range map[string]string{
		"Putin’s": "putin's", "ÉTAT": "état", "U.S.": "u.s", "Mr.": "mr", "co\u00adop": "coop", ".": ".",
	} {
		if got := string(normWord(nil, in)); got != want {
			t.Errorf("normWord(%q) = %q, want %q", in, got, want)
		}
	}
}
