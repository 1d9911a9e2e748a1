// People a group's plural member noun introduces right after it: "two
// Golfo Cartel operatives, A and B", "MS-13 gang members A and B".

package extract

import "github.com/newsgraph/newsgraph/schema"

// namedGroupPluralNouns are the plural nouns for a group's rank and file
// that may come right after its name ("Gulf Cartel members"): those that
// follow a copula (pluralMemberNouns) and "lieutenants".
var namedGroupPluralNouns = union(pluralMemberNouns, set("lieutenants"))

// apposedListEnds may follow a list in apposition to a noun: its closing
// comma, the end of the sentence or a preposition ("operatives, A and B,
// on Tuesday").
var apposedListEnds = set(",", ".", ";", ")", "on", "in", "at", "to", "from", "for", "last", "this", "earlier")

// namedGroupPlurals reads the people listed right after a plural member
// noun that a criminal group's name modifies: "two X operatives, A and B"
// and "X gang members: A, B and C" (an apposition, which must close with a
// comma, a preposition or the end of the sentence), "X members A and B
// were arrested" (the noun's own names). Each is the group's member.
func (d *doc) namedGroupPlurals(add func(*entity, string, *entity, int)) {
	for i := 1; i+1 < len(d.toks); i++ {
		if !namedGroupPluralNouns[d.toks[i].key] || d.inQuote[i] {
			continue
		}
		g := i - 1
		if m := d.mentionAt(g); (m == nil || m.e != i) && groupKindNouns[d.toks[g].key] && g > 0 {
			g-- // "MS-13 gang members"
		}
		m := d.mentionAt(g)
		sent := d.toks[i].sent
		if m == nil || m.e != g+1 || m.ent == nil || m.ent.typ != schema.Cartel || d.toks[g].sent != sent {
			continue
		}
		k, apposed := i+1, false
		if key := d.toks[k].key; key == "," || key == ":" {
			k, apposed = k+1, true
		}
		ps := d.personList(k, sent)
		if len(ps) == 0 {
			continue
		}
		if apposed {
			end := d.mentionAt(k)
			for _, p := range ps[1:] {
				for j := end.e; j < len(d.toks); j++ {
					if q := d.mentionAt(j); q != nil && q.ent == p {
						end = q
						break
					}
				}
			}
			if end.e < len(d.toks) && d.toks[end.e].sent == sent && !apposedListEnds[d.toks[end.e].key] {
				continue // "X members, A said": not a list of members
			}
		}
		for _, p := range ps {
			add(p, "memberOf", m.ent, i)
		}
	}
}
