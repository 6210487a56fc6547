package text

import "strings"

// The word lists here are small on purpose: they cover what English news
// writes, and a list that tried to cover everything would start to match
// ordinary words at the end of sentences.

// abbrevKind says how an abbreviation with a final period behaves at a
// possible sentence end.
type abbrevKind uint8

const (
	notAbbrev abbrevKind = iota
	// abbrevTitle precedes a name ("Gen. Smith", "Mt. Everest") and so
	// never ends a sentence.
	abbrevTitle
	// abbrevInner stands inside a sentence ("e.g.", "vs.", "Roe v. Wade").
	abbrevInner
	// abbrevNumber is an abbreviation only before a number ("No. 5",
	// "p. 12"); elsewhere the word and its period are separate ("say No.").
	abbrevNumber
	// abbrevFinal may end a sentence ("in the U.S.", "Acme Inc.",
	// "at 5 p.m."): the sentence ends there only when a word that
	// commonly starts a sentence follows.
	abbrevFinal
	// abbrevInitial is one capital letter and a period: an initial
	// ("J. K. Rowling") or the end of "World War I." — it behaves like
	// abbrevFinal.
	abbrevInitial
	// abbrevPlace is a US state as AP style abbreviates it. It follows a
	// city ("Lowell, Mass.") and is followed within a sentence by a
	// comma, so a capitalised word after it starts a new sentence.
	abbrevPlace
	// abbrevTime is "a.m." or "p.m.": a capitalised word after it starts
	// a new sentence unless it is a time zone, a weekday or a month
	// ("5 p.m. ET", "8 p.m. Thursday").
	abbrevTime
)

