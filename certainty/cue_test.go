package certainty

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"dossier"
	"dossier/text"
)

// cueString writes a cue as "text/type", the form the tables below use.
func cueString(c Cue) string { return c.Text + "/" + c.Type.String() }

// allCues returns the cues of every sentence of s as "text/type".
func allCues(s string) []string {
	doc := text.NewDoc(s)
	var out []string
	for _, cs := range DocCues(doc) {
		for _, c := range cs {
			out = append(out, cueString(c))
		}
	}
	return out
}

func TestCues(t *testing.T) {
	// Every sentence here is made up for the test. want lists cues that
	// must be found, not lists cue texts that must not be; uncertain is
	// the sentence-level decision.
	tests := []struct {
		sentence  string
		want      []string
		not       []string
		uncertain bool
	}{
		{"Officials said the group may have planted the charges.", []string{"may/speculation"}, nil, true},
		{"The ministry undoubtedly knew.", []string{"undoubtedly/booster"}, nil, false},
		{"It is unclear whether the drones could reach the capital.", []string{"unclear/speculation", "whether/investigation"}, nil, true},
		{"The talks resumed on May 3.", nil, []string{"May"}, false},
		{"May 3 was the deadline.", nil, []string{"May"}, false},
		{"In May the rebels withdrew.", nil, []string{"May"}, false},
		{"Theresa May said the talks were over.", nil, []string{"May"}, false},
		{"Group May Have Planted Bomb, Officials Say", []string{"May/speculation"}, nil, true},
		// An analytic judgment is a belief: the sentence is uncertain,
		// whatever the confidence it is held with.
		{"We assess with moderate confidence that the drones came from the north.", []string{"assess/doxastic", "with moderate confidence/confidence"}, nil, true},
		{"We judge that the launch failed.", []string{"judge/doxastic"}, nil, true},
		{"A low-confidence assessment blamed the militia.", []string{"low-confidence/confidence"}, nil, false},
		{"The drones could not reach the capital.", nil, []string{"could"}, false},
		{"The drones couldn't reach the capital.", nil, []string{"could"}, false},
		{"The drones could reach the capital within hours.", []string{"could/speculation"}, nil, true},
		{"Police are investigating a suspected truck bombing.", []string{"suspected/doxastic"}, nil, true},
		{"The bombing was allegedly carried out by the group.", []string{"allegedly/doxastic"}, nil, true},
		{"The minister reportedly resigned on Friday.", []string{"reportedly/speculation"}, nil, true},
		{"The blast apparently started in the storage hall.", []string{"apparently/speculation"}, nil, true},
		{"It appears to have been an accident.", []string{"appears/speculation"}, nil, true},
		{"The fire seems to have spread from the roof.", []string{"seems/speculation"}, nil, true},
		{"The strike will likely continue.", []string{"likely/speculation"}, []string{"will"}, true},
		{"It is unlikely that the army fired.", []string{"unlikely/speculation"}, []string{"likely"}, true},
		{"The shelling probably came from the east.", []string{"probably/speculation"}, nil, true},
		{"If the ceasefire holds, aid will arrive.", []string{"If/condition"}, nil, true},
		{"He looked as if he had not slept.", nil, []string{"if"}, false},
		{"Officials have not ruled out sabotage.", []string{"not ruled out/speculation"}, nil, true},
		{"Investigators cannot confirm the cause.", []string{"cannot confirm/speculation"}, nil, true},
		{"The claim could not be independently verified.", []string{"could not be independently verified/speculation"}, nil, true},
		{"It is not certain that the militia fired.", []string{"not certain/speculation"}, []string{"certain"}, true},
		{"It wasn't immediately clear who fired.", []string{"n't immediately clear/speculation"}, nil, true},
		{"There is no doubt the army fired.", []string{"There is no doubt/booster"}, nil, false},
		{"The images clearly show a launcher.", []string{"clearly/booster"}, nil, false},
		{"The report was confirmed by two officials.", []string{"confirmed/booster"}, nil, false},
		{"The militia almost certainly fired the rocket.", []string{"almost certainly/speculation"}, []string{"certainly"}, true},
		{"Whether or not the drones were foreign, the damage is done.", []string{"Whether or not/investigation"}, nil, true},
		{"The evidence suggests the militia fired.", []string{"suggests/speculation"}, nil, true},
		{"Experts speculate that the blast was an accident.", []string{"speculate/speculation"}, nil, true},
		{"Officials believe the militia fired.", []string{"believe/doxastic"}, nil, true},
		{"Officials think the militia fired.", []string{"think/doxastic"}, nil, true},
		{"A think tank published the report.", nil, []string{"think"}, false},
		{"Police suspect arson.", []string{"suspect/doxastic"}, nil, true},
		{"The suspect was arrested on Monday.", nil, []string{"suspect"}, false},
		{"The finding raises the possibility of a second launch site.", []string{"raises the possibility/speculation"}, nil, true},
		{"There is no evidence that the army was involved.", []string{"no evidence/speculation"}, nil, true},
		{"Some say the fire was set deliberately.", []string{"Some say/weasel"}, nil, false},
		{"Many people were injured in the blast.", nil, []string{"Many people"}, false},
		{"It is believed that the militia planted the bomb.", []string{"It is believed/weasel", "believed/doxastic"}, nil, true},
		{"It’s believed the militia fired.", []string{"It’s believed/weasel", "believed/doxastic"}, nil, true},
		{"The legendary commander denied it.", []string{"legendary/peacock"}, nil, false},
		{"The might of the army was on display.", nil, []string{"might"}, false},
		{"The rebels fired the missile.", nil, nil, false},
		{"There is a 70 percent chance the rebels fired.", []string{"70 percent chance/speculation"}, nil, true},
	}
	for _, tt := range tests {
		got := allCues(tt.sentence)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: want cue %s, got %v", tt.sentence, w, got)
			}
		}
		for _, n := range tt.not {
			for _, g := range got {
				if strings.HasPrefix(g, n+"/") {
					t.Errorf("%q: %q should not be a cue, got %v", tt.sentence, n, got)
				}
			}
		}
		doc := text.NewDoc(tt.sentence)
		unc := false
		for i := range doc.Sentences {
			unc = unc || Uncertain(doc, i)
		}
		if unc != tt.uncertain {
			t.Errorf("%q: Uncertain = %v, want %v (cues %v)", tt.sentence, unc, tt.uncertain, got)
		}
	}
}

