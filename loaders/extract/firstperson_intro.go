package extract

import "github.com/newsgraph/newsgraph/schema"

// A page of remarks may name its speaker in a line under the headline
// rather than in it: "Secretary X delivered the following remarks at a
// press conference in Y". The remarks that follow are X's own words.

// remarksVerbs deliver the remarks such a line announces.
var remarksVerbs = set("delivered", "made", "gave")

// remarksIntroSpeaker is the person a paragraph among the first three
// under the headline names as the one who "delivered the following
// remarks", or nil.
func (d *doc) remarksIntroSpeaker() *entity {
	for k := 0; k+3 < len(d.toks) && d.toks[k].para <= 3; k++ {
		if !remarksVerbs[d.toks[k].key] || d.toks[k].para == 0 || d.toks[k+1].key != "the" || d.toks[k+2].key != "following" || d.toks[k+3].key != "remarks" {
			continue
		}
		for j := d.paraStart(k); j < k; j++ {
			if m := d.mentionAt(j); m != nil && m.ent != nil {
				if m.ent.typ == schema.Person {
					return m.ent
				}
				j = m.e - 1
			}
		}
		return nil
	}
	return nil
}
