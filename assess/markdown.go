package assess

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"dossier"
)

// WriteMarkdown writes the matrix as an analyst's brief: the ranking with
// its caveat, then per hypothesis the evidence for and against it (holder,
// likelihood, confidence, outlet, date), the sensitivity of the ranking,
// and the ACH matrix as a table.
func (m Matrix) WriteMarkdown(w io.Writer) error {
	bw := bufio.NewWriter(w)
	title := m.Title
	if title == "" {
		title = m.Story
	}
	fmt.Fprintf(bw, "### Attribution: %s\n\n", oneLine(title))
	if len(m.Rows) == 0 {
		fmt.Fprintf(bw, "No responsibility claims were found in this story's articles.\n\n")
		return bw.Flush()
	}
	fmt.Fprintf(bw, "> %s\n\n", Caveat)

	lead := m.Hypotheses[0]
	fmt.Fprintf(bw, "%d claims weigh on %d hypotheses. Least inconsistent with the evidence: **%s** (weighted %.2f, Heuer %g)",
		len(m.Rows), len(m.Hypotheses), lead.Label, lead.Weighted, lead.Inconsistency)
	if len(m.Hypotheses) > 1 {
		next := m.Hypotheses[1]
		fmt.Fprintf(bw, "; next, %s (weighted %.2f, Heuer %g)", next.Label, next.Weighted, next.Inconsistency)
	}
	fmt.Fprintf(bw, ".\n\n")
	m.writeSensitivity(bw)

	for h, hy := range m.Hypotheses {
		fmt.Fprintf(bw, "#### %s\n\n", hypothesisTitle(hy))
		fmt.Fprintf(bw, "Weighted inconsistency %.2f; Heuer inconsistency %g.\n\n", hy.Weighted, hy.Inconsistency)
		var pro, con []int
		neutral := 0
		for r := range m.Rows {
			switch m.Rows[r].Ratings[h] {
			case dossier.VeryConsistent, dossier.Consistent:
				pro = append(pro, r)
			case dossier.VeryInconsistent, dossier.Inconsistent:
				con = append(con, r)
			default:
				neutral++
			}
		}
		m.writeList(bw, "For", pro, h)
		m.writeList(bw, "Against", con, h)
		if neutral > 0 {
			fmt.Fprintf(bw, "%d other claims are neutral to it.\n\n", neutral)
		}
	}
	m.writeTable(bw)
	return bw.Flush()
}

func hypothesisTitle(h Hypothesis) string {
	if h.Agent == "" {
		return "Hypothesis: " + h.Label + " (someone not named in the claims)"
	}
	t := "Hypothesis: " + h.Label + " was responsible"
	if len(h.Also) > 0 {
		t += " (also named: " + strings.Join(h.Also, "; ") + ")"
	}
	return t
}

func (m Matrix) writeSensitivity(w *bufio.Writer) {
	s := m.Sensitivity
	switch {
	case s.Row < 0:
		fmt.Fprintf(w, "Sensitivity: no single claim, if wrong, would change the ranking.\n\n")
	case s.LeaderChanges:
		fmt.Fprintf(w, "Sensitivity: the ranking hangs on claim E%d (%s): without it, %s would lead instead of %s. Check it first.\n\n",
			s.Row+1, s.Claim, s.NewLeader, s.Leader)
	default:
		fmt.Fprintf(w, "Sensitivity: no single claim changes the leader; claim E%d (%s), if wrong, would change the order below it.\n\n",
			s.Row+1, s.Claim)
	}
}

