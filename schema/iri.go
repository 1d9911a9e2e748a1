package schema

import (
	"crypto/sha1"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc"
	"golang.org/x/text/unicode/norm"
)

// Namespace is the base of every IRI newsgraph mints; Prefix is its short
// form, used in stored IRIs and in queries ("<ng:person/claudia-sheinbaum>").
const (
	Namespace = "https://newsgraph.dev/"
	Prefix    = "ng:"
)

func init() { voc.RegisterPrefix(Prefix, Namespace) }

// Fold lower-cases s, strips diacritics and collapses white space: the
// comparison key of the extraction format's matching rules.
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			s = stripMarks(s)
			break
		}
	}
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// stripMarks removes combining marks after canonical decomposition
// ("Mérida" -> "Merida").
func stripMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// Slug turns a name into the path segment of an IRI: folded, with every run
// of characters other than letters and digits replaced by one hyphen.
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range Fold(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}

// EntityIRI mints the node of an entity from its type and normalised name,
// so that one entity is one node across articles.
func EntityIRI(t EntityType, name string) quad.IRI {
	return quad.IRI(Prefix + strings.ToLower(string(t)) + "/" + Slug(name))
}

// ArticleIRI mints the node (and quad label) of an article from its ID.
func ArticleIRI(id string) quad.IRI {
	return quad.IRI(Prefix + "article/" + Slug(id))
}

// RoleIRI mints the node of one office held by one person.
func RoleIRI(person, title, org string) quad.IRI {
	return quad.IRI(Prefix + "role/" + Slug(person) + "/" + Slug(title) + "/" + Slug(org))
}

// StatementIRI mints the node of a quotation from its speaker and folded
// text, so the same quote read in two articles is one node.
func StatementIRI(speaker, text string) quad.IRI {
	sum := sha1.Sum([]byte(Fold(speaker) + "\x00" + Fold(text)))
	return quad.IRI(Prefix + "statement/" + hex.EncodeToString(sum[:8]))
}

// EventIRI mints the node of one relation as one article states it: the
// same act read in two articles is two events, each with its own sentence.
func EventIRI(article, subject, predicate, object string, start int) quad.IRI {
	key := Fold(article) + "\x00" + Fold(subject) + "\x00" + predicate + "\x00" + Fold(object) + "\x00" + strconv.Itoa(start)
	sum := sha1.Sum([]byte(key))
	return quad.IRI(Prefix + "event/" + hex.EncodeToString(sum[:8]))
}
