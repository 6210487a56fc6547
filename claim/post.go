package claim

import (
	"dossier"
	"dossier/entity"
)

// resolveFalseFlags names the agent of each false-flag allegation: the
// party said to have staged the incident against itself. In order: the
// "by X" of the phrase; the party the sentence gives the pretext ("to
// give Russia a pretext", "Kessary manufactured a pretext"); the agent of
// another claim the holder makes in the same sentence ("suggested that
// Kessary had staged it"); the country of the incident's target (an
// attack on the Kremlin was staged, if at all, by Russia); the side that
// blames the holder's side.
func (x *extractor) resolveFalseFlags() {
	for i := range x.cands {
		c := &x.cands[i]
		if !c.falseFlag || c.c.Agent != "" {
			continue
		}
		c.c.Agent = x.stager(c)
	}
}

func (x *extractor) stager(c *cand) string {
	holder := c.c.Holder
	for k := c.ff + 1; k < c.hi && k <= c.ff+3; k++ {
		if x.word(k) == "by" {
			if id := x.agentOf(k+1, x.npRight(k+1, c.hi, false), holder, ""); id != "" {
				return id
			}
		}
	}
	for k := c.lo; k < c.hi; k++ {
		if x.word(k) != "pretext" && x.word(k) != "pretexts" {
			continue
		}
		// "a pretext for X"
		if x.word(k+1) == "for" {
			if id := x.agentOf(k+2, x.npRight(k+2, c.hi, false), holder, ""); id != "" {
				return id
			}
		}
		// "to give X a pretext"
		for g := k - 1; g >= c.lo && k-g <= 6; g-- {
			switch x.word(g) {
			case "give", "gives", "gave", "giving", "provide", "provides", "offer", "hand":
				if id := x.agentOf(g+1, k-2, holder, ""); id != "" {
					return id
				}
			}
		}
		// "X (had) manufactured a pretext"
		for g := k - 1; g >= c.lo && k-g <= 4; g-- {
			switch x.word(g) {
			case "manufactured", "fabricated", "created", "invented", "engineered", "staged", "sought", "seeking":
				j, _, _ := x.skipLeft(g-1, c.lo)
				if j >= c.lo {
					if id := x.agentOf(x.npLeft(j, c.lo), j, holder, ""); id != "" {
						return id
					}
				}
			}
		}
	}
	for _, o := range x.cands {
		if !o.falseFlag && o.sent == c.sent && o.c.Holder == holder && o.c.Polarity == dossier.Responsible && o.c.Agent != "" {
			return o.c.Agent
		}
	}
	for k := range x.doc.Tokens {
		if !x.targets[x.word(k)] || !x.caps[k] {
			continue
		}
		if p, ok := entity.LookupPlace(x.textOf(k, k)); ok && p.Kind != entity.Region && p.Kind != entity.City {
			return x.ensure(p.Country, dossier.GPE, "")
		}
	}
	// The side that blames the holder's side.
	mine := x.side(holder)
	count := map[string]int{}
	best := ""
	for _, o := range x.cands {
		if o.falseFlag || o.c.Polarity != dossier.Responsible || o.c.Holder == "" {
			continue
		}
		accuser := x.side(o.c.Holder)
		if accuser == mine || x.side(o.c.Agent) != mine {
			continue
		}
		count[accuser]++
		if best == "" || count[accuser] > count[best] {
			best = accuser
		}
	}
	return best
}

// rejectionAt records a rejection of a claim made elsewhere: "an
// allegation rejected by Washington" (R1), "X dismissed Russia's claim
// that ..." and "X denied the accusation" (R2), "X described the
// allegation as absurd" (R3).
func (x *extractor) rejectionAt(si, i int) {
	s := x.doc.Sentences[si]
	w := x.word(i)
	switch {
	case rejectionNouns[w] && x.nounLike(i):
		// R1: "an allegation rejected by Washington"
		k := i + 1
		for k < s.EndToken && k-i <= 4 && (x.word(k) == "that" || x.word(k) == "which" || x.word(k) == "," || skippable[x.word(k)]) {
			k++
		}
		if k >= s.EndToken || !denyVerbs[x.word(k)] || x.word(k+1) != "by" {
			return
		}
		hi := x.npRight(k+2, s.EndToken, false)
		holder := x.agentOf(k+2, hi, "", "")
		if holder == "" || hi < k+2 {
			return
		}
		r := rejection{holder: holder, sent: si, pos: i, evidence: x.span(i, hi)}
		if st := x.stmtContaining(i); st >= 0 {
			r.stmt = x.an.Statements[st].ID
		}
		x.rejects = append(x.rejects, r)
	case (denyVerbs[w] || w == "described" || w == "called") && !x.nounLike(i) && !x.caps[i]:
		if x.negatedAt(i) {
			return
		}
		// R2, R3: the rejected noun within the next words, past "as
		// 'ludicrous'" and a possessor.
		k := i + 1
		for k < s.EndToken && k-i <= 8 {
			v := x.word(k)
			if rejectionNouns[v] && x.nounLike(k) {
				break
			}
			if v == "as" || x.isQuote(k) || scornWords[v] || determiners[v] || possessivePronouns[v] ||
				v == "'s" || v == "'" || x.caps[k] || v == "all" || v == "such" {
				k++
				continue
			}
			return
		}
		if k >= s.EndToken || !rejectionNouns[x.word(k)] {
			return
		}
		after := x.word(k+1) == "that"
		end := k
		if !after && (w == "described" || w == "called") {
			// R3 needs the judgement: "as absurd".
			ok := false
			for m := k + 1; m < s.EndToken && m-k <= 5 && !ok; m++ {
				if scornWords[x.word(m)] {
					ok, end = true, m
				}
			}
			if !ok {
				return
			}
		}
		var q pred
		if !x.speaker(&q, i) {
			return
		}
		x.rejects = append(x.rejects, rejection{holder: q.holder, stmt: q.stmt, sent: si, pos: i, after: after, evidence: x.span(i, end)})
	}
}

// resolveRejections turns each rejection into a claim: the rejecter
// holds that the agent of the rejected claim was not responsible.
func (x *extractor) resolveRejections() {
	for _, r := range x.rejects {
		ref := -1
		for i, c := range x.cands {
			if c.c.Agent == "" || c.c.Polarity != dossier.Responsible {
				continue
			}
			if r.after {
				if c.sent == r.sent && c.pos > r.pos && (ref < 0 || c.pos < x.cands[ref].pos) {
					ref = i
				}
				continue
			}
			if (c.sent == r.sent && c.pos < r.pos || c.sent < r.sent && r.sent-c.sent <= 2) &&
				(ref < 0 || c.pos > x.cands[ref].pos) {
				ref = i
			}
		}
		if ref < 0 {
			continue
		}
		o := x.cands[ref].c
		cl := dossier.Claim{
			Statement: r.stmt, Holder: r.holder, Agent: o.Agent, Event: o.Event,
			Polarity: dossier.NotResponsible, Evidence: r.evidence,
		}
		if x.boosted(r.evidence) {
			cl.Certainty = "almost certain"
		}
		x.cands = append(x.cands, cand{c: cl, sent: r.sent, pos: r.pos})
	}
}
