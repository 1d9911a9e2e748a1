// Units of a state's police or armed forces named by a head that private
// bodies also use: "Police Reaction Group", "Airborne Special Forces
// Group", "Third Buffalo Company", "Ruritown Strike Force Group". A
// force's word in the name, or an ordinal opening a company's, makes the
// unit a part of the state: an agency.

package extract

import "github.com/newsgraph/newsgraph/schema"

// forceUnitHeads end a unit's name that is an organisation's when no
// force's word is in it.
var forceUnitHeads = lexWords.set("forceUnitHeads")

// forceUnitWords, in a unit's name before its head, name a state's force.
var forceUnitWords = lexWords.set("forceUnitWords")

// forceUnitType makes the organisation named from s to its head at i an
// agency when a force's word precedes the head, a known agency opens the
// name, or an ordinal opens the name of a company.
func (d *doc) forceUnitType(typ schema.EntityType, s, i int) schema.EntityType {
	if typ != schema.Organization || !forceUnitHeads[d.toks[i].key] || s >= i {
		return typ
	}
	if d.toks[i].key == "company" && (ordinalWords[d.toks[s].key] > 0 || numberedOrdinal(d.toks[s].key)) {
		return schema.Agency // "Third Buffalo Company"
	}
	if ps, n := d.g.lookup(d.toks, s); n > 0 && s+n < i && len(ps) > 0 && ps[0].kind == kEntity && ps[0].entry.typ == schema.Agency {
		return schema.Agency // "the DEA Bilateral Case Group": a known agency's own group
	}
	for k := s; k < i; k++ {
		if forceUnitWords[d.toks[k].key] {
			return schema.Agency
		}
	}
	return typ
}
