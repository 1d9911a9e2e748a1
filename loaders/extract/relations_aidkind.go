package extract

import "github.com/newsgraph/newsgraph/schema"

// aidKinds name the kind of a state's aid between the state and the aid
// noun: "U.S. military support for X"; aidModifiers stand there without
// naming a kind: "U.S. continued support for X".
var (
	aidKinds     = lexWords.set("aidKinds")
	aidModifiers = lexWords.set("aidModifiers")
)

// aidKindGiver returns the body named right before one or two aidKinds or
// aidModifiers words that precede the aid noun at token first ("U.S.
// military support for X", "Canadian foreign assistance to Y"): the giver
// of the aid; nil when the words before the noun are no such words ("Peru
// needs more support") or name no body.
func (d *doc) aidKindGiver(first, sent int, pred string) *entity {
	if pred != "supports" {
		return nil
	}
	k := first - 1
	for k >= 0 && k >= first-2 && d.toks[k].sent == sent && (aidKinds[d.toks[k].key] || aidModifiers[d.toks[k].key]) && d.mentionAt(k) == nil {
		k--
	}
	if k == first-1 || k < 0 || d.toks[k].sent != sent {
		return nil
	}
	m := d.mentionAt(k)
	if m == nil || m.e != k+1 {
		return nil
	}
	if e := m.ent; e != nil && typeOK(pred, sideSubj, e.typ) && e.typ != schema.Person {
		return e
	}
	return d.govOf(m)
}
