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
		if pm.ent == nil || pm.ent.typ != schema.Person || d.inQuote[pm.s] {
			continue
		}
		if title, bm := d.titleBodyItem(pm.s, pm.e); bm != nil {
			add(pm.ent, d.titleText(title), bm.ent, pm.s)
		}
	}
}

// titleBodyItem reads the title and the body of a list item written
// "TITLE, BODY, NAME" whose name spans [s, e), or nil.
func (d *doc) titleBodyItem(s, e int) ([]int, *mention) {
	if s < 4 || d.toks[s-1].key != "," {
		return nil, nil
	}
	if e < len(d.toks) && d.toks[e].sent == d.toks[s].sent {
		if k := d.toks[e].key; k != ";" && k != "," && k != "." {
			return nil, nil
		}
	}
	bm := d.mentionAt(s - 2)
	if bm == nil || bm.e != s-1 || bm.s < 2 || d.toks[bm.s-1].key != "," {
		return nil, nil
	}
	typ := bm.typ // before resolution, the candidate's type
	if bm.ent != nil {
		typ = bm.ent.typ
	}
	if typ != schema.Agency && typ != schema.Organization {
		return nil, nil
	}
	sent := d.toks[s].sent
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
		return nil, nil
	}
	var title []int
	for k := start; k < c; k++ {
		t := d.toks[k]
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			return nil, nil
		}
		if !(t.kind == tWord && t.cap || titleListWords[t.key]) {
			return nil, nil
		}
		title = append(title, k)
	}
	if !d.hasHead(title) {
		return nil, nil
	}
	return title, bm
}

// titleBodyNamed reports whether the name run [s, e) ends a list item
// written "TITLE, BODY, NAME": "…; Under Secretary for Trade, U.S.
// Department of Commerce, Ana Ruiz; …" names a person.
func (d *doc) titleBodyNamed(s, e int) bool {
	_, bm := d.titleBodyItem(s, e)
	return bm != nil
}
