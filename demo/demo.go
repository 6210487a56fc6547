// Package demo embeds a small, entirely fictional news corpus used by the
// `dossier demo` command.
//
// The corpus describes one invented contested incident: an explosion that
// damaged the Sorvan hydroelectric dam in the Republic of Kessary, near its
// border with Valdoria, with Ostrania acting as mediator. Five articles from
// four invented outlets (Meridian Wire, Harbor Gazette, Kessary State News and
// The Northern Ledger), published over four days, carry accusations, denials,
// a responsibility claim by an armed group, a hedged intelligence assessment,
// a false-flag allegation and an independent technical finding. All
// countries, places, people, organisations and outlets are made up; no real
// article text is reproduced.
//
// The corpus exists so the tool can be demonstrated and exercised end to end
// without network access or third-party copyright material. It deliberately
// includes the things real news text throws at an analysis pipeline: quotes
// in several framings (including one split by its frame and quotes running
// over two paragraphs), one article using straight quotes, indirect and
// mixed speech, title-plus-name mentions followed by surname-only mentions,
// one name spelled two ways across outlets (Dmitri/Dmitry Kavan), capital
// cities standing in for governments, anonymous sources, relative dates, a
// near-verbatim republication of one article by a second outlet, and one file
// with scraper noise (a view counter, a photo caption with a credit and a tags
// trailer).
//
// Each file is plain UTF-8 text laid out as: a title line; a line
// "Published: <RFC 3339 timestamp>"; a blank line; body paragraphs separated
// by single blank lines; and a final line "Source: <outlet name>".
package demo

import (
	"embed"
	"io/fs"
	"sort"
)

// Corpus holds the demo articles under the directory "corpus".
//
//go:embed corpus/*.txt
var Corpus embed.FS

// Files returns the corpus file names in order. Names are paths within
// Corpus (for example "corpus/01_sorvan_blast_meridian.txt"), so they can be
// passed directly to Corpus.ReadFile or fs.ReadFile.
func Files() []string {
	entries, err := fs.ReadDir(Corpus, "corpus")
	if err != nil {
		// The directory is embedded at build time; failure here means the
		// binary itself is broken.
		panic("demo: embedded corpus missing: " + err.Error())
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		names = append(names, "corpus/"+e.Name())
	}
	sort.Strings(names)
	return names
}
