package extract

import "github.com/newsgraph/newsgraph/schema"

// bodyAfterName is the body named after a person's name (mention m) that
// the title before it belongs to: "of the X" (ofOrgAfter) or, after a
// title that names no body and no state office or rank, "at the X" or
// "from the X": "Acting Chief of Mission Ana Ruiz at the U.S. Embassy".
func (d *doc) bodyAfterName(m *mention) *entity {
	if o := d.ofOrgAfter(m); o != nil {
		return o
	}
	j := m.e + 2
	var body *entity
	var named []*mention
	from := false // a state's office may give its body after "from": "Trial Attorney X from the Y"
	if j < len(d.toks) && d.toks[m.e].key == "at" && d.toks[m.e+1].key == "the" {
		if om := d.mentionAt(j); om != nil && om.s == j && om.ent != nil && (om.ent.typ == schema.Agency || om.ent.typ == schema.Organization) {
			body, named = om.ent, []*mention{om}
		}
	} else {
		body, named = d.fromBodyAfter(m.e) // "Trial Attorney X from the Y Section" (roles_frombody.go)
		from = true
	}
	if body == nil {
		return nil
	}
	items := d.chainBefore(d.honorificStart(m.s))
	if len(items) == 0 || !d.hasHeadItem(items) {
		return nil
	}
	for _, it := range items {
		key := d.toks[it.tok].key
		if it.org != nil || stateTitles[key] && !from || militaryRanks[key] {
			return nil
		}
	}
	for _, om := range named {
		om.attached = true
	}
	return body
}

// ofOrgAfter is the body named by "of" right after the person mention m:
// "President Ricardo Maduro of Honduras", "Senator X of the opposition Y
// Party", "of the Justice Department's Criminal Division", "of the
// Bureau's (ABC) Field Office"; "for" names a body's unit only: "Special
// Agent in Charge X for the Bureau's Field Division". It marks the body's
// mention attached.
func (d *doc) ofOrgAfter(m *mention) *entity {
	var ofOrg *entity
	forUnit := m.e+1 < len(d.toks) && d.toks[m.e].key == "for"
	if m.e+1 < len(d.toks) && (d.toks[m.e].key == "of" || forUnit) {
		j := m.e + 1
		if om := d.mentionAt(j); d.toks[j].key == "the" && j+1 < len(d.toks) && !(d.toks[j].cap && om != nil && om.s == j && om.ent != nil) {
			// the article before a name; "of The Bahamas" keeps its own
			j++
			// "Senator X of the opposition Y Party"
			for j+1 < len(d.toks) && j < m.e+4 && politicalAdjs[d.toks[j].key] && !d.toks[j].cap {
				j++
			}
		}
		if om := d.mentionAt(j); om != nil && om.ent != nil && om.s == j && om.ent.typ != schema.Person {
			// "of the Justice Department's Criminal Division", "of the
			// Bureau's (ABC) Field Office"
			if om.e+1 < len(d.toks) && d.toks[om.e].key == "'s" {
				u := om.e + 1
				if c := d.parenEnd(u); c > 0 && c == u+2 {
					u = c + 1
				}
				if om2 := d.mentionAt(u); om2 != nil && om2.ent != nil && om2.s == u &&
					(om2.ent.typ == schema.Agency || om2.ent.typ == schema.Organization) {
					om.attached, om2.attached = true, true
					return om2.ent
				}
				if un := d.possessedUnit(om); un != nil {
					om.attached = true
					return un // "of the Criminal Division's Fraud Section" (roles_possessedunit.go)
				}
			}
			if forUnit {
				return nil
			}
			ofOrg = om.ent
			om.attached = true
			if u := d.unitAfterBody(om); u != nil && u != ofOrg {
				ofOrg = u // "of the Drug Enforcement Administration (DEA), Tucson Division;"
			}
		}
	}
	return ofOrg
}
