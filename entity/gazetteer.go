package entity

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dossier"
	"dossier/text"
)

// PlaceKind says what a gazetteer name is for its country.
type PlaceKind uint8

// Place kinds, in order of precedence: when one surface form has several
// entries (Georgia the country and Georgia the US state), LookupPlace
// returns the one of the lowest kind.
const (
	// Metonym is a seat or building that stands for a government: "the
	// Kremlin", "the White House", "Downing Street".
	Metonym PlaceKind = iota + 1
	// Institution is a body affiliated to a country that is an
	// organisation, not the country: "the Pentagon", "State Department".
	Institution
	// Country is a country's name: its common, short or official name.
	Country
	// Alias is another name used for a country: "US", "Britain", "Burma".
	Alias
	// Capital is a capital city, also used for the government in news
	// copy: "Moscow said", "Kyiv denied".
	Capital
	// City is another major city.
	City
	// Demonym is the adjective or singular noun of a country's people:
	// "Ukrainian", "British", "US" (as in "US officials").
	Demonym
	// Plural is the plural noun of a country's people: "Ukrainians".
	Plural
	// Region is a first-level subdivision of a country (ISO 3166-2).
	Region
)

var placeKindNames = [...]string{"?", "metonym", "org", "country", "alias", "capital", "city", "demonym", "plural", "region"}

// String returns the kind's name as the data files write it.
func (k PlaceKind) String() string {
	if int(k) < len(placeKindNames) {
		return placeKindNames[k]
	}
	return "?"
}

func parsePlaceKind(s string) PlaceKind {
	for k, n := range placeKindNames {
		if k > 0 && n == s {
			return PlaceKind(k)
		}
	}
	return 0
}

// Place is what a gazetteer name refers to.
type Place struct {
	// Country is the canonical short English name of the country the name
	// belongs to or stands for: "United States", "United Kingdom",
	// "Russia", "Ukraine".
	Country string
	// Code is the country's ISO 3166-1 alpha-2 code ("US"; "XK" for
	// Kosovo).
	Code string
	// Kind says how the name relates to the country.
	Kind PlaceKind
}

// EntityType returns the type of a mention of the place: ORG for an
// institution, MISC for a demonym or plural, GPE for everything else.
func (p Place) EntityType() dossier.EntityType {
	switch p.Kind {
	case Institution:
		return dossier.Org
	case Demonym, Plural:
		return dossier.Other
	}
	return dossier.GPE
}

// The generated list of countries and regions (see WritePlaces) and the
// hand-written facts (capitals, demonyms, metonyms) are embedded so that
// the program needs no file at run time.
var (
	//go:embed data/places.tsv
	placesTSV string
	//go:embed data/manual.tsv
	manualTSV string
)

// gazetteer is the loaded place data.
type gazetteer struct {
	exact  map[string]Place // surface form → place
	folded map[string]Place // lowercased surface form → place, for headline case
	// plurals are the demonym plurals in lexicon order.
	plurals []string
	// seq maps a space-joined token sequence to its category bits, for
	// the tagger's features and rules; maxLen bounds the sequences that
	// start with a token.
	seq    map[string]uint16
	maxLen map[string]uint8
}

var (
	gazOnce sync.Once
	gaz     *gazetteer
)

func places() *gazetteer {
	gazOnce.Do(func() {
		g, err := loadGazetteer(placesTSV, manualTSV)
		if err != nil {
			// The data is embedded and tested: failing here is a build
			// defect, not an input error.
			panic("entity: embedded gazetteer: " + err.Error())
		}
		gaz = g
	})
	return gaz
}

func loadGazetteer(placesData, manualData string) (*gazetteer, error) {
	g := &gazetteer{
		exact:  make(map[string]Place, 8192),
		folded: make(map[string]Place, 8192),
		seq:    make(map[string]uint16, 8192),
		maxLen: make(map[string]uint8, 8192),
	}
	countries := map[string]string{} // code → canonical name
	add := func(name string, p Place) {
		name = normName(name)
		if name == "" {
			return
		}
		if old, ok := g.exact[name]; !ok || p.Kind < old.Kind {
			g.exact[name] = p
		}
		if len(name) > 3 {
			f := strings.ToLower(name)
			if old, ok := g.folded[f]; !ok || p.Kind < old.Kind {
				g.folded[f] = p
			}
		}
		g.addSeq(name, kindCategory(p.Kind))
	}
	// places.tsv: name, canonical country, code, kind.
	for i, line := range strings.Split(placesData, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("places.tsv:%d: want 4 fields, got %d", i+1, len(f))
		}
		k := parsePlaceKind(f[3])
		if k == 0 {
			return nil, fmt.Errorf("places.tsv:%d: unknown kind %q", i+1, f[3])
		}
		if k == Country {
			countries[f[2]] = f[1]
		}
		add(f[0], Place{Country: f[1], Code: f[2], Kind: k})
	}
	// manual.tsv: kind, name, code.
	for i, line := range strings.Split(manualData, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("manual.tsv:%d: want 3 fields, got %d", i+1, len(f))
		}
		if f[0] == "canon" {
			continue // applied by WritePlaces
		}
		k := parsePlaceKind(f[0])
		if k == 0 {
			return nil, fmt.Errorf("manual.tsv:%d: unknown kind %q", i+1, f[0])
		}
		c, ok := countries[f[2]]
		if !ok {
			return nil, fmt.Errorf("manual.tsv:%d: unknown country code %q", i+1, f[2])
		}
		add(f[1], Place{Country: c, Code: f[2], Kind: k})
		if k == Plural {
			g.plurals = append(g.plurals, f[1])
		}
	}
	for _, ls := range lexicons {
		for _, w := range ls.words {
			for _, f := range caseForms(w) {
				g.addSeq(f, ls.cat)
			}
		}
	}
	return g, nil
}

