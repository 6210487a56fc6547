package text

import (
	"math/rand"
	"strings"
	"testing"
)

// newsSentences are invented sentences in the style of wire copy, with
// the things the rules must handle: titles, acronyms, numbers, quotations
// with frames, apostrophes.
var newsSentences = []string{
	"Floodwaters reached the centre of Eastbrook on Tuesday, forcing 3,400 people from their homes.",
	"Gen. Ada Vorne, who leads the regional command, said the army had deployed 12 helicopters.",
	"“We are doing everything we can, but the river is still rising,” Vorne told reporters at 9 a.m.",
	"The U.S. State Department said it was “monitoring the situation closely” and offered $2.5 million in aid.",
	"Residents of the old town weren’t warned in time, according to a council report seen by the Herald.",
	"“Is anyone in charge?” asked Mira Osei, 54, who runs a bakery on St. Brennan’s Road.",
	"Officials in Ostria denied that upstream dams had released water on Jan. 14, calling the claim ‘baseless’.",
	"The river peaked at 7.8 metres, the highest level since the 1990s, the meteorological office said.",
	"Mr. Pell, the mayor, said the city’s defences had held in most districts.",
	"Critics said the response was too slow... Some blamed budget cuts.",
	"Dr. Lena Ruiz of the university’s hydrology department said: “This was predicted years ago.",
	"More than 40% of the affected homes were uninsured, according to Orlan Inc., the largest local insurer.",
	"Volunteers from the U.K. and the E.U. arrived overnight with pumps and boats.",
	"“We didn’t expect the water to come so fast,” said Tomas Berg. “It was like a wall.”",
	"The council will meet again on Friday at 4 p.m. to review the evacuation order.",
}

// newsText returns about size bytes of paragraphs of three to five news
// sentences.
func newsText(size int) string {
	rng := rand.New(rand.NewSource(42))
	var b strings.Builder
	for b.Len() < size {
		n := 3 + rng.Intn(3)
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(newsSentences[rng.Intn(len(newsSentences))])
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

var benchText = newsText(5000)

func BenchmarkTokenize(b *testing.B) {
	buf := make([]Token, 0, 2048)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		buf = AppendTokens(buf[:0], benchText)
	}
}

func BenchmarkSegment(b *testing.B) {
	toks := Tokenize(benchText)
	buf := make([]Sentence, 0, 256)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		buf = AppendSentences(buf[:0], benchText, toks)
	}
}

func BenchmarkTokenizeSegment(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Segment(benchText, Tokenize(benchText))
	}
}

func BenchmarkQuotations(b *testing.B) {
	toks := Tokenize(benchText)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Quotations(benchText, toks)
	}
}

func BenchmarkNewDoc(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		NewDoc(benchText)
	}
}

// BenchmarkNewDocLarge runs on a document of about 10,000 sentences, to
// show that throughput does not fall with length.
func BenchmarkNewDocLarge(b *testing.B) {
	large := newsText(1 << 20)
	b.SetBytes(int64(len(large)))
	b.ReportAllocs()
	for b.Loop() {
		NewDoc(large)
	}
}

func TestNewsTextSegments(t *testing.T) {
	// The benchmark text is segmented as written: one sentence per
	// fixture sentence, except the two that hold two sentences each and
	// the one whose quotation is left open.
	d := NewDoc(benchText)
	checkDoc(t, d)
	for _, s := range sentenceTexts(d) {
		if len(s) < 20 {
			t.Errorf("short sentence %q", s)
		}
	}
}
