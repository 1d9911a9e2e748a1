// A state's armed or police service is often named "<state> <kind>
// Force": "the Belize Defence Force", "the Honduran Naval Force", "the
// Royal Bahamas Police Force". A force named without a state ("the Gang
// Suppression Force") may be a multinational one, no state's agency.

package extract

import "github.com/newsgraph/newsgraph/schema"

// forceKinds name the kind of a state's force before "Force".
var forceKinds = set("defence", "defense", "naval", "police", "constabulary", "military", "border", "marine")

// nationalForce reports whether the capitalised "Force" at i follows a
// force's kind and, right before it, a state's name or demonym ("Belize
// Defence Force", "Honduran Naval Force", "Royal Bahamas Police Force").
func (d *doc) nationalForce(i int) bool {
	if i < 2 || !d.toks[i].cap || !d.toks[i-1].cap || !forceKinds[d.toks[i-1].key] {
		return false
	}
	j := i - 2 // the state's last word
	for k := j; k >= 0 && k >= j-3; k-- {
		ps, n := d.g.lookup(d.toks, k)
		if n != j-k+1 {
			continue
		}
		for _, p := range ps {
			if p.kind == kDemonym || p.kind == kEntity && p.entry.typ == schema.Government {
				return true
			}
		}
	}
	return false
}
