// A lead that names a member of a group before the person: "ICE removed a
// documented member of the transnational criminal gang Mara Salvatrucha
// (MS-13) … Melvin Antonio Delgado, 35, was removed": Delgado is the member.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// leadSentences is how many sentences from the text's start may hold the
// unnamed member of a lead.
const leadSentences = 4

// leadMemberReach is how many sentences after a lead's unnamed member its
// person may be named: a release's announcing officials and a quoted
// statement often stand between.
const leadMemberReach = 14

// leadMembers reads the first unnamed member of a group in the text's head
// ("a member of X", "a X gang member", headline "X cartel member") as the
// first person named after it who holds no office: that person is a
// member of X. A counted plural ("four X members", "Two members of X")
// stands for that many people, the first named after it without an
// office. The sentence must name no person itself.
func (d *doc) leadMembers(add func(*entity, string, *entity, int)) {
	for i := 1; i+1 < len(d.toks) && d.toks[i].sent < leadSentences; i++ {
		if d.toks[i].key != "member" && d.toks[i].key != "members" || d.inQuote[i] {
			continue
		}
		g := d.leadMemberGroup(i)
		if g == nil {
			continue
		}
		n := 1
		if d.toks[i].key == "members" {
			if n = d.leadMemberCount(i, g); n < 2 {
				continue
			}
		}
		sent := d.toks[i].sent
		named := false
		for k := i; k >= 0 && d.toks[k].sent == sent; k-- {
			if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person {
				named = true
			}
		}
		for k := i + 1; !named && k < len(d.toks) && d.toks[k].sent == sent; k++ {
			if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person {
				named = true
			}
		}
		if named || d.pronounSubjectBefore(i, sent) {
			return // "He is a known member of X": the person named before
		}
		var out []*entity
		for k := i + 1; len(out) < n && k < len(d.toks) && d.toks[k].sent <= sent+leadMemberReach; k++ {
			m := d.mentionAt(k)
			if m == nil || m.ent == nil || m.ent.typ != schema.Person || d.toks[k].sent == sent {
				continue
			}
			if holdsOffice(m.ent) || placeNamed(m.ent) || m.s > 0 && leadMemberPlacePreps[d.toks[m.s-1].key] {
				k = m.e - 1 // an official: "spokesman Richard Boucher called the decision"
				continue
			}
			if !containsEnt(out, m.ent) {
				out = append(out, m.ent)
			}
			k = m.e - 1
		}
		if len(out) == n {
			for _, p := range out {
				add(p, "memberOf", g, i)
			}
		}
		return
	}
}

// leadMemberPlacePreps before a name make it a place or a bystander, not
// the lead's member: "the state police in San Cirilo".
var leadMemberPlacePreps = set("in", "at", "near", "from", "to", "of", "by", "with", "against")

// leadMemberCount is the count before the plural "members" at token i of
// group g: "four X (gang) members", "Two members of X"; 0 when none.
func (d *doc) leadMemberCount(i int, g *entity) int {
	j := i - 1
	if j >= 0 && groupKindNouns[d.toks[j].key] {
		j--
	}
	if m := d.mentionAt(j); m != nil && m.ent == g {
		j = m.s - 1
	}
	if j < 0 || d.toks[j].sent != d.toks[i].sent {
		return 0
	}
	return cardinalWords[d.toks[j].key]
}

// leadMemberGroup is the group of the noun "member" at token i: "X (gang)
// member" or "member of (the) (Y's) (adjectives) (gang) X"; or nil.
func (d *doc) leadMemberGroup(i int) *entity {
	j := i - 1
	if j >= 0 && groupKindNouns[d.toks[j].key] {
		j--
	}
	if j >= 1 && d.toks[j].key == ")" {
		if m := d.mentionAt(j - 1); m != nil && m.ent != nil && m.ent.typ == schema.Cartel {
			return m.ent // "a Tren de Aragua (TdA) gang member": the alias names it too
		}
		for o := j - 1; o >= 0 && o > j-6; o-- {
			if d.toks[o].key == "(" {
				j = o - 1 // "a Tren de Aragua (TdA) gang member"
				break
			}
		}
	}
	if m := d.mentionAt(j); m != nil && m.ent != nil && m.ent.typ == schema.Cartel {
		return m.ent
	}
	if d.toks[i+1].key != "of" {
		return nil
	}
	for k := i + 2; k < len(d.toks) && k < i+10 && d.toks[k].sent == d.toks[i].sent; k++ {
		t := d.toks[k]
		if m := d.mentionAt(k); m != nil && m.ent != nil {
			if m.ent.typ == schema.Cartel {
				return m.ent
			}
			if m.ent.typ == schema.Government && m.e < len(d.toks) && d.toks[m.e].key == "'s" {
				k = m.e // "Colombia's notorious Medellin gang"
				continue
			}
			return nil
		}
		if t.key == "the" || t.key == "-" && !t.space || groupKindNouns[t.key] || d.plainAdjective(k) {
			continue
		}
		return nil
	}
	return nil
}

// placeNamed reports whether a name read as a person's ends in an
// administrative place noun ("Harlan Vale County"): a place misread.
func placeNamed(e *entity) bool {
	w := strings.Fields(strings.ToLower(e.name))
	return len(w) > 1 && adminPlaceNouns[w[len(w)-1]]
}

// holdsOffice reports whether a person has a role other than a member's.
func holdsOffice(e *entity) bool {
	for _, t := range e.roles {
		if w := strings.Fields(strings.ToLower(t)); len(w) > 0 && !groupMemberNouns[w[len(w)-1]] && w[len(w)-1] != "members" {
			return true
		}
	}
	return false
}