// abbreviations maps the abbreviations that the tokenizer keeps with their
// period, written with the period, to their kind. Case matters: "Gen." is
// a title, "gen." is not written in news. Abbreviations made of single
// letters and periods ("U.S.", "a.m.", "D.C.") are recognised by shape and
// are abbrevFinal unless listed here.
var abbreviations = map[string]abbrevKind{
	// Titles and ranks before names.
	"Mr.": abbrevTitle, "Mrs.": abbrevTitle, "Ms.": abbrevTitle, "Mx.": abbrevTitle,
	"Messrs.": abbrevTitle, "Mmes.": abbrevTitle, "Mme.": abbrevTitle, "Mlle.": abbrevTitle,
	"Dr.": abbrevTitle, "Drs.": abbrevTitle, "Prof.": abbrevTitle, "Rev.": abbrevTitle,
	"Hon.": abbrevTitle, "Fr.": abbrevTitle, "Msgr.": abbrevTitle,
	"Gen.": abbrevTitle, "Gens.": abbrevTitle, "Lt.": abbrevTitle, "Col.": abbrevTitle,
	"Maj.": abbrevTitle, "Capt.": abbrevTitle, "Cpt.": abbrevTitle, "Sgt.": abbrevTitle,
	"Cpl.": abbrevTitle, "Pvt.": abbrevTitle, "Pfc.": abbrevTitle, "Adm.": abbrevTitle,
	"Cmdr.": abbrevTitle, "Cdr.": abbrevTitle, "Brig.": abbrevTitle, "Lieut.": abbrevTitle,
	"Rep.": abbrevTitle, "Reps.": abbrevTitle, "Sen.": abbrevTitle, "Sens.": abbrevTitle,
	"Gov.": abbrevTitle, "Govs.": abbrevTitle, "Pres.": abbrevTitle,
	"Supt.": abbrevTitle, "Insp.": abbrevTitle, "Det.": abbrevTitle, "Atty.": abbrevTitle,
	"Amb.": abbrevTitle, "Sec.": abbrevTitle, "Secs.": abbrevTitle, "Treas.": abbrevTitle,
	"Mt.": abbrevTitle, "Ft.": abbrevTitle,

	// Inside sentences.
	"e.g.": abbrevInner, "i.e.": abbrevInner, "cf.": abbrevInner, "viz.": abbrevInner,
	"vs.": abbrevInner, "v.": abbrevInner, "approx.": abbrevInner, "ca.": abbrevInner,
	"est.": abbrevInner, "Est.": abbrevInner, "incl.": abbrevInner, "Vs.": abbrevInner,

	// Before numbers only.
	"No.": abbrevNumber, "Nos.": abbrevNumber, "no.": abbrevNumber, "nos.": abbrevNumber,
	"Art.": abbrevNumber, "art.": abbrevNumber, "Vol.": abbrevNumber, "vol.": abbrevNumber,
	"Fig.": abbrevNumber, "fig.": abbrevNumber, "p.": abbrevNumber, "pp.": abbrevNumber,
	"Ch.": abbrevNumber, "ch.": abbrevNumber, "Para.": abbrevNumber, "para.": abbrevNumber,
	"Res.": abbrevNumber, "Rt.": abbrevNumber, "Hwy.": abbrevNumber, "Apt.": abbrevNumber,

	// May end a sentence: companies, name suffixes, streets, "etc.".
	"Inc.": abbrevFinal, "Ltd.": abbrevFinal, "Co.": abbrevFinal, "Cos.": abbrevFinal,
	"Corp.": abbrevFinal, "Bros.": abbrevFinal, "Plc.": abbrevFinal, "Assn.": abbrevFinal,
	"Dept.": abbrevFinal, "Univ.": abbrevFinal, "Govt.": abbrevFinal, "Intl.": abbrevFinal,
	"Jr.": abbrevFinal, "Sr.": abbrevFinal, "Esq.": abbrevFinal,
	"St.": abbrevFinal, "Ave.": abbrevFinal, "Blvd.": abbrevFinal, "Rd.": abbrevFinal,
	"Sq.": abbrevFinal, "Pl.": abbrevFinal,
	"etc.": abbrevFinal, "al.": abbrevFinal, "Ph.D.": abbrevFinal,

	// Months and weekdays as AP style abbreviates them.
	"Jan.": abbrevFinal, "Feb.": abbrevFinal, "Mar.": abbrevFinal, "Apr.": abbrevFinal,
	"Jun.": abbrevFinal, "Jul.": abbrevFinal, "Aug.": abbrevFinal, "Sep.": abbrevFinal,
	"Sept.": abbrevFinal, "Oct.": abbrevFinal, "Nov.": abbrevFinal, "Dec.": abbrevFinal,
	"Mon.": abbrevFinal, "Tue.": abbrevFinal, "Tues.": abbrevFinal, "Wed.": abbrevFinal,
	"Thu.": abbrevFinal, "Thur.": abbrevFinal, "Thurs.": abbrevFinal, "Fri.": abbrevFinal,

	// US states as AP style abbreviates them ("Springfield, Ill.",
	// "Sen. Mike Braun (R-Ind.)").
	"Ala.": abbrevPlace, "Ariz.": abbrevPlace, "Ark.": abbrevPlace, "Calif.": abbrevPlace,
	"Colo.": abbrevPlace, "Conn.": abbrevPlace, "Del.": abbrevFinal, "Fla.": abbrevPlace,
	"Ga.": abbrevPlace, "Ill.": abbrevPlace, "Ind.": abbrevPlace, "Kan.": abbrevPlace,
	"Kans.": abbrevPlace, "Ky.": abbrevPlace, "La.": abbrevPlace, "Md.": abbrevPlace,
	"Mass.": abbrevPlace, "Mich.": abbrevPlace, "Minn.": abbrevPlace, "Miss.": abbrevPlace,
	"Mo.": abbrevPlace, "Mont.": abbrevPlace, "Neb.": abbrevPlace, "Nev.": abbrevPlace,
	"Okla.": abbrevPlace, "Ore.": abbrevPlace, "Pa.": abbrevPlace, "Tenn.": abbrevPlace,
	"Tex.": abbrevPlace, "Vt.": abbrevPlace, "Va.": abbrevPlace, "Wash.": abbrevPlace,
	"Wis.": abbrevPlace, "Wyo.": abbrevPlace,

	"a.m.": abbrevTime, "p.m.": abbrevTime, "A.M.": abbrevTime, "P.M.": abbrevTime,
}

func init() {
	// Transcripts write speakers' titles in capitals: "DR. LEE: Thank you."
	for w, kind := range abbreviations {
		if kind == abbrevTitle {
			if up := strings.ToUpper(w); up != w {
				if _, ok := abbreviations[up]; !ok {
					abbreviations[up] = kind
				}
			}
		}
	}
}

