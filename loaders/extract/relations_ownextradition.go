// An extradition or arrest whose person is a possessive pronoun: "X
// appeared in court following his extradition from Colombia", "X was
// among the most wanted until his arrest by Mexican authorities".

package extract

import "github.com/newsgraph/newsgraph/schema"

// ownExtradition reads "his (her) extradition from Y", the noun at first
// with no "of" phrase after it: Y extradited the person the pronoun
// refers to; and "his arrest (extradition) by Y" right after the noun: the
// state Y arrested (extradited) the person (a body, "by Colombian
// police", is left: whether its state is meant is unsaid). A negated or
// hypothetical act was filtered before.
func (d *doc) ownExtradition(first, end, sent int, pred string, add func(*entity, string, *entity, int)) {
	if pred != "extradited" && pred != "arrested" || first < 1 {
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
	var subjs []*entity
	if end < len(d.toks) && d.toks[end].key == "by" && d.toks[end].sent == sent {
		for _, e := range d.actorsRight(end+1, sent, pred, sideSubj) {
			if e.typ == schema.Government {
				subjs = append(subjs, e) // "his arrest by Mexican authorities"; a police force's state is unsaid
			}
		}
	} else if pred == "extradited" {
		subjs = d.extraditedFrom(end, sent)
	}
	for _, s := range subjs {
		add(s, pred, p, first)
	}
}
