package claim_test

import (
	"strings"
	"testing"

	"dossier/claim"
)

// benchArticle is a fictional report of about 6 KB with the mix of
// claims, quotations and narration of a contested incident.
var benchArticle = func() string {
	paras := []string{
		"A bomb attack on the Vesk power station killed two guards on Monday and cut electricity to much of the capital, officials said.",
		"“Estmark was undoubtedly behind the attack,” Anna Brisk told reporters outside the ministry. She did not present evidence, but said investigators had found fragments of a military detonator near the main turbine hall.",
		"Tomas Vell said Estmark “had nothing to do with” the attack and accused the government of rushing to judgment before any investigation had begun. “We had no role in it whatsoever,” Vell said.",
		"Late on Monday the Grey Harbour Front claimed responsibility for the bombing in a message posted on its channel. The message said the station had been chosen because it powers the arms factories on the river.",
		"Calderan intelligence assessed with moderate confidence that the Grey Harbour Front probably carried out the attack, officials familiar with the assessment said. The assessment did not establish whether the group acted on anyone's orders.",
		"Calderan intelligence believes it is unlikely that senior Estmark officials ordered the attack, according to two people who have read the report.",
		"Tomas Vell said the attack could have been a false-flag operation intended to give Norland a pretext for sending troops to the border. Anna Brisk described the allegation as absurd.",
		"Intercepts show Estmark officials blaming each other for the attack, according to a person briefed on them.",
		"Calderan intelligence has not ruled out that rogue Estmark militants carried out the bombing, the people said.",
		"The station's director, Ida Marr, said repairs would take at least three weeks. “We have restored power to the hospitals first, and we expect the rest of the city to follow by the weekend,” she said.",
		"Residents of the districts nearest the station described a loud bang shortly after midnight, followed by a fire that burned for several hours before firefighters brought it under control.",
		"Norland has put its armed forces on alert along the border. Asked whether Norland would retaliate, Anna Brisk said the government had not ruled out any option.",
		"Estmark's foreign ministry summoned Norland's ambassador on Tuesday to protest against what it called a campaign of slander, and Tomas Vell said the trade talks planned for next month would go ahead.",
		"“Decisions about such attacks are made not in Norland but in Estmark,” Anna Brisk said in a televised address on Tuesday evening.",
	}
	var b strings.Builder
	for b.Len() < 6000 {
		for _, p := range paras {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()[:strings.LastIndex(b.String()[:6200], "\n\n")]
}()

func BenchmarkExtract(b *testing.B) {
	a, doc, an := analyse(b, lead+benchArticle)
	ents := an.Entities
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	var n int
	for b.Loop() {
		an.Entities = ents[:len(ents):len(ents)]
		n = len(claim.Extract(a, doc, an))
	}
	if n < 10 {
		b.Fatalf("only %d claims in the benchmark article", n)
	}
}
