package certainty

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// ModelInfo is the metadata stored with a model's weights.
type ModelInfo struct {
	// FeatureVersion is the feature set the weights were trained with.
	FeatureVersion int `json:"feature_version"`
	// TrainedOn lists the files the model was trained on, by base name
	// with the SHA-256 of their content ("news-dev.jsonl sha256:..."), so
	// that an evaluation of one of them can warn that it is not held out.
	TrainedOn []string `json:"trained_on"`
	// Sentences and Examples count the training data: corpus sentences,
	// and the candidates of the model among them.
	Sentences int `json:"sentences"`
	Examples  int `json:"examples"`
	// Epochs and Seed are the training settings.
	Epochs int    `json:"epochs"`
	Seed   uint64 `json:"seed"`
	// Features is the number of features with weights.
	Features int `json:"features"`
	// Command is how the model was made.
	Command string `json:"command,omitempty"`
}

// Model holds the weights of the averaged perceptron that decides the
// ambiguous candidates: one row of class weights per feature hash.
type Model struct {
	Info ModelInfo
	rows map[uint64]int32 // feature hash → index of its row in weights
	// weights holds numClasses weights per row.
	weights []float32
	// names are the features' names, kept by Train for WriteTo; a model
	// read from a file has none and cannot be written again.
	names map[uint64]string
}

// classify returns the class with the highest score for the features;
// "not a cue" (0) wins ties, so that a candidate the model knows nothing
// about is not a cue unless its lexicon type says so through the "lt"
// features.
func (m *Model) classify(feats []uint64) int {
	var score [numClasses]float32
	for _, h := range feats {
		r, ok := m.rows[h]
		if !ok {
			continue
		}
		w := m.weights[int(r)*numClasses : int(r)*numClasses+numClasses]
		for c := range score {
			score[c] += w[c]
		}
	}
	best := 0
	for c := 1; c < numClasses; c++ {
		if score[c] > score[best] {
			best = c
		}
	}
	return best
}

// The model file is gzip-compressed text: a first line of JSON metadata,
// then one line per feature, "name<TAB>w0 w1 w2 w3 w4", sorted by name.
// Names rather than hashes keep it readable (zcat model.tsv.gz | grep
// 'w|would') and let a change of hash function be caught by the tests.

// WriteTo writes the model file of m, which Train made, to w.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	if m.names == nil {
		return 0, errors.New("certainty model: only a trained model can be written")
	}
	cw := &countWriter{w: w}
	err := m.write(cw)
	return cw.n, err
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

func (m *Model) write(w io.Writer) error {
	names := m.names
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	info, err := json.Marshal(m.Info)
	if err != nil {
		return err
	}
	bw.Write(info)
	bw.WriteByte('\n')
	type row struct {
		name string
		r    int32
	}
	rows := make([]row, 0, len(m.rows))
	for h, r := range m.rows {
		rows = append(rows, row{names[h], r})
	}
	slices.SortFunc(rows, func(a, b row) int { return strings.Compare(a.name, b.name) })
	var num []byte
	for _, r := range rows {
		bw.WriteString(r.name)
		for c, x := range m.weights[int(r.r)*numClasses : int(r.r)*numClasses+numClasses] {
			if c == 0 {
				bw.WriteByte('\t')
			} else {
				bw.WriteByte(' ')
			}
			num = strconv.AppendFloat(num[:0], float64(x), 'g', 4, 32)
			bw.Write(num)
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ReadModel reads a model file written by the generator (see Train).
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("certainty model: %w", err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	if !sc.Scan() {
		return nil, errors.New("certainty model: empty file")
	}
	m := &Model{rows: make(map[uint64]int32)}
	if err := json.Unmarshal(sc.Bytes(), &m.Info); err != nil {
		return nil, fmt.Errorf("certainty model: metadata: %w", err)
	}
	if m.Info.FeatureVersion != featureVersion {
		return nil, fmt.Errorf("certainty model: feature version %d, this code has %d: regenerate it with go run ./certainty/gen", m.Info.FeatureVersion, featureVersion)
	}
	line := 1
	for sc.Scan() {
		line++
		name, ws, ok := strings.Cut(sc.Text(), "\t")
		f := strings.Fields(ws)
		if !ok || len(f) != numClasses {
			return nil, fmt.Errorf("certainty model: line %d: want a name and %d weights", line, numClasses)
		}
		h := hashString(name)
		if _, dup := m.rows[h]; dup {
			return nil, fmt.Errorf("certainty model: line %d: feature %q collides with another", line, name)
		}
		m.rows[h] = int32(len(m.weights) / numClasses)
		for _, s := range f {
			x, err := strconv.ParseFloat(s, 32)
			if err != nil {
				return nil, fmt.Errorf("certainty model: line %d: %w", line, err)
			}
			m.weights = append(m.weights, float32(x))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("certainty model: %w", err)
	}
	return m, nil
}

// ModelFile is the path of the embedded model, relative to the module
// root: where `go run ./certainty/gen` writes it.
const ModelFile = "certainty/model.tsv.gz"

//go:embed model.tsv.gz
var embeddedModel []byte

// EmbeddedModel reads the model embedded in the package. Each call reads
// it anew; Default reads it once.
func EmbeddedModel() (*Model, error) {
	return ReadModel(bytes.NewReader(embeddedModel))
}

// round4 rounds x to the four significant digits the model file keeps.
func round4(x float64) float32 {
	y, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 4, 32), 32)
	return float32(y)
}
