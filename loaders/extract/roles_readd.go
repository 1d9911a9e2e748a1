// A role dropped while the rules still run frees its person and body: the
// same post, stated later, is read again.

package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/schema"
)

// roleHeld reports whether d.roles holds a role of the person named
// person at the body named org. The role adder records each person and
// body once, but a later rule may drop a guessed role ("Secretary X" in a
// headline, guessed at the government, dropped for the body an apposition
// states): a post stated afterwards at that same body is no double of a
// role that is gone. A guess made again stays dropped.
func (d *doc) roleHeld(person, org string) bool {
	person, org = fold(person), fold(org)
	return slices.ContainsFunc(d.roles, func(r schema.Role) bool {
		return fold(r.Person) == person && fold(r.Org) == org
	})
}

// dropGuessedRoles deletes the guessed roles for which drop reports true
// and forgets the guess, so that the person and body, stated later, read
// as stated.
func (d *doc) dropGuessedRoles(drop func(schema.Role) bool) {
	d.roles = slices.DeleteFunc(d.roles, func(r schema.Role) bool {
		k := fold(r.Person) + "|" + fold(r.Org)
		if !d.guessed[k] || !drop(r) {
			return false
		}
		delete(d.guessed, k)
		return true
	})
}
