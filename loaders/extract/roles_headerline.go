// A page's header names its body on one line and its author with a title
// on the next: "Drug Enforcement Administration / X, Special Agent in
// Charge / February 24, 2011".

package extract

import "github.com/newsgraph/newsgraph/schema"

// headerLineRoles gives the person who opens one of a page's first lines,
// "NAME, TITLE" and nothing else, the title at the body named alone on the
// line above: the header of a release from a body's office names its
// author under it.
func (d *doc) headerLineRoles(add func(*entity, string, *entity, int)) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || !d.toks[m.s].brk || d.toks[m.s].para > 8 || m.s == 0 {
			continue
		}
		c := m.e
		if c < len(d.toks) && d.toks[c].key == "," && c+2 < len(d.toks) && d.toks[c+1].key == "jr." {
			c += 2 // "X, Jr., Special Agent in Charge"
		}
		if c+1 >= len(d.toks) || d.toks[c].key != "," || d.toks[c+1].brk {
			continue
		}
		var title []int
		ok := true
		for k := c + 1; k < len(d.toks) && d.toks[k].para == d.toks[c].para && ok; k++ {
			t := d.toks[k]
			ok = t.kind == tWord && (t.cap || titleLineWords[t.key]) && d.mentionAt(k) == nil && len(title) < 8
			title = append(title, k)
		}
		if !ok || len(title) == 0 || !d.hasHead(title) {
			continue
		}
		// the line above: one body filling it
		b := m.s - 1
		bm := d.mentionAt(b)
		if bm == nil || bm.e != m.s || bm.ent == nil || bm.ent.typ != schema.Agency && bm.ent.typ != schema.Organization || !d.toks[bm.s].brk {
			continue
		}
		add(m.ent, d.titleText(title), bm.ent, m.s)
	}
}
