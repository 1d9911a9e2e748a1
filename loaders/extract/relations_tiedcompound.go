// A group's name in a compound that ties a person to it: "X, a Y
// Cartel-affiliated trafficker", "a Y-linked money launderer".

package extract

// tieParticiples make a compound with a group's name that ties the noun
// after them to the group.
var tieParticiples = set("affiliated", "linked", "aligned", "connected", "tied")

// tiedCompound reports whether the name ending before token e makes a
// compound with a tie participle ("-affiliated", "-linked") that goes on
// to a lower-case noun for a person ("trafficker", "gang member").
func (d *doc) tiedCompound(e int) bool {
	if e+2 >= len(d.toks) || d.toks[e].key != "-" || d.toks[e].space || !tieParticiples[d.toks[e+1].key] {
		return false
	}
	n := d.toks[e+2]
	return n.kind == tWord && !n.cap && d.mentionAt(e+2) == nil && relCues[n.key] == nil
}
