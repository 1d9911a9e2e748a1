package extract

import "github.com/newsgraph/newsgraph/schema"

// A legislature does not sign a treaty; it ratifies or approves what its
// state signed: "the Honduran Congress ratified the extradition treaty
// with the United States" binds Honduras, whose government is the party.

// legislatureStates returns subj with each legislature of a state
// ("Honduran Congress", "the National Assembly of Panama") replaced by
// that state's government.
func (d *doc) legislatureStates(subj []*entity) []*entity {
	out := make([]*entity, 0, len(subj))
	for _, e := range subj {
		if g := d.entity(schema.Government, e.country, e.first); e.country != "" && legislatureOf(e, g) {
			e = g
		}
		if !containsEnt(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// legislatureParties replaces each legislature among an agreement's
// parties ("the U.S. Senate approved the trade agreement") by its state's
// government when the text names that state, and drops it otherwise: a
// legislature approves what its state signed and is never a side.
func (d *doc) legislatureParties(parties map[string]bool) {
	for p := range parties {
		l := d.entityNamed(p)
		if l == nil || l.typ != schema.Agency || l.country == "" || !legislatureOf(l, &entity{typ: schema.Government, name: l.country}) {
			continue
		}
		delete(parties, p)
		if g := d.entityNamed(l.country); g != nil && g.typ == schema.Government && g.mentions > 0 {
			parties[g.name] = true
		}
	}
}
