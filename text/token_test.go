package text

import (
	"reflect"
	"strings"
	"testing"
)

// The fixtures in these tests are invented sentences about invented
// events, written in the style of wire copy.

func TestTokenizeTexts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", []string{}},
		{"only space", " \t\n\n \r\n\u00a0\u2003", []string{}},
		{"plain", "The mayor of Eastbrook resigned.", []string{"The", "mayor", "of", "Eastbrook", "resigned", "."}},
		{"titles", "Gen. Ada Vorne met Mr. Pell and Dr. Osei at St. Brennan's.",
			[]string{"Gen.", "Ada", "Vorne", "met", "Mr.", "Pell", "and", "Dr.", "Osei", "at", "St.", "Brennan", "'s", "."}},
		{"acronyms", "The U.S. and the U.K. asked the U.N. and E.U. for help.",
			[]string{"The", "U.S.", "and", "the", "U.K.", "asked", "the", "U.N.", "and", "E.U.", "for", "help", "."}},
		{"acronym hyphen", "a U.S.-led force and the U.S.'s allies",
			[]string{"a", "U.S.-led", "force", "and", "the", "U.S.", "'s", "allies"}},
		{"times and months", "At 9 a.m. on Jan. 12 and 4 p.m. on Sept. 3",
			[]string{"At", "9", "a.m.", "on", "Jan.", "12", "and", "4", "p.m.", "on", "Sept.", "3"}},
		{"initials", "J. K. Marlow and George H.W. Tallis", []string{"J.", "K.", "Marlow", "and", "George", "H.W.", "Tallis"}},
		{"number abbreviation", "Route No. 5 was closed. The answer was No.",
			[]string{"Route", "No.", "5", "was", "closed", ".", "The", "answer", "was", "No", "."}},
		{"state", "Sen. Ida Crane (R-Ind.) spoke in Dover, Del.",
			[]string{"Sen.", "Ida", "Crane", "(", "R-Ind.", ")", "spoke", "in", "Dover", ",", "Del."}},
		{"numbers", "It cost $29,650, or 3.5% more, on 1970-01-01 at 08:00 and 24/7 in the 1990s.",
			[]string{"It", "cost", "$", "29,650", ",", "or", "3.5", "%", "more", ",", "on", "1970-01-01", "at", "08:00", "and", "24/7", "in", "the", "1990s", "."}},
		{"number list", "1,2,3 and 1,000,000 and 12,34", []string{"1", ",", "2", ",", "3", "and", "1,000,000", "and", "12", ",", "34"}},
		{"decimal lead", "a .45 calibre round", []string{"a", ".45", "calibre", "round"}},
		{"hyphens", "a well-known COVID-19 case and F-16s", []string{"a", "well-known", "COVID-19", "case", "and", "F-16s"}},
		{"dashes", "Eastbrook – the capital — fell -- again - today",
			[]string{"Eastbrook", "–", "the", "capital", "—", "fell", "--", "again", "-", "today"}},
		{"ellipsis", "Wait... then … and . . . then", []string{"Wait", "...", "then", "…", "and", ". . .", "then"}},
		{"abbreviation before ellipsis", "apples, pears, etc...", []string{"apples", ",", "pears", ",", "etc", "..."}},
		{"penn contractions", "Don't, can't, won't, it's, we'll, they're, I'm, she'd, we've",
			[]string{"Do", "n't", ",", "ca", "n't", ",", "wo", "n't", ",", "it", "'s", ",", "we", "'ll", ",", "they", "'re", ",", "I", "'m", ",", "she", "'d", ",", "we", "'ve"}},
		{"curly contractions", "It’s over, isn’t it? Vantia’s army won’t stop.",
			[]string{"It", "’s", "over", ",", "is", "n’t", "it", "?", "Vantia", "’s", "army", "wo", "n’t", "stop", "."}},
		{"internal apostrophes", "O'Hare, Côte d’Ivoire, rock’n’roll and ma'am",
			[]string{"O'Hare", ",", "Côte", "d’Ivoire", ",", "rock’n’roll", "and", "ma'am"}},
		{"elisions", "rock ’n’ roll in the ’90s and '80s, catch 'em ’til dawn",
			[]string{"rock", "’n’", "roll", "in", "the", "’90s", "and", "'80s", ",", "catch", "'em", "’til", "dawn"}},
		{"plural possessive", "the ministers’ plan and the pilots' union",
			[]string{"the", "ministers", "’", "plan", "and", "the", "pilots", "'", "union"}},
		{"single quotes", "it was 'clearly' false and ‘absurd’, she said",
			[]string{"it", "was", "'", "clearly", "'", "false", "and", "‘", "absurd", "’", ",", "she", "said"}},
		{"quote after possessive s", "called it 'a matter of days' and left",
			[]string{"called", "it", "'", "a", "matter", "of", "days", "'", "and", "left"}},
		{"double quotes", `"No," he said. “Yes.” «Oui» „Ja“`,
			[]string{`"`, "No", ",", `"`, "he", "said", ".", "“", "Yes", ".", "”", "«", "Oui", "»", "„", "Ja", "“"}},
		{"doubled single marks", "called it ‘‘unworkable’’ twice",
			[]string{"called", "it", "‘‘", "unworkable", "’’", "twice"}},
		{"web", "Write to desk@eastbrook-herald.example.org, see https://example.com/a_(b)?x=1. Or www.example.net, herald.co.uk/news and @EastbrookPD #floods",
			[]string{"Write", "to", "desk@eastbrook-herald.example.org", ",", "see", "https://example.com/a_(b)?x=1", ".", "Or", "www.example.net", ",", "herald.co.uk/news", "and", "@EastbrookPD", "#floods"}},
		{"url in brackets", "(see http://example.com/page).", []string{"(", "see", "http://example.com/page", ")", "."}},
		{"missing space", "It ended.Then it began again.it is", []string{"It", "ended", ".", "Then", "it", "began", "again", ".", "it", "is"}},
		{"hashtag number", "ranked #1 today", []string{"ranked", "#", "1", "today"}},
		{"ampersand", "AT&T and S&P or you & me", []string{"AT&T", "and", "S&P", "or", "you", "&", "me"}},
		{"questions", "Really?! Yes!!", []string{"Really", "?!", "Yes", "!!"}},
		{"unicode", "Zürich’s Straße 5½ naïve", []string{"Zürich", "’s", "Straße", "5½", "naïve"}},
		{"ideographs", "北京市 said", []string{"北", "京", "市", "said"}},
		{"emoji", "great 👍🏽 news 🇺🇦!", []string{"great", "👍🏽", "news", "🇺🇦", "!"}},
		{"carriage returns", "One.\r\nTwo.\r\n\r\nThree", []string{"One", ".", "Two", ".", "Three"}},
		{"control characters", "a\x00b\x7fc", []string{"a", "b", "c"}},
		{"invalid utf8", "caf\xe9 au lait \xff\xfe!", []string{"caf\xe9", "au", "lait", "\xff\xfe", "!"}},
		{"feet and inches", "he is 6'2\" tall", []string{"he", "is", "6", "'", "2", `"`, "tall"}},
		{"nested quotes", `"He said 'no,'" she said.`, []string{`"`, "He", "said", "'", "no", ",", "'", `"`, "she", "said", "."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.in)
			got := Words(tt.in, toks)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Tokenize(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			checkTokens(t, tt.in, toks)
		})
	}
}

