package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/schema"
)

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
	d.rels = slices.DeleteFunc(d.rels, func(r schema.Relation) bool {
		return r.Predicate == "metWith" && drop[r.Subject+"|"+r.Object]
	})
}

// servesState reports whether person p holds an office of state g: p's
// own country, or a role at g or at one of g's agencies.
func (d *doc) servesState(p, g *entity) bool {
	if p.country != "" && fold(p.country) == fold(g.name) {
		return true
	}
	for _, r := range d.roles {
		if r.Person != p.name || r.Former {
			continue
		}
		if fold(r.Org) == fold(g.name) {
			return true
		}
		if e := d.ents[string(schema.Agency)+"|"+fold(r.Org)]; e != nil && e.country != "" && fold(e.country) == fold(g.name) {
			return true
		}
	}
	return false
}

// dropStatesMetInPerson removes a person's meeting with a state once the
// text names an official of that state the person met: "X met with
// Colombia's defense minister … X met with Defense Minister Y" is a
// meeting with Y; "the Meeting with President-elect Y of Venezuela" is
// one with Y. A state's officials left unnamed ("met with ministers from
// A and B") leave the meeting with the state.
func (d *doc) dropStatesMetInPerson() {
	drop := map[string]bool{}
	for _, m := range d.meets {
		for _, pair := range [2][2]*entity{{m.a, m.b}, {m.b, m.a}} {
			p, g := pair[0], pair[1]
			if p.typ != schema.Person || g.typ != schema.Government {
				continue
			}
			for _, o := range d.meets {
				var q *entity
				switch {
				case o.a == p:
					q = o.b
				case o.b == p:
					q = o.a
				}
				if q != nil && q.typ == schema.Person && d.servesState(q, g) {
					drop[p.name+"|"+g.name] = true
				}
			}
		}
	}
	d.dropMeetings(drop)
}

// dropCompanions removes the meeting "X joined Y" states when X and Y
// serve the same state: an official joining the ambassador of their own
// country keeps company with them ("X joined President A and U.S.
// Ambassador B": X met A, not B).
func (d *doc) dropCompanions() {
	drop := map[string]bool{}
	for _, m := range d.meets {
		if m.at < 0 || m.at >= len(d.toks) || !joinForms[d.toks[m.at].key] || m.a.typ != schema.Person || m.b.typ != schema.Person {
			continue
		}
		for _, g := range d.entList {
			if g.typ == schema.Government && d.servesState(m.a, g) && d.servesState(m.b, g) {
				drop[m.a.name+"|"+m.b.name] = true
			}
		}
	}
	d.dropMeetings(drop)
}

// dropMeetings removes the metWith relations between the pairs in drop
// ("a|b", either way round).
func (d *doc) dropMeetings(drop map[string]bool) {
	if len(drop) == 0 {
		return
	}
	d.rels = slices.DeleteFunc(d.rels, func(r schema.Relation) bool {
		return r.Predicate == "metWith" && (drop[r.Subject+"|"+r.Object] || drop[r.Object+"|"+r.Subject])
	})
}

// visitedSites removes from a visit's objects, read from token end, what
// is a site toured rather than a host met: a body ("visited the national
// police academy") and a state named only as the owner of
// the site ("visited Chile's Santiago prison").
func (d *doc) visitedSites(objs []*entity, end, sent int) []*entity {
	owners := map[*entity]bool{}
	for k := end; k < len(d.toks) && d.toks[k].sent == sent && k < end+12; k++ {
		if m := d.mentionAt(k); m != nil {
			if m.ent != nil && m.e < len(d.toks) && d.toks[m.e].key == "'s" {
				owners[m.ent] = true
			}
			k = m.e - 1
		}
	}
	return slices.DeleteFunc(objs, func(o *entity) bool { return o.typ == schema.Agency || owners[o] })
}
