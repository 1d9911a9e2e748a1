// Units named by their agency, a dash and the unit's own name: "Internal
// Revenue Service – Criminal Investigations", "Customs Service – Air
// Operations".

package extract

import "github.com/newsgraph/newsgraph/schema"

// dashUnitTails end a unit's name after its agency and a dash, besides the
// heads of agencies' names: "… – Criminal Investigation(s)", "… – Air
// Operations".
var dashUnitTails = set("investigation", "investigations", "operations", "intelligence")

// dashUnits reads an agency's mention followed by a dash set off by
// spaces and two to four capitalised words ending in a unit's head, in
// the same sentence: the agency's unit of that name, written as a whole
// ("Internal Revenue Service – Criminal Investigations"); the unit's words
// may have been read as an agency of their own, not one the gazetteer
// knows. The unit replaces those mentions there.
func (d *doc) dashUnits() {
	changed := false
	for mi := 0; mi < len(d.ments); mi++ {
		m := d.ments[mi]
		if m.ent == nil || m.ent.typ != schema.Agency || m.quoted || m.e+2 >= len(d.toks) {
			continue
		}
		dash := d.toks[m.e]
		if dash.key != "–" && dash.key != "—" && dash.key != "-" || !dash.space || d.toks[m.e+1].sent != dash.sent || d.toks[m.e+1].brk {
			continue
		}
		j := m.e + 1
		r := j
		for r < len(d.toks) && r < j+4 && d.toks[r].kind == tWord && d.toks[r].cap && d.toks[r].sent == dash.sent {
			if o := d.mentionAt(r); o != nil && o.ent != nil && (o.ent.typ != schema.Agency || o.gaz != nil) {
				break // another body the gazetteer knows, or no unit: "Agency – Ministry of X"
			}
			r++
		}
		if r-j < 2 || r < len(d.toks) && d.capWord(r) && d.toks[r].sent == dash.sent {
			continue
		}
		if tail := d.toks[r-1].key; !agencyHeads[tail] && !dashUnitTails[tail] {
			continue
		}
		u := d.entity(schema.Agency, d.surface(m.s, r), m.s)
		u.country = m.ent.country
		d.replaceSpan(&mention{s: m.s, e: r, ent: u, typ: schema.Agency, class: mEntity, rule: "entity/dash-unit"})
		changed = true
	}
	if changed {
		d.reindex()
	}
}
