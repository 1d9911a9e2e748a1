package extract

import "github.com/newsgraph/newsgraph/schema"

// A bloc listed with states: "the statement was released by the
// Government of Chile, the Andean Community (CAN), and the Government of
// Peru". An international organisation the gazetteer knows, coordinated
// in one list with a government, acts as those governments do; where the
// context of an agreement's sentence gives its parties, the bloc is one.

// listedBlocParties adds to parties of agreement e the known
// organisations in the sentences ss coordinated with a government there,
// under rule; it returns how many it added.
func (d *doc) listedBlocParties(e *entity, ss map[int]bool, parties map[string]bool, rule string) int {
	n := 0
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Organization || m.gaz == nil || m.quoted || !ss[d.toks[m.s].sent] || parties[m.ent.name] {
			continue
		}
		if d.listedWithGov(m) {
			parties[m.ent.name] = true
			d.partyBecause(e, m.ent.name, rule, m.s)
			n++
		}
	}
	return n
}

// listNeighbourWords may stand between two items of a list.
var listNeighbourWords = set(",", "and", "the", "as", "well")

// listedWithGov reports whether the mention m stands in a list next to a
// government's mention: only commas, "and", "the" or an acronym in
// brackets between them.
func (d *doc) listedWithGov(m *mention) bool {
	sent := d.toks[m.s].sent
	isGov := func(k int) bool {
		o := d.mentionAt(k)
		return o != nil && o != m && o.ent != nil && o.ent.typ == schema.Government
	}
	// to the left
	sep := false
	for k := m.s - 1; k >= 0 && k >= m.s-4 && d.toks[k].sent == sent; k-- {
		if isGov(k) {
			if sep {
				return true
			}
			break
		}
		if !listNeighbourWords[d.toks[k].key] {
			break
		}
		sep = sep || d.toks[k].key == "," || d.toks[k].key == "and"
	}
	// to the right, past "(ACR)"
	k := m.e
	if k+2 < len(d.toks) && d.toks[k].key == "(" && d.toks[k+2].key == ")" {
		k += 3
	}
	sep = false
	for ; k < len(d.toks) && k < m.e+8 && d.toks[k].sent == sent; k++ {
		if isGov(k) {
			return sep
		}
		if !listNeighbourWords[d.toks[k].key] {
			return false
		}
		sep = sep || d.toks[k].key == "," || d.toks[k].key == "and"
	}
	return false
}
