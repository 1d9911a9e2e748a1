package schema

import "github.com/cayleygraph/quad"

// Classes, mapped to schema.org where it has one.
var classOf = map[EntityType]quad.IRI{
	Person:       "schema:Person",
	Government:   "schema:GovernmentOrganization",
	Agency:       Prefix + "Agency",
	Cartel:       Prefix + "Cartel",
	Organization: "schema:Organization",
	Agreement:    Prefix + "Agreement",
}

// Class IRIs that are not entity types.
const (
	ClassStatement quad.IRI = "schema:Quotation"
	ClassArticle   quad.IRI = "schema:NewsArticle"
	ClassRole      quad.IRI = "schema:Role"
)

// ClassOf returns the class IRI of an entity type.
func ClassOf(t EntityType) quad.IRI { return classOf[t] }

// TypeOfClass returns the entity type whose class is c.
func TypeOfClass(c quad.IRI) (EntityType, bool) {
	for t, ci := range classOf {
		if ci == c {
			return t, true
		}
	}
	return "", false
}

// ClassName returns the short name of a class: the entity type for an
// entity class, and "Role", "Statement" or "Article" for the others.
func ClassName(c quad.IRI) (string, bool) {
	if t, ok := TypeOfClass(c); ok {
		return string(t), true
	}
	switch c {
	case ClassRole:
		return "Role", true
	case ClassStatement:
		return "Statement", true
	case ClassArticle:
		return "Article", true
	}
	return "", false
}

// Predicates.
const (
	PredType      quad.IRI = "rdf:type"
	PredName      quad.IRI = "schema:name"
	PredAlias     quad.IRI = Prefix + "alias"
	PredWikidata  quad.IRI = Prefix + "wikidata"
	PredMentions  quad.IRI = Prefix + "mentions"    // article -> entity
	PredHolds     quad.IRI = Prefix + "holds"       // person -> role
	PredTitle     quad.IRI = Prefix + "title"       // role -> "president"
	PredOf        quad.IRI = Prefix + "of"          // role -> organisation
	PredFormer    quad.IRI = Prefix + "former"      // role -> true/false
	PredSaidBy    quad.IRI = Prefix + "saidBy"      // statement -> speaker
	PredText      quad.IRI = Prefix + "text"        // statement -> quote
	PredAbout     quad.IRI = Prefix + "about"       // statement -> entity
	PredInArticle quad.IRI = Prefix + "inArticle"   // statement -> article
	PredStart     quad.IRI = Prefix + "start"       // statement -> byte offset
	PredEnd       quad.IRI = Prefix + "end"         // statement -> byte offset
	PredParty     quad.IRI = Prefix + "party"       // agreement -> party
	PredHeadline  quad.IRI = "schema:headline"      // article -> title
	PredURL       quad.IRI = "schema:url"           // article -> url
	PredPublished quad.IRI = "schema:datePublished" // article -> date
	PredSource    quad.IRI = Prefix + "source"      // article -> where it was read
)

// Predicates of the store's layout (package graph): a fact read in several
// articles is stored once, and each article asserts it; names are indexed
// by normalised keys.
const (
	PredAsserts quad.IRI = Prefix + "asserts" // article -> "<s> <p> <o> ." (a fact it read)
	PredKey     quad.IRI = Prefix + "key"     // entity -> "=name", "^prefix", "~word prefix"
	// PredArticleCount holds the number of articles: StoreIRI -> N.
	PredArticleCount quad.IRI = Prefix + "articleCount"
)

// StoreIRI is the node of the store itself, for its bookkeeping.
const StoreIRI quad.IRI = Prefix + "store"

// RelationPredicates is the documented vocabulary of relations between
// actors, after the PLOVER/CAMEO event verbs. Each maps to a predicate IRI
// with the namespace prefix ("designated" -> <ng:designated>).
var RelationPredicates = map[string]string{
	"designated":      "labels an actor officially (e.g. as a terrorist organisation)",
	"authorised":      "permits or orders an action against or by the object",
	"cooperatesWith":  "works together with the object",
	"rejects":         "refuses or dismisses the object or its action",
	"negotiatesWith":  "is in talks with the object",
	"deploys":         "sends forces or resources to or against the object",
	"accuses":         "blames the object publicly",
	"opposes":         "fights or acts against the object",
	"metWith":         "met the object in person",
	"ratified":        "formally approved an agreement",
	"concluded":       "reached an agreement",
	"sanctions":       "imposes penalties on the object",
	"supports":        "backs or aids the object",
	"threatens":       "threatens the object",
	"componentOf":     "is a part of the object organisation",
	"testifiedBefore": "gave testimony to the object body",
}

// RelationIRI returns the predicate IRI of a relation verb.
func RelationIRI(verb string) quad.IRI { return quad.IRI(Prefix + verb) }