func TestCueFields(t *testing.T) {
	tests := []struct {
		sentence   string
		cue        string
		term       string
		confidence string
		negated    bool
	}{
		{"Analysts said the attack was very likely planned.", "likely", VeryLikely, "", false},
		{"The blast was probably not caused by a missile.", "probably", Likely, "", true},
		{"The army may not have fired.", "may", RoughlyEvenChance, "", true},
		{"The army may have fired.", "may", RoughlyEvenChance, "", false},
		{"It was certainly not the rebels.", "certainly", AlmostCertain, "", true},
		{"The rebels, not the army, may have fired.", "may", RoughlyEvenChance, "", false},
		{"The claim may not only be false but dangerous.", "may", RoughlyEvenChance, "", false},
		{"We judge with high confidence that it failed.", "with high confidence", "", HighConfidence, false},
		{"The agency has low confidence that the launch was deliberate.", "low confidence", "", LowConfidence, false},
		{"We are fairly confident that the drone was foreign.", "fairly confident", "", ModerateConfidence, false},
	}
	for _, tt := range tests {
		doc := text.NewDoc(tt.sentence)
		var found *Cue
		for _, cs := range DocCues(doc) {
			for i := range cs {
				if cs[i].Text == tt.cue {
					found = &cs[i]
				}
			}
		}
		if found == nil {
			t.Errorf("%q: no cue %q in %v", tt.sentence, tt.cue, allCues(tt.sentence))
			continue
		}
		if found.Term != tt.term || found.Confidence != tt.confidence || found.Negated != tt.negated {
			t.Errorf("%q: cue %q term=%q confidence=%q negated=%v, want %q %q %v", tt.sentence, tt.cue,
				found.Term, found.Confidence, found.Negated, tt.term, tt.confidence, tt.negated)
		}
	}
}

// TestSpans checks that spans are byte offsets into the document's text,
// through multi-byte characters, typographic apostrophes and several
// sentences.
func TestSpans(t *testing.T) {
	s := "Le ministère a réagi. “It’s believed,” said José, “that the drones may have come from the north.”\n\nAnalysts doubt it: the militia probably fired, they said."
	doc := text.NewDoc(s)
	n := 0
	for i, cs := range DocCues(doc) {
		for _, c := range cs {
			n++
			if c.Span.Of(s) != c.Text || c.Text == "" {
				t.Errorf("sentence %d: cue %q has span %v reading %q", i, c.Text, c.Span, c.Span.Of(s))
			}
			st := doc.Sentences[i].Span
			if c.Span.Start < st.Start || c.Span.End > st.End {
				t.Errorf("cue %q %v outside its sentence %v", c.Text, c.Span, st)
			}
			if !utf8.ValidString(c.Text) {
				t.Errorf("cue %q is not valid UTF-8", c.Text)
			}
		}
	}
	want := strings.Index(s, "may")
	got := -1
	for _, c := range Cues(doc, doc.SentenceAt(want)) {
		if c.Text == "may" {
			got = c.Span.Start
		}
	}
	if got != want {
		t.Errorf("\"may\" at byte %d, want %d", got, want)
	}
	if n < 4 {
		t.Errorf("found %d cues, want at least 4: %v", n, allCues(s))
	}
}

