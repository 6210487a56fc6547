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
		// Rules added for issue 6.
		{"modifier year", "Critics cite the 2019 treaty and its 2021 review.", wed,
			[]want{{"2019", Date, "2019"}, {"2021", Date, "2021"}}},
		{"count is not a year", "Police moved the 2000 people out.", wed, nil},
		{"clock with day", "The ferry leaves at 10 p.m. Friday.", wed, []want{{"10 p.m. Friday", Time, "2023-04-28T22:00"}}},
		{"clock with zone and future day", "The launch will be at 18:00 UTC Friday.", wed, []want{{"18:00 UTC Friday", Time, "2023-05-05T18:00Z"}}},
		{"noon with day", "Talks broke off at noon Tuesday.", wed, []want{{"noon Tuesday", Time, "2023-05-02T12:00"}}},
		{"weekday and date", "The paper said in an editorial on Monday, May 1:", wed, []want{{"Monday, May 1", Date, "2023-05-01"}}},
		{"speech verb before weekday", "Officials said Monday they will appeal.", wed, []want{{"Monday", Date, "2023-05-01"}}},
		{"plan cue", "The team planned to leave on Friday.", wed, []want{{"Friday", Date, "2023-05-05"}}},
		{"approximator", "The siege lasted nearly two years and more than four hours of talks failed.", wed,
			[]want{{"nearly two years", Duration, "P2Y"}, {"more than four hours", Duration, "PT4H"}}},
		{"end of year", "Troops leave by the end of this year.", wed, []want{{"the end of this year", Date, "2023"}}},
		{"the year ended", "Sales for the year ended March 31 rose.", wed, []want{{"the year", Duration, "P1Y"}, {"March 31", Date, "2023-03-31"}}},
		{"the full year", "Sales for the full year fell.", wed, []want{{"the full year", Date, "2023"}}},
		{"over the weekend", "Rebels regrouped over the weekend.", wed, []want{{"the weekend", Date, "2023-W17-WE"}}},
		{"in May before a word", "The case is heard in May in the high court.", jan2, []want{{"May", Date, "2023-05"}}},
		{"month past lean", "The plant closed in October.", wed, []want{{"October", Date, "2022-10"}}},
		{"month near future", "Dividends are payable June 15.", wed, []want{{"June 15", Date, "2023-06-15"}}},
		{"month deadline", "Debt is repaid by February.", dec30, []want{{"February", Date, "2024-02"}}},
		{"last weekday same day", "Shares fell last Wednesday.", wed, []want{{"last Wednesday", Date, "2023-04-26"}}},
		{"earnings year ago", "Profit rose in the third quarter. Net was $5 million, up from $3 million a year ago.", wed,
			[]want{{"the third quarter", Date, "2023-Q3"}, {"a year ago", Date, "2022-Q1"}}},
		{"this year's quarter", "Net for this year's second quarter fell.", wed, []want{{"this year's second quarter", Date, "2023-Q2"}}},
		{"spoken year", "It began in nineteen ninety-six.", wed, []want{{"nineteen ninety-six", Date, "1996"}}},
		{"holiday", "The boat was found on Thanksgiving Day.", wed, []want{{"Thanksgiving Day", Date, "2022-11-24"}}},
		{"rate not duration", "The plant saves $2 million a year.", wed, nil},
		{"age not duration", "The mayor, 52 years old, resigned.", wed, nil},
		{"no soon or quarterly", "Results come soon in the quarterly report.", wed, nil},
		{"that year", "The dam opened in 1998 and flooded that year.", wed, []want{{"1998", Date, "1998"}, {"that year", Date, "1998"}}},
		{"the following year", "He left in 2010; the following year he returned.", wed, []want{{"2010", Date, "2010"}, {"the following year", Date, "2011"}}},
		{"same period last year", "Sales rose from the same period last year.", wed, []want{{"the same period last year", Date, "2022-Q1"}}},
		{"the near term", "Rates stay high in the near term.", wed, []want{{"the near term", Date, "FUTURE_REF"}}},
		{"the past year", "Prices doubled in the past year.", wed, []want{{"the past year", Date, "2022"}}},
		{"same month as given", "Sales fell in January compared to the same month a year ago.", wed,
			[]want{{"January", Date, "2023-01"}, {"the same month a year ago", Date, "2022-01"}}},
		{"last week of month", "Sales rebounded in the last week of March.", wed, []want{{"the last week of March", Date, "2023-W13"}}},
		{"more recently", "It sold music and, more recently, films.", wed, []want{{"more recently", Date, "PAST_REF"}}},
		{"ordinal second", "A second airliner landed.", wed, nil},
		{"earlier weekday", "Earlier Tuesday, the council met.", wed, []want{{"Tuesday", Date, "2023-05-02"}}},
		{"the early decade", "Prices fell in the early 1980s.", wed, []want{{"the early 1980s", Date, "198"}}},
		{"fiscal quarter", "Net rose in the fiscal first quarter.", wed, []want{{"the fiscal first quarter", Date, "2023-Q1"}}},
		{"each month", "Pilgrims march each July.", wed, []want{{"each July", Set, "XXXX-07"}}},
		{"around a date", "The plant reopens around June 1.", wed, []want{{"around June 1", Date, "2023-06-01"}}},
		{"month last year", "He was arrested in July last year.", wed, []want{{"July last year", Date, "2022-07"}}},
		{"weekday date no comma", "Shares fell on Friday Oct. 13 alone.", wed, []want{{"Friday Oct. 13", Date, "2022-10-13"}}},
		{"over the next", "Jobs go over the next four years.", wed, []want{{"the next four years", Duration, "P4Y"}}},
		{"first week of month", "Talks open in the first week of July.", wed, []want{{"the first week of July", Date, "2023-W27"}}},
		{"year-end", "The sale should close by year-end.", wed, []want{{"year-end", Date, "2023-12-31"}}},
		{"is to", "Trading is to resume on Tuesday.", wed, []want{{"Tuesday", Date, "2023-05-09"}}},
		{"plan told as past", "The offer had been due to expire Friday.", wed, []want{{"Friday", Date, "2023-04-28"}}},
		{"would", "He said the envoy would travel there Thursday.", wed, []want{{"Thursday", Date, "2023-05-04"}}},
		{"possessive weekday", "Lawyers will appeal Tuesday's ruling.", wed, []want{{"Tuesday", Date, "2023-05-02"}}},
		{"get around", "They seek to get around Tuesday's ruling.", wed, []want{{"Tuesday", Date, "2023-05-02"}}},
		{"the summer", "Output slowed during the summer.", wed, []want{{"the summer", Date, "2023-SU"}}},
		{"spoken decade", "Crime fell through the nineties.", wed, []want{{"the nineties", Date, "199"}}},
		{"latest period", "Profit rose in the quarter. Sales in the latest period were $5 million.", wed,
			[]want{{"the quarter", Date, "2023-Q1"}, {"the latest period", Date, "2023-Q1"}}},
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
