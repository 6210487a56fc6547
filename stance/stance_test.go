package stance

import (
	"bytes"
	"hash/fnv"
	"math"
	"strings"
	"testing"
)

// Fictional pairs written for these tests.
const lakeBody = `The mayor of Vellmar confirmed on Tuesday that a giant catfish was pulled from Lake Orrin by two fishermen. The fish weighed 140 kilograms, officials said. Local biologists measured the catfish and said it is the largest ever recorded in the lake. Photographs of the catch were shared widely.`

const hoaxBody = `Claims that a giant catfish was pulled from Lake Orrin are a hoax, the Vellmar fisheries office said. The photographs were fake and had been edited, officials said, and no such fish was caught. The mayor denied the story.`

const trainBody = `The regional rail operator announced a new timetable for the winter season. Trains between Kessel and Dornau will run every thirty minutes. Ticket prices remain unchanged, the company said.`

func TestDefaultLoads(t *testing.T) {
	m := Default()
	if len(m.W1) != 2 || len(m.W2) != 3 || len(m.Words) == 0 {
		t.Fatalf("model shape: W1 %d W2 %d words %d", len(m.W1), len(m.W2), len(m.Words))
	}
	if len(m.TrainedOn) == 0 {
		t.Error("TrainedOn metadata empty")
	}
	if Default() != m {
		t.Error("Default not loaded once")
	}
}

func TestPredictScores(t *testing.T) {
	m := Default()
	head := "Giant catfish caught in Lake Orrin"
	for _, b := range []string{lakeBody, hoaxBody, trainBody, ""} {
		l, s := m.Predict(head, b)
		var sum float64
		for _, v := range s {
			sum += v
		}
		if math.Abs(sum-1) > 1e-6 || len(s) != 4 {
			t.Errorf("scores %v sum %v", s, sum)
		}
		if _, ok := s[l]; !ok {
			t.Errorf("label %q not scored", l)
		}
	}
}

