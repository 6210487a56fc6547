package stance

import (
	"io/fs"
	"testing"

	"dossier/demo"
)

// demoText is the longest article of the fictional demo corpus.
func demoText(tb testing.TB) string {
	tb.Helper()
	long := ""
	for _, name := range demo.Files() {
		data, err := fs.ReadFile(demo.Corpus, name)
		if err != nil {
			tb.Fatal(err)
		}
		if len(data) > len(long) {
			long = string(data)
		}
	}
	return long
}

// BenchmarkAnalyseBody measures the once-per-article part of a stance
// prediction, on the longest article of the demo corpus (about 4 KB).
func BenchmarkAnalyseBody(b *testing.B) {
	m, text := Default(), demoText(b)
	for b.Loop() {
		m.analyseBody(text)
	}
}

// BenchmarkPredictPair measures the once-per-(claim, article) part.
func BenchmarkPredictPair(b *testing.B) {
	m, text := Default(), demoText(b)
	body := m.analyseBody(text)
	for b.Loop() {
		m.predictPrior("Valdoria was behind the attack on the Sorvan hydroelectric dam", body, true)
	}
}
