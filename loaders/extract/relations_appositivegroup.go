package extract

import "github.com/newsgraph/newsgraph/schema"

// armedGroupNouns are the nouns that describe a named group in apposition:
// "X, a dissident group that …", "Y, one of the gangs that …".
var armedGroupNouns = set("group", "groups", "gang", "gangs", "cartel", "cartels", "organization", "organizations",
	"organisation", "organisations", "faction", "factions", "militia", "militias", "coalition", "coalitions",
	"network", "networks", "alliance", "alliances", "syndicate", "syndicates", "guerrilla", "guerrillas")

// appositiveGroup returns the named group a relative pronoun at token r
// refers to through a description in apposition to the name: in "X, a
// dissident group that rejected the accord" or "X (XY), one of the
// armed groups that …" the group is X. The description is "a", "an" or
// "one of the" and a few plain words ending in a group noun (a name may
// stand in it as a modifier: "one of the FARC dissident groups"), right
// after the name, or its bracketed acronym, and a comma; nil otherwise.
func (d *doc) appositiveGroup(r, sent int) *entity {
	if r < 3 || !armedGroupNouns[d.toks[r-1].key] {
		return nil
	}
	for j := r - 2; j >= 2 && j > r-9 && d.toks[j].sent == sent; j-- {
		t := d.toks[j]
		open := j // where the description opens
		switch {
		case t.key == "a" || t.key == "an":
		case t.key == "the" && j >= 4 && d.toks[j-1].key == "of" && d.toks[j-2].key == "one":
			open = j - 2
		case t.kind == tWord && (!t.cap || d.mentionAt(j) != nil && d.mentionAt(j).e <= r-1) &&
			!relConj[t.key] && !reportWords[t.key] && !relAux[t.key] && relCues[t.key] == nil,
			t.key == "-":
			continue // a plain word, or a name modifying the head
		default:
			return nil
		}
		c := open - 1
		if c < 1 || d.toks[c].key != "," || d.toks[c].sent != sent {
			return nil
		}
		n := c - 1
		if d.toks[n].key == ")" {
			for n > 0 && d.toks[n].key != "(" && n > c-6 {
				n--
			}
			n-- // "X (XY), a group that"
		}
		m := d.mentionAt(n)
		if m == nil || m.ent == nil || m.e != n+1 || m.ent.typ == schema.Person {
			return nil
		}
		return m.ent
	}
	return nil
}
