// People "in" a body, met as the body.

package extract

// colleagueNouns are the plural nouns for the people a meeting's partner
// body is made of: "our partners in the Mexican government".
var colleagueNouns = set("partners", "colleagues", "counterparts", "friends", "officials", "leaders",
	"representatives", "ministers", "authorities")

// peopleOfBody reports whether "in" at token k, in the partners of a
// meeting or a negotiation, follows a plural noun for people: "met with
// our partners and colleagues in the Mexican government" names the body
// they belong to, not a place, and meeting them is meeting the body.
func (d *doc) peopleOfBody(k int, pred string) bool {
	return (pred == "metWith" || pred == "negotiatesWith") && d.toks[k].key == "in" && k > 0 && colleagueNouns[d.toks[k-1].key]
}
