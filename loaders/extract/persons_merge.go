package extract

import "github.com/newsgraph/newsgraph/schema"

// One person written under several names: a first name alone, a shorter
// name, or the full name with middle initials.

// firstNameAliases merges a person named by one word into the only person
// whose full name starts with it ("I told Hermelinda" after "Hermelinda
// Catalán Nava").
func (d *doc) firstNameAliases() {
	d.mergePrefixPersons(1, func(int) bool { return true })
}

// mergePeople folds a person found under a shorter multi-word name into the
// person with the fuller name ("Lopez Obrador" into "Andres Manuel Lopez
// Obrador").
func (d *doc) mergePeople() {
	for _, e := range d.entList {
		if e.typ != schema.Person {
			continue
		}
		for _, f := range d.entList {
			if f == e || f.typ != schema.Person || len(f.toks) <= len(e.toks) || !suffix(f.toks, e.toks) && !sameButInitials(f.toks, e.toks) && !d.sameButMiddleName(f.toks, e.toks) {
				continue // "Drouin" or "Nathalie Drouin" is "Nathalie G. Drouin"
			}
			d.repoint(e, f)
			if f.gender == 0 {
				f.gender = e.gender
			}
			if e.first < f.first {
				f.first = e.first
			}
			e.typ = "" // dropped
			break
		}
	}
}

// sameButInitials reports whether the name keys long are short's with
// middle initials added ("nathalie g. drouin", "nathalie drouin").
func sameButInitials(long, short []string) bool {
	var rest []string
	for i, k := range long {
		if i > 0 && i < len(long)-1 && len(k) == 2 && k[1] == '.' {
			continue
		}
		rest = append(rest, k)
	}
	if len(rest) != len(short) || len(rest) == len(long) {
		return false
	}
	for i := range rest {
		if rest[i] != short[i] {
			return false
		}
	}
	return true
}
