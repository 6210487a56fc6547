package entity

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// labelIDs turns BIO labels into the label ids of the default label set.
func labelIDs(t *testing.T, labels []string) []uint8 {
	t.Helper()
	out := make([]uint8, len(labels))
	for i, l := range labels {
		k := slices.Index(defaultLabels, l)
		if k < 0 {
			t.Fatalf("unknown label %q", l)
		}
		out[i] = uint8(k)
	}
	return out
}

func TestStackFeatures(t *testing.T) {
	m, err := newModel(ModelInfo{FeatureVersion: featureVersion, Labels: defaultLabels}, make([]float32, (len(defaultLabels)+1)*len(defaultLabels)), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	dt := newDocTypes(m)
	org := uint64(dt.of[slices.Index(defaultLabels, "B-ORG")])
	person := uint64(dt.of[slices.Index(defaultLabels, "B-PERSON")])
	bPerson := uint64(slices.Index(defaultLabels, "B-PERSON"))
	tests := []struct {
		name   string
		words  string
		labels string
		tok    int      // the token whose stacked features are checked
		want   []uint64 // features it must have
		not    []uint64 // features it must not have
	}{
		{
			name:   "short form after the full name",
			words:  "Vostra Motor Company said . Vostra rose .",
			labels: "B-ORG I-ORG I-ORG O O B-PERSON O O",
			tok:    5,
			want: []uint64{
				mix(tDocOther, org),
				mix(tDocMaj, org<<8|person),
				mix(tDocFirst, org<<8|person),
				mix(tDocInName, org<<2|1), // first word of a longer name
				mix(tS1, bPerson),
			},
			not: []uint64{mix(tDocOther, person)},
		},
		{
			name:   "first occurrence: no other",
			words:  "Korvel said . Korvel left .",
			labels: "B-PERSON O O B-PERSON O O",
			tok:    0,
			want:   []uint64{mix(tDocOther, person), mix(tDocMaj, person<<8|person)},
			not:    []uint64{mix(tDocInName, person<<2)},
		},
		{
			name:   "a run that is a name elsewhere",
			words:  "Anna Ilves spoke . Anna Ilves left .",
			labels: "B-PERSON I-PERSON O O O O O O",
			tok:    5,
			want:   []uint64{mix(tDocRun, (1+person)<<8)}, // a name elsewhere, O here
		},
		{
			name:   "a word alone in its document",
			words:  "Tallin is cold .",
			labels: "B-GPE O O O",
			tok:    0,
			not:    []uint64{mix(tDocOther, person), mix(tDocOther, org)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := strings.Fields(tt.words)
			starts := sentenceStartsAfterStops(words)
			var s docScratch
			s.prepare(words, starts)
			s.features(starts)
			var st stackScratch
			st.stackFeatures(&s, m, labelIDs(t, strings.Fields(tt.labels)))
			got := st.feats[st.off[tt.tok]:st.off[tt.tok+1]]
			for _, f := range tt.want {
				if !slices.Contains(got, f) {
					t.Errorf("token %q lacks a feature %x", words[tt.tok], f)
				}
			}
			for _, f := range tt.not {
				if slices.Contains(got, f) {
					t.Errorf("token %q has feature %x", words[tt.tok], f)
				}
			}
			// tokens that are not candidates get no stacked features
			for i, w := range words {
				if s.off[i] == s.off[i+1] && st.off[i] != st.off[i+1] {
					t.Errorf("%q is not a candidate but has stacked features", w)
				}
			}
		})
	}
}

func TestTrainStacked(t *testing.T) {
	// four copies of the tiny corpus, so that every jackknife fold has
	// training data like its test data
	var docs []TrainDoc
	for k := range 4 {
		for _, d := range tinyCorpus() {
			d.ID += "/" + string(rune('a'+k))
			docs = append(docs, d)
		}
	}
	var out [2]bytes.Buffer
	for i := range out {
		m, err := Train(docs, TrainOptions{Epochs: 5, Seed: 3, Stages: 2, Mix: 2})
		if err != nil {
			t.Fatal(err)
		}
		if m.Next == nil || m.Next.Info.Stage != 2 || m.Next.Next != nil {
			t.Fatalf("two-stage training gave stages %+v", m.Info)
		}
		if _, err := m.WriteTo(&out[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
		t.Error("two trainings with one seed wrote different models")
	}
	m, err := ReadModel(bytes.NewReader(out[0].Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if m.Next == nil || m.Next.Info.Stage != 2 {
		t.Fatal("second stage lost in the round trip")
	}
	tests := []struct{ words, want string }{
		{"Ilves met Stefan Korvel of Vostra Bank in Tallin .", "B-PERSON O B-PERSON I-PERSON O B-ORG I-ORG O B-GPE O"},
		{"Anna Ilves met Korvel in Tallin .", "B-PERSON I-PERSON O B-PERSON O B-GPE O"},
	}
	tg := NewTagger(m)
	for _, tt := range tests {
		got := tg.TagWords([][]string{strings.Fields(tt.words)})
		if strings.Join(got[0], " ") != tt.want {
			t.Errorf("%q: tagged %v, want %s", tt.words, got[0], tt.want)
		}
	}
	// A stage marker that is not one is refused.
	bad := append(slices.Clone(out[0].Bytes()), 0)
	if _, err := ReadModel(bytes.NewReader(bad)); err == nil {
		t.Error("ReadModel accepted trailing bytes after the gzip stream")
	}
}

func TestRunFeatures(t *testing.T) {
	words := strings.Fields("He met John F. Kennedy at Vostra Bank of Norland today .")
	var s docScratch
	starts := []int{0}
	s.prepare(words, starts)
	tests := []struct {
		tok       int
		a, b      int    // the run it is in
		pos       uint64 // 1 alone, 2 first, 3 last, 4 inside
		prev, nxt string
	}{
		{0, 0, 1, 1, "", "met"},
		{2, 2, 5, 2, "met", "at"},
		{3, 2, 5, 4, "met", "at"},
		{4, 2, 5, 3, "met", "at"},
		{7, 6, 10, 4, "at", "today"}, // "Bank" in "Vostra Bank of Norland"
	}
	for _, tt := range tests {
		// the run as features() finds it
		a, b := tt.tok, tt.tok
		for a > 0 && s.info[a-1].flags&fRun != 0 {
			a--
		}
		for b < len(words) && s.info[b].flags&fRun != 0 {
			b++
		}
		if a != tt.a || b != tt.b {
			t.Errorf("%q: run [%d,%d), want [%d,%d)", words[tt.tok], a, b, tt.a, tt.b)
			continue
		}
		f := appendRunFeatures(nil, s.info, tt.tok, 0, len(words), a, b)
		if f[0] != mix(tRunShape, tt.pos<<4|uint64(min(b-a, 5))) {
			t.Errorf("%q: wrong run shape", words[tt.tok])
		}
		prev := hBOS
		if tt.prev != "" {
			prev = s.info[a-1].lower
			if words[a-1] != tt.prev {
				t.Errorf("%q: word before the run %q", words[tt.tok], words[a-1])
			}
		}
		if f[1] != mix(tRunPrev, prev) || words[b] != tt.nxt || f[2] != mix(tRunNext, s.info[b].lower) {
			t.Errorf("%q: wrong words around the run", words[tt.tok])
		}
	}
}

func TestPronounAfter(t *testing.T) {
	text := "Vostra Motor Company said that it would cut jobs . " +
		"Ann Lee , who runs Vostra , said her plan works . " +
		"Kelda Ross met Tarvin officials in June . " +
		"Analysts expect Vostra to grow ."
	words := strings.Fields(text)
	starts := sentenceStartsAfterStops(words)
	var s docScratch
	s.prepare(words, starts)
	s.features(starts)
	tests := []struct {
		tok  int
		want uint8
	}{
		{0, pronounNeuter},    // "Vostra" (Motor Company) said that it
		{2, pronounNeuter},    // "Company": the run's last word
		{10, pronounPersonal}, // "Ann": ", who"
		{15, pronounPersonal}, // "Vostra" , said her
		{22, 0},               // "Kelda": "Tarvin" comes first
		{32, 0},               // "Vostra" to grow: no pronoun before the end
	}
	for _, tt := range tests {
		if got := s.tokPron[tt.tok]; got != tt.want {
			t.Errorf("%q (%d): pronoun kind %d, want %d", words[tt.tok], tt.tok, got, tt.want)
		}
	}
	// every "Vostra" of the document sees both kinds
	a := s.formAgg[s.form[32]]
	if got := s.aggPron[a-1]; got != pronounNeuter|pronounPersonal {
		t.Errorf("aggregated kinds of Vostra: %d", got)
	}
}

func TestCorpEvidence(t *testing.T) {
	words := strings.Fields("The automaker Vostra cut jobs . " +
		"Shares of Kelda Motors rose , and Kelda 's chief said so . " +
		"The airline , Norvia , and Ann Lee met .")
	starts := sentenceStartsAfterStops(words)
	var s docScratch
	s.prepare(words, starts)
	s.features(starts)
	tests := []struct {
		tok  int
		want uint8
	}{
		{2, corpBefore},  // automaker Vostra
		{8, 0},           // Kelda (Motors): "of" before, "rose" after
		{13, 0},          // Kelda 's chief: "chief" alone is no company part
		{22, corpBefore}, // airline , Norvia
		{25, 0},          // Ann Lee
	}
	for _, tt := range tests {
		if got := s.tokCorp[tt.tok]; got != tt.want {
			t.Errorf("%q (%d): company evidence %d, want %d", words[tt.tok], tt.tok, got, tt.want)
		}
	}
	words = strings.Fields("Vostra shares fell , and Vostra 's employees struck .")
	s.prepare(words, []int{0})
	s.features([]int{0})
	if s.tokCorp[0] != corpAfter || s.tokCorp[5] != corpAfter {
		t.Errorf("company parts after Vostra: %d, %d", s.tokCorp[0], s.tokCorp[5])
	}
}
