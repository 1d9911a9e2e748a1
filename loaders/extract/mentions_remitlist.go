// A body's remit that ends in a list of capitalised nouns: "Office of
// Judicial Reform, Mediation and Outreach", "Commission for the
// Clarification of Memory, Dignity, and Reconciliation".

package extract

// remitList extends the name of a body whose complement after "of" or
// "for" ends at e over a list ", B, and C" of capitalised nouns closed by
// "and" (titleList), when each item is one or two words and none is a
// known name, an acronym, a given name, a title or a body's head word,
// which open the name of another body or a person ("the Office of International Affairs, DEA and the FBI"); else
// it returns e.
func (d *doc) remitList(e int) int {
	end := d.titleList(e)
	words := 0
	for k := e; k < end; k++ {
		t := d.toks[k]
		if t.kind != tWord || !t.cap {
			words = 0
			continue
		}
		if words++; words > 2 {
			return e // "…, and Related Programs Appropriations Act": an item runs on into another name
		}
		if t.upper && t.letters > 1 || agencyHeads[t.key] || orgHeads[t.key] || titleHeads[t.key] || d.g.given[t.key] != 0 || d.honorificAt(k) {
			return e
		}
	}
	return end
}
