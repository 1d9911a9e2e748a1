package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestListedEmployerNotPerson checks that a run apposed to a person's name
// with a possessive title ("Ana Vik, Radio Norte's manager") is not read
// as a second listed person, while a plain list of names still is. All
// copy is invented.
func TestListedEmployerNotPerson(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, person string
		want               bool
	}{
		{"employer", "Police arrested Maria Quorvane, Diario Belvora’s financial manager, in May.", "Diario Belvora", false},
		{"list", "Maria Quorvane, Tesko Brandimel and Olan Veyra said they would appeal.", "Tesko Brandimel", true},
	} {
		x := ex.Extract(article("Head\n\n" + c.text + "\n"))
		if got := hasEntity(x, c.person, schema.Person); got != c.want {
			t.Errorf("%s: Extract(%q) entities %+v, person %s %v, want %v", c.name, c.text, x.Entities, c.person, got, c.want)
		}
	}
}
