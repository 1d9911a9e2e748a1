// A telephone call told by its verb: "President A called President B of
// Y to congratulate her".

package extract

import "github.com/newsgraph/newsgraph/schema"

// callForms are the forms of "call" that place a telephone call.
var callForms = set("called", "calls", "phoned", "phones", "telephoned", "telephones")

// callObjectEnds may follow the person called: the rest of the call
// ("to congratulate", "of Mexico", "this afternoon"), not a name given
// to them ("called X a criminal", "called X's plan").
var callObjectEnds = set("to", "of", ",", ".", "today", "yesterday", "this", "on", "last", "earlier", "late")

// phoneCalls reads "A called B to …": A, a person, placed a call to B, a
// person named by title right after the verb ("called President B of Y
// today"); A met B. "Called on B", "called for", "called B a liar" and a
// call negated, planned or reported as wished are none.
func (d *doc) phoneCalls(add func(*entity, string, *entity, int)) {
	for v := 1; v+2 < len(d.toks); v++ {
		if !callForms[d.toks[v].key] || d.inQuote[v] || d.mentionAt(v) != nil || d.toks[v].cap {
			continue
		}
		sent := d.toks[v].sent
		var m *mention
		for k := v + 1; k < len(d.toks) && k <= v+4 && d.toks[k].sent == sent && d.toks[k].kind == tWord && d.toks[k].cap; k++ {
			if mm := d.mentionAt(k); mm != nil {
				m = mm // over a title: "President", "Prime Minister"
				break
			}
		}
		if m == nil || m.ent == nil || m.ent.typ != schema.Person || m.s == v+1 || m.e >= len(d.toks) || !callObjectEnds[d.toks[m.e].key] {
			continue // a title before the name: "called President B", not "called B"
		}
		g := d.verbGroup(v)
		if d.unstated(v, g) {
			continue
		}
		for _, s := range personsOnly(d.actorsLeft(g.start, sent, "metWith", sideSubj)) {
			if s != m.ent {
				add(s, "metWith", m.ent, v)
			}
		}
	}
}
