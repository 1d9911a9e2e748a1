package extract

import "github.com/newsgraph/newsgraph/schema"

// listItemTitleRoles gives the post of a person who closes an item of a
// semicolon list written "TITLE NAME" or "TITLE, NAME" whose title holds a
// comma or a lower-case word the title chain stops at ("…; Undersecretary
// of Labor, Housing and Migration Ana Ruiz; Commissioner for Protection
// against Health Risks, Luis Vega; …"): the title runs from the item's
// opening ";" to the name, and its government is the one the list's other
// posts are in. A person with a post already read at a body the text
// names (hasStatedPost) is left alone.
func (d *doc) listItemTitleRoles(add func(*entity, string, *entity, int)) {
	for _, pm := range d.ments {
		if pm.ent == nil || pm.ent.typ != schema.Person || d.inQuote[pm.s] || d.hasStatedPost(pm.ent) {
			continue
		}
		if pm.e >= len(d.toks) || d.toks[pm.e].key != ";" && d.toks[pm.e].key != "." {
			continue
		}
		title := d.listItemTitle(pm.s)
		if title == nil {
			continue
		}
		if org := d.inferOrg(pm.ent, title, d.lastSentRole(pm.s), pm.s); org != nil {
			add(pm.ent, d.titleText(title), org, pm.s)
		}
	}
}

// listItemTitle is the title of a semicolon-list item ending with the name
// that opens at token s, or nil: capitalised words and title words from
// just after the item's ";" to the name (a comma right before the name
// left out), holding a title's head and no other person.
func (d *doc) listItemTitle(s int) []int {
	end := s
	if end > 0 && d.toks[end-1].key == "," {
		end--
	}
	sent := d.toks[s].sent
	start := end
	for start > 0 && start > end-20 && d.toks[start-1].sent == sent && d.toks[start-1].key != ";" {
		start--
	}
	if start == 0 || d.toks[start-1].key != ";" || start >= end || !d.toks[start].cap {
		return nil
	}
	var title []int
	for k := start; k < end; k++ {
		t := d.toks[k]
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			return nil
		}
		if !(t.kind == tWord && t.cap || titleListWords[t.key]) {
			return nil
		}
		title = append(title, k)
	}
	if !d.hasHead(title) {
		return nil
	}
	return title
}
