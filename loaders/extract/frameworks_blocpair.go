package extract

import "github.com/newsgraph/newsgraph/schema"

// A bloc of states stands as one side of a pair as a state does: "the
// U.S.-CARICOM Security Dialogue", "the U.S.-SICA Initiative" are
// frameworks of the United States and the bloc, as "the U.S.-Peru
// Dialogue" is of two states.

// sideAt returns the state named at token i, or the bloc of states (one
// the gazetteer lists with its member states: "CARICOM", "SICA"), its
// length in tokens and whether it is a bloc; "" when neither.
func (d *doc) sideAt(i int) (string, int, bool) {
	if c, n := d.countryAt(i); c != "" {
		return c, n, false
	}
	ps, n := d.g.lookup(d.toks, i)
	for _, p := range ps {
		if p.kind == kEntity && p.entry.typ == schema.Organization && len(d.g.members[p.entry.name]) > 0 {
			return p.entry.name, n, true
		}
	}
	return "", 0, false
}

// sideEntity is the entity of one side of a pair named at token at: the
// state's government, or the bloc.
func (d *doc) sideEntity(name string, bloc bool, at int) *entity {
	if bloc {
		return d.entity(schema.Organization, name, at)
	}
	return d.entity(schema.Government, name, at)
}

// pairOpenedStart moves the start s of an agreement's name back over the
// first state of a pair the name opens with when a slash or a spaced dash
// joins the two: "the Peru/Chile Border Accord", "the Peru – Chile Border
// Accord" (pairParties then gives both states as parties).
func (d *doc) pairOpenedStart(s int) int {
	if s < 2 || d.toks[s].brk {
		return s
	}
	right, _, _ := d.sideAt(s)
	j := s - 1
	if k := d.toks[j].key; right == "" || d.toks[j].brk || k != "/" && k != "–" && k != "-" {
		return s
	}
	if st, _, _ := d.sideEndingAt(j, 0, right); st >= 0 {
		return st
	}
	return s
}
