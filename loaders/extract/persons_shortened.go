package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// mergeShortenedNames makes a person named later by a shortened form of a
// full name already given ("Erik Ruano Lopez" after "Erik Salvador Ruano
// Lopez", "Ana Sofía" after "Ana Sofía Ruiz Soto") an alias of that
// person: the short form keeps the first given name and its words come in
// the full name's order. A short form that fits two full names is left
// alone.
func (d *doc) mergeShortenedNames() {
	var people []*entity
	words := map[*entity][]string{} // each person's folded name words, split once
	for _, e := range d.entList {
		if e.typ == schema.Person && e.mentions > 0 {
			people = append(people, e)
			words[e] = strings.Fields(fold(e.name))
		}
	}
	for _, short := range people {
		sw := words[short]
		if len(sw) < 2 {
			continue
		}
		var full *entity
		n := 0
		for _, long := range people {
			lw := words[long]
			if long == short || long.typ != schema.Person || len(lw) <= len(sw) || lw[0] != sw[0] || long.first > short.first || !inOrder(sw, lw) {
				continue
			}
			full = long
			n++
		}
		if n != 1 {
			continue
		}
		full.alias(short.name)
		for _, a := range short.aliases {
			full.alias(a)
		}
		d.moveEntity(short, full)
		d.ents[string(schema.Person)+"|"+fold(short.name)] = full
	}
}

// inOrder reports whether the words of sw all occur in lw in the same
// order.
func inOrder(sw, lw []string) bool {
	k := 0
	for _, w := range sw {
		i := slices.Index(lw[k:], w)
		if i < 0 {
			return false
		}
		k += i + 1
	}
	return true
}
