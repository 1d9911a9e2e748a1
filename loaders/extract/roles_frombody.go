// A titled name may give its body after "from": "Trial Attorney X from the
// Criminal Division's Gang Unit", "Special Litigation Counsel Y, from the
// Civil Rights Division". Read only after a title that names no body and
// no state office or rank (as "at the X" is, bodyAfterName): "a detective
// from Mexico" or "Senator Z from Texas" says where, not whose post.

package extract

import "github.com/newsgraph/newsgraph/schema"

// fromBodyAfter is the agency or organisation named by "from the" (or ",
// from the") right after the token e that ends a name, a possessed unit
// standing for its owner ("the Criminal Division's Gang Unit"), and the
// mentions that name it; nil when none is named there.
func (d *doc) fromBodyAfter(e int) (*entity, []*mention) {
	j := e
	if j < len(d.toks) && d.toks[j].key == "," {
		j++
	}
	if j+2 >= len(d.toks) || d.toks[j].key != "from" || d.toks[j+1].key != "the" || d.toks[j].sent != d.toks[e-1].sent {
		return nil, nil
	}
	om := d.mentionAt(j + 2)
	if om == nil || om.s != j+2 || om.ent == nil || om.ent.typ != schema.Agency && om.ent.typ != schema.Organization {
		return nil, nil
	}
	if om.e+1 < len(d.toks) && d.toks[om.e].key == "'s" {
		if om2 := d.mentionAt(om.e + 1); om2 != nil && om2.ent != nil && om2.s == om.e+1 &&
			(om2.ent.typ == schema.Agency || om2.ent.typ == schema.Organization) {
			return om2.ent, []*mention{om, om2}
		}
		if un := d.possessedUnit(om); un != nil {
			return un, []*mention{om}
		}
	}
	return om.ent, []*mention{om}
}
