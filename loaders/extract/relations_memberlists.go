// Members a group's plural member noun introduces in a list: "key X
// figures, including A and B", "members of the X gang, such as A".

package extract

import "github.com/newsgraph/newsgraph/schema"

// groupMemberPlurals are plural nouns for the rank and file of a criminal
// group: those its name may modify (namedGroupPluralNouns) and "figures",
// which opens a list only with "including" or "such as" ("key X figures,
// including A").
var groupMemberPlurals = union(namedGroupPluralNouns, set("figures"))

// groupTiedPlurals are plural nouns for people that a tie phrase binds to
// a group ("traffickers associated with the X").
var groupTiedPlurals = set("traffickers", "individuals", "persons")

// groupMemberLists reads each person listed after "including" or "such
// as" as a member of the named criminal group that modifies a plural
// member noun ("X figures") or follows it with "of" ("members of the X"),
// when only unnamed lower-case words stand between the noun and the list
// (roles_groupleaders.go reads leaders the same way). A plural noun for
// people tied to the group ("traffickers associated with X in Y:") takes
// the items of a colon list that each open with a name.
func (d *doc) groupMemberLists(add func(*entity, string, *entity, int)) {
	for i, t := range d.toks {
		if t.cap || d.inQuote[i] || d.mentionAt(i) != nil {
			continue
		}
		var org *entity
		var ps []*entity
		switch {
		case groupMemberPlurals[t.key]:
			org = d.leaderGroupBefore(i)
			after := i + 1
			if org == nil {
				org, after = d.groupAfterOf(i)
			}
			if org != nil {
				ps = d.personList(d.listOpening(after, t.sent), t.sent)
			}
		case groupTiedPlurals[t.key]:
			var after int
			if org, after = d.groupAfterTie(i); org != nil {
				ps = d.colonItems(after, t.sent)
			}
		}
		for _, p := range ps {
			add(p, "memberOf", org, i)
		}
	}
}

// groupAfterTie is the criminal group named after "associated with",
// "affiliated with", "linked to" or "tied to" (the) following token i,
// with the token after it; nil when none.
func (d *doc) groupAfterTie(i int) (*entity, int) {
	k := i + 1
	if k+2 >= len(d.toks) {
		return nil, 0
	}
	switch d.toks[k].key + " " + d.toks[k+1].key {
	case "associated with", "affiliated with", "linked to", "tied to":
	default:
		return nil, 0
	}
	if k += 2; d.toks[k].key == "the" {
		k++
	}
	m := d.mentionAt(k)
	if m == nil || m.s != k || m.ent == nil || m.ent.typ != schema.Cartel || d.toks[k].sent != d.toks[i].sent {
		return nil, 0
	}
	return m.ent, m.e
}

// colonItems are the people that open the items of a list after a colon
// at token k, or after "in" and a place and then the colon ("… in Mexico:
// A, known as “X,” …; B …"); items are split by semicolons and every item
// must open with a person, or there is no list.
func (d *doc) colonItems(k, sent int) []*entity {
	if k+2 < len(d.toks) && d.toks[k].key == "in" {
		if m := d.mentionAt(k + 1); m != nil && m.s == k+1 {
			k = m.e
		}
	}
	if k >= len(d.toks) || d.toks[k].key != ":" {
		return nil
	}
	var out []*entity
	for k++; k < len(d.toks) && d.toks[k].sent == sent; {
		if d.toks[k].key == "and" {
			k++
		}
		m := d.mentionAt(k)
		if m == nil || m.s != k || m.ent == nil || m.ent.typ != schema.Person {
			return nil // an item that names no one first: not a list of people
		}
		out = append(out, m.ent)
		for k = m.e; k < len(d.toks) && d.toks[k].sent == sent && d.toks[k].key != ";"; k++ {
		}
		if k >= len(d.toks) || d.toks[k].sent != sent {
			break
		}
		k++
	}
	return out
}
