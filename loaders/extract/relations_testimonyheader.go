// A testimony page's header: "Statement before the Committee on X".

package extract

import "github.com/newsgraph/newsgraph/schema"

// testimonyHeaderNouns open a header line that names the body a statement was
// given before: "Statement before the Subcommittee on X", "Testimony
// before the Senate Committee on Y".
var testimonyHeaderNouns = set("statement", "testimony")

// testimonyHeaders reads a testimony page's header line "Statement before
// the Subcommittee on X" (a line of its own near the top, over "Written"
// or "Prepared"): the person named on a line above it, the page's author,
// testified before the first body the line names.
func (d *doc) testimonyHeaders(add func(*entity, string, *entity, int)) {
	for i := 0; i+2 < len(d.toks) && d.toks[i].para <= 16; i++ {
		if !d.toks[i].brk || d.inQuote[i] {
			continue
		}
		k := i
		if key := d.toks[k].key; key == "written" || key == "prepared" {
			k++
		}
		if !testimonyHeaderNouns[d.toks[k].key] || d.toks[k+1].key != "before" || d.toks[k+1].para != d.toks[i].para {
			continue
		}
		var body *entity
		for j := k + 2; j < len(d.toks) && d.toks[j].para == d.toks[i].para; j++ {
			if m := d.mentionAt(j); m != nil && m.ent != nil && m.ent.typ == schema.Agency {
				body = m.ent
				break
			}
		}
		if body == nil {
			continue
		}
		for j := i - 1; j >= 0 && d.toks[j].para >= d.toks[i].para-6; j-- {
			if m := d.mentionAt(j); m != nil && m.ent != nil && m.ent.typ == schema.Person {
				add(m.ent, "testifiedBefore", body, k)
				break
			}
		}
	}
}
