package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestSurnamePrefixAliases checks that a person written with the first of
// two surnames is the person named in full; two fuller names it could
// open leave it alone. All copy is invented.
func TestSurnamePrefixAliases(t *testing.T) {
	ex := newExtractor(t)
	text := "Call transcript\n\nMODERATOR: Next is Pablo Ortega Lindqvist. Please go ahead.\n\nQ Yes, my name is Pablo Ortega with a newspaper from Chile.\n"
	x := ex.Extract(article(text))
	if !hasEntity(x, "Pablo Ortega Lindqvist", schema.Person) || namedEntity(x, "Pablo Ortega") {
		t.Errorf("Extract(%q) entities = %+v, want Pablo Ortega an alias of Pablo Ortega Lindqvist", text, x.Entities)
	}
	text = "Call transcript\n\nPablo Ortega Lindqvist and Pablo Ortega Ruiz were charged. Pablo Ortega said nothing.\n"
	x = ex.Extract(article(text))
	if !hasEntity(x, "Pablo Ortega Lindqvist", schema.Person) || !hasEntity(x, "Pablo Ortega Ruiz", schema.Person) {
		t.Errorf("Extract(%q) entities = %+v, want both full names kept", text, x.Entities)
	}
}

// namedEntity reports whether an entity of x has the name n (aliases aside).
func namedEntity(x schema.Extraction, n string) bool {
	for _, e := range x.Entities {
		if e.Name == n {
			return true
		}
	}
	return false
}
