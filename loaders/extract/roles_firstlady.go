// A head of state's spouse is named by "First Lady" before the name:
// "First Lady Martine X", "Guatemalan First Lady Lucrecia Y", "former first
// lady Rosa Z". The post is the state's: the one a demonym or a state's
// name before it gives, else the state whose president shares the
// spouse's surname, else the state a report is titled by.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// firstLadyMods may precede "first lady".
var firstLadyMods = set("former", "then", "late")

// firstLadyRoles gives a person named after "first lady" the post at her
// state.
func (d *doc) firstLadyRoles(add func(*entity, string, *entity, int)) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted || d.inQuote[m.s] || m.s < 2 {
			continue
		}
		k := m.s - 1
		sent := d.toks[m.s].sent
		if d.toks[k].key != "lady" || d.toks[k-1].key != "first" || d.at[k] != 0 || d.at[k-1] != 0 || d.toks[k-1].sent != sent {
			continue
		}
		ts := k - 1
		if ts > 0 && d.toks[ts-1].sent == sent && firstLadyMods[d.toks[ts-1].key] && d.at[ts-1] == 0 {
			ts--
		}
		org := d.firstLadyState(m.ent, ts)
		if org == nil {
			continue
		}
		add(m.ent, d.surface(ts, m.s), org, ts)
	}
}

// firstLadyState is the state of a first lady whose title starts at token
// ts: a state or its demonym right before it ("Guatemalan", "Haiti's"),
// else the state a president of her surname leads, else a report's state.
func (d *doc) firstLadyState(p *entity, ts int) *entity {
	b := ts - 1
	if b > 0 && d.toks[b].key == "'s" {
		b--
	}
	if sm := d.mentionAt(b); sm != nil && sm.e == b+1 && sm.ent != nil && sm.ent.typ == schema.Government {
		return sm.ent
	}
	if ts > 0 {
		if g := d.demonymGovBefore(ts, 2, d.toks[ts-1].sent); g != nil {
			return g // "Guatemalan first lady", the state named in the article
		}
	}
	last := lastNameKey(p.name)
	for _, r := range d.roles {
		if r.Person == p.name || lastNameKey(r.Person) != last || !strings.Contains(fold(r.Title), "president") || strings.Contains(fold(r.Title), "vice") {
			continue
		}
		if o := d.orgNamed(r.Org); o != nil && o.typ == schema.Government {
			return o
		}
	}
	return d.reportState()
}
