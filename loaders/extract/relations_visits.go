package extract

import "github.com/newsgraph/newsgraph/schema"

// visitForms are the forms of "visit", whose object is a place: "X
// visited Honduras" reads as a meeting with its state (directVerbs).
var visitForms = set("visit", "visits", "visited", "visiting")

// dropVisitedPlaces removes the meeting a visit states with the state or
// body visited once the text names people the visitor met: "X visited A
// and B this week and met with President Y" is a meeting with Y, the
// visit its setting; a visit whose hosts go unnamed ("visited A and held
// meetings with top leaders") stays a meeting with A.
func (d *doc) dropVisitedPlaces() {
	metPerson := map[*entity]bool{}
	for _, m := range d.meets {
		if m.a.typ == schema.Person && m.b.typ == schema.Person {
			metPerson[m.a], metPerson[m.b] = true, true
		}
	}
	drop := map[string]bool{}
	for _, m := range d.meets {
		if m.at < 0 || m.at >= len(d.toks) || !visitForms[d.toks[m.at].key] {
			continue
		}
		if m.a.typ == schema.Person && m.b.typ != schema.Person && metPerson[m.a] {
			drop[m.a.name+"|"+m.b.name] = true
		}
	}
	if len(drop) == 0 {
		return
	}
	out := d.rels[:0]
	for _, r := range d.rels {
		if r.Predicate == "metWith" && drop[r.Subject+"|"+r.Object] {
			continue
		}
		out = append(out, r)
	}
	d.rels = out
}
