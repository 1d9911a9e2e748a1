package extract

import "github.com/newsgraph/newsgraph/schema"

// A person with two surnames is often written with the first alone: "Ana
// Ruiz Vidal" later, or earlier, "Ana Ruiz". The shorter name, a given
// name and a surname, is the fuller one's when it opens exactly one other
// person's name, that name one word longer.

// surnamePrefixAliases merges a person named by two words into the only
// person whose three-word name starts with them ("Ana Ruiz" into "Ana Ruiz
// Vidal").
func (d *doc) surnamePrefixAliases() {
	for _, e := range d.entList {
		if e.typ != schema.Person || len(e.toks) != 2 {
			continue
		}
		var only *entity
		n := 0
		for _, f := range d.entList {
			if f != e && f.typ == schema.Person && len(f.toks) == 3 && f.toks[0] == e.toks[0] && f.toks[1] == e.toks[1] {
				only = f
				n++
			}
		}
		if n != 1 {
			continue
		}
		d.repoint(e, only)
		e.typ = "" // dropped
	}
}
