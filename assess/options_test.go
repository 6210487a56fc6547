package assess

import "testing"

// TestAnalystOptions checks the analyst's judgements: a claim marked
// wrong (with its republication) leaves the matrix, a dismissed
// hypothesis ranks last and leaves the story's hypotheses, a merge makes
// two agents one hypothesis, and a reliability grade re-weighs the rows.
func TestAnalystOptions(t *testing.T) {
	type hyp struct {
		label     string
		weighted  float64
		heuer     float64
		dismissed bool
	}
	tests := []struct {
		name         string
		opts         Options
		rows         []string // claim IDs of the rows, in order
		excluded     []string
		hyps         []hyp
		storyLabels  []string // the story's hypotheses, in order
		sensitiveFor string   // Sensitivity.Leader
	}{
		{
			name:         "no judgements",
			opts:         opts,
			rows:         []string{"a1-c1", "a1-c2", "a2-c1", "a2-c2", "a2-c3"},
			hyps:         []hyp{{"Harbour group", 0, 0, false}, {"Norland", 1.41, 3, false}, {OtherLabel, 1.41, 3, false}, {"Estmark", 1.55, 3, false}},
			storyLabels:  []string{"Harbour group", "Norland", OtherLabel, "Estmark"},
			sensitiveFor: "Harbour group",
		},
		{
			// The accusation is wrong: it and its word-for-word
			// republication in a3 leave; Norland and other lose its II,
			// and with no claim left that Estmark did it, Estmark is no
			// longer a hypothesis.
			name:         "claim marked wrong",
			opts:         Options{Reliability: opts.Reliability, WrongClaims: map[string]bool{"a1-c1": true}},
			rows:         []string{"a1-c2", "a2-c1", "a2-c2", "a2-c3"},
			excluded:     []string{"a1-c1", "a3-c1"},
			hyps:         []hyp{{"Harbour group", 0, 0, false}, {"Norland", 0.56, 1, false}, {OtherLabel, 0.56, 1, false}},
			storyLabels:  []string{"Harbour group", "Norland", OtherLabel},
			sensitiveFor: "Harbour group",
		},
		{
			name:         "hypothesis dismissed",
			opts:         Options{Reliability: opts.Reliability, Dismissed: map[HypothesisRef]bool{{Story: "s1", Agent: "harbour"}: true}},
			rows:         []string{"a1-c1", "a1-c2", "a2-c1", "a2-c2", "a2-c3"},
			hyps:         []hyp{{"Norland", 1.41, 3, false}, {OtherLabel, 1.41, 3, false}, {"Estmark", 1.55, 3, false}, {"Harbour group", 0, 0, true}},
			storyLabels:  []string{"Norland", OtherLabel, "Estmark"},
			sensitiveFor: "Norland",
		},
		{
			name:         "dismissal of another story's hypothesis changes nothing",
			opts:         Options{Reliability: opts.Reliability, Dismissed: map[HypothesisRef]bool{{Story: "s2", Agent: "harbour"}: true}},
			rows:         []string{"a1-c1", "a1-c2", "a2-c1", "a2-c2", "a2-c3"},
			hyps:         []hyp{{"Harbour group", 0, 0, false}, {"Norland", 1.41, 3, false}, {OtherLabel, 1.41, 3, false}, {"Estmark", 1.55, 3, false}},
			storyLabels:  []string{"Harbour group", "Norland", OtherLabel, "Estmark"},
			sensitiveFor: "Harbour group",
		},
		{
			// The Harbour group is Estmark: Calderan's assessment now
			// accuses Estmark, which denies it, so Calderan becomes an
			// interested party (× 0.5).
			//   Norland: a1-c1 II 2×0.425 + a2-c1 I 0.7×0.5×0.8 = 1.13
			//   other: the same, with no consistent evidence    = 1.13
			//   Estmark: a1-c2 II 2×0.425 + a2-c2 I 0.7×0.5      = 1.2
			name:         "entities merged",
			opts:         Options{Reliability: opts.Reliability, Merged: map[string]string{"harbour": "estmark"}},
			rows:         []string{"a1-c1", "a1-c2", "a2-c1", "a2-c2", "a2-c3"},
			hyps:         []hyp{{"Norland", 1.13, 3, false}, {OtherLabel, 1.13, 3, false}, {"Estmark", 1.2, 3, false}},
			storyLabels:  []string{"Norland", OtherLabel, "Estmark"},
			sensitiveFor: "Norland",
		},
		{
			// Paper B graded A instead of C: its rows weigh more.
			//   Norland: 2×0.425 + a2-c1 1.0×0.8 = 1.65
			//   Estmark: 2×0.425 + a2-c2 1.0 = 1.85
			name:         "reliability grade",
			opts:         Options{Reliability: map[string]string{"Wire A": "B", "Paper B": "A"}},
			rows:         []string{"a1-c1", "a1-c2", "a2-c1", "a2-c2", "a2-c3"},
			hyps:         []hyp{{"Harbour group", 0, 0, false}, {"Norland", 1.65, 3, false}, {OtherLabel, 1.65, 3, false}, {"Estmark", 1.85, 3, false}},
			storyLabels:  []string{"Harbour group", "Norland", OtherLabel, "Estmark"},
			sensitiveFor: "Harbour group",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture()
			m := Assess(d, tt.opts)[0]
			var rows, excluded []string
			for _, r := range m.Rows {
				rows = append(rows, r.Claim.ID)
			}
			for _, c := range m.Excluded {
				excluded = append(excluded, c.ID)
			}
			if !same(rows, tt.rows) || !same(excluded, tt.excluded) {
				t.Errorf("rows %v excluded %v, want %v and %v", rows, excluded, tt.rows, tt.excluded)
			}
			if len(m.Hypotheses) != len(tt.hyps) {
				t.Fatalf("hypotheses %+v, want %d", m.Hypotheses, len(tt.hyps))
			}
			for i, w := range tt.hyps {
				h := m.Hypotheses[i]
				if h.Label != w.label || !near(round(h.Weighted), w.weighted) || h.Inconsistency != w.heuer || h.Dismissed != w.dismissed {
					t.Errorf("hypothesis %d = %s weighted %v heuer %v dismissed %v, want %+v", i, h.Label, h.Weighted, h.Inconsistency, h.Dismissed, w)
				}
				for r, row := range m.Rows {
					if len(row.Ratings) != len(m.Hypotheses) {
						t.Fatalf("row %d has %d ratings for %d hypotheses", r, len(row.Ratings), len(m.Hypotheses))
					}
				}
			}
			var labels []string
			for _, h := range d.Stories[0].Hypotheses {
				labels = append(labels, h.Label)
				if len(h.Evidence) != len(m.Rows) {
					t.Errorf("story hypothesis %s has %d evidence items, want %d", h.Label, len(h.Evidence), len(m.Rows))
				}
			}
			if !same(labels, tt.storyLabels) {
				t.Errorf("story hypotheses %v, want %v", labels, tt.storyLabels)
			}
			if m.Sensitivity.Leader != tt.sensitiveFor {
				t.Errorf("sensitivity leader %q, want %q", m.Sensitivity.Leader, tt.sensitiveFor)
			}
		})
	}
}

// TestMergedNames checks that a merged entity is named as the entity it
// was merged into, in the rows and the hypotheses.
func TestMergedNames(t *testing.T) {
	d := fixture()
	m := Assess(d, Options{Merged: map[string]string{"vell": "estmark"}})[0]
	for _, r := range m.Rows {
		if r.Claim.ID == "a1-c2" && (r.Holder != "Estmark" || r.Claim.Holder != "estmark") {
			t.Errorf("a1-c2 held by %q (%s), want Estmark", r.Holder, r.Claim.Holder)
		}
	}
	// A cycle of merges does not hang.
	Assess(fixture(), Options{Merged: map[string]string{"vell": "brisk", "brisk": "vell"}})
}

func same(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
