package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestShortFormPerson checks that a name with an unknown given name is a
// person when a parenthesised quotation of one of its later words follows
// it, and that a body whose short form is its first word is not. All copy
// is invented.
func TestShortFormPerson(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, who string
		person          bool
	}{
		{"surname short form", "H\nThe United States is designating Quorin Delvado Arruste (“Delvado”), former Minister of Roads, for corruption.", "Quorin Delvado Arruste", true},
		{"last word short form", "H\nThe ministry fined Brevik Tamsado Ulloa (“Ulloa”) on Friday.", "Brevik Tamsado Ulloa", true},
		{"first word short form", "H\nThe ministry fined Quorvale Trenmark (“Quorvale”) on Friday.", "Quorvale Trenmark", false},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, c.who, schema.Person); got != c.person {
			t.Errorf("%s: Extract(%q) person %s = %v, want %v (entities %+v)", c.name, c.text, c.who, got, c.person, x.Entities)
		}
	}
}
