package entity

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"dossier"
)

// maxLabels bounds the label set so that per-token scores fit in a fixed
// array (no allocation per token): O and B/I of up to seven types.
const maxLabels = 15

// defaultLabels is the label set of the shipped model. GROUP is not among
// them because no training corpus marks anonymous sources; the rules
// find those. A model may carry another set (B-GROUP, say): the labels are
// in its metadata.
var defaultLabels = []string{"O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "B-GPE", "I-GPE", "B-MISC", "I-MISC"}

// ModelInfo is the metadata stored with a model's weights.
type ModelInfo struct {
	// FeatureVersion is the feature set the weights were trained with.
	FeatureVersion int `json:"feature_version"`
	// Labels are the BIO labels, "O" first.
	Labels []string `json:"labels"`
	// TrainedOn names the corpora the model was trained on
	// ("wikigold", "meantime-en/corpus_airbus", ...), so that an
	// evaluation on one of them can warn that it is not held out.
	TrainedOn []string `json:"trained_on"`
	// Docs, Sentences and Tokens count the training data.
	Docs, Sentences, Tokens int
	// Epochs and Seed are the training settings.
	Epochs int    `json:"epochs"`
	Seed   uint64 `json:"seed"`
	// Features is the number of feature hashes with weights.
	Features int `json:"features"`
	// Stage is 2 for the second stage of a two-stage tagger (it reads the
	// first stage's labels), 0 or 1 otherwise.
	Stage int `json:"stage,omitempty"`
}

// Model is a trained tagger's weights: a flat open-addressing table from
// feature hash to a row of quantised weights, one per label, and the
// label transition scores.
type Model struct {
	Info ModelInfo
	// Next is the second stage, when the model is the first of a
	// two-stage tagger (ner_stack.go): it tags the document again with
	// the first stage's labels among its features.
	Next *Model
	// nl is the number of labels.
	nl int
	// slots is the feature table, open addressing with linear probing.
	// A slot is stride words: the feature hash (0: empty; a hash of 0 is
	// stored as 1), then the label weights, four int16 to a word. Key and
	// weights share one slot so that a lookup, the tagger's hottest
	// operation, touches one cache line instead of two.
	slots  []uint64
	stride int
	mask   uint64
	// scale turns a summed row back into a score.
	scale float32
	// trans[(p+1)*nl+l] scores label l after label p; p = -1 is the
	// sentence start. Invalid BIO transitions are -Inf.
	trans []float32
	// types[l] is the entity type of label l and begin[l] whether it is a
	// B- label; types[0] is "".
	types []dossier.EntityType
	begin []bool
}

const magic = "dossier-ner\n"

func slotKey(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

// newModel builds a model from weights by feature hash.
func newModel(info ModelInfo, trans []float32, hashes []uint64, rows []int16) (*Model, error) {
	nl := len(info.Labels)
	if nl < 1 || nl > maxLabels || info.Labels[0] != "O" {
		return nil, fmt.Errorf("entity: bad label set %v", info.Labels)
	}
	if len(trans) != (nl+1)*nl || len(rows) != len(hashes)*nl {
		return nil, errors.New("entity: model sizes do not match")
	}
	m := &Model{Info: info, nl: nl}
	size := 1
	for size < len(hashes)*3/2+1 {
		size <<= 1
	}
	m.mask = uint64(size - 1)
	m.stride = 1 + (nl+3)/4
	m.slots = make([]uint64, size*m.stride)
	for i, h := range hashes {
		slot := h & m.mask
		k := slotKey(h)
		for m.slots[int(slot)*m.stride] != 0 {
			slot = (slot + 1) & m.mask
		}
		base := int(slot) * m.stride
		m.slots[base] = k
		for l, w := range rows[i*nl : (i+1)*nl] {
			m.slots[base+1+l/4] |= uint64(uint16(w)) << (16 * (l % 4))
		}
	}
	m.types = make([]dossier.EntityType, nl)
	m.begin = make([]bool, nl)
	for l, s := range info.Labels[1:] {
		bio, typ, ok := strings.Cut(s, "-")
		if !ok || (bio != "B" && bio != "I") {
			return nil, fmt.Errorf("entity: bad label %q", s)
		}
		m.types[l+1] = dossier.EntityType(typ)
		m.begin[l+1] = bio == "B"
	}
	m.trans = make([]float32, len(trans))
	copy(m.trans, trans)
	m.constrain(m.trans)
	return m, nil
}

// constrain sets the invalid BIO transitions of trans to -Inf: I-X only
// after B-X or I-X.
func (m *Model) constrain(trans []float32) {
	for p := -1; p < m.nl; p++ {
		for l := 1; l < m.nl; l++ {
			if m.begin[l] {
				continue
			}
			if p < 1 || m.types[p] != m.types[l] {
				trans[(p+1)*m.nl+l] = float32(math.Inf(-1))
			}
		}
	}
}

// weight returns the weight of label l in the slot that starts at base.
func (m *Model) weight(base, l int) int16 {
	return int16(m.slots[base+1+l/4] >> (16 * (l % 4)))
}

// lookup returns the index in m.slots of the slot holding h, or -1.
func (m *Model) lookup(h uint64) int {
	slot := h & m.mask
	k := slotKey(h)
	for {
		base := int(slot) * m.stride
		c := m.slots[base]
		if c == k {
			return base
		}
		if c == 0 {
			return -1
		}
		slot = (slot + 1) & m.mask
	}
}

// emissions writes the label scores of every token of a document into
// emis (token*nl + label), from the features in s and, for a second
// stage, the stacked features in st (nil for a first stage). Tokens that
// are not candidates score 0 everywhere (they are constrained to O).
func (m *Model) emissions(s *docScratch, st *stackScratch, emis []float32) {
	nl := m.nl
	var acc [maxLabels]int32
	add := func(hs []uint64) {
		for _, h := range hs {
			if r := m.lookup(h); r >= 0 {
				for l := 0; l < nl; l++ {
					acc[l] += int32(m.weight(r, l))
				}
			}
		}
	}
	for i := range s.info {
		e := emis[i*nl : (i+1)*nl]
		lo, hi := s.off[i], s.off[i+1]
		if lo == hi {
			clear(e)
			continue
		}
		clear(acc[:nl])
		add(s.feats[lo:hi])
		if st != nil {
			add(st.feats[st.off[i]:st.off[i+1]])
		}
		for l := range e {
			e[l] = float32(acc[l]) * m.scale
		}
	}
}

// viterbi writes into out the best label sequence for the tokens [lo, hi)
// of a document with emission scores emis, transition scores trans and
// allowed[i] the bit set of labels token i may take. back is scratch of
// at least (hi-lo)*nl bytes.
func viterbi(nl int, emis, trans []float32, allowed []uint32, lo, hi int, back []uint8, out []uint8) {
	n := hi - lo
	if n == 0 {
		return
	}
	negInf := float32(math.Inf(-1))
	var cur, prev [maxLabels]float32
	for l := 0; l < nl; l++ {
		if allowed[lo]&(1<<l) == 0 {
			cur[l] = negInf
			continue
		}
		cur[l] = trans[l] + emis[lo*nl+l]
	}
	for t := 1; t < n; t++ {
		prev = cur
		i := lo + t
		a := allowed[i]
		bk := back[t*nl : (t+1)*nl]
		for l := 0; l < nl; l++ {
			if a&(1<<l) == 0 {
				cur[l] = negInf
				bk[l] = 0
				continue
			}
			best, arg := negInf, 0
			for p := 0; p < nl; p++ {
				if s := prev[p] + trans[(p+1)*nl+l]; s > best {
					best, arg = s, p
				}
			}
			cur[l] = best + emis[i*nl+l]
			bk[l] = uint8(arg)
		}
	}
	best, arg := negInf, 0
	for l := 0; l < nl; l++ {
		if cur[l] > best {
			best, arg = cur[l], l
		}
	}
	for t := n - 1; t >= 0; t-- {
		out[lo+t] = uint8(arg)
		if t > 0 {
			arg = int(back[t*nl+arg])
		}
	}
}

// WriteTo writes the model in its file format: gzip of a header, the JSON
// metadata, the transition scores, and the weight rows sorted by feature
// hash with delta-coded hashes and zigzag varint weights, so that the
// same model always makes the same bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	for s := m; s != nil; s = s.Next {
		if s != m {
			bw.WriteByte(1) // another stage follows
		}
		if err := s.writePayload(bw); err != nil {
			return cw.n, err
		}
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	if err := zw.Close(); err != nil {
		return cw.n, err
	}
	return cw.n, nil
}

// writePayload writes one stage: the header, the metadata, the
// transition scores and the weight rows.
func (m *Model) writePayload(bw *bufio.Writer) error {
	meta, err := json.Marshal(m.Info)
	if err != nil {
		return err
	}
	var buf [binary.MaxVarintLen64]byte
	putU := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	putI := func(v int64) { bw.Write(buf[:binary.PutVarint(buf[:], v)]) }
	bw.WriteString(magic)
	putU(uint64(len(meta)))
	bw.Write(meta)
	binary.Write(bw, binary.LittleEndian, m.scale)
	for _, t := range m.trans {
		if math.IsInf(float64(t), -1) {
			t = 0 // restored by constrain on load
		}
		binary.Write(bw, binary.LittleEndian, t)
	}
	type entry struct {
		h   uint64
		row int
	}
	var entries []entry
	for base := 0; base < len(m.slots); base += m.stride {
		if k := m.slots[base]; k != 0 {
			entries = append(entries, entry{k, base})
		}
	}
	slices.SortFunc(entries, func(a, b entry) int {
		switch {
		case a.h < b.h:
			return -1
		case a.h > b.h:
			return 1
		}
		return 0
	})
	putU(uint64(len(entries)))
	var last uint64
	for _, e := range entries {
		putU(e.h - last)
		last = e.h
		for l := 0; l < m.nl; l++ {
			putI(int64(m.weight(e.row, l)))
		}
	}
	return nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("entity: model: %w", err)
	}
	br := bufio.NewReader(zr)
	m, err := readPayload(br)
	if err != nil {
		return nil, err
	}
	for last := m; ; last = last.Next {
		b, err := br.ReadByte()
		if err == io.EOF {
			break
		}
		if err != nil || b != 1 {
			return nil, errors.New("entity: model: bad stage marker")
		}
		if last.Next, err = readPayload(br); err != nil {
			return nil, err
		}
		if last.Next.nl != m.nl {
			return nil, errors.New("entity: model: stages with different label sets")
		}
	}
	return m, nil
}

