package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/schema"
)

// A person with two surnames is often written with the first alone: "Ana
// Ruiz Vidal" later, or earlier, "Ana Ruiz". The shorter name, a given
// name and a surname, is the fuller one's when it opens exactly one other
// person's name, that name one word longer.

// surnamePrefixAliases merges a person named by two words into the only
// person whose three-word name starts with them ("Ana Ruiz" into "Ana Ruiz
// Vidal").
func (d *doc) surnamePrefixAliases() {
	d.mergePrefixPersons(2, func(words int) bool { return words == 3 })
}

// mergePrefixPersons merges each person named by n words into the only other
// person whose longer name starts with those words and whose word count fits;
// the merged person is dropped.
func (d *doc) mergePrefixPersons(n int, fits func(words int) bool) {
	for _, e := range d.entList {
		if e.typ != schema.Person || len(e.toks) != n {
			continue
		}
		only := d.soleEntity(func(f *entity) bool {
			return f != e && f.typ == schema.Person && len(f.toks) > n && fits(len(f.toks)) && slices.Equal(f.toks[:n], e.toks)
		})
		if only == nil {
			continue
		}
		d.repoint(e, only)
		e.typ = "" // dropped
	}
}
