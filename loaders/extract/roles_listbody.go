// A body's possessive before a list of titled names gives each name its
// post at that body: "the State Department's Assistant Secretary for X
// A, Assistant Secretary for Y B, and Acting Assistant Secretary for Z C".

package extract

import "github.com/newsgraph/newsgraph/schema"

// listPossessorRoles gives each titled name listed after "BODY's TITLE
// NAME" whose own title names no body the post at BODY, over a post only
// guessed for it.
func (d *doc) listPossessorRoles(add func(*entity, string, *entity, int)) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted {
			continue
		}
		items := d.chainBefore(d.honorificStart(m.s))
		if len(items) < 2 || items[0].m == nil || items[0].m.e >= len(d.toks) || d.toks[items[0].m.e].key != "'s" {
			continue
		}
		body := items[0].org
		if body.typ != schema.Agency && body.typ != schema.Organization && body.typ != schema.Government || !titleWordsOnly(items[1:]) {
			continue
		}
		for k := m.e; k+1 < len(d.toks) && d.toks[k].sent == d.toks[m.s].sent; {
			if d.toks[k].key != "," && d.toks[k].key != "and" {
				break
			}
			k++
			if d.toks[k].key == "and" {
				k++
			}
			n := d.titledNameAt(k)
			if n == nil {
				break
			}
			add(n.ent, d.titleText([]int{k, n.s - 1}), body, n.s)
			d.dropGuessed(n.ent, body)
			k = n.e
		}
	}
}

// titledNameAt returns the person mention that a title starting at token
// k, naming no body, leads to; else nil.
func (d *doc) titledNameAt(k int) *mention {
	for j := k; j < len(d.toks) && j < k+16 && d.toks[j].sent == d.toks[k].sent; j++ {
		n := d.mentionAt(j)
		if n == nil {
			continue
		}
		if n.ent == nil || n.ent.typ != schema.Person {
			j = n.e - 1 // a place or body inside the title's remit
			continue
		}
		if n.s != j || j == k {
			return nil
		}
		its := d.chainBefore(d.honorificStart(n.s))
		if len(its) == 0 || its[0].tok != k || !d.remitWordsOnly(its) || !d.hasHeadItem(its) {
			return nil
		}
		return n
	}
	return nil
}

// remitWordsOnly reports whether a chain holds title words only, or a
// body only as the remit "for" opens ("Assistant Secretary for the X
// Affairs").
func (d *doc) remitWordsOnly(items []roleItem) bool {
	for _, it := range items {
		if it.org != nil && (it.m == nil || it.m.s == 0 || d.toks[it.m.s-1].key != "for") {
			return false
		}
	}
	return true
}
