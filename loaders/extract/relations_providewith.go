package extract

import "github.com/newsgraph/newsgraph/schema"

// providedWith reads "A provided B with helicopters": an aid verb at v
// whose object, right after it (over "the"), is a state or body and is
// followed by "with"; A supports B. It reports whether it read the verb so.
func (d *doc) providedWith(v, sent int, add func(*entity, string, *entity, int)) bool {
	k := v + 1
	if k < len(d.toks) && d.toks[k].key == "the" {
		k++
	}
	m := d.mentionAt(k)
	if m == nil || m.s != k || m.ent == nil || d.toks[k].sent != sent || m.e >= len(d.toks) || d.toks[m.e].key != "with" {
		return false
	}
	if t := m.ent.typ; t != schema.Government && t != schema.Agency && t != schema.Organization {
		return false
	}
	g := d.verbGroup(v)
	if g.neg || g.infinitive && relBlockers[g.governor] || d.hypothetical(v) {
		return true // "will provide" is a commitment; "should provide" is not
	}
	for _, a := range d.actorsLeft(g.start, sent, "supports", sideSubj) {
		add(a, "supports", m.ent, v)
	}
	return true
}
