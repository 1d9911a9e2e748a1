// An extradition that names no sending state, of a person the text says a
// state arrested: "X was arrested in Panama and extradited to the United
// States": Panama extradited X.

package extract

import "github.com/newsgraph/newsgraph/schema"

// arrestSenders gives each person read as extradited with no sending
// state (d.unsent) the one government the text's relations say arrested
// the person, when no other relation already names who extradited them.
// An arrest by two states, or by an agency only, names no sender.
func (d *doc) arrestSenders(add func(*entity, string, *entity, int)) {
	for _, u := range d.unsent {
		if d.actedOnAlready("extradited", u.b) {
			continue
		}
		var g *entity
		for _, r := range d.rels {
			if r.Predicate != "arrested" || r.Object != u.b.name {
				continue
			}
			s := d.entityNamed(r.Subject)
			if s == nil || s.typ != schema.Government {
				continue
			}
			if g != nil && g != s {
				g = nil
				break // arrested by two states: which one sent the person is unsaid
			}
			g = s
		}
		if g != nil {
			add(g, "extradited", u.b, u.at)
		}
	}
}
