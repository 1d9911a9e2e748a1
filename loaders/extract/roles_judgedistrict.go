// A judge placed in a judicial district right after the name: "before
// U.S. District Judge X in the District of Y".

package extract

import "github.com/newsgraph/newsgraph/schema"

// judgeInDistrict reports whether the district starting at token k follows
// "in the" right after the name of a person whose title before the name is
// a judge's ("before U.S. District Judge X in the Eastern District of Y"):
// a judge sits in the district's court, so the district is the post's
// body, not the place of an event as after "charged X in the District of
// Y".
func (d *doc) judgeInDistrict(k int) *mention {
	if k < 3 || d.toks[k-1].key != "the" || d.toks[k-2].key != "in" {
		return nil
	}
	m := d.mentionAt(k - 3)
	if m == nil || m.ent == nil || m.ent.typ != schema.Person || m.e != k-2 {
		return nil
	}
	for _, it := range d.chainBefore(d.honorificStart(m.s)) {
		if it.org == nil && d.toks[it.tok].key == "judge" {
			return m
		}
	}
	return nil
}
