package certainty

import (
	"strings"
	"testing"

	"dossier/text"
)

// benchArticle is a news article of about 6 KB, written for the
// benchmark: mostly plain reporting, with the hedges, boosters and
// conditions of contested-incident copy at a realistic rate.
var benchArticle = func() string {
	paras := []string{
		"KYIV, May 3 (Wire) — An explosion tore through a fuel depot on the outskirts of the city late on Tuesday, officials said, and firefighters were still battling the blaze on Wednesday morning.",
		"The regional governor said three workers were injured and that the cause of the blast was not yet clear. Police cordoned off the area and closed the main road to the airport for several hours.",
		"A spokesman for the defence ministry said the depot may have been struck by a drone launched from across the border, but added that investigators had not ruled out sabotage or an accident.",
		"“We believe this was a deliberate attack, and we will find those responsible,” the spokesman told reporters at a briefing in the capital. He did not provide evidence for the claim.",
		"The foreign ministry of the neighbouring country denied any involvement and called the accusation a provocation. Its statement said the blast was almost certainly caused by poor maintenance.",
		"Satellite images reviewed by independent analysts showed scorch marks consistent with a fire that started near the eastern storage tanks, though the analysts cautioned that the images could not show what set it off.",
		"Some experts say the pattern resembles earlier attacks on energy infrastructure, which Western governments have attributed with moderate confidence to military intelligence units.",
		"If the drone theory is confirmed, it would be the deepest strike of its kind this year, according to a tally kept by a research group that monitors the conflict.",
		"Residents described hearing a buzzing sound shortly before the explosion. One woman said she saw a light in the sky, but she was unsure whether it came from the direction of the border.",
		"The operator of the depot, a state-owned company, said the facility held about 4,000 tonnes of diesel and that supplies to the region would not be affected. Its shares fell 2 percent in early trading.",
		"Officials in the capital said they expected the investigation to take several weeks. It is unclear whether the findings will be made public, and the ministry declined to comment on the timing.",
		"The United Nations called for restraint and said it was ready to support an independent inquiry if both sides agreed. Diplomats said such an agreement was unlikely in the near term.",
		"The incident comes a week after a suspected arson attack on a rail junction in the north, which authorities also blamed on saboteurs working for the other side. No group has claimed responsibility for either attack.",
		"Analysts said the strikes were probably intended to disrupt supplies ahead of the harvest, though others argued the timing was coincidental and that the two incidents might be unrelated.",
		"The governor said repairs would begin as soon as the site was declared safe, and that the road to the airport had reopened on Wednesday afternoon. Flights were not disrupted, the airport said in a statement.",
		"Emergency services said the fire had been contained by midday. The three injured workers were taken to hospital with burns and were in stable condition, a hospital spokeswoman said.",
		"Insurance brokers estimated the damage at several million dollars, although they said a full assessment could only be made once the tanks had cooled and engineers could inspect them.",
		"The defence ministry said air defences had shot down two other drones over the region overnight. The claim could not be independently verified, and the neighbouring country did not comment on it.",
		"Opposition lawmakers called for a parliamentary hearing, saying the government had failed to protect critical infrastructure despite repeated warnings from its own security services last year.",
		"Local television showed footage of thick black smoke rising above the industrial zone, and the city council urged residents living nearby to keep their windows closed until air quality tests were completed.",
		"A senior military official, speaking on condition of anonymity, said radar had tracked a slow, low-flying object for several minutes before the explosion. He said it was highly likely that the object was a drone of a type used in earlier raids.",
		"The official said the ministry had shared its findings with allied governments and that at least two of them had reached the same conclusion. Neither government commented publicly on Wednesday.",
		"Prices at filling stations in the region rose slightly on Wednesday, a trade association said, but it expected them to return to normal within days as fuel was brought in from other depots.",
		"Human rights groups urged both sides to avoid strikes on civilian infrastructure. One group said it had documented more than forty such attacks since January and that many had not been investigated.",
		"The president convened his security council on Wednesday evening, his office said, without giving details. A statement issued after the meeting promised a firm response and more funding for air defences.",
		"Markets took the news in stride. The currency was little changed against the dollar, and government bond yields edged higher in thin trading, dealers said.",
		"Investigators collected fragments from the site and sent them to a laboratory for analysis. Results are expected next week, the prosecutor's office said, adding that it had opened a criminal case on charges of terrorism.",
		"A resident who lives two kilometres from the depot said the blast shattered windows in her building. “I thought it was an earthquake,” she said. “Then I saw the fire and I knew it was something else.”",
		"The neighbouring country's embassy said in a statement that it had no information about the incident and that it regarded the accusations as baseless. It did not respond to further questions.",
		"The depot had been targeted once before, in 2022, when a missile struck an administrative building. Nobody was hurt in that attack, which the authorities at the time attributed to the same military units.",
	}
	return strings.Join(paras, "\n\n")
}()

func BenchmarkCues(b *testing.B) {
	doc := text.NewDoc(benchArticle)
	d := Default()
	var buf []Cue
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		for i := range doc.Sentences {
			buf = d.AppendCues(buf[:0], doc, i)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkDocCues includes tokenizing and segmenting, for scale: that is
// the text package's cost, paid once per article for every layer.
func BenchmarkDocCues(b *testing.B) {
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	for b.Loop() {
		DocCues(text.NewDoc(benchArticle))
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