// readPayload reads one stage written by writePayload.
func readPayload(br *bufio.Reader) (*Model, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("entity: not a dossier NER model")
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<20 {
		return nil, errors.New("entity: model: bad metadata length")
	}
	meta := make([]byte, n)
	if _, err := io.ReadFull(br, meta); err != nil {
		return nil, fmt.Errorf("entity: model: %w", err)
	}
	var info ModelInfo
	if err := json.Unmarshal(meta, &info); err != nil {
		return nil, fmt.Errorf("entity: model metadata: %w", err)
	}
	if info.FeatureVersion != featureVersion {
		return nil, fmt.Errorf("entity: model has feature version %d, this build %d: retrain it", info.FeatureVersion, featureVersion)
	}
	nl := len(info.Labels)
	if nl < 1 || nl > maxLabels {
		return nil, fmt.Errorf("entity: model has %d labels", nl)
	}
	var scale float32
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return nil, fmt.Errorf("entity: model: %w", err)
	}
	trans := make([]float32, (nl+1)*nl)
	if err := binary.Read(br, binary.LittleEndian, trans); err != nil {
		return nil, fmt.Errorf("entity: model: %w", err)
	}
	count, err := binary.ReadUvarint(br)
	if err != nil || count > 1<<26 {
		return nil, errors.New("entity: model: bad feature count")
	}
	hashes := make([]uint64, count)
	rows := make([]int16, int(count)*nl)
	var last uint64
	for i := range hashes {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("entity: model: %w", err)
		}
		last += d
		hashes[i] = last
		for l := 0; l < nl; l++ {
			v, err := binary.ReadVarint(br)
			if err != nil || v < math.MinInt16 || v > math.MaxInt16 {
				return nil, errors.New("entity: model: bad weight")
			}
			rows[i*nl+l] = int16(v)
		}
	}
	m, err := newModel(info, trans, hashes, rows)
	if err != nil {
		return nil, err
	}
	m.scale = scale
	return m, nil
}

