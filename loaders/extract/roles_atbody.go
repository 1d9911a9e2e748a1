package extract

import "github.com/newsgraph/newsgraph/schema"

// bodyAfterName is the body named after a person's name (mention m) that
// the title before it belongs to: "of the X" (ofOrgAfter) or, after a
// title that names no body and no state office or rank, "at the X":
// "Acting Chief of Mission Ana Ruiz at the U.S. Embassy".
func (d *doc) bodyAfterName(m *mention) *entity {
	if o := d.ofOrgAfter(m); o != nil {
		return o
	}
	j := m.e + 2
	if j >= len(d.toks) || d.toks[m.e].key != "at" || d.toks[m.e+1].key != "the" {
		return nil
	}
	om := d.mentionAt(j)
	if om == nil || om.s != j || om.ent == nil || om.ent.typ != schema.Agency && om.ent.typ != schema.Organization {
		return nil
	}
	items := d.chainBefore(d.honorificStart(m.s))
	if len(items) == 0 || !d.hasHeadItem(items) {
		return nil
	}
	for _, it := range items {
		key := d.toks[it.tok].key
		if it.org != nil || stateTitles[key] || militaryRanks[key] {
			return nil
		}
	}
	om.attached = true
	return om.ent
}
