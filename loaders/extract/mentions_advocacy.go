// Rights groups named like state bodies: a committee or commission "for
// the Defense of Human Rights", "for the Defense and Promotion of …", "for
// Solidarity with …", "for the Families of …", "for Peace and Justice"
// is a body of citizens or a church that speaks for someone, an
// organisation, unless a state's word opens its name ("the Presidential
// Commission for the Defense of …").

package extract

import "github.com/newsgraph/newsgraph/schema"

// advocacyHeads end the name of a rights group named like a state body.
var advocacyHeads = lexWords.set("advocacyHeads")

// stateBodyOpeners, opening a body's name, make it a state's:
// "Presidential", "National", "Special".
var stateBodyOpeners = lexWords.set("stateBodyOpeners")

// advocacyType makes the agency named from s whose head at token i is
// followed by an advocate's purpose an organisation.
func (d *doc) advocacyType(typ schema.EntityType, s, i, e int) schema.EntityType {
	if typ != schema.Agency || !advocacyHeads[d.toks[i].key] || i+3 >= e || d.toks[i+1].key != "for" {
		return typ
	}
	if stateBodyOpeners[d.toks[s].key] {
		return typ
	}
	if ps, n := d.g.lookup(d.toks, s); n > 0 && s+n <= i && len(ps) > 0 && ps[0].kind == kEntity {
		return typ // "U.S. Commission for …": a known state's or body's
	}
	j := i + 2
	if d.toks[j].key == "the" {
		j++
	}
	if j+1 >= e {
		return typ
	}
	k, next := d.toks[j].key, d.toks[j+1].key
	switch {
	case (k == "defense" || k == "defence") && (next == "of" || next == "and" && d.toks[j+2].key == "promotion"),
		k == "promotion" && next == "of",
		k == "solidarity",
		(k == "families" || k == "relatives") && next == "of",
		k == "peace" && next == "and" && j+2 < e && d.toks[j+2].key == "justice":
		return schema.Organization
	}
	return typ
}
