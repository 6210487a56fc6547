package story

import (
	"math/bits"

	"dossier/text"
)

// NearDup finds near-duplicate texts: wire copies and republished pieces
// whose wording differs a little (a changed intro, a trimmed tail, another
// outlet's boilerplate). Each text gets a 64-bit SimHash (Charikar) of its
// word 3-shingles: similar texts get hashes that differ in few bits, about
// 64·θ/π bits for an angle θ between their shingle counts. A text is a copy
// of an earlier one when their hashes differ in at most MaxDistance bits.
//
// Lookup is banded: the hash is cut into MaxDistance+1 bands, and two
// hashes that differ in at most MaxDistance bits agree on at least one band
// (pigeonhole), so only the texts that share a band value are compared, and
// the cost per text stays flat. NearDup remembers the last Window texts.
//
// The zero value is ready to use, with the default distance and window. A
// NearDup is not safe for concurrent use.
type NearDup struct {
	maxDist int
	window  int
	bands   int
	width   uint // bits per band

	n       uint32    // texts added
	ring    []ndEntry // the last window texts, by n % window
	buckets map[ndKey][]ndRef

	toks  []text.Token
	words []uint64
	buf   []byte
}

// ndEntry is a remembered text.
type ndEntry struct {
	id   string
	orig string // the original it copies, or id itself
	h    uint64
}

// ndKey is one band's value.
type ndKey struct {
	band uint8
	v    uint64
}

// ndRef points from a bucket to a remembered text. It holds the hash too,
// so that a lookup reads buckets sequentially and touches the ring only on
// a match.
type ndRef struct {
	h   uint64
	seq uint32
}

const (
	defaultCopyDistance = 6
	defaultCopyWindow   = 100000
	// minShingles is the fewest shingles a text needs for a SimHash that
	// means something: short texts ("Photo: AP") look alike by chance.
	minShingles = 16
	// maxSimWords is how many words of a text, from its start, the
	// SimHash covers.
	maxSimWords = 400
)

// NewNearDup returns a NearDup that calls a text a copy when its SimHash is
// within maxDistance bits (1 to 15; 6 by default) of an
// earlier one's, and remembers the last window texts (100,000 by
// default). Zero takes the default.
func NewNearDup(maxDistance, window int) *NearDup {
	d := &NearDup{}
	d.init(maxDistance, window)
	return d
}

func (d *NearDup) init(maxDistance, window int) {
	if maxDistance <= 0 {
		maxDistance = defaultCopyDistance
	}
	if window <= 0 {
		window = defaultCopyWindow
	}
	d.maxDist = min(maxDistance, 15)
	d.window = window
	d.bands = d.maxDist + 1
	d.width = uint(64 / d.bands)
	d.buckets = make(map[ndKey][]ndRef)
}

// Add remembers text under id and reports whether it is a near-copy of a
// text added before. originalID is the earliest text of the copy's family
// (a copy of a copy leads to the first), or "" when text is not a copy;
// similarity is 1 − d/64 for the Hamming distance d to the nearest earlier
// text found (0 when none shares a band). Texts of fewer than about 18
// words are never copies and are not remembered.
func (d *NearDup) Add(id string, text string) (originalID string, similarity float64, isCopy bool) {
	d.toks = textTokens(d.toks[:0], text)
	d.words = d.words[:0]
	for _, t := range d.toks {
		if isWordToken(t) {
			d.buf = normWord(d.buf[:0], text[t.Span.Start:t.Span.End])
			d.words = append(d.words, fnv64(d.buf))
		}
	}
	return d.add(id, d.words)
}

