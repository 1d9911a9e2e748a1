package extract

import "github.com/newsgraph/newsgraph/schema"

// dropStatePairsMetInPerson removes a meeting of two states once the text
// names the officials of each who met: "a meeting between senior A and B
// officials … Minister X of A met with Director Y of B" is the meeting of
// X and Y, not a further one of the states. A meeting whose officials are
// left unnamed on either side stays with the states, as a person's
// meeting with a state does (dropStatesMetInPerson).
func (d *doc) dropStatePairsMetInPerson() {
	drop := map[string]bool{}
	for _, m := range d.meets {
		if m.a.typ != schema.Government || m.b.typ != schema.Government {
			continue
		}
		for _, o := range d.meets {
			if o.a.typ != schema.Person || o.b.typ != schema.Person {
				continue
			}
			if d.servesState(o.a, m.a) && d.servesState(o.b, m.b) || d.servesState(o.a, m.b) && d.servesState(o.b, m.a) {
				drop[m.a.name+"|"+m.b.name] = true
				break
			}
		}
	}
	d.dropMeetings(drop)
}
