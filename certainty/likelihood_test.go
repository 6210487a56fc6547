package certainty

import (
	"fmt"
	"slices"
	"testing"

	"dossier"
)

func TestLikelihood(t *testing.T) {
	tests := []struct {
		text       string
		term       string
		confidence string
		negated    bool
	}{
		// almost certain (95-99%)
		{"The ministry undoubtedly knew.", AlmostCertain, "", false},
		{"The drone certainly came from the north.", AlmostCertain, "", false},
		{"There is no doubt the army fired.", AlmostCertain, "", false},
		{"The militia almost certainly fired the rocket.", AlmostCertain, "", false},
		{"It is nearly certain that the launch failed.", AlmostCertain, "", false},
		{"Officials are 99 percent sure it was a drone.", AlmostCertain, "", false},
		// very likely (80-95%)
		{"The attack was very likely planned.", VeryLikely, "", false},
		{"It is highly likely that the drones were foreign.", VeryLikely, "", false},
		{"A launch from the coast is highly probable.", VeryLikely, "", false},
		// likely (55-80%)
		{"The group likely planted the charges.", Likely, "", false},
		{"The shelling probably came from the east.", Likely, "", false},
		{"The unit most likely fired by mistake.", Likely, "", false},
		{"The strike will likely continue.", Likely, "", false},
		{"There is a 70% chance the rebels fired.", Likely, "", false},
		// roughly even chance (45-55%)
		{"The group may have planted the charges.", RoughlyEvenChance, "", false},
		{"The drones might have come from the sea.", RoughlyEvenChance, "", false},
		{"The rebels could have fired the missile.", RoughlyEvenChance, "", false},
		{"The drone possibly strayed off course.", RoughlyEvenChance, "", false},
		{"Perhaps the depot was the target.", RoughlyEvenChance, "", false},
		{"Analysts put the odds at 50-50.", RoughlyEvenChance, "", false},
		// unlikely (20-45%)
		{"It is unlikely that the army fired.", Unlikely, "", false},
		{"A mechanical fault is doubtful.", Unlikely, "", false},
		{"A mechanical fault is not likely.", Unlikely, "", false},
		{"An accident is improbable.", Unlikely, "", false},
		// very unlikely (05-20%)
		{"It is very unlikely that the drone was civilian.", VeryUnlikely, "", false},
		{"A second launch site is highly unlikely.", VeryUnlikely, "", false},
		// almost no chance (01-05%)
		{"There is almost no chance the militia acted alone.", AlmostNoChance, "", false},
		{"There is no way the army did it.", AlmostNoChance, "", false},
		{"A civilian aircraft is only a remote possibility.", AlmostNoChance, "", false},
		// Negation reported, not folded: the caller flips the polarity.
		{"The army was likely not involved.", Likely, "", true},
		{"The militia probably did not know.", Likely, "", false}, // the verb's negation is the claim's own
		{"The rebels probably not, the army perhaps.", Likely, "", true},
		{"The army may not have fired.", RoughlyEvenChance, "", true},
		{"It was certainly not the rebels.", AlmostCertain, "", true},
		// Confidence kept apart from likelihood.
		{"We assess with low confidence that the drones came from the north.", "", LowConfidence, false},
		{"We assess with moderate confidence that the group likely fired.", Likely, ModerateConfidence, false},
		{"A high-confidence assessment blamed the militia.", "", HighConfidence, false},
		{"It is highly likely, with a low degree of confidence, that it failed.", VeryLikely, LowConfidence, false},
		// Nothing stated.
		{"The rebels fired the missile.", "", "", false},
		{"Officials believe the militia fired.", "", "", false},
		{"It is unclear who fired.", "", "", false},
		{"It is not certain that the militia fired.", "", "", false},
		{"The talks resumed on May 3.", "", "", false},
		{"The drones could not reach the capital.", "", "", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		term, conf, neg := Likelihood(tt.text)
		if term != tt.term || conf != tt.confidence || neg != tt.negated {
			t.Errorf("Likelihood(%q) = %q, %q, %v; want %q, %q, %v", tt.text, term, conf, neg, tt.term, tt.confidence, tt.negated)
		}
	}
	// Every ICD 203 term is reachable.
	seen := map[string]bool{}
	for _, tt := range tests {
		seen[tt.term] = true
	}
	for _, l := range dossier.Likelihoods {
		if !seen[l] {
			t.Errorf("no test for %q", l)
		}
	}
}

func TestTermOf(t *testing.T) {
	tests := []struct {
		pct  float64
		want string
	}{
		{0, AlmostNoChance}, {4, AlmostNoChance}, {5, VeryUnlikely}, {19, VeryUnlikely},
		{20, Unlikely}, {44, Unlikely}, {45, RoughlyEvenChance}, {50, RoughlyEvenChance},
		{55, RoughlyEvenChance}, {56, Likely}, {79, Likely}, {80, VeryLikely}, {94, VeryLikely},
		{95, AlmostCertain}, {100, AlmostCertain},
	}
	for _, tt := range tests {
		if got := TermOf(tt.pct); got != tt.want {
			t.Errorf("TermOf(%v) = %q, want %q", tt.pct, got, tt.want)
		}
		if !slices.Contains(dossier.Likelihoods, tt.want) {
			t.Errorf("%q is not an ICD 203 term", tt.want)
		}
	}
}

func TestAssess(t *testing.T) {
	s := "Officials said it was very likely that the group may have fired, and assessed this with moderate confidence."
	a := Assess(s)
	if a.Term != VeryLikely || a.Confidence != ModerateConfidence || !a.Uncertain {
		t.Fatalf("Assess = %+v", a)
	}
	if a.TermCue.Span.Of(s) != "likely" || a.ConfidenceCue.Span.Of(s) != "with moderate confidence" {
		t.Errorf("cues %q and %q", a.TermCue.Span.Of(s), a.ConfidenceCue.Span.Of(s))
	}
	if a := Assess("The group allegedly fired."); a.Term != "" || !a.Uncertain {
		t.Errorf("an evidential states no term but is uncertain: %+v", a)
	}
}

func ExampleLikelihood() {
	for _, s := range []string{
		"The militia very likely fired the rocket.",
		"The army was likely not involved.",
		"We assess with low confidence that the drone was foreign.",
		"The rebels fired the rocket.",
	} {
		term, confidence, negated := Likelihood(s)
		fmt.Printf("%q %q %v\n", term, confidence, negated)
	}
	// Output:
	// "very likely" "" false
	// "likely" "" true
	// "" "low" false
	// "" "" false
}
