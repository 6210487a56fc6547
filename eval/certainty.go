package eval

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"dossier"
	"dossier/certainty"
	"dossier/text"
)

// UncertaintySentence is one line of the Szeged Uncertainty Corpus as the
// shared data holds it (uncertainty/*.jsonl).
type UncertaintySentence struct {
	Doc       string `json:"doc"`
	SID       string `json:"sid"`
	Text      string `json:"text"`
	Uncertain bool   `json:"uncertain"`
	// Cues have byte offsets into Text once read (the file has code point
	// offsets; ReadUncertainty converts them).
	Cues []UncertaintyCue `json:"cues"`
}

// UncertaintyCue is an annotated cue of the corpus.
type UncertaintyCue struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Type is the corpus's class, as "speculation_modal_probable_".
	Type string `json:"type"`
}

// CorpusCueType maps a cue class of the Szeged Uncertainty Corpus to the
// cue type of package certainty: the modal classes (probable, possible)
// are speculation; doxastic, condition and investigation keep their
// names. It returns 0 for a class it does not know. The corpus marks no
// weasel, peacock, booster or confidence cues, so those are never gold.
func CorpusCueType(class string) certainty.CueType {
	c := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(class), "_ "))
	switch {
	case strings.Contains(c, "modal"):
		return certainty.Speculation
	case strings.Contains(c, "doxastic"):
		return certainty.Doxastic
	case strings.Contains(c, "condition"):
		return certainty.Condition
	case strings.Contains(c, "investigation"):
		return certainty.Investigation
	case strings.HasPrefix(c, "weasel"):
		return certainty.Weasel
	case strings.HasPrefix(c, "peacock"):
		return certainty.Peacock
	}
	return 0
}

