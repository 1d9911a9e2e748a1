// The office written in a labelled turn whose name is not otherwise known.

package extract

import "github.com/newsgraph/newsgraph/schema"

// turnLabelTitle gives the person p of a turn label [s, e) written "TITLE
// NAME:" ("Vice President Ana Ruiz: “…”") the office its title words name,
// at the government or body the title implies, as a title before a name in
// running text would. Labels in capitals ("SECRETARY X:") are left to the
// known-people rule (turnLabelOffice).
func (d *doc) turnLabelTitle(p *entity, s, e int) {
	var title []int
	for k := s; k < e && d.toks[k].kind == tWord && !d.toks[k].upper && (titleHeads[d.toks[k].key] || titleMods[d.toks[k].key]); k++ {
		title = append(title, k)
	}
	if len(title) == 0 || len(title) == e-s || !d.hasHead(title) {
		return
	}
	org := d.inferOrg(p, title, "", s)
	if org == nil {
		return
	}
	d.addTurnLabelRole(p, d.titleText(title), org, s, e)
}

// addTurnLabelRole records that the person p of the turn label [s, e)
// holds title at org, unless a post of p at org is already recorded.
func (d *doc) addTurnLabelRole(p *entity, title string, org *entity, s, e int) {
	for _, r := range d.roles {
		if r.Person == p.name && r.Org == org.name {
			return
		}
	}
	d.ruled("role/turn-label", s, e)
	r := schema.Role{Person: p.name, Title: title, Org: org.name}
	d.roles = append(d.roles, r)
	d.roleBecause(r, s)
	d.ruled("", 0, 0)
}
