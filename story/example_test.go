package story_test

import (
	"fmt"

	"dossier"
	"dossier/story"
)

func Example() {
	c := story.New(story.DefaultOptions())
	articles := []*dossier.Article{
		{ID: "a1", Source: "Northern Herald", Title: "Explosion breaches Velmora Dam in Varnia",
			Text: "An explosion tore through the Velmora Dam on the Askel River on Tuesday, flooding the town of Drenholt. Interior Minister Oskar Lindqvist said sabotage was not ruled out."},
		{ID: "a2", Source: "Sport Daily", Title: "Brennick United beat Port Salis to reach the cup final",
			Text: "Tomas Ekdahl scored twice as Brennick United beat Port Salis 3-1 at the Harrow Stadium on Saturday to reach the Varnian Cup final."},
		{ID: "a3", Source: "Coastal Wire", Title: "Velmora Dam blast floods Askel valley",
			Text: "A blast ripped open the Velmora Dam in northern Varnia on Tuesday, flooding Drenholt and the Askel valley. Minister Oskar Lindqvist said investigators were looking at sabotage."},
	}
	for _, a := range articles {
		fmt.Println(a.ID, "→", c.Add(a, nil))
	}
	// A story's title is its most central article's headline.
	for _, s := range c.Stories() {
		fmt.Printf("%s %q %v %v\n", s.ID, s.Title, s.Articles, s.Outlets)
	}
	// Output:
	// a1 → s1
	// a2 → s2
	// a3 → s1
	// s1 "Velmora Dam blast floods Askel valley" [a1 a3] [Northern Herald Coastal Wire]
	// s2 "Brennick United beat Port Salis to reach the cup final" [a2] [Sport Daily]
}