// writeList writes the rows that bear on hypothesis h one way.
func (m Matrix) writeList(w *bufio.Writer, head string, rows []int, h int) {
	if len(rows) == 0 {
		fmt.Fprintf(w, "%s: nothing.\n\n", head)
		return
	}
	fmt.Fprintf(w, "%s:\n\n", head)
	for _, r := range rows {
		row := m.Rows[r]
		fmt.Fprintf(w, "- E%d [%s] %s %s: “%s” (%s", r+1, row.Ratings[h], row.Holder, stance(row), oneLine(row.Claim.Text), likelihood(row.Claim))
		fmt.Fprintf(w, "; %s, %s", orUnknown(row.Outlet), date(row))
		if len(row.Copies) > 0 {
			fmt.Fprintf(w, "; repeated in %d other article(s)", len(row.Copies))
		}
		fmt.Fprintf(w, ")")
		var notes []string
		if row.Interested {
			notes = append(notes, "interested party")
		}
		if row.Relayed {
			notes = append(notes, "second-hand")
		}
		if len(notes) > 0 {
			fmt.Fprintf(w, " — %s", strings.Join(notes, ", "))
		}
		fmt.Fprintf(w, "\n")
	}
	fmt.Fprintf(w, "\n")
}

// stance says what the holder claims, in words.
func stance(r Row) string {
	if r.Claim.Polarity == dossier.NotResponsible {
		return "says " + r.Agent + " was not responsible"
	}
	return "says " + r.Agent + " was responsible"
}

// likelihood renders a claim's ICD 203 term and confidence, never folding
// one into the other.
func likelihood(c dossier.Claim) string {
	t := c.Certainty
	if t == "" {
		t = "stated as fact"
	}
	if c.Confidence != "" {
		t += ", " + c.Confidence + " confidence"
	}
	return t
}

func date(r Row) string {
	if r.Date == nil {
		return "date unknown"
	}
	return r.Date.UTC().Format("2006-01-02")
}

// writeTable writes the ACH matrix: one row per claim, one column per
// hypothesis, the scores at the foot.
func (m Matrix) writeTable(w *bufio.Writer) {
	fmt.Fprintf(w, "#### ACH matrix\n\n")
	fmt.Fprintf(w, "| # | Claim | Holder | Likelihood | Outlet, date | Cred. | Rel. | Diag. |")
	for h, hy := range m.Hypotheses {
		fmt.Fprintf(w, " H%d %s |", h+1, cell(hy.Label))
	}
	fmt.Fprintf(w, "\n|---|---|---|---|---|---|---|---|")
	for range m.Hypotheses {
		fmt.Fprintf(w, "---|")
	}
	fmt.Fprintf(w, "\n")
	for r, row := range m.Rows {
		sign := "+"
		if row.Claim.Polarity == dossier.NotResponsible {
			sign = "−"
		}
		fmt.Fprintf(w, "| E%d | %s %s: %s | %s | %s | %s, %s | %.2f | %.2f | %d |", r+1, sign, cell(row.Agent),
			cell(clip(row.Claim.Text, 80)), cell(row.Holder), cell(likelihood(row.Claim)), cell(orUnknown(row.Outlet)), date(row),
			row.Credibility, row.Relevance, row.Diagnosticity)
		for _, rt := range row.Ratings {
			fmt.Fprintf(w, " %s |", rt)
		}
		fmt.Fprintf(w, "\n")
	}
	fmt.Fprintf(w, "| | **Weighted inconsistency** | | | | | | |")
	for _, hy := range m.Hypotheses {
		fmt.Fprintf(w, " %.2f |", hy.Weighted)
	}
	fmt.Fprintf(w, "\n| | **Heuer inconsistency** | | | | | | |")
	for _, hy := range m.Hypotheses {
		fmt.Fprintf(w, " %g |", hy.Inconsistency)
	}
	fmt.Fprintf(w, "\n\nRatings: CC very consistent, C consistent, N neutral, I inconsistent (1), II very inconsistent (2). "+
		"Cred. is the outlet's Admiralty grade (A 1.0 … E 0.35, F 0.5) × 0.5 for an interested party × the stated confidence (low 0.6, moderate 0.8); "+
		"Rel. is 1 for a first-hand claim, less for one relayed by another source; Diag. is the spread of the row's ratings (0 = no help in choosing).\n\n")
}

func cell(s string) string {
	return strings.ReplaceAll(oneLine(s), "|", "\\|")
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func clip(s string, n int) string {
	s = oneLine(s)
	if len([]rune(s)) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// StoryID returns the ID of the story the matrix assesses.
func (m Matrix) StoryID() string { return m.Story }
