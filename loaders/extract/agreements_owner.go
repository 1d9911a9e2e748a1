package extract

import "github.com/newsgraph/newsgraph/schema"

// An agreement one government owns by a singular possessive is that
// government's: "Guatemala's National Security Agreement" has Guatemala
// for party, and no government merely named near it; "Colombia's new
// deal with the FARC" adds the partner after "with".

// partiesOfOwner reads the government whose singular possessive
// determines the agreement mention am, over at most three lower-case
// modifiers of an agreement ("Peru's new border accord"; not "Peru's
// commitments under the accord"), and the parties of a "with"
// phrase right after am.
func (d *doc) partiesOfOwner(am *mention) []*entity {
	b := am.s - 1
	for n := 0; b >= 0 && n < 3 && d.toks[b].kind == tWord && !d.toks[b].cap && (agreementAdjs[d.toks[b].key] || agreementMods[d.toks[b].key]); n++ {
		b--
	}
	if b < 1 || d.toks[b].key != "'s" || d.toks[b].sent != d.toks[am.s].sent {
		return nil
	}
	m := d.mentionAt(b - 1)
	if m == nil || m.e != b || m.ent == nil || m.ent.typ != schema.Government {
		return nil
	}
	out := []*entity{m.ent}
	if am.e+1 < len(d.toks) && d.toks[am.e].key == "with" {
		for _, p := range d.partyList(am.e+1, 1) {
			if !containsEnt(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}
