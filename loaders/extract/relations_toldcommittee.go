// Testimony told to a legislature: "X told the Senate Armed Services
// Committee he was confident …".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// tellForms tell an addressee something.
var tellForms = set("told", "tells", "tell")

// legislatureHeads name a legislature's committees: a member addressing
// the whole chamber ("told the House of Representatives") debates, a
// witness before a committee testifies.
var legislatureHeads = set("committee", "subcommittee")

// toldLegislature reads "X told the Y Committee …": a person addressing a
// legislative committee testified before it. A negated or
// modal "tell", a quotation and a body that is no legislature are not.
func (d *doc) toldLegislature(add func(*entity, string, *entity, int)) {
	for v := 1; v+1 < len(d.toks); v++ {
		if !tellForms[d.toks[v].key] || d.inQuote[v] {
			continue
		}
		k := v + 1
		if k+1 < len(d.toks) && committeeMemberNouns[d.toks[k].key] && (d.toks[k+1].key == "on" || d.toks[k+1].key == "of") {
			k += 2 // "told lawmakers on the House X Committee"
		}
		if d.toks[k].key == "the" {
			k++
		}
		m := d.mentionAt(k)
		if m == nil || m.s != k || m.ent == nil || m.ent.typ != schema.Agency || !legislatureName(m.ent.name) {
			continue
		}
		g := d.verbGroup(v)
		if g.neg || g.modal || g.infinitive || g.passive {
			continue
		}
		for _, s := range d.actorsLeft(g.start, d.toks[v].sent, "testifiedBefore", sideSubj) {
			add(s, "testifiedBefore", m.ent, v)
		}
	}
}

// legislatureName reports whether a body's name is a legislative
// committee's ("Senate Armed Services Committee", "House Homeland Security
// Subcommittee").
func legislatureName(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if legislatureHeads[w] {
			return true
		}
	}
	return false
}

// committeeMemberNouns name the members of a committee told something:
// "told lawmakers on the X Committee".
var committeeMemberNouns = set("lawmakers", "members", "senators", "legislators", "representatives")