// ReadUncertainty reads a JSON Lines file of the corpus and converts the
// cues' offsets from code points to bytes of Text. A cue whose offsets do
// not give its text is an error: the scores would be wrong.
func ReadUncertainty(path string) ([]UncertaintySentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []UncertaintySentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		var s UncertaintySentence
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			return nil, &dossier.InputError{Path: path, Line: line, Err: err}
		}
		offs := runeOffsets(s.Text)
		for i, c := range s.Cues {
			if c.Start < 0 || c.End > len(offs)-1 || c.Start > c.End {
				return nil, &dossier.InputError{Path: path, Line: line, Item: "cues", Err: fmt.Errorf("cue %q: offsets %d-%d out of range", c.Text, c.Start, c.End)}
			}
			b := dossier.Span{Start: offs[c.Start], End: offs[c.End]}
			if b.Of(s.Text) != c.Text {
				return nil, &dossier.InputError{Path: path, Line: line, Item: "cues", Err: fmt.Errorf("cue %q: offsets %d-%d give %q", c.Text, c.Start, c.End, b.Of(s.Text))}
			}
			s.Cues[i].Start, s.Cues[i].End = b.Start, b.End
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// runeOffsets returns the byte offset of each code point of s, and len(s).
func runeOffsets(s string) []int {
	offs := make([]int, 0, len(s)+1)
	for i := range s {
		offs = append(offs, i)
	}
	return append(offs, len(s))
}

// TrainSentence returns s as a training sentence for certainty.Train, its
// cue classes mapped by CorpusCueType.
func (s UncertaintySentence) TrainSentence() certainty.TrainSentence {
	ts := certainty.TrainSentence{Text: s.Text}
	for _, c := range s.Cues {
		if t := CorpusCueType(c.Type); t != 0 {
			ts.Cues = append(ts.Cues, certainty.GoldCue{Span: dossier.Span{Start: c.Start, End: c.End}, Type: t})
		}
	}
	return ts
}

// CertaintyScore is precision, recall and F1 with their counts.
type CertaintyScore struct {
	TP, FP, FN            int
	Precision, Recall, F1 float64
}

func (s *CertaintyScore) finish() {
	s.Precision, s.Recall, s.F1 = 0, 0, 0
	if s.TP+s.FP > 0 {
		s.Precision = float64(s.TP) / float64(s.TP+s.FP)
	}
	if s.TP+s.FN > 0 {
		s.Recall = float64(s.TP) / float64(s.TP+s.FN)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

// CertaintyResult is the score of the cue detector on one file of the
// corpus.
type CertaintyResult struct {
	// Path is the scored file; Sentences and Docs count it.
	Path            string
	Sentences, Docs int
	// Method says how the predictions were made: "shipped model" or
	// "10-fold cross-validation by document".
	Method string
	// Uncertain is the sentence-level score of the uncertain class (the
	// CoNLL-2010 measure): a sentence is predicted uncertain when the
	// detector finds a hedge cue in it (certainty.CueType.Hedge).
	Uncertain CertaintyScore
	// Cues is the cue-level score by exact span, whatever the types:
	// predicted hedge cues against all gold cues (CoNLL-2010 task 2).
	Cues CertaintyScore
	// ByType scores each hedge type by exact span and type.
	ByType map[certainty.CueType]CertaintyScore
	// Unscored counts the predicted cues of types the corpus does not
	// annotate (weasel, peacock, booster, confidence).
	Unscored map[certainty.CueType]int
	// TrainingWarning is set when the file was in the model's training
	// set, so that the scores are not held out.
	TrainingWarning string
	// Elapsed is the time spent detecting cues (not reading the file).
	Elapsed time.Duration
}

// EvalCertainty scores the package's default detector (its lexicon, rules
// and embedded model) on a file of the corpus. When the file was one the
// model was trained on, the result carries a warning: those scores are
// training-set scores, and CrossValidateCertainty gives the held-out ones.
func EvalCertainty(path string) (CertaintyResult, error) {
	return EvalCertaintyWith(path, certainty.Default(), "shipped model")
}

// EvalCertaintyWith scores detector d on a file of the corpus; method
// names d in the table.
func EvalCertaintyWith(path string, d *certainty.Detector, method string) (CertaintyResult, error) {
	sents, err := ReadUncertainty(path)
	if err != nil {
		return CertaintyResult{}, err
	}
	start := time.Now()
	pred := predictCertainty(d, sents)
	r := ScoreCertainty(sents, pred)
	r.Elapsed = time.Since(start)
	r.Path = path
	r.Method = method
	r.TrainingWarning, err = trainingWarning(path, d.Model())
	return r, err
}

// trainingWarning returns a warning when the file at path is one the model
// lists as trained on: the same name and the same content.
func trainingWarning(path string, m *certainty.Model) (string, error) {
	if m == nil {
		return "", nil
	}
	id, err := FileID(path)
	if err != nil {
		return "", err
	}
	for _, t := range m.Info.TrainedOn {
		if t == id {
			return fmt.Sprintf("WARNING: %s was in the model's training set: these are training-set scores, not held-out ones (held-out: go run ./certainty/gen -cv)", filepath.Base(path)), nil
		}
	}
	return "", nil
}

// FileID names a file for a model's TrainedOn list: its base name and the
// SHA-256 of its content.
func FileID(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(data)
	return filepath.Base(path) + " sha256:" + hex.EncodeToString(sum[:]), nil
}

// predictCertainty runs d on every sentence: each corpus sentence is made
// a document, and the cues of all its sentences (the segmenter may split
// it) are its prediction.
func predictCertainty(d *certainty.Detector, sents []UncertaintySentence) [][]certainty.Cue {
	out := make([][]certainty.Cue, len(sents))
	for i, s := range sents {
		doc := text.NewDoc(s.Text)
		var cues []certainty.Cue
		for j := range doc.Sentences {
			cues = d.AppendCues(cues, doc, j)
		}
		out[i] = cues
	}
	return out
}

// ScoreCertainty scores predicted cues (pred[i] for gold[i], byte spans of
// its text) against the gold annotation.
func ScoreCertainty(gold []UncertaintySentence, pred [][]certainty.Cue) CertaintyResult {
	r := CertaintyResult{
		Sentences: len(gold),
		ByType:    make(map[certainty.CueType]CertaintyScore),
		Unscored:  make(map[certainty.CueType]int),
	}
	docs := make(map[string]bool)
	type typed struct {
		span dossier.Span
		typ  certainty.CueType
	}
	for i, g := range gold {
		docs[g.Doc] = true
		var p []certainty.Cue
		if i < len(pred) {
			p = pred[i]
		}
		predUnc := certainty.UncertainCues(p)
		switch {
		case predUnc && g.Uncertain:
			r.Uncertain.TP++
		case predUnc:
			r.Uncertain.FP++
		case g.Uncertain:
			r.Uncertain.FN++
		}
		// Multisets of spans, and of spans with types.
		goldSpans := make(map[dossier.Span]int)
		goldTyped := make(map[typed]int)
		for _, c := range g.Cues {
			sp := dossier.Span{Start: c.Start, End: c.End}
			goldSpans[sp]++
			goldTyped[typed{sp, CorpusCueType(c.Type)}]++
		}
		predSpans := make(map[dossier.Span]int)
		predTyped := make(map[typed]int)
		for _, c := range p {
			if !c.Type.Hedge() {
				r.Unscored[c.Type]++
				continue
			}
			predSpans[c.Span]++
			predTyped[typed{c.Span, c.Type}]++
		}
		for sp, n := range goldSpans {
			m := predSpans[sp]
			r.Cues.TP += min(n, m)
			r.Cues.FN += max(0, n-m)
		}
		for sp, m := range predSpans {
			r.Cues.FP += max(0, m-goldSpans[sp])
		}
		for k, n := range goldTyped {
			s := r.ByType[k.typ]
			m := predTyped[k]
			s.TP += min(n, m)
			s.FN += max(0, n-m)
			r.ByType[k.typ] = s
		}
		for k, m := range predTyped {
			s := r.ByType[k.typ]
			s.FP += max(0, m-goldTyped[k])
			r.ByType[k.typ] = s
		}
	}
	r.Docs = len(docs)
	r.Uncertain.finish()
	r.Cues.finish()
	for t, s := range r.ByType {
		s.finish()
		r.ByType[t] = s
	}
	return r
}

// CrossValidateCertainty scores the detector on files of the corpus by
// k-fold cross-validation by document: the documents of all files are
// split into folds (by a hash of file and document name, so that the
// split does not depend on the order of the files), a model is trained on
// all the folds but one with opt and scores the held-out one, and the
// predictions of all folds are scored file by file. No sentence is ever
// scored by a model that saw its document.
func CrossValidateCertainty(paths []string, folds int, opt certainty.TrainOptions, log io.Writer) ([]CertaintyResult, error) {
	if folds < 2 {
		return nil, fmt.Errorf("cross-validation needs 2 folds or more, not %d", folds)
	}
	files := make([][]UncertaintySentence, len(paths))
	for i, p := range paths {
		s, err := ReadUncertainty(p)
		if err != nil {
			return nil, err
		}
		files[i] = s
	}
	fold := func(file int, doc string) int {
		h := fnv.New64a()
		io.WriteString(h, filepath.Base(paths[file])+"\x00"+doc)
		return int(h.Sum64() % uint64(folds))
	}
	preds := make([][][]certainty.Cue, len(files))
	for i := range files {
		preds[i] = make([][]certainty.Cue, len(files[i]))
	}
	start := time.Now()
	for k := 0; k < folds; k++ {
		var train []certainty.TrainSentence
		for i, sents := range files {
			for _, s := range sents {
				if fold(i, s.Doc) != k {
					train = append(train, s.TrainSentence())
				}
			}
		}
		o := opt
		o.Log = nil
		m, err := certainty.Train(train, o)
		if err != nil {
			return nil, err
		}
		d := certainty.NewDetector(m)
		for i, sents := range files {
			var idx []int
			var test []UncertaintySentence
			for j, s := range sents {
				if fold(i, s.Doc) == k {
					idx = append(idx, j)
					test = append(test, s)
				}
			}
			for n, p := range predictCertainty(d, test) {
				preds[i][idx[n]] = p
			}
		}
		if log != nil {
			fmt.Fprintf(log, "fold %d/%d: trained on %d sentences (%d features)\n", k+1, folds, len(train), m.Info.Features)
		}
	}
	out := make([]CertaintyResult, len(files))
	for i := range files {
		r := ScoreCertainty(files[i], preds[i])
		r.Path = paths[i]
		r.Method = fmt.Sprintf("%d-fold cross-validation by document over %s", folds, baseNames(paths))
		r.Elapsed = time.Since(start)
		out[i] = r
	}
	return out, nil
}

func baseNames(paths []string) string {
	b := make([]string, len(paths))
	for i, p := range paths {
		b[i] = filepath.Base(p)
	}
	return strings.Join(b, " + ")
}

// certaintyAnchor is the published number to compare with.
const certaintyAnchor = "anchor: CoNLL-2010 shared task, best Wikipedia system 0.57 uncertain-sentence F1 (its test split; cue-level F1 was lower)"

// WriteTable writes the scores as a table, the warnings, the anchor, and
// last a line "uncertain_f1=… cue_f1=… precision=… recall=…" (precision
// and recall of the uncertain class) for scripts to parse.
func (r CertaintyResult) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "certainty cues on %s: %d sentences, %d documents (%s)\n", filepath.Base(r.Path), r.Sentences, r.Docs, r.Method)
	if r.TrainingWarning != "" {
		fmt.Fprintln(w, r.TrainingWarning)
	}
	fmt.Fprintf(w, "%-9s %-14s %6s %6s %6s %6s %6s %6s %6s\n", "level", "class", "gold", "tp", "fp", "fn", "prec", "recall", "f1")
	row := func(level, class string, s CertaintyScore) {
		fmt.Fprintf(w, "%-9s %-14s %6d %6d %6d %6d %6.3f %6.3f %6.3f\n", level, class, s.TP+s.FN, s.TP, s.FP, s.FN, s.Precision, s.Recall, s.F1)
	}
	row("sentence", "uncertain", r.Uncertain)
	row("cue", "all (span)", r.Cues)
	types := make([]certainty.CueType, 0, len(r.ByType))
	for t := range r.ByType {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		row("cue", t.String(), r.ByType[t])
	}
	if len(r.Unscored) > 0 {
		var parts []string
		for _, t := range certainty.CueTypes {
			if n := r.Unscored[t]; n > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", t, n))
			}
		}
		fmt.Fprintf(w, "not scored (the corpus does not annotate these types): %s\n", strings.Join(parts, ", "))
	}
	fmt.Fprintln(w, "scoring: sentence = uncertain class P/R/F1; cue = exact byte span (type ignored for 'all', span and type per type)")
	fmt.Fprintln(w, certaintyAnchor)
	if r.Elapsed > 0 {
		fmt.Fprintf(w, "elapsed=%.2fs\n", r.Elapsed.Seconds())
	}
	fmt.Fprintf(w, "uncertain_f1=%.3f cue_f1=%.3f precision=%.3f recall=%.3f\n", r.Uncertain.F1, r.Cues.F1, r.Uncertain.Precision, r.Uncertain.Recall)
}
