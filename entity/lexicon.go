package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Category bits of a token sequence in the gazetteer and the lexicons.
// The tagger's features say which categories a token belongs to, and
// where in the matched sequence it is; the rules use them to find titles,
// group nouns and metonyms.
const (
	catCountry     uint16 = 1 << iota // country name or alias
	catCapital                        // capital city
	catCity                           // other major city
	catRegion                         // ISO 3166-2 subdivision
	catDemonym                        // "Ukrainian"
	catPlural                         // "Ukrainians"
	catMetonym                        // "Kremlin"
	catInstitution                    // "Pentagon"
	catTitle                          // "President", "spokesman"
	catHonorific                      // "Mr.", "Dr."
	catOrgWord                        // "Ministry", "Inc."
	catGroupHead                      // "officials", "sources"
	catTime                           // "Monday", "January": capitalised but never an entity
	catLower                          // function words that are capitalised only at a sentence start
	numCats        = iota
)

func kindCategory(k PlaceKind) uint16 {
	switch k {
	case Country, Alias:
		return catCountry
	case Capital:
		return catCapital
	case City:
		return catCity
	case Region:
		return catRegion
	case Demonym:
		return catDemonym
	case Plural:
		return catPlural
	case Metonym:
		return catMetonym
	case Institution:
		return catInstitution
	}
	return 0
}

// lexicon is a word list under one category. Single words are added in
// lower case and capitalised; multiword entries as written.
type lexicon struct {
	cat   uint16
	words []string
}

// titleWords are the heads of titles that come before a name ("Defence
// Minister Stefan Korvel", "spokesman Tom Marten"), lower case.
var titleWords = strings.Fields(`
president vice-president president-elect prime minister secretary spokesman spokeswoman spokesperson
chancellor premier senator sen. rep. representative congressman congresswoman governor gov. mayor
general gen. lt. lt lieutenant col. colonel maj. major capt. captain admiral adm. sgt. sergeant
commander commander-in-chief chief director ambassador envoy adviser advisor aide chairman
chairwoman chair ceo cfo coo executive head leader king queen prince princess pope cardinal bishop
archbishop rabbi imam ayatollah sheikh emir sultan judge justice prosecutor attorney lawyer
analyst researcher professor prof. correspondent reporter editor economist founder co-founder
owner coach manager officer commissioner inspector detective marshal field-marshal patriarch
rev. reverend mp mep lawmaker legislator candidate nominee speaker counsel consul negotiator
coordinator administrator superintendent strategist activist campaigner journalist author
deputy tsar czar dictator warlord president's minister's official spokesmen director-general
secretary-general attorney-general solicitor-general surgeon-general chief-of-staff
spc. pvt. pfc. cpl. sgt.maj. brig. brig.gen. lt.gen. maj.gen. lt.col. cmdr. cdr. ens. staff-sgt. private corporal brigadier
`)

// honorifics precede a personal name and are never part of it.
var honorifics = strings.Fields(`mr. mr mrs. mrs ms. ms miss dr. dr sir dame lord lady madam mme. m.`)

// titleModifiers may stand inside a title between its words ("Deputy
// Foreign Minister", "senior military adviser"), lower case.
var titleModifiers = strings.Fields(`
deputy foreign defence defense interior home finance economy economic trade justice health
national security state former acting senior chief vice assistant junior press communications
military intelligence opposition party top federal regional local presidential
government administration white house first second third supreme army navy air force
armed forces affairs general intelligence energy environment culture education transport
public prosecutor's office staff joint ministry department spy police armed rebel separatist
`)

// orgWords end or start organisation names; with the corporate
// designators ("Co.", "AG", "S.p.A.") and the heads of company names
// ("Motors", "Industries", "Aerospace") that say a name is a company's
// whatever its first word ("General Motors", "Ford Motor Co.").
var orgWords = strings.Fields(`
ministry department agency council committee commission office bureau service services army
navy force forces guard party front movement union association federation organisation
organization institute university college school hospital bank company corporation corp.
corp inc. inc ltd. ltd llc plc group holdings airlines airways news times post press network
court parliament assembly congress senate cabinet government administration authority
command brigade battalion regiment division fleet police foundation fund church club
co. co limited incorporated ag gmbh s.a. sa n.v. nv s.p.a. spa a.g. pty motor motors industries
enterprises systems technologies aerospace aircraft airline electric automotive pharmaceuticals
laboratories labs partners bancorp communications entertainment studios records petroleum
`)

// groupHeads are the head nouns of anonymous and collective sources.
var groupHeads = strings.Fields(`
official officials source sources diplomat diplomats analyst analysts expert experts
spokesperson witness witnesses resident residents investigator investigators observer observers
lawmaker lawmakers legislator legislators authorities military prosecutors prosecutor
insider insiders aide aides adviser advisers advisor advisors commander commanders
intelligence officer officers people person someone critics critic activists activist
researchers researcher journalists journalist reporters monitors monitor eyewitness
eyewitnesses survivors survivor locals volunteers medics doctors rescuers police
troops soldiers forces leaders leadership government ministers envoys negotiators
`)

// timeWords are capitalised but are times, not names.
var timeWords = strings.Fields(`
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December Jan. Feb. Mar. Apr. Jun. Jul. Aug.
Sept. Sep. Oct. Nov. Dec. Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays
AM PM A.M. P.M. GMT UTC EST EDT PST PDT CET BST
`)

// lowerWords are capitalised only at the start of a sentence or in a
// headline: a capital on them says nothing about a name.
var lowerWords = strings.Fields(`
the a an this that these those it its he she they we i you his her their our my your
in on at of for with by from to as after before during under over about into and but or
if when while where why how what who which there here then so not no yes all some many
most more one two three several both each every other another such only also however
meanwhile although though because since until despite among between against without
`)

// maxSeqLen bounds the tokens of a gazetteer or lexicon entry.
const maxSeqLen = 8

var lexicons = []lexicon{
	{catTitle, titleWords},
	{catHonorific, honorifics},
	{catOrgWord, orgWords},
	{catGroupHead, groupHeads},
	{catTime, timeWords},
	{catLower, lowerWords},
}

var (
	titleSet     = setOf(titleWords)
	honorSet     = setOf(honorifics)
	modifierSet  = setOf(titleModifiers)
	lowerSet     = setOf(lowerWords)
	groupHeadSet = setOf(groupHeads)
)

func setOf(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// lexicon words are added lower case and capitalised; this expands them.
func caseForms(w string) []string {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return []string{w}
	}
	return []string{w, string(unicode.ToUpper(r)) + w[n:]}
}

// IsTitleWord reports whether w (any case) is the head of a title that
// can stand before a name: "President", "spokesman", "Gen.". The eval
// package uses it to strip titles from gold name spans.
func IsTitleWord(w string) bool {
	l := strings.ToLower(w)
	return titleSet[l] || honorSet[l]
}

// lowerASCII returns s in lower case without allocating when it already
// is lower case ASCII.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}
