// A leadership role stated with a possessive pronoun: "Their leadership
// roles in the X organization have grown", "his leadership of the Y gang".

package extract

import "github.com/newsgraph/newsgraph/schema"

// leadershipNouns state that their possessor leads a group.
var leadershipNouns = set("leadership")

// leadershipRoles reads "his/her/their leadership (role) in/of/within X",
// X a criminal group: the people the pronoun refers to lead X. "his" and
// "her" resolve to the person named last before; "their" to the two or
// more people the sentence before names, when its own sentence names no
// one before it.
func (d *doc) leadershipRoles(add func(*entity, string, *entity, int)) {
	for k := 1; k+2 < len(d.toks); k++ {
		if !leadershipNouns[d.toks[k].key] || d.inQuote[k] {
			continue
		}
		sent := d.toks[k].sent
		j := k + 1
		if key := d.toks[j].key; key == "role" || key == "roles" || key == "position" || key == "positions" {
			j++
		}
		if j+1 >= len(d.toks) || d.toks[j].key != "in" && d.toks[j].key != "of" && d.toks[j].key != "within" {
			continue
		}
		j++
		if d.toks[j].key == "the" {
			j++
		}
		o := d.mentionAt(j)
		if o == nil || o.s != j || o.ent == nil || o.ent.typ != schema.Cartel || d.toks[j].sent != sent {
			continue
		}
		var people []*entity
		switch p := d.toks[k-1].key; p {
		case "his", "her":
			g := byte('m')
			if p == "her" {
				g = 'f'
			}
			if e := d.resolvePronoun(k-1, g); e != nil && e.typ == schema.Person {
				people = []*entity{e}
			}
		case "their":
			people = d.peopleOfSentenceBefore(k - 1)
		}
		for _, e := range people {
			add(e, "leads", o.ent, k)
		}
	}
}

// peopleOfSentenceBefore returns the people named in the sentence before
// token i's, when there are two or more and i's sentence names no one
// before i; else nil.
func (d *doc) peopleOfSentenceBefore(i int) []*entity {
	sent := d.toks[i].sent
	k := i - 1
	for ; k >= 0 && d.toks[k].sent == sent; k-- {
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			return nil
		}
	}
	var out []*entity
	seen := map[*entity]bool{}
	for ; k >= 0 && d.toks[k].sent == sent-1; k-- {
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person && !seen[m.ent] {
			seen[m.ent] = true
			out = append(out, m.ent)
			k = m.s
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
