package text

import (
	"reflect"
	"strings"
	"testing"
)

// quoteView is what a test says about a quotation: its text, whether it
// is closed, its depth and how many paragraphs it continues into.
type quoteView struct {
	Text      string
	Closed    bool
	Depth     int
	Continued int
}

func quoteViews(d *Doc) []quoteView {
	out := []quoteView{}
	for _, q := range d.Quotes {
		out = append(out, quoteView{q.Span.Of(d.Text), q.Closed, q.Depth, len(q.Continued)})
	}
	return out
}

func TestQuotations(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []quoteView
	}{
		{"none", "The depot burned. Nobody's sure why.", []quoteView{}},
		{"curly", "“It is over,” Marrow said.", []quoteView{{"“It is over,”", true, 0, 0}}},
		{"straight", `"It is over," Marrow said. "We lost."`,
			[]quoteView{{`"It is over,"`, true, 0, 0}, {`"We lost."`, true, 0, 0}}},
		{"scare quotes", `She called the claim “absurd” and 'baseless'.`,
			[]quoteView{{"“absurd”", true, 0, 0}, {"'baseless'", true, 0, 0}}},
		{"several sentences", "“We held the line. We will hold it again,” the colonel said.",
			[]quoteView{{"“We held the line. We will hold it again,”", true, 0, 0}}},
		{"nested", "“They called it ‘a provocation’ at once,” Ida Bram said.",
			[]quoteView{{"“They called it ‘a provocation’ at once,”", true, 0, 0}, {"‘a provocation’", true, 1, 0}}},
		{"nested straight", `"He said 'no,' then left," she said.`,
			[]quoteView{{`"He said 'no,' then left,"`, true, 0, 0}, {`'no,'`, true, 1, 0}}},
		{"apostrophes are not quotes", "Vantia’s army and the ministers’ plan in the ’90s, rock ’n’ roll.", []quoteView{}},
		{"single quotes around apostrophes", "‘Vantia’s army won’t stop’, he said.",
			[]quoteView{{"‘Vantia’s army won’t stop’", true, 0, 0}}},
		{"headline single quotes", "‘Absurd’: Ostria rejects claim", []quoteView{{"‘Absurd’", true, 0, 0}}},
		{"guillemets", "Il a dit « non » hier.", []quoteView{{"« non »", true, 0, 0}}},
		{"german", "Er sagte „nein“ gestern.", []quoteView{{"„nein“", true, 0, 0}}},
		{"doubled single marks", "a ‘‘fair’’ deal", []quoteView{{"‘‘fair’’", true, 0, 0}}},
		{"multi-paragraph", "“The first part ends here.\n\n“The second part goes on. It ends now,” she said.\n\nAfter.",
			[]quoteView{{"“The first part ends here.\n\n“The second part goes on. It ends now,”", true, 0, 1}}},
		{"three paragraphs", "\"One.\n\n\"Two.\n\n\"Three,\" he said.",
			[]quoteView{{"\"One.\n\n\"Two.\n\n\"Three,\"", true, 0, 2}}},
		{"unclosed stops at paragraph end", "An “unclosed quote here. More text.\n\nNext paragraph “closed” here.",
			[]quoteView{{"“unclosed quote here. More text.", false, 0, 0}, {"“closed”", true, 0, 0}}},
		{"unclosed continued then unclosed", "“One.\n\n“Two.\n\nPlain.",
			[]quoteView{{"“One.\n\n“Two.", false, 0, 1}}},
		{"same mark reopened", "“Nitrogen was never tried, Sauer said. “No protocol exists.”",
			[]quoteView{{"“Nitrogen was never tried, Sauer said.", false, 0, 0}, {"“No protocol exists.”", true, 0, 0}}},
		{"mistyped close", "“It is close, OK?’ he told the court.", []quoteView{{"“It is close, OK?’", true, 0, 0}}},
		{"inner left open", "“He called it ‘absurd and left,” she said.",
			[]quoteView{{"“He called it ‘absurd and left,”", true, 0, 0}, {"‘absurd and left,", false, 1, 0}}},
		{"stray closing mark", "It ended” without a start.", []quoteView{}},
		{"dangling opening mark", "It ended “\n\nThe next one.", []quoteView{{"“", false, 0, 0}}},
		{"empty", "", []quoteView{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := NewDoc(tt.in)
			got := quoteViews(d)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("quotes of %q\n got %+v\nwant %+v", tt.in, got, tt.want)
			}
			checkDoc(t, d)
		})
	}
}

func TestQuoteMarksAndContinuation(t *testing.T) {
	in := "“First.\n\n“Second,” he said."
	d := NewDoc(in)
	if len(d.Quotes) != 1 {
		t.Fatalf("got %d quotes", len(d.Quotes))
	}
	q := d.Quotes[0]
	if q.Open.Of(in) != "“" || q.Open.Start != 0 {
		t.Errorf("open %+v", q.Open)
	}
	if q.Close.Of(in) != "”" || q.Close.End != strings.Index(in, "”")+len("”") {
		t.Errorf("close %+v", q.Close)
	}
	if len(q.Continued) != 1 || q.Continued[0].Start != strings.LastIndex(in, "“") || q.Continued[0].Of(in) != "“" {
		t.Errorf("continued %+v", q.Continued)
	}
}

func TestUnbalancedQuoteDoesNotSwallowArticle(t *testing.T) {
	var b strings.Builder
	b.WriteString("The spokesman said “this is where it starts.\n\n")
	for i := 0; i < 50; i++ {
		b.WriteString("A later paragraph with a “short” quotation.\n\n")
	}
	d := NewDoc(b.String())
	if len(d.Quotes) != 51 {
		t.Fatalf("got %d quotes, want 51", len(d.Quotes))
	}
	if q := d.Quotes[0]; q.Closed || q.Span.Of(d.Text) != "“this is where it starts." {
		t.Errorf("first quote %+v %q", q, q.Span.Of(d.Text))
	}
	for _, q := range d.Quotes[1:] {
		if !q.Closed || q.Span.Of(d.Text) != "“short”" {
			t.Fatalf("quote %q closed=%v", q.Span.Of(d.Text), q.Closed)
		}
	}
}

func TestQuotationsDeepNesting(t *testing.T) {
	// More opening marks than the nesting limit, of alternating
	// families so that none stops the one before.
	in := strings.Repeat("“a ‘b ", 10) + strings.Repeat("c’ d” ", 10)
	d := NewDoc(in)
	checkDoc(t, d)
	closed := 0
	for _, q := range d.Quotes {
		if q.Depth >= maxQuoteDepth {
			t.Errorf("depth %d", q.Depth)
		}
		if q.Closed {
			closed++
		}
	}
	if len(d.Quotes) != 20 || closed == 0 {
		t.Errorf("got %d quotes, %d closed", len(d.Quotes), closed)
	}
}
