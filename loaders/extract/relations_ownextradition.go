// An extradition whose person is a possessive pronoun: "X appeared in
// court following his extradition from Colombia".

package extract

import "github.com/newsgraph/newsgraph/schema"

// ownExtradition reads "his (her) extradition from Y", the noun at first
// with no "of" phrase after it: Y extradited the person the pronoun
// refers to. A negated or hypothetical extradition was filtered before.
func (d *doc) ownExtradition(first, end, sent int, pred string, add func(*entity, string, *entity, int)) {
	if pred != "extradited" || first < 1 {
		return
	}
	var g byte
	switch d.toks[first-1].key {
	case "his":
		g = 'm'
	case "her":
		g = 'f'
	default:
		return
	}
	p, fronted := d.frontedPossessor(first-1, g) // "Following his extradition from Peru, X …"
	if !fronted {
		p = d.resolvePronoun(first-1, g)
	}
	if p == nil || p.typ != schema.Person {
		return
	}
	for _, s := range d.extraditedFrom(end, sent) {
		add(s, pred, p, first)
	}
}
