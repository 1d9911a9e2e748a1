// A field office named without its city: "ERO Field Office Director X"
// in a release about "the ERO Los Angeles Field Office".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// namedFieldOffice is the one field office the article has named with its
// city ("Los Angeles Field Office") when name is a field office without
// one ("Field Office", "ERO Field Office", as in "ERO Field Office
// Director X"): an agency's release speaks of its own office, named in
// full in the lede, and shortens it in the title of that office's head.
// nil when name has a place of its own or the article names no such
// office, or two.
func (d *doc) namedFieldOffice(name string) *entity {
	w := strings.Fields(name)
	if len(w) < 2 || len(w) > 3 || fold(w[len(w)-2]) != "field" || fold(w[len(w)-1]) != "office" {
		return nil
	}
	if len(w) == 3 && (len(w[0]) < 2 || strings.ToUpper(w[0]) != w[0]) {
		return nil // "Houston Field Office": a place of its own
	}
	return d.soleEntity(func(e *entity) bool {
		return e.typ == schema.Agency && e.mentions != 0 && fold(e.name) != fold(name) && strings.HasSuffix(fold(e.name), " field office")
	})
}
