// A hearing's witness list: "a hearing of the X Committee … Witnesses: A, B".

package extract

import "github.com/newsgraph/newsgraph/schema"

// hearingWitnesses reads a hearing page's "Witnesses:" label: each person
// it lists testified before the body the page names as holding the
// hearing ("a hearing of the X Subcommittee", "hearing before the Y
// Committee"). A list with no such hearing before it names none.
func (d *doc) hearingWitnesses(add func(*entity, string, *entity, int)) {
	for i := 0; i+1 < len(d.toks); i++ {
		if k := d.toks[i].key; k != "witnesses" && k != "witness" || d.toks[i+1].key != ":" || d.inQuote[i] {
			continue
		}
		body := d.hearingBody(i)
		if body == nil {
			continue
		}
		sent := d.toks[i+1].sent
		for j := i + 2; j < len(d.toks) && d.toks[j].sent == sent; j++ {
			if m := d.mentionAt(j); m != nil {
				if m.ent != nil && m.ent.typ == schema.Person && !m.attached {
					add(m.ent, "testifiedBefore", body, i)
				}
				j = m.e - 1
			}
		}
	}
}

// hearingBody is the legislative body a "hearing of" or "hearing before"
// phrase names in the 80 tokens before token i, or nil.
func (d *doc) hearingBody(i int) *entity {
	for h := i - 1; h >= 0 && h >= i-80; h-- {
		if d.toks[h].key != "hearing" || h+2 >= len(d.toks) {
			continue
		}
		if p := d.toks[h+1].key; p != "of" && p != "before" && p != "by" {
			continue
		}
		for j := h + 2; j < h+5 && j < len(d.toks); j++ {
			if m := d.mentionAt(j); m != nil {
				if m.ent != nil && m.ent.typ == schema.Agency {
					return m.ent
				}
				break
			}
		}
	}
	return nil
}