// jointRow is the number of int16 weights a joint table keeps per stage
// and slot: enough for the labels of the shipped models (nine), so that
// a row sums without bounds checks and a slot, key and both rows, fills
// one 64-byte cache line. Models with more labels use their own tables.
const jointRow = 12

// jointSlot is a slot of a joint table: slotKey of the feature hash (0:
// empty), the first stage's weights, then the second's; the labels past
// nl are 0.
type jointSlot struct {
	key uint64
	w   [2 * jointRow]int16
	_   [4]int16
}

// jointTable is the feature table of a tagger's stages in one: every
// feature hash either stage has a weight for, probed once, with the
// weights of both stages beside each other. The first stage's pass over
// a document's features also sums the second stage's weights of the same
// features, so that the second stage looks up only its stacked features.
// Integer sums do not depend on their order, so the scores are exactly
// those of the stages' own tables.
type jointTable struct {
	first, second *Model // second is nil for a one-stage model
	// slots is open addressing with linear probing, kept at most half
	// full.
	slots []jointSlot
	mask  uint64
}

// newJointTable builds the joint table of model m and its second stage,
// if any, or returns nil when the model has too many labels for one.
func newJointTable(m *Model) *jointTable {
	if m.nl > jointRow {
		return nil
	}
	j := &jointTable{first: m, second: m.Next}
	stages := []*Model{m}
	if m.Next != nil && m.Next.nl == m.nl {
		stages = append(stages, m.Next)
	} else {
		j.second = nil
	}
	n := 0
	for k, s := range stages {
		for base := 0; base < len(s.slots); base += s.stride {
			if key := s.slots[base]; key != 0 && (k == 0 || m.lookup(key) < 0) {
				n++
			}
		}
	}
	size := 16
	for size < 2*n {
		size <<= 1
	}
	j.mask = uint64(size - 1)
	j.slots = make([]jointSlot, size)
	for k, s := range stages {
		for base := 0; base < len(s.slots); base += s.stride {
			key := s.slots[base]
			if key == 0 {
				continue
			}
			// key is slotKey(h): for h = 0 it is 1, which probes from
			// slot 1 where the stage's table probed from slot 0; find
			// and insert agree, since both start from key.
			slot := key & j.mask
			for j.slots[slot].key != 0 && j.slots[slot].key != key {
				slot = (slot + 1) & j.mask
			}
			js := &j.slots[slot]
			js.key = key
			for l := 0; l < s.nl; l++ {
				js.w[k*jointRow+l] = s.weight(base, l)
			}
		}
	}
	return j
}