// sentenceStarters are capitalised words that commonly begin a sentence in
// news copy. After an abbreviation that may end a sentence ("U.S.",
// "Inc.", an initial), a new sentence is assumed only when one of these
// follows: "in the U.S. The ..." ends a sentence, "the U.S. Army" does not.
var sentenceStarters = setOf(
	"The", "A", "An", "This", "That", "These", "Those", "There", "Here",
	"He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their",
	"Our", "My", "Your", "One", "Some", "Many", "Most", "Several", "Both",
	"All", "Each", "Every", "No", "None", "Few", "Other", "Others", "Another",
	"Such", "But", "And", "Or", "So", "Yet", "Nor", "In", "On", "At", "By",
	"For", "From", "With", "Without", "After", "Before", "During", "Since",
	"Until", "As", "If", "When", "While", "Where", "What", "Who", "Why", "How",
	"Which", "Whether", "Although", "Though", "However", "Meanwhile",
	"Moreover", "Also", "Still", "Instead", "Indeed", "Earlier", "Later",
	"Last", "Next", "Now", "Then", "Today", "Yesterday", "Tomorrow", "Asked",
	"According", "Despite", "Under", "Over", "Among", "Between", "Officials",
	"Critics", "Experts", "Analysts", "Police", "Authorities", "Nobody",
	"Nothing", "Everyone", "Separately", "Overall", "Further",
)

// reportingVerbs introduce or follow a quotation. They let the segmenter
// keep "“Is it over?” Orlov asked." in one sentence even though a
// capitalised word follows the question mark.
var reportingVerbs = setOf(
	"said", "says", "asked", "asks", "added", "adds", "told", "tells",
	"wrote", "writes", "replied", "replies", "responded", "shouted", "shouts",
	"exclaimed", "declared", "insisted", "insists", "recalled", "wondered",
	"demanded", "continued", "explained", "noted", "stated", "tweeted",
	"posted", "cried", "yelled", "laughed", "joked", "warned", "argued",
	"answered", "countered", "conceded", "admitted", "claimed", "quipped",
	"pleaded", "urged", "stressed", "asserted", "remarked", "murmured",
	"whispered", "snapped",
)

// timeFollowers are the capitalised words that go on a sentence after
// "a.m." or "p.m.".
var timeFollowers = setOf(
	"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST",
	"PDT", "AKST", "HST", "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST",
	"MSK", "IST", "JST", "KST", "AEST", "AEDT", "HKT", "SGT", "WIB",
	"Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Local",
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
	"Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.",
	"Oct.", "Nov.", "Dec.", "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thurs.", "Fri.",
)

// lineContinuers are words that cannot end a line of prose that is a
// heading: a line ending in one of them was wrapped mid-sentence.
var lineContinuers = setOf(
	"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from",
	"with", "and", "or", "but", "nor", "as", "that", "this", "these",
	"those", "his", "her", "its", "their", "our", "your", "my", "is", "are",
	"was", "were", "be", "been", "will", "would", "should", "could", "can",
	"has", "have", "had", "not", "than", "into", "about", "over", "under",
	"after", "before", "said", "says", "which", "who", "whom", "whose",
	"while", "when", "where", "if", "because", "also", "very", "more",
)

// topLevelDomains are the endings that make "cnn.com" or "kremlin.ru" one
// token. A bare word.word pair is otherwise split at the period, because
// scraped text often lacks the space after a full stop ("over.The").
var topLevelDomains = setOf(
	"com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "io",
	"co", "uk", "us", "ca", "au", "nz", "ie", "de", "fr", "es", "it", "nl",
	"be", "ch", "at", "se", "no", "dk", "fi", "pl", "cz", "ru", "ua", "by",
	"cn", "jp", "kr", "in", "tv", "me", "ly", "news", "eu", "gl", "ai",
	"app", "dev", "ps", "il", "tr", "ir", "br", "mx", "za", "ng", "ke", "su",
)

// elisions are words written with a leading apostrophe ("'em", "’til"),
// which must not be read as an opening quotation mark.
var elisions = []string{"em", "til", "tis", "twas", "cause", "bout", "n"}

func isElision(w string) bool {
	for _, e := range elisions {
		if strings.EqualFold(w, e) {
			return true
		}
	}
	return false
}

// clitics are the contraction endings split off as their own token in the
// Penn Treebank way: "Ukraine's" → "Ukraine" "'s", "we'll" → "we" "'ll".
// "n't" is handled apart because its split point is before the n.
func isClitic(s string) bool {
	switch len(s) {
	case 1:
		switch s[0] | 0x20 {
		case 's', 'd', 'm':
			return true
		}
	case 2:
		a, b := s[0]|0x20, s[1]|0x20
		return (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l')
	}
	return false
}

type stringSet map[string]struct{}

func setOf(words ...string) stringSet {
	m := make(stringSet, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}

func (m stringSet) has(s string) bool {
	_, ok := m[s]
	return ok
}
