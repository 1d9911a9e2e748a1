package extract

import "github.com/newsgraph/newsgraph/schema"

// aidThings are the nouns of aid as a thing that may itself "support" or
// "assist" someone: "equipment that will assist the police", "INL
// programming that supports X".
var aidThings = set("assistance", "aid", "equipment", "training", "funding", "funds", "resources", "vehicles",
	"helicopters", "aircraft", "vessels", "supplies", "programming", "program", "programs", "programme",
	"programmes")

// aidThingGiver is the giver of the aid thing whose noun is token h, the
// antecedent of a relative clause ("… equipment that will assist Y"): the
// body or state named right before the noun ("INL programming", "U.S.
// assistance"), or the subject of the stated verb of delivery before it
// in the sentence ("X delivered vehicles and supplies, that will assist
// Y"); nil when h is no aid thing or no giver is stated.
func (d *doc) aidThingGiver(h, sent int, pred string) []*entity {
	if h < 1 || !aidThings[d.toks[h].key] {
		return nil
	}
	if m := d.mentionAt(h - 1); m != nil && m.e == h && m.ent != nil && m.ent.typ != schema.Person && typeOK(pred, sideSubj, m.ent.typ) {
		return []*entity{m.ent}
	}
	for k := h - 1; k >= 0 && k > h-20 && d.toks[k].sent == sent; k-- {
		key := d.toks[k].key
		if actorStop[key] || key == "which" || key == "who" || key == "that" {
			return nil
		}
		if !aidVerbs[key] && !giftVerbs[key] {
			continue
		}
		g := d.verbGroup(k)
		if g.passive || d.unstated(k, g) {
			return nil
		}
		return d.actorsLeft(g.start, sent, pred, sideSubj)
	}
	return nil
}
