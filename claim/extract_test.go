package claim_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"dossier"
	"dossier/claim"
	"dossier/entity"
	"dossier/quote"
	"dossier/text"
)

// The tests run the real statement layer (package quote) and the real
// resolution of mentions, over mentions of a small fictional cast, so
// that what they check does not depend on the tagger's reading of
// invented names.

// person is one member of the cast: its names as written (the first is
// canonical), its type and the canonical name of its affiliation.
type person struct {
	names []string
	typ   dossier.EntityType
	aff   string
}

var cast = []person{
	{[]string{"Norland"}, dossier.GPE, ""},
	{[]string{"Estmark"}, dossier.GPE, ""},
	{[]string{"Anna Brisk", "Brisk"}, dossier.Person, "Norland"},
	{[]string{"Tomas Vell", "Vell"}, dossier.Person, "Estmark"},
	{[]string{"Grey Harbour Front"}, dossier.Org, ""},
	{[]string{"Calderan intelligence"}, dossier.Group, ""},
	{[]string{"Estmark officials"}, dossier.Group, "Estmark"},
	{[]string{"Ida Marr", "Marr"}, dossier.Person, ""},
}

// lead names the incident and its target, as a news lead does.
const lead = "A bomb attack on the Vesk power station killed two guards on Monday.\n\n"

// analyse builds the analysis of txt: mentions of the cast, statements,
// entities with their affiliations.
func analyse(t testing.TB, txt string) (*dossier.Article, *text.Doc, *dossier.Analysis) {
	t.Helper()
	a := &dossier.Article{ID: "a", Source: "The Test Wire", Text: txt}
	doc := text.NewDoc(txt)
	var ms []dossier.Mention
	taken := make([]bool, len(txt))
	// Longest names first, so that "Estmark officials" is not "Estmark".
	type name struct {
		s   string
		typ dossier.EntityType
	}
	var names []name
	for _, p := range cast {
		for _, n := range p.names {
			names = append(names, name{n, p.typ})
		}
	}
	sort.Slice(names, func(i, j int) bool { return len(names[i].s) > len(names[j].s) })
	for _, n := range names {
		for from := 0; ; {
			i := strings.Index(txt[from:], n.s)
			if i < 0 {
				break
			}
			i += from
			from = i + len(n.s)
			free := true
			for k := i; k < from; k++ {
				free = free && !taken[k]
			}
			if !free {
				continue
			}
			for k := i; k < from; k++ {
				taken[k] = true
			}
			ms = append(ms, dossier.Mention{Article: a.ID, Span: dossier.Span{Start: i, End: from}, Text: n.s, Type: n.typ})
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Span.Start < ms[j].Span.Start })
	sts := quote.Extract(doc)
	for i := range sts {
		sts[i].ID = fmt.Sprintf("a-s%d", i+1)
		sts[i].Article = a.ID
	}
	an := &dossier.Analysis{Article: a.ID, Mentions: ms, Statements: sts}
	an.Entities = entity.ResolveArticle(a.ID, ms, sts)
	for i := range an.Entities {
		for _, p := range cast {
			if p.names[0] == an.Entities[i].Name && p.aff != "" {
				an.Entities[i].Affiliation = entity.Ensure(an, p.aff, dossier.GPE, "")
			}
		}
	}
	return a, doc, an
}