func TestSpanCues(t *testing.T) {
	s := "The army may have fired. The militia probably fired. The rebels denied it."
	doc := text.NewDoc(s)
	start := strings.Index(s, "The militia")
	span := dossier.Span{Start: start, End: start + len("The militia probably fired.")}
	var got []string
	for _, c := range SpanCues(doc, span) {
		got = append(got, cueString(c))
	}
	if want := []string{"probably/speculation"}; !slices.Equal(got, want) {
		t.Errorf("SpanCues = %v, want %v", got, want)
	}
	// A span inside a sentence keeps only the cues inside it, read in
	// the context of the whole sentence.
	inner := dossier.Span{Start: strings.Index(s, "fired. The militia"), End: len(s)}
	for _, c := range SpanCues(doc, inner) {
		if c.Span.Start < inner.Start {
			t.Errorf("cue %q at %v starts before the span %v", c.Text, c.Span, inner)
		}
	}
	a := ClaimCertainty(doc, span)
	if a.Term != Likely || !a.Uncertain {
		t.Errorf("ClaimCertainty = %+v, want likely and uncertain", a)
	}
}

// TestRobust feeds the detector what real text can hold: nothing, white
// space, invalid UTF-8, a sentence index out of range, cues at the very
// start and end of a text.
func TestRobust(t *testing.T) {
	for _, s := range []string{"", " ", "\n\n", "may", "not", "with", "high", "70", "70%", "some",
		"\xff\xfe may \xff", "It is not", "cannot", "could", "with a", "100 percent", "refused to",
		strings.Repeat("not ", 1000), strings.Repeat("may ", 1000)} {
		doc := text.NewDoc(s)
		for i := -1; i <= len(doc.Sentences); i++ {
			for _, c := range Cues(doc, i) {
				if c.Span.Of(s) != c.Text {
					t.Errorf("%q: cue %q has span %v", s, c.Text, c.Span)
				}
			}
			Uncertain(doc, i)
		}
		Likelihood(s)
	}
}

// TestAllocations checks that detection allocates nothing but its
// results: one string per sentence for the folded words.
func TestAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are meaningless under the race detector")
	}
	doc := text.NewDoc("Officials said the group may have planted the charges, but it is unclear whether it did.")
	d := Default()
	buf := make([]Cue, 0, 16)
	allocs := testing.AllocsPerRun(100, func() { buf = d.AppendCues(buf[:0], doc, 0) })
	if allocs > 1 {
		t.Errorf("AppendCues allocates %.0f times per sentence, want at most 1", allocs)
	}
}

// TestConcurrent runs the default detector from several goroutines, for
// the race detector to watch the shared tables, model and scratch pool.
func TestConcurrent(t *testing.T) {
	doc := text.NewDoc(benchArticle)
	want := fmt.Sprint(DocCues(doc))
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				if got := fmt.Sprint(DocCues(doc)); got != want {
					t.Error("concurrent detection differs")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestCueTypeNames(t *testing.T) {
	for _, ct := range CueTypes {
		if ParseCueType(ct.String()) != ct {
			t.Errorf("ParseCueType(%q) = %v", ct.String(), ParseCueType(ct.String()))
		}
	}
	if ParseCueType("nonsense") != 0 || CueType(0).String() != "?" || CueType(200).String() != "?" {
		t.Error("unknown cue types should be 0 and print as ?")
	}
	for _, ct := range CueTypes {
		want := ct == Speculation || ct == Doxastic || ct == Condition || ct == Investigation
		if ct.Hedge() != want {
			t.Errorf("%v.Hedge() = %v", ct, ct.Hedge())
		}
	}
}

// TestLexicon checks the lexicons: every phrase compiles, states a term of
// ICD 203 or none, and no phrase is listed twice.
func TestLexicon(t *testing.T) {
	terms := map[string]bool{"": true}
	for _, l := range dossier.Likelihoods {
		terms[l] = true
	}
	for _, lex := range [][]lexEntry{hedgeLexicon, overlayLexicon} {
		seen := map[string]bool{}
		for _, e := range lex {
			p := parsePhrase(e.phrase)
			if seen[p.key] {
				t.Errorf("phrase %q listed twice", e.phrase)
			}
			seen[p.key] = true
			if !terms[e.term] {
				t.Errorf("phrase %q: term %q is not an ICD 203 term", e.phrase, e.term)
			}
			if e.typ == 0 {
				t.Errorf("phrase %q has no type", e.phrase)
			}
		}
	}
	for _, l := range confidenceLevels {
		if !slices.Contains(dossier.Confidences, l) {
			t.Errorf("confidence level %q is not one of %v", l, dossier.Confidences)
		}
	}
	for _, bad := range []string{"", "[a", "a]", "[]"} {
		func() {
			defer func() { recover() }()
			parsePhrase(bad)
			t.Errorf("parsePhrase(%q) did not panic", bad)
		}()
	}
}

func ExampleCues() {
	doc := text.NewDoc("Officials said the group may have planted the charges. The ministry undoubtedly knew.")
	for i := range doc.Sentences {
		for _, c := range Cues(doc, i) {
			fmt.Printf("%d %q %s %q\n", i, c.Text, c.Type, c.Term)
		}
		fmt.Println(i, "uncertain:", Uncertain(doc, i))
	}
	// Output:
	// 0 "may" speculation "roughly even chance"
	// 0 uncertain: true
	// 1 "undoubtedly" booster "almost certain"
	// 1 uncertain: false
}
