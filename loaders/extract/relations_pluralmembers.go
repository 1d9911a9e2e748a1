// People coordinated as the subject of a plural copula of membership:
// "A, B and C are members of the X cartel".

package extract

import "github.com/newsgraph/newsgraph/schema"

// pluralMemberNouns are plural nouns that, after a copula, make each
// subject a member of the group after "of" ("are associates of Y").
var pluralMemberNouns = set("members", "associates", "operatives", "affiliates")

// pluralCopulas join a coordinated subject to its plural member noun;
// pluralQuantifiers may follow them ("were both members of").
var (
	pluralCopulas     = set("are", "were")
	pluralQuantifiers = set("all", "both")
)

// pluralCopulaMembers reads "A, B, and C are (alleged) members of Y" and
// "A and B were both associates of Y": every person coordinated before the
// copula is a member of the group named after "of" (and of the group it is
// a part of: "Z, a clique of Y"). Only people count; an unnamed subject
// ("The defendants are members of Y") gives nothing here.
func (d *doc) pluralCopulaMembers(add func(*entity, string, *entity, int)) {
	for i := 2; i+2 < len(d.toks); i++ {
		if !pluralMemberNouns[d.toks[i].key] || d.toks[i+1].key != "of" || d.inQuote[i] {
			continue
		}
		j := i - 1
		for j > 0 && (memberMods[d.toks[j].key] || pluralQuantifiers[d.toks[j].key]) {
			j--
		}
		if !pluralCopulas[d.toks[j].key] {
			continue
		}
		sent := d.toks[i].sent
		subjs := d.actorsLeft(j, sent, "memberOf", sideSubj)
		if len(subjs) < 2 {
			continue // one person with a plural noun: no coordinated subject read
		}
		for _, o := range d.memberBodies(i+2, sent) {
			if o.typ != schema.Cartel && o.typ != schema.Organization {
				continue
			}
			for _, p := range subjs {
				if p.typ == schema.Person {
					add(p, "memberOf", o, i)
				}
			}
		}
	}
}