// describe renders claims as "holder | agent | polarity | certainty |
// confidence", with entity names, the outlet as "outlet".
func describe(an *dossier.Analysis, cs []dossier.Claim) []string {
	name := func(id string) string {
		if id == "" {
			return "outlet"
		}
		for _, e := range an.Entities {
			if e.ID == id {
				return e.Name
			}
		}
		return "?" + id
	}
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = strings.Join([]string{name(c.Holder), name(c.Agent), string(c.Polarity), c.Certainty, c.Confidence}, " | ")
	}
	return out
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name string
		text string // after the lead
		want []string
	}{
		{"accusation with booster",
			"“Estmark was undoubtedly behind the attack,” Anna Brisk told reporters.",
			[]string{"Anna Brisk | Estmark | + | almost certain | "}},
		{"denial: had nothing to do with",
			"Tomas Vell said Estmark “had nothing to do with” the attack.",
			[]string{"Tomas Vell | Estmark | - |  | "}},
		{"denial: we had no role whatsoever",
			"“We had no role in it whatsoever,” Tomas Vell said.",
			[]string{"Tomas Vell | Estmark | - |  | "}},
		{"denial: denied involvement",
			"Estmark denied any involvement. Tomas Vell denied his country's involvement in the attack.",
			[]string{"Estmark | Estmark | - |  | ", "Tomas Vell | Estmark | - |  | "}},
		{"denied X was behind it",
			"Tomas Vell denied his country was behind it.",
			[]string{"Tomas Vell | Estmark | - |  | "}},
		{"first person: we didn't attack",
			"“We didn't attack the power station,” Tomas Vell said.",
			[]string{"Tomas Vell | Estmark | - |  | "}},
		{"a pronoun repeats her own claim: the statement layer says whose",
			"Anna Brisk said Tomas Vell lied, and she repeated her claim that Estmark was behind the attack.",
			[]string{"Anna Brisk | Estmark | + |  | "}},
		{"perpetrator claims responsibility",
			"Late on Monday the Grey Harbour Front claimed responsibility for the bombing.",
			[]string{"Grey Harbour Front | Grey Harbour Front | + |  | "}},
		{"hedged assessment with stated confidence",
			"Calderan intelligence assessed with moderate confidence that the Grey Harbour Front probably carried out the attack, officials said.",
			[]string{"Calderan intelligence | Grey Harbour Front | + | likely | moderate"}},
		{"unlikely that X did it: negative, unlikely",
			"Calderan intelligence believes it is unlikely that senior Estmark officials ordered the attack.",
			[]string{"Calderan intelligence | Estmark | - | unlikely | "}},
		{"likely not a false flag: negative, likely, the pretext's beneficiary",
			"Calderan intelligence believes the bombing was likely not a false-flag operation intended to give Norland a pretext for war.",
			[]string{"Calderan intelligence | Norland | - | likely | "}},
		{"false-flag allegation names the accuser as stager",
			"Anna Brisk said Estmark was behind the attack. Tomas Vell said the attack could have been a false-flag operation.",
			[]string{"Anna Brisk | Estmark | + |  | ", "Tomas Vell | Norland | + | roughly even chance | "}},
		{"blame",
			"Norland blamed Estmark for the attack.",
			[]string{"Norland | Estmark | + |  | "}},
		{"blaming each other: officials blame their own state",
			"Intercepts show Estmark officials blaming each other for the attack.",
			[]string{"Estmark officials | Estmark | + |  | "}},
		{"not ruled out: a possibility kept open",
			"Calderan intelligence has not ruled out that rogue Estmark militants carried out the bombing.",
			[]string{"Calderan intelligence | rogue Estmark militants | + | roughly even chance | "}},
		{"ruled out: almost no chance",
			"Calderan intelligence has ruled out that Norland staged the attack.",
			[]string{"Calderan intelligence | Norland | - | almost no chance | "}},
		{"second hand: leaked documents report what others believe",
			"Leaked documents show that Estmark officials believe the Grey Harbour Front was behind the attack.",
			[]string{"Estmark officials | Grey Harbour Front | + |  | "}},
		{"decisions are made elsewhere",
			"“Decisions about such attacks are made not in Norland but in Estmark,” Anna Brisk said.",
			[]string{"Anna Brisk | Estmark | + |  | "}},
		{"rejection by another party",
			"Anna Brisk said Estmark was behind the attack, an allegation rejected by Estmark.",
			[]string{"Anna Brisk | Estmark | + |  | ", "Estmark | Estmark | - |  | "}},
		{"narrated passive: the outlet's own voice",
			"The attack was carried out by the Grey Harbour Front.",
			[]string{"outlet | Grey Harbour Front | + |  | "}},
		{"the group: the organisation named before",
			"The Grey Harbour Front is a small armed group. Calderan intelligence said the group was likely responsible for the attack.",
			[]string{"Calderan intelligence | Grey Harbour Front | + | likely | "}},
		{"an idea called absurd is denied",
			"Anna Brisk said the idea that Norland would attack its own power station was absurd.",
			[]string{"Anna Brisk | Norland | - |  | "}},
		{"held responsible",
			"Norland holds Estmark responsible for the bombing.",
			[]string{"Norland | Estmark | + |  | "}},
		{"accused of orchestrating",
			"Anna Brisk accused Estmark of orchestrating the attack.",
			[]string{"Anna Brisk | Estmark | + |  | "}},
		{"pointed the finger",
			"Anna Brisk pointed the finger at Estmark for the attack.",
			[]string{"Anna Brisk | Estmark | + |  | "}},
		{"the holder's own deed: it",
			"The Grey Harbour Front said it carried out the attack.",
			[]string{"Grey Harbour Front | Grey Harbour Front | + |  | "}},
		{"hallmarks of a group",
			"Ida Marr said the attack bore the hallmarks of the Grey Harbour Front.",
			[]string{"Ida Marr | Grey Harbour Front | + |  | "}},
		{"the work of",
			"Ida Marr said the bombing was the work of the Grey Harbour Front.",
			[]string{"Ida Marr | Grey Harbour Front | + |  | "}},
		{"believed to have: the outlet's hedged voice",
			"The Grey Harbour Front is believed to have carried out the attack.",
			[]string{"outlet | Grey Harbour Front | + |  | "}},
		{"absence of evidence is not a claim",
			"Ida Marr said there was no evidence that Estmark was involved in the attack.",
			nil},
		{"a claim dismissed: the dismisser denies, and 'it' is the dismisser",
			"Norland dismissed as absurd Estmark's claim that it was behind the attack.",
			[]string{"Norland | Norland | - |  | "}},
		{"considering the possibility",
			"Calderan intelligence is considering the possibility that the Grey Harbour Front was behind the attack.",
			[]string{"Calderan intelligence | Grey Harbour Front | + | roughly even chance | "}},
		{"an assessment named by its country",
			"Ida Marr cited a Norland assessment that the Grey Harbour Front may have been responsible.",
			[]string{"Norland | Grey Harbour Front | + | roughly even chance | "}},
		{"a claim of responsibility negated is no claim",
			"Estmark has not claimed responsibility for the attack.",
			nil},
		{"a group says it was not responsible",
			"The Grey Harbour Front said it was not responsible for the explosion.",
			[]string{"Grey Harbour Front | Grey Harbour Front | - |  | "}},
		{"troops are their state",
			"Norland blamed Russian troops for the attack.",
			[]string{"Norland | Russia | + |  | "}},
		{"a suspicion about a group named by its demonym",
			"Calderan intelligence suspects that North Korean hackers were behind the attack.",
			[]string{"Calderan intelligence | North Korean hackers | + |  | "}},
		{"claimed the attack",
			"The Grey Harbour Front claimed the attack in a statement on its channel.",
			[]string{"Grey Harbour Front | Grey Harbour Front | + |  | "}},
		{"unrelated denial is not a claim",
			"Tomas Vell said Estmark had nothing to do with the trade talks.",
			nil},
		{"unrelated accusation is not a claim",
			"Estmark accused Norland of massing troops near the border.",
			nil},
		{"hypothetical is not a claim",
			"Norland will respond if the inquiry confirms Estmark was behind the attack.",
			nil},
		{"a relative clause without antecedent names no one",
			"Anna Brisk vowed that those who planned the attack would be punished.",
			nil},
		{"subheading restates the body",
			"Estmark denies it was behind the attack\n\nThe station was repaired by Friday.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, doc, an := analyse(t, lead+tt.text)
			got := describe(an, claim.Extract(a, doc, an))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("claims of %q:\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestExtractFields checks what every claim carries besides its sides:
// IDs, article, statement, event and evidence.
func TestExtractFields(t *testing.T) {
	a, doc, an := analyse(t, lead+"“Estmark was undoubtedly behind it,” Anna Brisk told reporters. The attack was carried out by the Grey Harbour Front.")
	cs := claim.Extract(a, doc, an)
	if len(cs) != 2 {
		t.Fatalf("got %d claims, want 2: %+v", len(cs), cs)
	}
	for i, c := range cs {
		if want := fmt.Sprintf("a-c%d", i+1); c.ID != want || c.Article != "a" {
			t.Errorf("claim %d: ID %q article %q, want %q, a", i, c.ID, c.Article, want)
		}
		if c.Text != c.Evidence.Of(a.Text) || c.Text == "" {
			t.Errorf("claim %d: text %q is not the evidence span %v", i, c.Text, c.Evidence)
		}
	}
	// "behind it": the event is the incident the article named.
	if cs[0].Event != "A bomb attack on the Vesk power station" || cs[0].Statement == "" {
		t.Errorf("claim 1: event %q statement %q", cs[0].Event, cs[0].Statement)
	}
	if cs[0].Text != "Estmark was undoubtedly behind it" {
		t.Errorf("claim 1: text %q", cs[0].Text)
	}
	// Narrated: no statement, the outlet holds it, the event as written.
	if cs[1].Holder != "" || cs[1].Statement != "" || cs[1].Event != "The attack" {
		t.Errorf("claim 2: holder %q statement %q event %q", cs[1].Holder, cs[1].Statement, cs[1].Event)
	}
}

// TestExtractEnsuresAgents checks that an agent the mention layer did not
// name becomes an entity of the article, affiliated by its demonym.
func TestExtractEnsuresAgents(t *testing.T) {
	a, doc, an := analyse(t, lead+"Calderan intelligence said a Ukrainian group may have carried out the attack.")
	cs := claim.Extract(a, doc, an)
	if len(cs) != 1 {
		t.Fatalf("got %d claims, want 1", len(cs))
	}
	var agent, aff *dossier.Entity
	for i := range an.Entities {
		if an.Entities[i].ID == cs[0].Agent {
			agent = &an.Entities[i]
		}
	}
	if agent == nil || agent.Name != "Ukrainian group" || agent.Type != dossier.Group {
		t.Fatalf("agent = %+v, want the group entity \"Ukrainian group\"", agent)
	}
	for i := range an.Entities {
		if an.Entities[i].ID == agent.Affiliation {
			aff = &an.Entities[i]
		}
	}
	if aff == nil || aff.Name != "Ukraine" {
		t.Errorf("affiliation = %+v, want Ukraine", aff)
	}
	if cs[0].Certainty != "roughly even chance" {
		t.Errorf("certainty = %q, want roughly even chance", cs[0].Certainty)
	}
}

func TestExtractEmpty(t *testing.T) {
	if cs := claim.Extract(&dossier.Article{ID: "a"}, text.NewDoc(""), &dossier.Analysis{}); cs != nil {
		t.Errorf("claims of an empty article: %v", cs)
	}
	if cs := claim.Extract(nil, nil, nil); cs != nil {
		t.Errorf("claims of nothing: %v", cs)
	}
}

// TestExtractOddText feeds the extractor text that is not news copy, or
// barely text, so that no index of its rules runs off a sentence.
func TestExtractOddText(t *testing.T) {
	odd := []string{
		"behind", "was behind", "“", "” was behind it,” he said.", "X was behind.", "blamed", "blamed for",
		"accused of", "the false flag", "false-flag", "had nothing to do with", "denied", "denied any involvement",
		"claimed responsibility", "ruled out", "not ruled out that", "it is unlikely that", "the idea that",
		"decisions are made in", "points to", "the work of", "an allegation rejected by",
		"Estmark was behind the attack, an allegation rejected by", "“We didn't attack", "hallmarks of",
		"Anna Brisk said the attack, which Estmark, Norland, was, behind, it.",
		strings.Repeat("Estmark was behind the attack. ", 50),
		strings.Repeat("blamed ", 40), "; ; ; behind ; ;", "Ï was behind the attack on İstanbul.",
	}
	for _, s := range odd {
		for _, txt := range []string{s, lead + s} {
			a, doc, an := analyse(t, txt)
			for _, c := range claim.Extract(a, doc, an) {
				if c.Agent == "" || c.Evidence.Of(txt) != c.Text {
					t.Errorf("%q: bad claim %+v", txt, c)
				}
			}
		}
	}
}
