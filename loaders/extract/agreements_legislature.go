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
