// A ministry's desk for a region of the world, written as a capitalised
// unit: "Head of the Unit for North America". Diplomats list such posts in
// their titles; the desk is no body of its own.

package extract

// regionWords name the parts of a region of the world: a continent, a
// compass point, a sea ("North America", "Central America", "the
// Caribbean", "Southeast Asia").
var regionWords = set("america", "americas", "europe", "asia", "africa", "oceania", "caribbean", "north", "south",
	"east", "west", "central", "latin", "southeast", "northeast", "middle", "western", "eastern", "northern",
	"southern", "pacific", "atlantic", "andean")

// deskHeads are the nouns of a ministry's desk for a region: "Unit for
// North America".
var deskHeads = set("unit", "desk")

// regionDesk reports whether the name [s, e) with its head at i is a desk
// for a region: the head opens the name and "for" and the region's words
// follow it, nothing else.
func (d *doc) regionDesk(s, i, e int) bool {
	if s != i || !deskHeads[d.toks[i].key] || i+2 >= e || d.toks[i+1].key != "for" {
		return false
	}
	for k := i + 2; k < e; k++ {
		if !regionWords[d.toks[k].key] && d.toks[k].key != "the" {
			return false
		}
	}
	return true
}