func TestTokenKindsAndFlags(t *testing.T) {
	in := `“Ukraine's pilots' 'rest'” U.S. 3.5 $ x@y.org @a #b http://e.com …`
	type tf struct {
		text  string
		kind  TokenKind
		flags TokenFlags
	}
	want := []tf{
		{"“", QuoteMark, Opening},
		{"Ukraine", Word, 0},
		{"'s", Word, Clitic},
		{"pilots", Word, 0},
		{"'", Word, Clitic},
		{"'", QuoteMark, Opening},
		{"rest", Word, 0},
		{"'", QuoteMark, Closing},
		{"”", QuoteMark, Closing},
		{"U.S.", Word, Abbrev},
		{"3.5", Number, 0},
		{"$", Symbol, 0},
		{"x@y.org", Email, 0},
		{"@a", Handle, 0},
		{"#b", Hashtag, 0},
		{"http://e.com", URL, 0},
		{"…", Punct, 0},
	}
	toks := Tokenize(in)
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens %q, want %d", len(toks), Words(in, toks), len(want))
	}
	for i, w := range want {
		got := tf{toks[i].Text(in), toks[i].Kind, toks[i].Flags}
		if got != w {
			t.Errorf("token %d: got %+v (%v), want %+v (%v)", i, got, got.kind, w, w.kind)
		}
	}
}

func TestQuoteRoles(t *testing.T) {
	tests := []struct {
		in   string
		want string // O or C for each quote mark, in order
	}{
		{`"It is over." He left.`, "OC"},
		{`He said "no" and "yes".`, "OCOC"},
		{`said,"We won," he said`, "OC"},
		{`(“Quoted”)`, "OC"},
		{`—"Well—" he said`, "OC"},
		{`„Ja“, sagte er`, "OC"},
		{`”Ja” sa han`, "OC"},
		{`« Oui » dit-il`, "OC"},
		{`"'Hello,' she said," he said.`, "OOCC"},
		{`the ‘Iron Gate’ and ’Iron Gate’`, "OCOC"},
		{`"One.\n\n"Two."`, "OOC"},
	}
	for _, tt := range tests {
		in := strings.ReplaceAll(tt.in, `\n`, "\n")
		var got strings.Builder
		for _, tok := range Tokenize(in) {
			if tok.Kind != QuoteMark {
				continue
			}
			switch tok.Flags & (Opening | Closing) {
			case Opening:
				got.WriteByte('O')
			case Closing:
				got.WriteByte('C')
			default:
				got.WriteByte('?')
			}
		}
		if got.String() != tt.want {
			t.Errorf("%q: roles %s, want %s", tt.in, got.String(), tt.want)
		}
	}
}

func TestAppendTokensReusesBuffer(t *testing.T) {
	buf := make([]Token, 0, 64)
	a := "First text here."
	buf = AppendTokens(buf[:0], a)
	if len(buf) != 4 {
		t.Fatalf("got %d tokens", len(buf))
	}
	b := "A second, longer text."
	buf = AppendTokens(buf, b)
	if got := Words(b, buf[4:]); !reflect.DeepEqual(got, []string{"A", "second", ",", "longer", "text", "."}) {
		t.Errorf("appended tokens %q", got)
	}
}

func TestTokenKindString(t *testing.T) {
	if Word.String() != "Word" || Hashtag.String() != "Hashtag" || TokenKind(200).String() != "?" {
		t.Error("TokenKind.String")
	}
}

func TestFoldQuotes(t *testing.T) {
	if got := FoldQuotes("Putin’s “claim” «x» ‘y’"); got != `Putin's "claim" "x" 'y'` {
		t.Errorf("FoldQuotes = %q", got)
	}
	s := "plain 'text'"
	if got := FoldQuotes(s); got != s {
		t.Errorf("FoldQuotes changed %q", s)
	}
	if n := testing.AllocsPerRun(10, func() { FoldQuotes(s) }); n != 0 {
		t.Errorf("FoldQuotes allocates %v times on plain text", n)
	}
}
