// A judge placed in a court named after the name: "before U.S. Magistrate
// Judge X in the U.S. District Court for the District of Y".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// judgeCourtAfter is the court named by "in the" or "at the" right after
// the person mention m when the title before the name is a judge's ("U.S.
// Magistrate Judge X in the U.S. District Court for …"): a judge sits on
// that court, which is the post's body rather than the state a "U.S."
// before the title names. It marks the court's mention attached; nil
// otherwise.
func (d *doc) judgeCourtAfter(m *mention) *entity {
	j := m.e + 2
	if j >= len(d.toks) || d.toks[m.e].key != "in" && d.toks[m.e].key != "at" || d.toks[m.e+1].key != "the" {
		return nil
	}
	om := d.mentionAt(j)
	if om == nil || om.s != j || om.ent == nil || om.ent.typ != schema.Agency || !strings.Contains(fold(om.ent.name), "court") {
		return nil
	}
	judge := false
	for _, it := range d.chainBefore(d.honorificStart(m.s)) {
		if it.org != nil && it.org.typ != schema.Government {
			return nil // "Supreme Court Justice X in the …": a body of its own
		}
		if it.org == nil && d.toks[it.tok].key == "judge" {
			judge = true
		}
	}
	if !judge {
		return nil
	}
	om.attached = true
	return om.ent
}
