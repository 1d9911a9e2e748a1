package schema

import (
	"errors"
	"fmt"
	"time"
)

// Article is one news article as read by a loader.
type Article struct {
	ID        string    // Stable identifier, usually the file name; the article IRI is minted from it.
	URL       string    // Where the article was published, if known.
	Title     string    // Headline.
	Published time.Time // Publication time; zero when unknown.
	Source    string    // Where it was read from: a path, "-" for stdin, a feed URL.
	Text      string    // Full text, title line first; statement offsets index it.
}

// EntityType is one of the closed set of entity classes.
type EntityType string

// The entity types of the extraction format.
const (
	Person       EntityType = "Person"
	Government   EntityType = "Government"
	Agency       EntityType = "Agency"
	Cartel       EntityType = "Cartel"
	Organization EntityType = "Organization"
	Agreement    EntityType = "Agreement"
)

// EntityTypes lists every entity type in a fixed order.
var EntityTypes = []EntityType{Person, Government, Agency, Cartel, Organization, Agreement}

// ErrUnknownType is returned for an entity type outside the closed set.
var ErrUnknownType = errors.New("unknown entity type")

// ParseEntityType returns the EntityType named s (exact spelling).
func ParseEntityType(s string) (EntityType, error) {
	for _, t := range EntityTypes {
		if string(t) == s {
			return t, nil
		}
	}
	return "", fmt.Errorf("%w: %q", ErrUnknownType, s)
}

// Extraction is everything read out of one article. Its JSON form is the
// extraction format shared by gold annotations and `extract --json`.
type Extraction struct {
	Article    string          `json:"article"`
	Title      string          `json:"title,omitempty"`
	Published  string          `json:"published,omitempty"` // YYYY-MM-DD, when the article states it.
	Entities   []Entity        `json:"entities"`
	Roles      []Role          `json:"roles"`
	Statements []Statement     `json:"statements"`
	Agreements []AgreementFact `json:"agreements"`
	Relations  []Relation      `json:"relations"`
}

// Entity is one real-world referent and the surface forms it took.
type Entity struct {
	Name     string     `json:"name"`               // Fullest form, or the usual short name of a country.
	Type     EntityType `json:"type"`               // One of EntityTypes.
	Aliases  []string   `json:"aliases,omitempty"`  // Other surface forms as they occur.
	Wikidata string     `json:"wikidata,omitempty"` // Wikidata ID when the gazetteer knows it.
}

// Role is an office or affiliation a person holds.
type Role struct {
	Person string `json:"person"`           // Entity name of the person.
	Title  string `json:"title"`            // As written, e.g. "secretary of state".
	Org    string `json:"org"`              // Entity name of the organisation the title belongs to.
	Former bool   `json:"former,omitempty"` // The person no longer holds it.
}

// Statement is a direct quotation and who said it.
type Statement struct {
	Speaker string   `json:"speaker"`         // Entity name of the speaker.
	Quote   string   `json:"quote"`           // Exact text, outer quotation marks removed.
	Start   int      `json:"start,omitempty"` // Byte offset of the quote in Article.Text.
	End     int      `json:"end,omitempty"`   // Byte offset just past the quote.
	About   []string `json:"about,omitempty"` // Entity names mentioned in the quote.
}

// AgreementFact is an agreement and the parties the text names for it.
type AgreementFact struct {
	Name    string   `json:"name"`
	Parties []string `json:"parties"`
}

// Relation is a stated relation between two actors.
type Relation struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"` // One of RelationPredicates.
	Object    string `json:"object"`
	Date      string `json:"date,omitempty"`     // YYYY-MM-DD (or YYYY-MM), when stated.
	Sentence  string `json:"sentence,omitempty"` // The sentence it was read from.
	Start     int    `json:"start,omitempty"`    // Byte offset of the sentence in Article.Text.
	End       int    `json:"end,omitempty"`      // Byte offset just past the sentence.
}
