package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"dossier"
)

// entityError is one scored mistake of a tagger on a document: a false
// positive (Gold is "", Pred is the predicted type), a false negative
// (Pred is "") or a wrong type (both set), with its token range.
type entityError struct {
	Start, End int
	Gold, Pred dossier.EntityType
}

// entityErrors lists the scored mistakes of mentions on d, the way
// scoreMentions counts them: predictions whose token range and type are
// not a gold entity's, outside ignore regions, and gold entities no
// prediction matches. A prediction and a gold entity over the same
// tokens with different types make one error of each kind, listed once
// as a wrong type.
func entityErrors(d *NERDoc, spans []dossier.Span, mentions []dossier.Mention) []entityError {
	scored := map[dossier.EntityType]bool{}
	for _, t := range d.Scored {
		scored[t] = true
	}
	type key struct{ s, e int }
	gold := map[key]dossier.EntityType{}
	for _, g := range d.Gold {
		if scored[g.Type] {
			gold[key{g.Start, g.End}] = g.Type
		}
	}
	startTok := make(map[int]int, len(spans))
	endTok := make(map[int]int, len(spans))
	for i, s := range spans {
		startTok[s.Start] = i
		endTok[s.End] = i + 1
	}
	var out []entityError
	matched := map[key]bool{}
	wrongType := map[key]dossier.EntityType{}
	for _, m := range mentions {
		if m.Type == dossier.Group || !scored[m.Type] {
			continue
		}
		s, ok1 := startTok[m.Span.Start]
		e, ok2 := endTok[m.Span.End]
		if !ok1 || !ok2 || e <= s {
			continue // misaligned: counted by scoreMentions, rare
		}
		k := key{s, e}
		gt, isGold := gold[k]
		switch {
		case isGold && gt == m.Type:
			matched[k] = true
		case isGold:
			wrongType[k] = m.Type
		case !d.unscored(s, e):
			out = append(out, entityError{Start: s, End: e, Pred: m.Type})
		}
	}
	for k, t := range gold {
		if !matched[k] {
			out = append(out, entityError{Start: k.s, End: k.e, Gold: t, Pred: wrongType[k]})
		}
	}
	for k, t := range wrongType {
		if _, ok := gold[k]; !ok {
			out = append(out, entityError{Start: k.s, End: k.e, Pred: t})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End < out[j].End
	})
	return out
}

// writeEntityErrors writes d's errors one a line: corpus, document, kind
// (FP, FN or TYPE), gold and predicted type, the words, and a few words
// of context either side in brackets.
func writeEntityErrors(w io.Writer, d *NERDoc, errs []entityError) {
	words := d.Words()
	for _, e := range errs {
		kind := "TYPE"
		switch {
		case e.Gold == "":
			kind = "FP"
		case e.Pred == "":
			kind = "FN"
		}
		lo, hi := max(0, e.Start-4), min(len(words), e.End+4)
		g, p := string(e.Gold), string(e.Pred)
		if g == "" {
			g = "-"
		}
		if p == "" {
			p = "-"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t[%s [[%s]] %s]\n", d.Corpus, d.ID, kind, g, p,
			strings.Join(words[e.Start:e.End], " "),
			strings.Join(words[lo:e.Start], " "), strings.Join(words[e.Start:e.End], " "), strings.Join(words[e.End:hi], " "))
	}
}
