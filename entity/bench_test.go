package entity

import (
	"strings"
	"testing"

	"dossier/text"
)

// benchArticle is a made-up news article of about 6 KB, the size the
// throughput goal is stated for.
var benchArticle = func() string {
	paras := []string{
		"KYIV — Defence Minister Stefan Korvel said on Tuesday that the drone attack on the Vostra refinery was planned in Moscow, a claim the Kremlin rejected within hours.",
		"“We have evidence that the operation was prepared for weeks,” Korvel told reporters at a briefing in Kyiv. US officials familiar with the assessment said they had seen similar intelligence.",
		"Kremlin spokesperson Ivan Orlov called the accusation “absurd” and said Russia had nothing to do with the explosions, which killed three workers and injured eleven.",
		"White House National Security spokesman Tom Marten said Washington was “looking closely” at the reports. A senior administration official, speaking on condition of anonymity, said the United States had shared some findings with Ukrainian officials.",
		"British Foreign Secretary James Cleverly, on a visit to Warsaw, said the United Kingdom stood with Ukraine. Downing Street later said Prime Minister Anna Ilves had spoken to President Volodymyr Hrytsenko.",
		"Analysts at the Norland Institute for Strategic Studies said the strike fitted a pattern. “This is the third refinery in a month,” said Marta Vilk, a senior fellow at the institute.",
		"Witnesses in the town of Bravik said residents heard at least four explosions shortly after midnight. Local authorities ordered an evacuation of two villages near the plant.",
		"The Ukrainian military said its air defences had shot down six of the drones. The Pentagon declined to comment, and the State Department referred questions to the White House.",
	}
	var b strings.Builder
	for b.Len() < 6000 {
		for _, p := range paras {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()[:6000]
}()

func BenchmarkMentions(b *testing.B) {
	doc := text.NewDoc(benchArticle)
	tg := Default()
	tg.Mentions(doc)
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.Mentions(doc)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkNewDocMentions includes the text layer, for the whole
// per-article cost up to entities.
func BenchmarkNewDocMentions(b *testing.B) {
	tg := Default()
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		tg.Mentions(text.NewDoc(benchArticle))
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
