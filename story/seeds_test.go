package story

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"dossier"
)

// seedsDir holds the project's canonical example: two outlets' reports of
// the 2023 drone attack on the Kremlin.
const seedsDir = "../../shared/seeds"

// TestSeeds checks the canonical example with the default options: the two
// seed reports form one story, and unrelated reports stay apart from it
// and from each other. The seeds are read as scraped (first line the
// title), without the ingest layer's cleaning.
func TestSeeds(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if len(files) < 2 {
		t.Skipf("no seed articles in %s", seedsDir)
	}
	var seeds []string
	c := New(DefaultOptions())
	others := []*dossier.Article{damHerald, matchSport, techLaunch, wildfire, ferryMissing1}
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		title, body, _ := strings.Cut(string(data), "\n")
		a := &dossier.Article{ID: filepath.Base(f), Title: strings.TrimSpace(title), Text: body}
		seeds = append(seeds, a.ID)
		c.Add(a, nil)
		if i < len(others) {
			c.Add(others[i], nil)
		}
	}
	for _, a := range others[min(len(files), len(others)):] {
		c.Add(a, nil)
	}
	s := storyOf(c, seeds[0])
	for _, id := range seeds[1:] {
		if storyOf(c, id) != s {
			t.Errorf("seed %s is not in %s with %s: %v", id, s, seeds[0], groups(c))
		}
	}
	seen := map[string]bool{s: true}
	for _, a := range others {
		o := storyOf(c, a.ID)
		if seen[o] {
			t.Errorf("%s joined another story (%s): %v", a.ID, o, groups(c))
		}
		seen[o] = true
	}
	for _, st := range c.Stories() {
		if st.ID == s {
			t.Logf("seed story %s: %q, leads %v", st.ID, st.Title, c.Leads(st.ID))
			if !slices.ContainsFunc(c.Leads(st.ID), func(n string) bool { return strings.Contains(n, "Kremlin") }) {
				t.Errorf("lead entities %v lack the Kremlin", c.Leads(st.ID))
			}
		}
	}
}