// find returns the slot of hash h, or nil.
func (j *jointTable) find(h uint64) *jointSlot {
	k := slotKey(h)
	slot := k & j.mask
	for {
		js := &j.slots[slot]
		if js.key == k {
			return js
		}
		if js.key == 0 {
			return nil
		}
		slot = (slot + 1) & j.mask
	}
}

// emissions is Model.emissions of the first stage. When two is set (and
// the model has a second stage), it also leaves in base, per token, the
// second stage's summed weights of the same features (token*jointRow +
// label), for secondEmissions.
func (j *jointTable) emissions(s *docScratch, emis []float32, base []int32, two bool) {
	nl := j.first.nl
	scale := j.first.scale
	two = two && j.second != nil
	for i := range s.info {
		e := emis[i*nl : (i+1)*nl]
		lo, hi := s.off[i], s.off[i+1]
		if lo == hi {
			clear(e)
			continue
		}
		var a1, a2 [jointRow]int32
		for _, h := range s.feats[lo:hi] {
			js := j.find(h)
			if js == nil {
				continue
			}
			for l := range jointRow {
				a1[l] += int32(js.w[l])
			}
			if two {
				for l := range jointRow {
					a2[l] += int32(js.w[jointRow+l])
				}
			}
		}
		for l := range e {
			e[l] = float32(a1[l]) * scale
		}
		if two {
			copy(base[i*jointRow:(i+1)*jointRow], a2[:])
		}
	}
}

// secondEmissions is Model.emissions of the second stage, given the sums
// of its weights of the first stage's features that emissions left in
// base and the stacked features in st.
func (j *jointTable) secondEmissions(s *docScratch, st *stackScratch, base []int32, emis []float32) {
	nl := j.second.nl
	scale := j.second.scale
	for i := range s.info {
		e := emis[i*nl : (i+1)*nl]
		if s.off[i] == s.off[i+1] {
			clear(e)
			continue
		}
		var a [jointRow]int32
		copy(a[:], base[i*jointRow:(i+1)*jointRow])
		for _, h := range st.feats[st.off[i]:st.off[i+1]] {
			js := j.find(h)
			if js == nil {
				continue
			}
			for l := range jointRow {
				a[l] += int32(js.w[jointRow+l])
			}
		}
		for l := range e {
			e[l] = float32(a[l]) * scale
		}
	}
}
