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
// entity class, and "Role", "Statement", "Article" or "Event" for the
// others.
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
	case ClassEvent:
		return "Event", true
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

// RelationPredicates is the closed vocabulary of relations between the
// entities of an article, after the PLOVER/CAMEO event verbs
// (extraction-format.md, "Relations"). Each maps to a predicate IRI with
// the namespace prefix ("designated" -> <ng:designated>) and is documented
// as subject -> object. Only acts the text asserts as done or holding are
// relations: negated, planned or threatened acts are not.
var RelationPredicates = map[string]string{
	"designated":      "a government or agency designated the object (terrorist organisation, kingpin, …)",
	"sanctioned":      "a government or agency imposed sanctions on the object",
	"charged":         "a government or prosecutor charged or indicted the object",
	"arrested":        "a government or agency arrested, captured or detained the object",
	"extradited":      "the sending government extradited the object",
	"convicted":       "a court or prosecuting government convicted or sentenced the object (or it pleaded guilty)",
	"seized":          "a government or agency seized goods of the object, its named owner",
	"attacked":        "the subject attacked, ambushed or killed members of the object",
	"deployedAgainst": "a government or agency sent forces or launched operations against the object",
	"cooperatesWith":  "the subject and the object work together (symmetric)",
	"metWith":         "the subject met or held talks in person or by call with the object (symmetric)",
	"negotiatesWith":  "the subject is in negotiations with the object (symmetric)",
	"signed":          "a government or organisation signed the object agreement",
	"ratified":        "a government or legislature ratified the object agreement",
	"withdrewFrom":    "a government withdrew from the object agreement",
	"testifiedBefore": "a person testified before the object (legislature, committee, court)",
	"accused":         "the subject publicly accused or blamed the object",
	"threatened":      "the subject threatened the object (with sanctions, tariffs, force, …)",
	"rejected":        "the subject rejected, dismissed or refused the object or its action",
	"supports":        "the subject backs, funds or aids the object",
	"leads":           "a person heads, leads or founded the object (also a stated head role)",
	"memberOf":        "a person is a member of the object",
}

// SymmetricRelations are the relations that hold in both directions: a
// scorer matches them either way round.
var SymmetricRelations = map[string]bool{"cooperatesWith": true, "metWith": true, "negotiatesWith": true}

// Event predicates: a relation read with more than its subject and object
// (a date, the sentence it was read in) is also an event node, one per
// article that states it.
const (
	ClassEvent   quad.IRI = Prefix + "Event"
	PredVerb     quad.IRI = Prefix + "verb"     // event -> relation predicate IRI
	PredSubject  quad.IRI = Prefix + "subject"  // event -> actor
	PredObject   quad.IRI = Prefix + "object"   // event -> target
	PredDate     quad.IRI = "schema:startDate"  // event -> date, when stated
	PredSentence quad.IRI = Prefix + "sentence" // event -> the sentence read
)

// RelationIRI returns the predicate IRI of a relation verb.
func RelationIRI(verb string) quad.IRI { return quad.IRI(Prefix + verb) }
