// The holder of a title whose body is named, set off after it.

package extract

import "github.com/newsgraph/newsgraph/schema"

// titleBodyHolder is the person set off by a comma after a title that
// ends in its body ("the Under Secretary for Political Affairs of the
// State Department, Ambassador X", "the director of the agency, Gen. X"):
// in a list of actors the item is that person, and the body only says
// whose title it is. m is the body; nil when no title stands before it or
// no person follows the comma (over the person's own title words).
func (d *doc) titleBodyHolder(m *mention, sent int) *mention {
	if m == nil || m.ent == nil || m.ent.typ == schema.Person || m.e+2 >= len(d.toks) || d.toks[m.e].key != "," {
		return nil
	}
	j := m.s - 1
	if j >= 0 && d.toks[j].key == "the" {
		j--
	}
	if j < 1 || d.toks[j].key != "of" && d.toks[j].key != "for" {
		return nil
	}
	titled := false
	for k := j - 1; k >= 0 && k > j-8 && d.toks[k].sent == sent && d.mentionAt(k) == nil; k-- {
		if t := d.toks[k]; titleHeads[t.key] {
			titled = true
			break
		} else if !(t.kind == tWord && t.cap || t.key == "of" || t.key == "for" || t.key == "and" || t.key == "the") {
			break
		}
	}
	if !titled {
		return nil
	}
	for k := m.e + 1; k < len(d.toks) && k <= m.e+4 && d.toks[k].sent == sent; k++ {
		if p := d.mentionAt(k); p != nil {
			if p.s == k && p.ent != nil && p.ent.typ == schema.Person {
				return p
			}
			return nil
		}
		if t := d.toks[k]; !(titleHeads[t.key] || titleMods[t.key] || t.kind == tWord && t.cap && !relConj[t.key] || t.key == ".") {
			return nil
		}
	}
	return nil
}
