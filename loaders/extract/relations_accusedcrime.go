// A person said to be accused of a crime with no accuser named, in a text
// about one state: "X was accused of criminal association". The state's
// prosecution accuses: it charged them.

package extract

import "github.com/newsgraph/newsgraph/schema"

// accusedCrimes reads "X was (also) accused of …" in a text about one
// state (reportState) as that state charged X, the person subject of the
// passive. An accuser named with "by", a negated, modal or hypothetical
// accusation, a relative clause ("X, who had been accused of …"), a reduced
// relative ("X, accused of …", which reports as often an accusation no one
// brought) and a subject that is no person (a body, an unnamed group) give
// none.
func (d *doc) accusedCrimes(add func(*entity, string, *entity, int)) {
	rs := d.reportState()
	if rs == nil {
		return
	}
	for v := 1; v+1 < len(d.toks); v++ {
		if d.toks[v].key != "accused" || d.toks[v+1].key != "of" || d.inQuote[v] {
			continue
		}
		sent := d.toks[v].sent
		if d.passiveAgentBy(v+1, sent, "charged") >= 0 {
			continue // "was accused by NGOs of …": the accuser's
		}
		g := d.verbGroup(v)
		if !g.passive || g.start == v || g.neg || g.modal || d.hypothetical(v) {
			continue
		}
		if relativeWords[d.toks[g.start-1].key] {
			continue // "X, who had been accused of …": background to X, its accuser untold
		}
		objs := d.actorsLeft(g.start, sent, "charged", sideObj)
		for _, o := range objs {
			if o.typ == schema.Person {
				add(rs, "charged", o, v)
			}
		}
	}
}
