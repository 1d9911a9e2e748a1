package extract

import "github.com/newsgraph/newsgraph/schema"

// When officials of different states are said to cooperate with each
// other reciprocally ("President A and President B committed to work
// together", "A and B spoke about their continued commitment to
// strengthening bilateral cooperation"), the cooperation is between the
// states they serve: the people speak for their governments. A partnership
// one official has built with another ("the partnership that A has
// established with B") stays between the two.

// reciprocalStates returns the governments of the persons in list when
// pred is cooperatesWith, every item is a person serving a known
// government, and at least two governments differ; otherwise list.
func (d *doc) reciprocalStates(list []*entity, pred string) []*entity {
	if pred != "cooperatesWith" || len(list) < 2 {
		return list
	}
	var govs []*entity
	for _, e := range list {
		if e.typ != schema.Person {
			return list
		}
		g := d.personGov(e)
		if g == nil {
			return list
		}
		if !containsEnt(govs, g) {
			govs = append(govs, g)
		}
	}
	if len(govs) < 2 {
		return list
	}
	return govs
}
