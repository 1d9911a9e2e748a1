package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// A framework's short name: after "the 5th Chile-Peru Fisheries Working
// Group" a text calls it "the Fisheries Working Group" or "the Working
// Group", dropping the states that set it up and the session's ordinal
// from the front of its name. A capitalised name of two words or more,
// read as an agreement's or a body's, that ends exactly one longer
// agreement name the article gave before it names that agreement.

// agreementEndingWith returns the one agreement named earlier whose name
// ends with the words of name and has more of them, or nil when there is
// none or more than one.
func (d *doc) agreementEndingWith(name string) *entity {
	f := fold(name)
	if len(strings.Fields(f)) < 2 {
		return nil
	}
	var only *entity
	for _, e := range d.entList {
		if e.typ != schema.Agreement || e.generic {
			continue
		}
		if n := fold(e.name); n != f && strings.HasSuffix(n, " "+f) {
			if only != nil && only != e {
				return nil
			}
			only = e
		}
	}
	return only
}