// addSeq records name, tokenized as the text package does, under the
// category bits cat.
func (g *gazetteer) addSeq(name string, cat uint16) {
	toks := text.Tokenize(name)
	if len(toks) == 0 || len(toks) > maxSeqLen {
		return
	}
	words := text.Words(name, toks)
	key := strings.Join(words, " ")
	g.seq[key] |= cat
	if n := uint8(len(words)); n > g.maxLen[words[0]] {
		g.maxLen[words[0]] = n
	}
}

// normName folds quote marks and white space so that "Côte d’Ivoire" and
// "Côte d'Ivoire" are one key.
func normName(s string) string {
	s = text.FoldQuotes(strings.TrimSpace(s))
	if strings.ContainsAny(s, " \t\n\u00a0") {
		s = strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
	}
	return s
}

// LookupPlace returns the place that name (a country, capital, demonym,
// metonym ... as written in text) refers to. The match is on the written
// form, so that "china" (porcelain) and "Turkey" differ from "China" and
// "turkey"; a name with a capital letter and more than three letters also
// matches in another case ("KREMLIN"). Curly apostrophes, extra white
// space and a leading "the" are tolerated.
func LookupPlace(name string) (Place, bool) {
	g := places()
	name = normName(name)
	if p, ok := g.exact[name]; ok {
		return p, true
	}
	for _, the := range []string{"the ", "The ", "THE "} {
		if rest, ok := strings.CutPrefix(name, the); ok {
			if p, ok := g.exact[rest]; ok {
				return p, true
			}
			name = rest
			break
		}
	}
	if len(name) > 3 && hasUpper(name) {
		if p, ok := g.folded[strings.ToLower(name)]; ok {
			return p, true
		}
	}
	return Place{}, false
}

// DemonymPlurals returns the plural nouns for countries' peoples
// ("Ukrainians", "Russians"), in the gazetteer's order. The slice is a
// copy.
func DemonymPlurals() []string {
	return append([]string(nil), places().plurals...)
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// isoCountry is an entry of iso-codes' iso_3166-1.json.
type isoCountry struct {
	Alpha2       string `json:"alpha_2"`
	Name         string `json:"name"`
	CommonName   string `json:"common_name"`
	OfficialName string `json:"official_name"`
}

// isoSubdivision is an entry of iso-codes' iso_3166-2.json.
type isoSubdivision struct {
	Code string `json:"code"`
	Name string `json:"name"`
	Type string `json:"type"`
}

// WritePlaces writes data/places.tsv from Debian's iso-codes JSON files in
// isoDir (/usr/share/iso-codes/json): every country under its ISO name,
// common name and official name, and every first-level subdivision, with
// the canonical names of manual.tsv's "canon" rows applied. The output is
// sorted, so that regenerating it changes nothing when the input has not
// changed.
func WritePlaces(isoDir string, w io.Writer) error {
	var c1 struct {
		Countries []isoCountry `json:"3166-1"`
	}
	var c2 struct {
		Subdivisions []isoSubdivision `json:"3166-2"`
	}
	if err := readJSON(filepath.Join(isoDir, "iso_3166-1.json"), &c1); err != nil {
		return err
	}
	if err := readJSON(filepath.Join(isoDir, "iso_3166-2.json"), &c2); err != nil {
		return err
	}
	canon := map[string]string{}
	for _, line := range strings.Split(manualTSV, "\n") {
		if f := strings.Split(line, "\t"); len(f) == 3 && f[0] == "canon" {
			canon[f[2]] = f[1]
		}
	}
	// Kosovo has no ISO 3166-1 entry but is in the news; XK is the code
	// the EU and others use for it.
	c1.Countries = append(c1.Countries, isoCountry{Alpha2: "XK", Name: "Kosovo"})
	type row struct{ name, country, code, kind string }
	var rows []row
	seen := map[string]bool{}
	names := map[string]string{}
	for _, c := range c1.Countries {
		name := canon[c.Alpha2]
		if name == "" {
			name = c.CommonName
		}
		if name == "" {
			name = c.Name
		}
		names[c.Alpha2] = name
		for _, n := range []string{name, c.Name, c.CommonName, strings.TrimPrefix(c.OfficialName, "the ")} {
			// "Korea, Republic of" and "Holy See (Vatican City State)"
			// are catalogue forms that text never uses.
			if n == "" || strings.ContainsAny(n, ",()") || seen[n+"\x00"+c.Alpha2] {
				continue
			}
			seen[n+"\x00"+c.Alpha2] = true
			rows = append(rows, row{n, name, c.Alpha2, "country"})
		}
	}
	for _, s := range c2.Subdivisions {
		cc, _, _ := strings.Cut(s.Code, "-")
		country, ok := names[cc]
		if !ok || s.Name == "" || strings.ContainsAny(s.Name, ",()[]/;") {
			continue
		}
		n := normName(s.Name)
		if seen[n+"\x00"+cc] {
			continue
		}
		seen[n+"\x00"+cc] = true
		rows = append(rows, row{n, country, cc, "region"})
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].name != rows[j].name {
			return rows[i].name < rows[j].name
		}
		return rows[i].code < rows[j].code
	})
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# Generated by `go run ./cmd/train gazetteer` from Debian's iso-codes (ISO 3166-1 and 3166-2); do not edit.")
	fmt.Fprintln(bw, "# Columns: name, canonical country name, ISO 3166-1 alpha-2 code, kind (country|region).")
	for _, r := range rows {
		if !utf8.ValidString(r.name) {
			continue
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\n", r.name, r.country, r.code, r.kind)
	}
	return bw.Flush()
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
