package timex

import (
	"strings"
	"testing"
	"time"

	"dossier/text"
)

// wed is Wednesday 3 May 2023 (ISO week 18).
var wed = time.Date(2023, 5, 3, 15, 4, 0, 0, time.UTC)

type want struct{ text, typ, value string }

func check(t *testing.T, sentence string, dct time.Time, ws ...want) {
	t.Helper()
	got := Find(text.NewDoc(sentence), dct)
	var g []string
	for _, e := range got {
		g = append(g, e.Text+"|"+e.Type+"|"+e.Value)
		if e.Text != sentence[e.Span.Start:e.Span.End] {
			t.Errorf("%q: span %v does not hold %q", sentence, e.Span, e.Text)
		}
	}
	var w []string
	for _, x := range ws {
		w = append(w, x.text+"|"+x.typ+"|"+x.value)
	}
	if strings.Join(g, "; ") != strings.Join(w, "; ") {
		t.Errorf("%q (DCT %s):\n got %s\nwant %s", sentence, dct.Format("2006-01-02"), strings.Join(g, "; "), strings.Join(w, "; "))
	}
}

func TestFind(t *testing.T) {
	jan2 := time.Date(2024, 1, 2, 9, 0, 0, 0, time.UTC) // Tuesday, ISO week 2024-W01
	dec30 := time.Date(2023, 12, 30, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		sentence string
		dct      time.Time
		want     []want
	}{
		{"full date", "The treaty was signed on May 3, 2023, in Geneva.", wed, []want{{"May 3, 2023", Date, "2023-05-03"}}},
		{"day month year", "Talks opened on 3 May 2023.", wed, []want{{"3 May 2023", Date, "2023-05-03"}}},
		{"abbrev month", "The vote was held on Jan. 5.", wed, []want{{"Jan. 5", Date, "2023-01-05"}}},
		{"nearest year forward", "The ruling is due on Jan. 5.", dec30, []want{{"Jan. 5", Date, "2024-01-05"}}},
		{"nearest year back", "Protests began on Dec. 28.", jan2, []want{{"Dec. 28", Date, "2023-12-28"}}},
		{"month year", "Prices rose in May 2023.", wed, []want{{"May 2023", Date, "2023-05"}}},
		{"lone month", "The plant closed in March.", wed, []want{{"March", Date, "2023-03"}}},
		{"year", "The dam was built in 1998.", wed, []want{{"1998", Date, "1998"}}},
		{"not a year", "About 2000 people marched.", wed, nil},
		{"decade", "Floods like this were last seen in the 1990s.", wed, []want{{"the 1990s", Date, "199"}}},
		{"modal may", "The minister may resign, aides said.", wed, nil},
		{"modal May at start", "May we all hope for peace.", wed, nil},
		{"verb march", "Thousands will march to the capital.", wed, nil},
		{"verb March capitalised", "They March on the palace.", wed, nil},
		{"newspaper", "The Sunday Times reported the deal.", wed, nil},
		{"past weekday", "The minister resigned on Thursday.", wed, []want{{"Thursday", Date, "2023-04-27"}}},
		{"future weekday", "The minister will resign on Thursday.", wed, []want{{"Thursday", Date, "2023-05-04"}}},
		{"going to", "She is going to announce it on Monday.", wed, []want{{"Monday", Date, "2023-05-08"}}},
		{"same weekday past", "Bombs exploded on Wednesday.", wed, []want{{"Wednesday", Date, "2023-05-03"}}},
		{"next weekday", "Talks resume next Friday.", wed, []want{{"next Friday", Date, "2023-05-05"}}},
		{"weekday unknown dct", "The minister resigned on Thursday.", time.Time{}, []want{{"Thursday", Date, "XXXX-WXX-4"}}},
		{"weekday across year", "Markets fell on Friday.", jan2, []want{{"Friday", Date, "2023-12-29"}}},
		{"weekday part", "The talks ended Tuesday night.", wed, []want{{"Tuesday night", Time, "2023-05-02TNI"}}},
		{"yesterday today tomorrow", "He left yesterday, she arrives today and they meet tomorrow.", wed,
			[]want{{"yesterday", Date, "2023-05-02"}, {"today", Date, "2023-05-03"}, {"tomorrow", Date, "2023-05-04"}}},
		{"yesterday unknown", "He left yesterday.", time.Time{}, []want{{"yesterday", Date, "XXXX-XX-XX"}}},
		{"last week iso", "Prices fell last week.", wed, []want{{"last week", Date, "2023-W17"}}},
		{"last week across year", "Prices fell last week.", jan2, []want{{"last week", Date, "2023-W52"}}},
		{"this week", "The report comes out this week.", jan2, []want{{"this week", Date, "2024-W01"}}},
		{"earlier this month", "It was agreed earlier this month.", wed, []want{{"earlier this month", Date, "2023-05"}}},
		{"last month boundary", "Sales fell last month.", jan2, []want{{"last month", Date, "2023-12"}}},
		{"next month boundary", "Sales will recover next month.", dec30, []want{{"next month", Date, "2024-01"}}},
		{"last year", "Sales fell last year.", wed, []want{{"last year", Date, "2022"}}},
		{"last year unknown", "Sales fell last year.", time.Time{}, []want{{"last year", Date, "XXXX"}}},
		{"days ago", "The ship sank two days ago.", wed, []want{{"two days ago", Date, "2023-05-01"}}},
		{"years ago", "The ship sank three years ago.", wed, []want{{"three years ago", Date, "2020"}}},
		{"this morning", "Police said this morning that two men were held.", wed, []want{{"this morning", Time, "2023-05-03TMO"}}},
		{"durations", "The strike lasted two days after three years of talks.", wed, []want{{"two days", Duration, "P2D"}, {"three years", Duration, "P3Y"}}},
		{"duration hours", "The meeting lasted 4 hours.", wed, []want{{"4 hours", Duration, "PT4H"}}},
		{"past n units", "Prices rose over the past two months.", wed, []want{{"the past two months", Duration, "P2M"}}},
		{"hyphen duration", "A two-year deal was signed.", wed, []want{{"two-year", Duration, "P2Y"}}},
		{"clock am", "The polls open at 10 a.m.", wed, []want{{"10 a.m.", Time, "2023-05-03T10:00"}}},
		{"clock pm", "The polls close at 8:30 p.m.", wed, []want{{"8:30 p.m.", Time, "2023-05-03T20:30"}}},
		{"clock 24h", "The curfew starts at 08:00.", time.Time{}, []want{{"08:00", Time, "XXXX-XX-XXT08:00"}}},
		{"set", "The board meets every week and publishes figures daily.", wed, []want{{"every week", Set, "P1W"}, {"daily", Set, "P1D"}}},
		{"refs", "He is now retired; he currently lives abroad and recently wrote a book.", wed,
			[]want{{"now", Date, "PRESENT_REF"}, {"currently", Date, "PRESENT_REF"}, {"recently", Date, "PAST_REF"}}},
		{"quarter", "Profit rose in the third quarter.", wed, []want{{"the third quarter", Date, "2023-Q3"}}},
		{"future ref", "Nobody knows what the future holds.", wed, []want{{"the future", Date, "FUTURE_REF"}}},
		{"year-earlier quarter", "Profit fell from the year-earlier quarter.", wed, []want{{"the year-earlier quarter", Date, "2022-Q1"}}},
		{"quarter of last year", "Sales rose in the first quarter of last year.", wed, []want{{"the first quarter of last year", Date, "2022-Q1"}}},
		{"iso date", "The filing is dated 2023-04-30.", wed, []want{{"2023-04-30", Date, "2023-04-30"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.sentence, tc.dct, tc.want...) })
	}
}

func TestFindEmpty(t *testing.T) {
	if got := Find(text.NewDoc(""), wed); len(got) != 0 {
		t.Errorf("empty text: %v", got)
	}
}

var benchArticle = func() string {
	s := []string{
		"Floodwaters reached the centre of Eastbrook on Tuesday, forcing 3,400 people from their homes.",
		"The council will meet again on Friday at 4 p.m. to review the evacuation order.",
		"The river peaked at 7.8 metres, the highest level since the 1990s, the office said on May 3.",
		"Officials said the repairs would take two years and cost $2.5 million.",
		"Residents were warned last week, but many said they had not been told until yesterday.",
		"Mr. Pell, the mayor, said the city's defences had held in most districts.",
	}
	var b strings.Builder
	for i := 0; b.Len() < 6000; i++ {
		b.WriteString(s[i%len(s)])
		b.WriteByte(' ')
		if i%4 == 3 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}()

func BenchmarkFind(b *testing.B) {
	doc := text.NewDoc(benchArticle)
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	for b.Loop() {
		Find(doc, wed)
	}
}
