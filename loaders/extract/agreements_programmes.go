package extract

import "github.com/newsgraph/newsgraph/schema"

// One body's programme named as an initiative: "the Global Procurement
// Initiative led by the Trade and Development Agency", "through the SAFE
// Initiative, ERO has removed …", "USAID will launch the Young Women's
// Empowerment Initiative". An initiative between states says whose it is:
// the gazetteer knows it, its name holds a state, a people, a region or a
// place ("the Colombia Strategic Development Initiative", "the Andean Ports
// Initiative"), or the text states its parties. A capitalised initiative
// with none of these is a programme, not an agreement, and no entity of the
// article.

// programmeInitiative reports whether agreement e, whose parties the text
// does not state (explicit false), is such a programme.
func (d *doc) programmeInitiative(e *entity, explicit bool) bool {
	if explicit || e.generic || d.g.agreement[fold(e.name)] != nil {
		return false
	}
	n := 0
	for _, m := range d.ments {
		if m.ent != e {
			continue
		}
		n++
		if m.gaz != nil || d.toks[m.e-1].key != "initiative" || !d.toks[m.e-1].cap {
			return false
		}
		for k := m.s; k < m.e; k++ {
			ps, _ := d.g.lookup(d.toks, k)
			for _, p := range ps {
				if p.kind == kDemonym || p.kind == kRegionDemonym || p.kind == kIgnore ||
					p.kind == kEntity && (p.entry.typ == schema.Government || p.entry.typ == schema.Organization) {
					return false
				}
			}
		}
	}
	return n > 0
}
