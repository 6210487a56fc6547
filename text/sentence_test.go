package text

import (
	"reflect"
	"testing"
)

func sentenceTexts(d *Doc) []string {
	out := make([]string, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = s.Span.Of(d.Text)
	}
	return out
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", []string{}},
		{"whitespace", "  \n\n\t \r\n ", []string{}},
		{"one", "The bridge reopened on Monday.", []string{"The bridge reopened on Monday."}},
		{"no final stop", "The bridge reopened", []string{"The bridge reopened"}},
		{"two", "The bridge reopened. Traffic was light.", []string{"The bridge reopened.", "Traffic was light."}},
		{"question and exclamation", "Who fired first? Nobody knows! The inquiry goes on.",
			[]string{"Who fired first?", "Nobody knows!", "The inquiry goes on."}},
		{"titles", "Gen. Ada Vorne told Mr. Pell that Dr. Osei and Sen. Ruiz had left. They agreed.",
			[]string{"Gen. Ada Vorne told Mr. Pell that Dr. Osei and Sen. Ruiz had left.", "They agreed."}},
		{"months and numbers", "The vote on Jan. 12 was No. 3 on the list. It failed.",
			[]string{"The vote on Jan. 12 was No. 3 on the list.", "It failed."}},
		{"US inside", "The U.S. Navy and U.K. officials met U.N. envoys on Friday.",
			[]string{"The U.S. Navy and U.K. officials met U.N. envoys on Friday."}},
		{"US at the end", "The convoy crossed into the U.S. The border then closed.",
			[]string{"The convoy crossed into the U.S.", "The border then closed."}},
		{"US at the end before pronoun", "Vantia's envoy flew to the U.S. He met no one.",
			[]string{"Vantia's envoy flew to the U.S.", "He met no one."}},
		{"US before a lowercase quote", "Critics said the U.S. “gained nothing” from it.",
			[]string{"Critics said the U.S. “gained nothing” from it."}},
		{"US possessive", "It hurt the U.S.'s standing. Allies noticed.",
			[]string{"It hurt the U.S.'s standing.", "Allies noticed."}},
		{"company", "Shares of Orlan Inc. fell. Orlan Inc. Chief Executive Ida Bram resigned.",
			[]string{"Shares of Orlan Inc. fell.", "Orlan Inc. Chief Executive Ida Bram resigned."}},
		{"times", "The curfew starts at 9 p.m. Friday and ends at 6 a.m. The army enforces it.",
			[]string{"The curfew starts at 9 p.m. Friday and ends at 6 a.m.", "The army enforces it."}},
		{"time zone", "Polls close at 8 p.m. ET in most districts.", []string{"Polls close at 8 p.m. ET in most districts."}},
		{"state", "He grew up in Dover, Del. and moved to Salem, Ore. Later he ran for mayor.",
			[]string{"He grew up in Dover, Del. and moved to Salem, Ore.", "Later he ran for mayor."}},
		{"state then name", "The crash happened near Lowell, Mass. Police closed the road.",
			[]string{"The crash happened near Lowell, Mass.", "Police closed the road."}},
		{"state in parentheses", "Sen. Ida Crane (R-Ind.) objected. The bill stalled.",
			[]string{"Sen. Ida Crane (R-Ind.) objected.", "The bill stalled."}},
		{"initials", "The novel by J. K. Marlow sold well. George H.W. Tallis reviewed it.",
			[]string{"The novel by J. K. Marlow sold well.", "George H.W. Tallis reviewed it."}},
		{"roman numeral", "It was the worst since World War I. The toll is rising.",
			[]string{"It was the worst since World War I.", "The toll is rising."}},
		{"decimals", "Output fell 3.5 percent to 1.2 million barrels. Prices rose.",
			[]string{"Output fell 3.5 percent to 1.2 million barrels.", "Prices rose."}},
		{"e.g.", "Some states, e.g. Ostria, abstained. Others did not.",
			[]string{"Some states, e.g. Ostria, abstained.", "Others did not."}},
		{"closing quote after stop", "“It is over.” He left.", []string{"“It is over.”", "He left."}},
		{"straight closing quote after stop", `"It is over." He left.`, []string{`"It is over."`, "He left."}},
		{"question with lowercase frame", "“Is it over?” he asked.", []string{"“Is it over?” he asked."}},
		{"comma frame", "“We did not attack the depot,” Marrow added.", []string{"“We did not attack the depot,” Marrow added."}},
		{"question with name frame", "“Why now?” Peskin asked. Nobody answered.",
			[]string{"“Why now?” Peskin asked.", "Nobody answered."}},
		{"exclamation with titled frame", "“Stop the trucks!” Gen. Ada Vorne shouted at the gate.",
			[]string{"“Stop the trucks!” Gen. Ada Vorne shouted at the gate."}},
		{"question then new sentence", "“Why now?” The question hung in the air.",
			[]string{"“Why now?”", "The question hung in the air."}},
		{"stop then short frame", "“It is finished.” Marrow said. Then he left.",
			[]string{"“It is finished.” Marrow said.", "Then he left."}},
		{"stop then new sentence with verb", "“We lost.” He said the army would regroup.",
			[]string{"“We lost.”", "He said the army would regroup."}},
		{"frame introducing a new quotation", "She called it “absurd.” Marrow responded, “It is not.”",
			[]string{"She called it “absurd.”", "Marrow responded, “It is not.”"}},
		{"multi-sentence quotation", "“We held the line. We will hold it again,” the colonel said.",
			[]string{"“We held the line.", "We will hold it again,” the colonel said."}},
		{"bracket after stop", "The vote passed (narrowly.) Critics objected.",
			[]string{"The vote passed (narrowly.)", "Critics objected."}},
		{"quote inside brackets", "He left (“for good.”) The door closed.",
			[]string{"He left (“for good.”)", "The door closed."}},
		{"comma after question", "“Who benefits?”, she wrote, was the point.",
			[]string{"“Who benefits?”, she wrote, was the point."}},
		{"ellipsis to capital", "We waited … Nobody came.", []string{"We waited …", "Nobody came."}},
		{"ellipsis to lowercase", "We waited... and waited.", []string{"We waited... and waited."}},
		{"paragraphs", "First paragraph without a stop\n\nSecond one. Two sentences.",
			[]string{"First paragraph without a stop", "Second one.", "Two sentences."}},
		{"abbreviation at paragraph end", "He was born in the U.S.\n\nHe moved.",
			[]string{"He was born in the U.S.", "He moved."}},
		{"title at paragraph end", "Signed, Gen.\n\nThe end.", []string{"Signed, Gen.", "The end."}},
		{"heading line", "Floods hit Eastbrook\nThe river rose overnight.",
			[]string{"Floods hit Eastbrook", "The river rose overnight."}},
		{"wrapped line", "The river rose overnight and the\nMayor ordered an evacuation.",
			[]string{"The river rose overnight and the\nMayor ordered an evacuation."}},
		{"wrapped after comma", "The river rose overnight,\nMayor Ida Bram said.",
			[]string{"The river rose overnight,\nMayor Ida Bram said."}},
		{"lowercase next line", "The river rose\novernight.", []string{"The river rose\novernight."}},
		{"bullets", "Demands:\n- A ceasefire\n- Talks", []string{"Demands:", "- A ceasefire", "- Talks"}},
		{"caption and date", "Views:\n1970-01-01 08:00\nOfficials said so.",
			[]string{"Views:\n1970-01-01 08:00", "Officials said so."}},
		{"numbered list", "1. The first demand.\n2. The second demand.",
			[]string{"1. The first demand.", "2. The second demand."}},
		{"crlf", "One thing.\r\nAnother thing.\r\n\r\nNew paragraph.",
			[]string{"One thing.", "Another thing.", "New paragraph."}},
		{"transcript title", "DR. LEE: We saw it. MR. BRAM: So did we.",
			[]string{"DR. LEE: We saw it.", "MR. BRAM: So did we."}},
		{"invalid utf8", "Caf\xe9 closed. \xff Then it opened.", []string{"Caf\xe9 closed.", "\xff Then it opened."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := NewDoc(tt.in)
			got := sentenceTexts(d)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("NewDoc(%q) sentences\n got %q\nwant %q", tt.in, got, tt.want)
			}
			checkDoc(t, d)
		})
	}
}

