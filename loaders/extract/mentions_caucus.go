// A caucus of legislators ("Congressional Hispanic Caucus", "Senate Caucus
// on International Narcotics Control") is a body of its own: an
// organisation of members, a part of the chamber when its name holds the
// chamber ("Senate …", "the Senate's Ruritania Caucus").

package extract

// chamberWords name a chamber of a legislature inside a caucus's name.
var chamberWords = set("senate", "house", "senate's", "house's")

// isCaucus reports whether the head at token i is "Caucus".
func (d *doc) isCaucus(i int) bool {
	return d.toks[i].key == "caucus" && d.toks[i].cap
}

// chamberCaucus reports whether the caucus named from s to its head at i
// belongs to a chamber: a chamber's word opens the name or, as a
// possessive, stands right before it ("the Senate's X Caucus").
func (d *doc) chamberCaucus(s, i int) bool {
	for k := s; k < i; k++ {
		if chamberWords[d.toks[k].key] && d.toks[k].cap {
			return true
		}
	}
	for k := s - 1; k >= 0 && k >= s-2; k-- {
		if t := d.toks[k]; t.key == "'s" || t.key == "’s" || t.key == "'" || t.key == "’" {
			continue
		}
		return chamberWords[d.toks[k].key] && d.toks[k].cap
	}
	return false
}

// caucusJoins are the words before "the" that make the caucus after them
// one a member joins or holds a seat in: "a co-chair of the X Caucus",
// "has joined the Y Caucus".
var caucusJoins = set("of", "joined", "joins", "join")

// legislativeCaucus reports whether the caucus named from s to its head
// at i is one of legislators: its name holds a chamber or "Congressional",
// or a member's seat or joining is written before it ("co-chair of the X
// Caucus", "joined the Y Caucus") in a text that names a member of the US
// Congress.
func (d *doc) legislativeCaucus(s, i int) bool {
	if d.chamberCaucus(s, i) || d.toks[s].key == "congressional" && d.toks[s].cap {
		return true
	}
	return s >= 2 && d.toks[s-1].key == "the" && !d.toks[s-1].cap && caucusJoins[d.toks[s-2].key] && d.namesUSLegislator()
}
