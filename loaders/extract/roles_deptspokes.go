// A "Department Spokesperson" names the department by the bare word: the
// title is the State Department's (its Office of the Spokesperson), so the
// post is at the Department of State when the text names it, and at no
// other department the text names.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// stateDepartmentNamed is the Department of State when the text names it
// ("the Department of State", "the U.S. Department of State", "the State
// Department"), or nil.
func (d *doc) stateDepartmentNamed() *entity {
	for _, e := range d.entList {
		if e.typ != schema.Agency || e.mentions == 0 {
			continue
		}
		f := strings.TrimPrefix(fold(e.name), "u.s. ")
		if f == "department of state" || f == "state department" {
			return e
		}
	}
	return nil
}

// dropGuessedTitle removes p's posts with the title that were guessed,
// not stated: "Department Spokesperson" put in the government the text is
// about yields to the department the title names.
func (d *doc) dropGuessedTitle(p *entity, title string) {
	d.dropGuessedRoles(func(r schema.Role) bool {
		return fold(r.Person) == fold(p.name) && fold(r.Title) == fold(title)
	})
}
