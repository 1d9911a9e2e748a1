// A page's header block names its author on one line and the author's
// title on the next:
//
//	Press Statement
//	Ana Ruiz
//	Secretary of State
//	Washington, DC

package extract

import "github.com/newsgraph/newsgraph/schema"

// titleLineWords may stand lower-case in a title line: "Secretary of State".
var titleLineWords = set("of", "the", "and", "for", "on", "in")

// titleLine reports whether the paragraph starting at token s, one of a
// page's first lines, is only a title: capitalised words (and of, the,
// for …) with a title head among them and no punctuation ("Department
// Spokesperson", "Secretary of State").
func (d *doc) titleLine(s int) bool {
	if s >= len(d.toks) || d.toks[s].para > 8 && !d.afterSignOff(s) || !d.toks[s].brk {
		return false
	}
	head := false
	for k := s; k < len(d.toks) && d.toks[k].para == d.toks[s].para; k++ {
		t := d.toks[k]
		if t.key == "," && head {
			return d.bodyFillsLine(k + 1) // "Deputy Assistant Secretary, Bureau of …"
		}
		if k-s >= 8 || t.kind != tWord || !t.cap && !titleLineWords[t.key] {
			return false
		}
		if titleHeads[t.key] {
			head = true
		}
	}
	return head
}

// headerBlockRoles gives the person named alone on one of a page's first
// lines the title on the line under it, at the body that line names or
// the one the title implies.
func (d *doc) headerBlockRoles(add func(*entity, string, *entity, int)) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || !d.toks[m.s].brk || m.e >= len(d.toks) || !d.toks[m.e].brk || !d.titleLine(m.e) {
			continue
		}
		var title []int
		var org *entity
		inTitle := true
		for k := m.e; k < len(d.toks) && d.toks[k].para == d.toks[m.e].para; k++ {
			if om := d.mentionAt(k); om != nil && om.ent != nil && om.ent.typ != schema.Person && org == nil {
				org = om.ent
			}
			if inTitle = inTitle && d.toks[k].key != ","; inTitle {
				title = append(title, k)
			}
		}
		if d.congressMember(title) {
			org = d.entity(schema.Government, "United States", m.s) // "Member of Congress": as usChamber's
		}
		if org == nil {
			org = d.inferOrg(m.ent, title, "", m.s)
		}
		// "Department Spokesperson / Washington, DC": the government of
		// the capital on the line under the title
		if e := title[len(title)-1] + 1; org == nil && e < len(d.toks) && d.toks[e].brk {
			if gm := d.mentionAt(e); gm != nil && gm.s == e && gm.ent != nil && gm.ent.typ == schema.Government {
				org = gm.ent
			}
		}
		add(m.ent, d.titleText(title), org, m.s)
	}
}

// bodyFillsLine reports whether the rest of the line from token k names
// only a body: one mention of an organisation or agency filling it.
func (d *doc) bodyFillsLine(k int) bool {
	m := d.mentionAt(k)
	if m == nil || m.s != k || m.typ != schema.Agency && m.typ != schema.Organization && (m.gaz == nil || m.gaz.typ != schema.Agency && m.gaz.typ != schema.Organization) {
		return false
	}
	return m.e >= len(d.toks) || d.toks[m.e].para != d.toks[k].para || d.toks[m.e].key == "(" || d.toks[m.e].key == ","
}

// headerName reports whether the name run [s, e) is alone on one of a
// page's first lines with a title line under it: "Jen Ruiz / Department
// Spokesperson".
func (d *doc) headerName(s, e int) bool {
	return d.toks[s].brk && e < len(d.toks) && d.toks[e].brk && d.titleLine(e)
}
