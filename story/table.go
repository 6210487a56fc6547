package story

// The keys of terms and names are already well-mixed 64-bit hashes, so the
// two hash tables here index by their low bits with linear probing, with
// none of the rehashing and grouping a general map does: they are the
// Clusterer's hottest data structures (one operation per word of every
// article). Key 0 marks an empty slot; a key that hashes to 0 is stored as
// 1, a collision of no consequence.

func slotKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// counts maps keys to counts: the document frequencies.
type counts struct {
	keys []uint64
	vals []uint32
	n    int
}

// inc adds one to k's count and returns the new count.
func (t *counts) inc(k uint64) uint32 {
	if 2*(t.n+1) > len(t.keys) {
		t.grow()
	}
	k = slotKey(k)
	mask := len(t.keys) - 1
	for i := int(k) & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			t.vals[i]++
			return t.vals[i]
		case 0:
			t.keys[i], t.vals[i] = k, 1
			t.n++
			return 1
		}
	}
}

// put sets k's count to v.
func (t *counts) put(k uint64, v uint32) {
	for t.inc(k) < v {
	}
}

// get returns k's count, 0 when it has none.
func (t *counts) get(k uint64) uint32 {
	if t.n == 0 {
		return 0
	}
	k = slotKey(k)
	mask := len(t.keys) - 1
	for i := int(k) & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.vals[i]
		case 0:
			return 0
		}
	}
}

// len returns the number of keys counted.
func (t *counts) len() int { return t.n }

func (t *counts) grow() {
	size := max(2*len(t.keys), 1024)
	t.rebuild(size, func(v uint32) uint32 { return v })
}

// halve halves every count and drops the keys whose count falls to zero.
func (t *counts) halve() {
	size := len(t.keys)
	for size > 1024 && 4*t.n < size {
		size /= 2
	}
	t.rebuild(size, func(v uint32) uint32 { return v / 2 })
}

// rebuild moves the counts to a table of the given size, mapped by f;
// zero counts are dropped.
func (t *counts) rebuild(size int, f func(uint32) uint32) {
	keys, vals := t.keys, t.vals
	t.keys, t.vals, t.n = make([]uint64, size), make([]uint32, size), 0
	mask := size - 1
	for j, k := range keys {
		if k == 0 {
			continue
		}
		v := f(vals[j])
		if v == 0 {
			continue
		}
		i := int(k) & mask
		for t.keys[i] != 0 {
			i = (i + 1) & mask
		}
		t.keys[i], t.vals[i] = k, v
		t.n++
	}
	// Halving can leave the table fuller than half when it was already
	// at its least size; grow then.
	if 2*t.n > size {
		t.grow()
	}
}

// bag counts the occurrences of keys in one article, in the order the keys
// first come, so that iterating over it does not depend on hash order.
type bag struct {
	slots []int32 // 1 + index into keys, or 0 for an empty slot
	keys  []uint64
	occs  []occ
}

// add counts one occurrence of k with position weight pos.
func (b *bag) add(k uint64, pos float32) {
	if 2*(len(b.keys)+1) > len(b.slots) {
		b.grow()
	}
	mask := len(b.slots) - 1
	for i := int(k) & mask; ; i = (i + 1) & mask {
		j := b.slots[i]
		if j == 0 {
			b.slots[i] = int32(len(b.keys) + 1)
			b.keys = append(b.keys, k)
			b.occs = append(b.occs, occ{n: 1, pos: pos})
			return
		}
		if b.keys[j-1] == k {
			o := &b.occs[j-1]
			o.n++
			o.pos = max(o.pos, pos)
			return
		}
	}
}

// get returns k's occurrences, and whether it has any.
func (b *bag) get(k uint64) (occ, bool) {
	if len(b.keys) == 0 {
		return occ{}, false
	}
	mask := len(b.slots) - 1
	for i := int(k) & mask; ; i = (i + 1) & mask {
		j := b.slots[i]
		if j == 0 {
			return occ{}, false
		}
		if b.keys[j-1] == k {
			return b.occs[j-1], true
		}
	}
}

// has reports whether k occurred.
func (b *bag) has(k uint64) bool {
	_, ok := b.get(k)
	return ok
}

// reset empties the bag, keeping its memory.
func (b *bag) reset() {
	if len(b.keys) > 0 {
		clear(b.slots)
	}
	b.keys = b.keys[:0]
	b.occs = b.occs[:0]
}

func (b *bag) grow() {
	b.slots = make([]int32, max(2*len(b.slots), 256))
	mask := len(b.slots) - 1
	for j, k := range b.keys {
		i := int(k) & mask
		for b.slots[i] != 0 {
			i = (i + 1) & mask
		}
		b.slots[i] = int32(j + 1)
	}
}