func TestRelatedUnrelated(t *testing.T) {
	m := Default()
	head := "Giant catfish caught in Lake Orrin"
	if l, _ := m.Predict(head, trainBody); l != Unrelated {
		t.Errorf("rail timetable body: got %s, want unrelated", l)
	}
	if l, _ := m.Predict(head, lakeBody); l == Unrelated {
		t.Errorf("catfish body: got unrelated")
	}
	_, agreeS := m.Predict(head, lakeBody)
	_, hoaxS := m.Predict(head, hoaxBody)
	if hoaxS[Disagree] <= agreeS[Disagree] {
		t.Errorf("hoax body should score disagree higher: %.3f vs %.3f", hoaxS[Disagree], agreeS[Disagree])
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	m := Default()
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	_, s1 := m.Predict("Giant catfish caught", lakeBody)
	_, s2 := m2.Predict("Giant catfish caught", lakeBody)
	for k := range s1 {
		if s1[k] != s2[k] {
			t.Errorf("%s: %v != %v", k, s1[k], s2[k])
		}
	}
}

func TestSplitFNCDisjoint(t *testing.T) {
	var pairs []Pair
	heads := []string{"Alpha claim", "Beta claim", "Gamma claim", "Delta claim", "Epsilon claim", "Zeta claim"}
	for i, h := range heads {
		for b := 0; b < 40; b++ {
			l := Unrelated
			if b%len(heads) == i {
				l = Discuss
			}
			pairs = append(pairs, Pair{Headline: h, BodyID: string(rune('A'+b%26)) + string(rune('a'+b/26)), Label: l})
		}
	}
	train, val := SplitFNC(pairs)
	th, tb := map[string]bool{}, map[string]bool{}
	for _, p := range train {
		th[p.Headline], tb[p.BodyID] = true, true
	}
	for _, p := range val {
		if th[p.Headline] || tb[p.BodyID] {
			t.Errorf("pair %v on both sides", p)
		}
	}
}

func TestTokensSentences(t *testing.T) {
	if got := tokens("Isn't it FAKE? Yes."); len(got) != 4 || got[0] != "isnt" || got[2] != "fake" {
		t.Errorf("tokens: %q", got)
	}
	if got := sentences("One. Two? Three 3.5 four\nFive"); len(got) != 4 {
		t.Errorf("sentences: %q", got)
	}
	if countCues(joinPad(tokens("There is no evidence, a hoax.")), refuting) != 2 {
		t.Error("cue count")
	}
}

// TestCueScan checks that scanning tokens counts cues as counting them in
// the padded string does, repeated and multi-word cues included.
func TestCueScan(t *testing.T) {
	tests := []string{
		"There is no evidence, a hoax.",
		"fake fake fake news, not not true",
		"According to reports it was not true that the claims were rumoured; according to them.",
		"",
		"No evidence no evidence at all",
		"denied denied denied that claims claims were false false",
		"may may could",
	}
	for _, text := range tests {
		toks := tokens(text)
		pad := joinPad(toks)
		all, allHas := scanAll(toks, pad)
		for li, l := range cueLists {
			n, has := l.scan(toks, pad, true)
			if all[li] != n {
				t.Errorf("%q: scanAll counts %d, scan %d", text, all[li], n)
			}
			for i := range has {
				if allHas[li][i] != has[i] {
					t.Errorf("%q: scanAll says cue %q present %v, scan %v", text, l.cues[i], allHas[li][i], has[i])
				}
			}
			if want := countCues(pad, l.cues); n != want {
				t.Errorf("%q: scan counts %d, countCues %d", text, n, want)
			}
			for i, c := range l.cues {
				if want := strings.Contains(pad, " "+c+" "); has[i] != want {
					t.Errorf("%q: cue %q present %v, want %v", text, c, has[i], want)
				}
			}
		}
	}
}

// TestHashParts checks the allocation-free hash against hash/fnv over the
// concatenated name.
func TestHashParts(t *testing.T) {
	for _, parts := range [][]string{{"b:", "dam"}, {"bb:", "the", " ", "dam"}, {"denied"}, {""}} {
		h := fnv.New32a()
		h.Write([]byte(strings.Join(parts, "")))
		if got, want := hashParts(fnvOffset, parts...), int(h.Sum32()&(hashBuckets-1)); got != want {
			t.Errorf("%q: %d, want %d", parts, got, want)
		}
		h = fnv.New32a()
		h.Write([]byte("short|" + strings.Join(parts, "")))
		if got, want := hashParts(shortPrefix, parts...), int(h.Sum32()&(hashBuckets-1)); got != want {
			t.Errorf("short|%q: %d, want %d", parts, got, want)
		}
	}
}

// smallPairs is a fictional training set: claims about towns of Valdoria,
// with bodies that confirm, refute or report them, and unrelated bodies.
func smallPairs() (fnc, em []Pair) {
	towns := []string{"Orrin", "Vellmar", "Dornau", "Kessel", "Tarvin", "Ostrel", "Lessa", "Sorvan", "Korvel", "Marrow"}
	for i, town := range towns {
		claim := "Flood destroyed the bridge in " + town
		bodies := map[string]string{
			Agree:     "Officials confirmed that the flood destroyed the bridge in " + town + ". Engineers verified the damage to the bridge on Monday.",
			Disagree:  "Reports that a flood destroyed the bridge in " + town + " are false. The bridge in " + town + " is intact, officials said, and the photographs were fake.",
			Discuss:   "Residents say a flood may have destroyed the bridge in " + town + ", according to local reports. Officials have not commented on the bridge.",
			Unrelated: "The orchestra of " + towns[(i+1)%len(towns)] + " gave a concert of winter music in the cathedral on Sunday evening.",
		}
		for _, l := range []string{Agree, Disagree, Discuss, Unrelated} {
			id := town + "/" + l
			fnc = append(fnc, Pair{Headline: claim, BodyID: id, Body: bodies[l], Label: l, Claim: claim})
		}
		// Discuss is the commonest related class, as in FNC-1.
		fnc = append(fnc, Pair{Headline: claim, BodyID: town + "/discuss2", Label: Discuss, Claim: claim,
			Body: "Drivers were told to avoid the bridge in " + town + " after reports of a flood, which could not be confirmed."})
		em = append(em,
			Pair{Headline: claim, BodyID: "em:" + town + "1", Body: "Flood wrecks " + town + " bridge", Label: Agree, Claim: claim},
			Pair{Headline: claim, BodyID: "em:" + town + "2", Body: "Is the " + town + " bridge really gone? Rumours spread", Label: Discuss, Claim: claim},
			Pair{Headline: claim, BodyID: "em:" + town + "3", Body: "Hoax: " + town + " bridge still standing", Label: Disagree, Claim: claim})
	}
	return fnc, em
}

func TestTrainSmall(t *testing.T) {
	fnc, em := smallPairs()
	cfg := DefaultTrainConfig
	cfg.Calibrate = true
	m := Train(fnc, em, cfg)
	m2 := Train(fnc, em, cfg)
	for c := range m.W2 {
		for i := range m.W2[c] {
			if m.W2[c][i] != m2.W2[c][i] {
				t.Fatalf("training is not deterministic: W2[%d][%d] %v != %v", c, i, m.W2[c][i], m2.W2[c][i])
			}
		}
	}
	for _, row := range m.Bias2 {
		for _, v := range row {
			if v < -2 || v > 3 {
				t.Errorf("bias %v outside the searched grid", v)
			}
		}
	}
	// Discuss is twice as common as agree and disagree: it weighs less.
	if !(m.LogWeight2[2] < 0 && m.LogWeight2[0] > 0 && m.LogWeight2[0] == m.LogWeight2[1]) {
		t.Errorf("class log-weights %v", m.LogWeight2)
	}
	// The training pairs are learnt: most labels come back.
	pred := m.PredictPairs(fnc)
	right := 0
	for i, p := range fnc {
		if pred[i] == p.Label {
			right++
		}
	}
	if right < len(fnc)*3/4 {
		t.Errorf("%d of %d training pairs right", right, len(fnc))
	}
}
