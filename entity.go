package dossier

// EntityType is the kind of thing an entity is.
type EntityType string

// Entity types. GROUP covers anonymous and collective sources ("US
// officials", "sources familiar with the investigation").
const (
	Person EntityType = "PERSON"
	Org    EntityType = "ORG"
	GPE    EntityType = "GPE"
	Group  EntityType = "GROUP"
	Other  EntityType = "MISC"
)

// Entity is a canonical person, organisation, place or group, resolved
// across the articles that mention it.
type Entity struct {
	ID   string
	Name string // canonical name
	Type EntityType
	// Aliases are every other form it was mentioned with ("Hrytsenko",
	// "Kyiv" for Ukraine).
	Aliases []string
	// Titles are the roles it was given ("Kremlin spokesperson").
	Titles []string
	// Affiliation is the ID of the entity it speaks for or belongs to
	// (Orlov → Russia), or "".
	Affiliation string
	// Mentions are where it was seen.
	Mentions []Mention
}

// Mention is one occurrence of an entity in an article: a name ("John
// Marten"), a title ("the spokesman"), a pronoun ("he"), a metonym ("the
// Kremlin") or a group ("US officials").
type Mention struct {
	Article string
	Span    Span
	Text    string
	Type    EntityType
	// Title is the role given with the name ("Kremlin spokesperson"), or "".
	Title string
	// Entity is the ID of the entity the mention resolves to, or "".
	Entity string
}
