// Roles at a unit named through its owner, and the body that closes a
// list of titled names: "Trial Attorneys A, B and C of the Criminal
// Division's Fraud Section", "Deputy Chief D and Analyst E of the
// Bureau's Records Branch".

package extract

import (
	"sort"

	"github.com/newsgraph/newsgraph/schema"
)

// possessedUnitHeads end the name of a unit inside a body, written after
// the body's possessive: "the Criminal Division's Fraud Section".
var possessedUnitHeads = set("section", "office", "division", "unit", "branch", "directorate", "bureau", "center", "centre")

// possessedUnitEnd returns the end of a unit's name that starts at token
// j (right after an owner's "'s"): capitalised words, joined inside by
// "and", "of", "for" or "&", whose last word is a unit head; -1 when none
// does.
func (d *doc) possessedUnitEnd(j int) int {
	if j >= len(d.toks) || !d.capWord(j) {
		return -1
	}
	end := -1
	for k := j; k < len(d.toks) && k < j+10 && d.toks[k].sent == d.toks[j].sent; k++ {
		if k > j && d.toks[k].brk {
			break
		}
		key := d.toks[k].key
		if d.capWord(k) {
			if possessedUnitHeads[key] {
				end = k + 1
			}
			continue
		}
		if (key == "and" || key == "of" || key == "for" || key == "&") && k+1 < len(d.toks) && d.capWord(k+1) {
			continue
		}
		break
	}
	return end
}

// possessedUnit is the unit named after the owner mention om and its
// "'s" ("of the Criminal Division's Fraud Section") when the text names it
// with no mention of its own; nil otherwise. The unit is recorded as an
// agency the text names; it is not linked to its owner, whose posts are
// not the unit's members'.
func (d *doc) possessedUnit(om *mention) *entity {
	u := om.e + 1
	if om.e >= len(d.toks) || d.toks[om.e].key != "'s" || om.ent == nil || om.ent.typ != schema.Agency && om.ent.typ != schema.Organization {
		return nil
	}
	if d.mentionAt(u) != nil {
		return nil // a unit the mentions found ("the FBI's Washington Field Office")
	}
	e := d.possessedUnitEnd(u)
	if e < 0 {
		return nil
	}
	ent := d.entity(schema.Agency, d.surface(u, e), u)
	if ent.mentions == 0 {
		ent.mentions = 1
	}
	return ent
}

// listMember is one name of a list of people joined by commas and "and",
// with the title written before it, if any.
type listMember struct {
	m     *mention
	title []int
}

// titledListBefore returns the people listed before the person mention m
// and m itself, in text order, each with the title tokens written right
// before it: "Deputy Chief A, Assistant Deputy Chief B and Trial Attorney
// C". A name with a body before it ends the list.
func (d *doc) titledListBefore(m *mention) []listMember {
	var out []listMember
	cur := m
	for n := 0; n < 8; n++ {
		s := d.honorificStart(cur.s)
		var title []int
		for _, it := range d.chainBefore(s) {
			if it.org != nil {
				return nil // "DEA Special Agent X": the title's own body
			}
			title = append(title, it.tok)
		}
		sort.Ints(title) // the chain is read backwards
		if len(title) > 0 {
			if !d.hasHead(title) {
				title = nil
			} else {
				title = d.titleModsBefore(title)
				s = title[0]
			}
		}
		out = append([]listMember{{m: cur, title: title}}, out...)
		if len(title) > 0 && n > 0 && d.pluralTitle(title[len(title)-1]) {
			break
		}
		k := s - 1
		if k < 1 || d.toks[k].key != "," && d.toks[k].key != "and" {
			break
		}
		if d.toks[k].key == "and" && d.toks[k-1].key == "," {
			k--
		}
		prev := d.mentionAt(k - 1)
		if prev == nil || prev.e != k || prev.ent == nil || prev.ent.typ != schema.Person || prev.ent == m.ent ||
			d.toks[prev.s].sent != d.toks[m.s].sent || prev.quoted {
			break
		}
		cur = prev
	}
	return out
}

// listTitle returns the title the list ending at person mention m gives
// it: its own, or the one written before an earlier name ("Trial
// Attorneys A and B"); "" when none does.
func (d *doc) listTitle(m *mention) string {
	list := d.titledListBefore(m)
	title := ""
	for _, lm := range list {
		if len(lm.title) > 0 {
			title = d.titleText(lm.title)
		}
	}
	return title
}

