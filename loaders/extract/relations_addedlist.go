// A sanctions office adding people to its list: "OFAC has added the names
// of A and B to the list of persons designated under the Kingpin Act",
// "OFAC added X to the SDN List".

package extract

import "github.com/newsgraph/newsgraph/schema"

// addedToList gives each person named between "added" and "to the …
// list" a designation by the sanctions office that is the verb's subject.
func (d *doc) addedToList(add func(*entity, string, *entity, int)) {
	for v, t := range d.toks {
		if t.key != "added" || d.inQuote[v] {
			continue
		}
		g := d.verbGroup(v)
		if g.neg || g.modal || g.passive {
			continue
		}
		var office *entity
		for _, s := range d.actorsLeft(g.start, t.sent, "designated", sideSubj) {
			if sanctionsOffice(s) {
				office = s
			}
		}
		to := d.toList(v, t.sent)
		if office == nil || to < 0 {
			continue
		}
		for k := v + 1; k < to; k++ {
			if m := d.mentionAt(k); m != nil && m.s == k && m.ent != nil && m.ent.typ == schema.Person {
				add(office, "designated", m.ent, v)
				k = m.e - 1
			}
		}
	}
}

// toList is the token of the "to" after token v in its sentence that a
// "list" follows within eight words ("to the list of", "to the SDN
// List"); -1 when none does.
func (d *doc) toList(v, sent int) int {
	for k := v + 1; k < len(d.toks) && d.toks[k].sent == sent; k++ {
		if d.toks[k].key != "to" {
			continue
		}
		for j := k + 1; j < len(d.toks) && d.toks[j].sent == sent && j <= k+8; j++ {
			if d.toks[j].key == "list" {
				return k
			}
		}
	}
	return -1
}
