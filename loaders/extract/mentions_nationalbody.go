// A "National" institute, centre, council or commission is a state's body
// whatever it does ("the National Council of Norms and Labor
// Competencies", "the National Institute of Indigenous Persons", "the
// National Center of Certification"): report sections and releases name a
// private body so only rarely, and then say so ("the quasi-governmental
// National X Council", "the nongovernmental National X Institute") or
// name a party ("National Democratic Institute", known to the gazetteer).

package extract

import "github.com/newsgraph/newsgraph/schema"

// nationalPrivateMarks, right before a body's name, say it is no state's:
// "the quasi-governmental National Anticorruption Council".
var nationalPrivateMarks = lexWords.set("nationalPrivateMarks")

// nationalPrivateWords, inside a "National" body's name, make it a party's,
// a church's or a private foundation's ("National Democratic Institute").
var nationalPrivateWords = lexWords.set("nationalPrivateWords")

// nationalBodyType makes the organisation named from s to e, whose head
// at i is an institute, centre, council, commission or system and whose
// first word is "National", a state's agency.
func (d *doc) nationalBodyType(typ schema.EntityType, s, i, e int) schema.EntityType {
	if typ != schema.Organization || s >= i || d.toks[s].key != "national" || !nationalBodyHeads[d.toks[i].key] {
		return typ
	}
	if ps, n := d.g.lookup(d.toks, s); n > 0 && len(ps) > 0 && ps[0].kind == kEntity {
		return typ // known to the gazetteer: its type stands
	}
	for k := s; k < e; k++ {
		if nationalPrivateWords[d.toks[k].key] {
			return typ
		}
	}
	for k := s - 1; k >= 0 && k >= s-3 && d.toks[k].sent == d.toks[s].sent; k-- {
		if nationalPrivateMarks[d.toks[k].key] {
			return typ // "the quasi-governmental National X Council"
		}
		if d.toks[k].brk {
			break
		}
	}
	return schema.Agency
}
