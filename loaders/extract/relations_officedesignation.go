// Passive designations in a sanctions office's release: "X was designated
// pursuant to E.O. 14059 for being owned or controlled by Y" is the
// office's designation of X, and Y is no agent.

package extract

import "github.com/newsgraph/newsgraph/schema"

// reducedAgentVerbs take a "by" that belongs to them, not to a verb
// before: "designated for being owned or controlled by Y".
var reducedAgentVerbs = set("owned", "controlled", "directed", "operated", "managed", "run", "led", "sponsored", "supported")

// agentBy reports whether the "by" at token k is the agent of the verb
// before it rather than of a participle right before it ("controlled by").
func (d *doc) agentBy(k int) bool {
	return k < 1 || !reducedAgentVerbs[d.toks[k-1].key]
}

// officeDesignator is the sanctions office that is the subject of a verb
// of designating or sanctioning in the text, the actor of a passive designation that
// states its legal basis or reason ("was designated pursuant to E.O.
// 14059", "is being designated for having acted for Y") or that it is
// today's ("X was also designated today"); nil when the clause states
// none of these, or no such office acts in the text.
func (d *doc) officeDesignator(end, sent int) *entity {
	basis := false
	for k := end; k < len(d.toks) && d.toks[k].sent == sent && k < end+6; k++ {
		key := d.toks[k].key
		if key == "pursuant" || key == "today" || key == "for" && k+1 < len(d.toks) && (d.toks[k+1].key == "being" || d.toks[k+1].key == "having") {
			basis = true
			break
		}
	}
	if !basis {
		return nil
	}
	return d.officeActor()
}

// officeActor is the sanctions office that is the subject of a verb of
// designating or sanctioning in the text, or nil.
func (d *doc) officeActor() *entity {
	acting, _ := d.sanctionsOffices()
	return acting
}

// sanctionsOffices reads the sanctions offices the text names outside
// quotations: the first that is the subject of a verb of designating or
// sanctioning (officeActor), and the first named at all; nil when none.
func (d *doc) sanctionsOffices() (acting, named *entity) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Agency || !sanctionsOffice(m.ent) || d.inQuote[m.s] {
			continue
		}
		if named == nil {
			named = m.ent
		}
		for j := m.e; j < len(d.toks) && j < m.e+6 && d.toks[j].sent == d.toks[m.s].sent; j++ {
			if d.designatingVerbAt(j) {
				return m.ent, named // "OFAC sanctioned six individuals", "OFAC is also designating"
			}
		}
	}
	return nil, named
}

// sanctionsActionNouns name a sanctions office's act as the subject of
// "targets": "Today's action targets X", "These designations target Y".
var sanctionsActionNouns = set("action", "actions", "designation", "designations", "sanctions")

// sanctionsActionSubject reports whether the subject right before the
// verb group at start is a sanctions action ("Today's action also
// targets X"): with a sanctions office acting in the text, its object is
// sanctioned by that office.
func (d *doc) sanctionsActionSubject(start, sent int) bool {
	k := start - 1
	return k >= 0 && d.toks[k].sent == sent && sanctionsActionNouns[d.toks[k].key] && d.mentionAt(k) == nil
}