func TestSentenceParagraphs(t *testing.T) {
	in := "Headline here\n\nFirst. Second.\n \nThird.\n\n\n\nFourth."
	d := NewDoc(in)
	var got []int
	for _, s := range d.Sentences {
		got = append(got, s.Paragraph)
	}
	if want := []int{0, 1, 1, 2, 3}; !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs %v, want %v", got, want)
	}
	var paras []string
	for _, p := range d.Paragraphs {
		paras = append(paras, p.Of(in))
	}
	if want := []string{"Headline here", "First. Second.", "Third.", "Fourth."}; !reflect.DeepEqual(paras, want) {
		t.Errorf("Paragraphs %q, want %q", paras, want)
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{" \n \n", nil},
		{"one", []string{"one"}},
		{"  one  \n two \n\n three ", []string{"one  \n two", "three"}},
		{"a\r\n\r\nb", []string{"a", "b"}},
		{"a\n\u00a0\nb", []string{"a", "b"}},
		{"\n\na\n\n\n\nb\n\n", []string{"a", "b"}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range Paragraphs(tt.in) {
			got = append(got, p.Of(tt.in))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Paragraphs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSegmentForeignTokens(t *testing.T) {
	// Segment accepts tokens from elsewhere, as long as they are in
	// order: here, the tokens of one sentence only.
	in := "Skip this. Keep this part. And this."
	toks := Tokenize(in)[3:]
	ss := Segment(in, toks)
	if len(ss) != 2 || ss[0].Span.Of(in) != "Keep this part." || ss[1].Span.Of(in) != "And this." {
		t.Errorf("got %+v", ss)
	}
	if ss[0].FirstToken != 0 || ss[1].EndToken != len(toks) {
		t.Errorf("token ranges %+v", ss)
	}
}

func TestDocLookups(t *testing.T) {
	in := "One two. Three four."
	d := NewDoc(in)
	if i := d.TokenAt(4); d.Tokens[i].Text(in) != "two" {
		t.Errorf("TokenAt(4) = %d", i)
	}
	if i := d.TokenAt(3); d.Tokens[i].Text(in) != "two" { // in the space before "two"
		t.Errorf("TokenAt(3) = %d", i)
	}
	if i := d.TokenAt(len(in)); i != len(d.Tokens) {
		t.Errorf("TokenAt(end) = %d", i)
	}
	if i := d.SentenceAt(10); i != 1 {
		t.Errorf("SentenceAt(10) = %d", i)
	}
	if got := Words(in, d.SentenceTokens(1)); !reflect.DeepEqual(got, []string{"Three", "four", "."}) {
		t.Errorf("SentenceTokens(1) = %q", got)
	}
}