// listOfBodyRoles gives every titled name of a list closed by "of BODY"
// (or "from BODY")
// its post at that body: "Trial Attorneys A, B and C of the Criminal
// Division's Narcotic Section", "Deputy Chief D and Trial Attorney E of the
// Fraud Section". A name under a plural title takes it; a name with a
// title of its own that differs from the last name's takes the body only
// when no other rule gave it a post.
func (d *doc) listOfBodyRoles(add func(*entity, string, *entity, int)) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted || m.e >= len(d.toks) || d.toks[m.e].key != "of" && d.toks[m.e].key != "from" {
			continue
		}
		from := d.toks[m.e].key == "from"
		var org *entity
		if from {
			org, _ = d.fromBodyAfter(m.e) // "Trial Attorneys A and B from the Y Section" (roles_frombody.go)
		} else {
			org = d.ofOrgAfter(m)
		}
		if org == nil || org.typ != schema.Agency && org.typ != schema.Organization {
			continue
		}
		list := d.titledListBefore(m)
		if len(list) < 2 {
			continue
		}
		last := list[len(list)-1]
		lastTitle := ""
		if len(last.title) > 0 {
			lastTitle = singularTitle(d.titleText(last.title))
		}
		title := ""
		unit := d.ownedUnitAfter(m)
		for _, lm := range list[:len(list)-1] {
			own := len(lm.title) > 0
			if own {
				title = d.titleText(lm.title)
			}
			if title == "" {
				continue
			}
			if own && lastTitle != "" && fold(singularTitle(title)) != fold(lastTitle) && d.hasRole(lm.m.ent) {
				continue
			}
			d.unitPost = unit
			add(lm.m.ent, title, org, lm.m.s)
			d.unitPost = false
		}
		if title != "" && lastTitle == "" && from {
			// the list's last name: "of" gives it its body in rolesAround
			d.unitPost = unit
			add(m.ent, title, org, m.s)
			d.unitPost = false
		}
	}
}

// hasRole reports whether a role of p is recorded.
func (d *doc) hasRole(p *entity) bool {
	for _, r := range d.roles {
		if r.Person == p.name {
			return true
		}
	}
	return false
}

// titleModsBefore extends the title tokens title leftward over up to two
// capitalised words that name nothing ("Trial" in "Trial Attorneys A and
// B", a modifier the title words do not list).
func (d *doc) titleModsBefore(title []int) []int {
	for n := 0; n < 2; n++ {
		k := title[0] - 1
		if k < 0 || d.toks[k].kind != tWord || !d.toks[k].cap || d.at[k] != 0 || d.toks[k].sent != d.toks[title[0]].sent ||
			d.toks[k].key == "the" || stopCaps[d.toks[k].key] {
			break
		}
		title = append([]int{k}, title...)
	}
	return title
}

// ownedUnitAfter reports whether "of (or from) the OWNER's UNIT" follows the person
// mention m where the owner is itself part of a body ("Trial Attorney A of
// the Criminal Division's Fraud Section", the division a department's):
// the post is the unit's, and not one at the owner, a unit between it and
// the department; a body whose name ends in a unit's head word is one
// too ("the Criminal Division's"). Under a whole agency ("of the Bureau's Houston
// Division") the post is the agency's too.
func (d *doc) ownedUnitAfter(m *mention) bool {
	j := m.e
	if j+1 < len(d.toks) && d.toks[j].key == "," && d.toks[j+1].key == "from" {
		j++ // ", from the OWNER's UNIT" (roles_frombody.go)
	}
	if j >= len(d.toks) || d.toks[j].key != "of" && d.toks[j].key != "from" {
		return false
	}
	j++
	if j < len(d.toks) && d.toks[j].key == "the" {
		j++
	}
	om := d.mentionAt(j)
	if om == nil || om.s != j || om.ent == nil || om.ent.typ != schema.Agency && om.ent.typ != schema.Organization ||
		om.e+1 >= len(d.toks) || d.toks[om.e].key != "'s" || om.ent.parent == nil && !d.unitNamed(om) {
		return false
	}
	if um := d.mentionAt(om.e + 1); um != nil && um.s == om.e+1 && um.ent != nil && um.ent.typ == schema.Agency {
		return true
	}
	return d.possessedUnitEnd(om.e+1) > 0
}

// unitNamed reports whether the mention om's name ends in a unit's head
// word ("Criminal Division", "Field Office").
func (d *doc) unitNamed(om *mention) bool {
	return om.e > om.s && possessedUnitHeads[d.toks[om.e-1].key]
}