// add is Add for a text already split into word hashes (as the Clusterer's
// extractor makes them).
func (d *NearDup) add(id string, words []uint64) (string, float64, bool) {
	if d.buckets == nil {
		d.init(0, 0)
	}
	h, ok := simHash(words)
	if !ok {
		return "", 0, false
	}
	// Find the nearest remembered text that shares a band.
	bestD, bestSeq := 65, uint32(0)
	mask := uint64(1)<<d.width - 1
	for b := 0; b < d.bands; b++ {
		key := ndKey{uint8(b), h >> (uint(b) * d.width) & mask}
		for _, r := range d.buckets[key] {
			if !d.live(r.seq) {
				continue
			}
			if dist := bits.OnesCount64(h ^ r.h); dist < bestD || (dist == bestD && r.seq < bestSeq) {
				bestD, bestSeq = dist, r.seq
			}
		}
	}
	e := ndEntry{id: id, orig: id, h: h}
	var orig string
	var sim float64
	if bestD <= 64 {
		sim = 1 - float64(bestD)/64
	}
	isCopy := bestD <= d.maxDist
	if isCopy {
		orig = d.ring[int(bestSeq)%d.window].orig
		e.orig = orig
	}

	// Remember it.
	seq := d.n
	d.n++
	if len(d.ring) < d.window {
		d.ring = append(d.ring, e)
	} else {
		d.ring[int(seq)%d.window] = e
	}
	for b := 0; b < d.bands; b++ {
		key := ndKey{uint8(b), h >> (uint(b) * d.width) & mask}
		bucket := d.buckets[key]
		if len(bucket) > 0 && !d.live(bucket[0].seq) {
			// The oldest refs point to overwritten slots: drop them.
			i := 0
			for i < len(bucket) && !d.live(bucket[i].seq) {
				i++
			}
			bucket = append(bucket[:0], bucket[i:]...)
		}
		d.buckets[key] = append(bucket, ndRef{h: h, seq: seq})
	}
	if d.n%uint32(d.window) == 0 {
		d.prune()
	}
	return orig, sim, isCopy
}

// live reports whether text seq is still in the ring.
func (d *NearDup) live(seq uint32) bool {
	return d.n-seq <= uint32(d.window)
}

// prune drops the buckets whose texts have all left the ring, so that the
// map stays as large as the window needs.
func (d *NearDup) prune() {
	for k, b := range d.buckets {
		if !d.live(b[len(b)-1].seq) {
			delete(d.buckets, k)
		}
	}
}

// simHash returns the SimHash of the word 3-shingles of words, and false
// when there are too few shingles for it to mean something.
func simHash(words []uint64) (uint64, bool) {
	// The start of a text is what makes it a copy: a republication
	// changes a headline or cuts the tail, and the leftovers of
	// scraping (related links, comments) pile up at the end, where they
	// would make two pages of one site look alike.
	words = words[:min(len(words), maxSimWords)]
	n := len(words) - 2
	if n < minShingles {
		return 0, false
	}
	// Each shingle hash votes for its set bits. The votes are counted
	// eight bits at a time in eight 8-bit lanes of a uint64 (spread
	// turns a byte into its bits, one a lane), so that a shingle costs
	// eight additions rather than 64; the lanes are emptied into the
	// totals before they can overflow.
	var total [64]int32
	var acc [8]uint64
	flush := func() {
		for b, a := range acc {
			for i := 0; i < 8; i++ {
				total[8*b+i] += int32(a >> (8 * i) & 0xff)
			}
			acc[b] = 0
		}
	}
	pending := 0
	for i := 0; i < n; i++ {
		sh := mix64(words[i]*0x9e3779b97f4a7c15 ^ bits.RotateLeft64(words[i+1], 21)*0xc2b2ae3d27d4eb4f ^ bits.RotateLeft64(words[i+2], 42))
		acc[0] += spread[byte(sh)]
		acc[1] += spread[byte(sh>>8)]
		acc[2] += spread[byte(sh>>16)]
		acc[3] += spread[byte(sh>>24)]
		acc[4] += spread[byte(sh>>32)]
		acc[5] += spread[byte(sh>>40)]
		acc[6] += spread[byte(sh>>48)]
		acc[7] += spread[byte(sh>>56)]
		if pending++; pending == 255 {
			flush()
			pending = 0
		}
	}
	flush()
	var h uint64
	for j, t := range total {
		if 2*int(t) > n {
			h |= 1 << j
		}
	}
	return h, true
}

// spread[v] has bit i of v in the lowest bit of byte i.
var spread = func() (t [256]uint64) {
	for v := range t {
		for i := 0; i < 8; i++ {
			if v>>i&1 != 0 {
				t[v] |= 1 << (8 * i)
			}
		}
	}
	return t
}()

// textTokens tokenizes s into dst.
func textTokens(dst []text.Token, s string) []text.Token {
	return text.AppendTokens(dst, s)
}

// isWordToken reports whether t is a word or number (not a clitic): the
// tokens whose hashes NearDup and the extractor use.
func isWordToken(t text.Token) bool {
	return (t.Kind == text.Word || t.Kind == text.Number) && t.Flags&text.Clitic == 0
}
