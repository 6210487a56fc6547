package story

import (
	"cmp"
	"math"
	"slices"
)

// entry is one term of a sparse vector.
type entry struct {
	k uint64
	// tf is the weight without IDF: for an article, its sublinear count
	// times its position weight; for a story, the sum over its articles
	// of their tf vectors scaled to unit length, so that every article
	// counts alike whatever its length.
	tf float32
	// w is tf × IDF, scaled so that the vector has unit length. IDF is
	// taken when the vector was last weighed (see Clusterer.weigh).
	w float32
}

// vec is a sparse vector, sorted by key.
type vec []entry

// dot returns the dot product of the w weights of a and b: their cosine,
// since both have unit length.
func dot(a, b vec) float64 {
	var s float32
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].k < b[j].k:
			i++
		case a[i].k > b[j].k:
			j++
		default:
			s += a[i].w * b[j].w
			i++
			j++
		}
	}
	return float64(s)
}

// tfNorm returns the Euclidean length of v's tf weights.
func tfNorm(v vec) float32 {
	var s float64
	for _, e := range v {
		s += float64(e.tf) * float64(e.tf)
	}
	return float32(math.Sqrt(s))
}

// normalize scales v's w weights to unit length.
func normalize(v vec) {
	var s float64
	for _, e := range v {
		s += float64(e.w) * float64(e.w)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i].w *= inv
	}
}

// truncate keeps the n entries of v with the highest w and returns them
// sorted by key. It reorders v in place; v need not be sorted.
func truncate(v vec, n int) vec {
	if len(v) > n {
		selectTop(v, n)
		v = v[:n]
	}
	slices.SortFunc(v, func(a, b entry) int { return cmp.Compare(a.k, b.k) })
	return v
}

// heavier orders entries by w, highest first, and by key among equal
// weights, so that selections do not depend on the input order.
func heavier(a, b entry) bool {
	return a.w > b.w || (a.w == b.w && a.k < b.k)
}

// selectTop moves the n heaviest entries of v to its front, in no
// particular order (quickselect: linear on average, where sorting all of v
// would cost n log n).
func selectTop(v vec, n int) {
	lo, hi := 0, len(v)-1
	for lo < hi {
		// Median of three as the pivot, which keeps sorted input linear.
		mid := lo + (hi-lo)/2
		if heavier(v[mid], v[lo]) {
			v[mid], v[lo] = v[lo], v[mid]
		}
		if heavier(v[hi], v[lo]) {
			v[hi], v[lo] = v[lo], v[hi]
		}
		if heavier(v[hi], v[mid]) {
			v[hi], v[mid] = v[mid], v[hi]
		}
		pivot := v[mid]
		i, j := lo, hi
		for i <= j {
			for heavier(v[i], pivot) {
				i++
			}
			for heavier(pivot, v[j]) {
				j--
			}
			if i <= j {
				v[i], v[j] = v[j], v[i]
				i++
				j--
			}
		}
		switch {
		case n-1 <= j:
			hi = j
		case n-1 >= i:
			lo = i
		default:
			return
		}
	}
}

// addScaledInto appends to out the sum of the tf weights of dst and s·src,
// merged by key (w is left zero: weigh the result).
func addScaledInto(out, dst, src vec, s float32) vec {
	i, j := 0, 0
	for i < len(dst) || j < len(src) {
		switch {
		case j == len(src) || (i < len(dst) && dst[i].k < src[j].k):
			out = append(out, entry{k: dst[i].k, tf: dst[i].tf})
			i++
		case i == len(dst) || dst[i].k > src[j].k:
			out = append(out, entry{k: src[j].k, tf: s * src[j].tf})
			j++
		default:
			out = append(out, entry{k: dst[i].k, tf: dst[i].tf + s*src[j].tf})
			i++
			j++
		}
	}
	return out
}

// topKeys appends to dst the keys of the n entries of v with the highest
// w, using scratch for the selection.
func topKeys(dst []keyWeight, v vec, n int, scratch vec) ([]keyWeight, vec) {
	scratch = append(scratch[:0], v...)
	if len(scratch) > n {
		selectTop(scratch, n)
		scratch = scratch[:n]
	}
	for _, e := range scratch {
		dst = append(dst, keyWeight{e.k, e.w})
	}
	return dst, scratch
}

// keyWeight is an index key with the weight it has in the query.
type keyWeight struct {
	k uint64
	w float32
}

// vecIndex finds the entries of one vector by key: scoring an article
// against many stories then costs one probe per story term, where a merge
// of the two sorted vectors would step through both.
type vecIndex struct {
	slots []int32 // 1 + index into the vector, or 0
}

// build indexes v.
func (x *vecIndex) build(v vec) {
	size := 64
	for size < 2*len(v) {
		size *= 2
	}
	if cap(x.slots) >= size {
		x.slots = x.slots[:size]
		clear(x.slots)
	} else {
		x.slots = make([]int32, size)
	}
	mask := size - 1
	for j, e := range v {
		i := int(e.k) & mask
		for x.slots[i] != 0 {
			i = (i + 1) & mask
		}
		x.slots[i] = int32(j + 1)
	}
}

// dot is dot(v, b) for the vector v the index was built over.
func (x *vecIndex) dot(v, b vec) float64 {
	var s float32
	mask := len(x.slots) - 1
	for _, e := range b {
		for i := int(e.k) & mask; ; i = (i + 1) & mask {
			j := x.slots[i]
			if j == 0 {
				break
			}
			if v[j-1].k == e.k {
				s += v[j-1].w * e.w
				break
			}
		}
	}
	return float64(s)
}
