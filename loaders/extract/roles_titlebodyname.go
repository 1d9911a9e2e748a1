// Delegation and attendance lists name each member title first, the body
// next and the name last: "…; Assistant Secretary of State for A, U.S.
// Department of State, Ana Ruiz; and …".

package extract

import "github.com/newsgraph/newsgraph/schema"

// titleListWords are the lower-case words a long title may hold ("Under
// Secretary of Commerce for International Trade").
var titleListWords = lexWords.set("titleListWords")

// titleBodyNameRoles gives the post of a list item written "TITLE, BODY,
// NAME" and ended by ";", "," or ".": the person holds the title at the
// body. The item opens after ";" or ":" or at its sentence's start, and
// its title opens with a title word, holds a title's head and names no
// person.
func (d *doc) titleBodyNameRoles(add func(*entity, string, *entity, int)) {
	for _, pm := range d.ments {
		if pm.ent == nil || pm.ent.typ != schema.Person || d.inQuote[pm.s] || pm.s < 4 || d.toks[pm.s-1].key != "," {
			continue
		}
		if pm.e < len(d.toks) && d.toks[pm.e].sent == d.toks[pm.s].sent {
			if k := d.toks[pm.e].key; k != ";" && k != "," && k != "." {
				continue
			}
		}
		bm := d.mentionAt(pm.s - 2)
		if bm == nil || bm.e != pm.s-1 || bm.ent == nil || bm.ent.typ != schema.Agency && bm.ent.typ != schema.Organization ||
			bm.s < 2 || d.toks[bm.s-1].key != "," {
			continue
		}
		sent := d.toks[pm.s].sent
		c := bm.s - 1 // the comma before the body
		start := c - 1
		for ; start > 0 && start > c-25 && d.toks[start-1].sent == sent; start-- {
			if k := d.toks[start-1].key; k == ";" || k == ":" {
				break
			}
		}
		if d.toks[start].key == "and" {
			start++
		}
		if start >= c || !d.isTitleTok(start) {
			continue
		}
		var title []int
		ok := true
		for k := start; k < c && ok; k++ {
			t := d.toks[k]
			if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person {
				ok = false
			}
			ok = ok && (t.kind == tWord && t.cap || titleListWords[t.key])
			title = append(title, k)
		}
		if !ok || !d.hasHead(title) {
			continue
		}
		add(pm.ent, d.titleText(title), bm.ent, pm.s)
	}
}
