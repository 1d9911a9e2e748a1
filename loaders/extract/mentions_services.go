// An armed service written before an officer's rank ("Navy Adm. X", "U.S.
// Army Lt. Gen. Y") says which branch the rank is in; a story that names
// the service only so is not about the service.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// armedService reports whether a body's name is an armed service's: "U.S.
// Navy", "Air Force", "Marine Corps".
func armedService(name string) bool {
	w := strings.Fields(fold(name))
	n := len(w)
	return n > 0 && (rankServices[w[n-1]] && w[n-1] != "air" || n > 1 && w[n-2] == "marine" && w[n-1] == "corps")
}

// rankPrefix reports whether mention m stands right before a rank that a
// person's name follows: "Navy" in "Navy Rear Adm. X", "Army" in "Army
// Sgt. 1st Class X".
func (d *doc) rankPrefix(m *mention) bool {
	k := m.e
	for k < len(d.toks) && d.toks[k].sent == d.toks[m.s].sent && d.at[k] == 0 &&
		(militaryRanks[d.toks[k].key] || rankModifiers[d.toks[k].key] || d.rankClass(k) || d.rankClass(k+1)) && d.toks[k].key != "commander" {
		k++
	}
	if k == m.e {
		return false
	}
	n := d.mentionAt(k)
	return n != nil && n.s == k && n.ent != nil && n.ent.typ == schema.Person
}

// rankPrefixOnly returns the armed services every mention of which only
// prefixes an officer's rank, and that no role or relation names.
func (d *doc) rankPrefixOnly() map[*entity]bool {
	prefix, other := map[*entity]bool{}, map[*entity]bool{}
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Agency || !armedService(m.ent.name) {
			continue
		}
		if d.rankPrefix(m) {
			prefix[m.ent] = true
		} else {
			other[m.ent] = true
		}
	}
	return d.unreferencedOnly(prefix, other)
}

// unreferencedOnly returns the entities of only that are neither in other
// (mentioned some other way too) nor the org of a role or a side of a
// relation: the entities a text mentions only in one form that names no
// body of its own (a rank's service, a secretary's portfolio). It
// deletes the others from only; nil when each is also mentioned otherwise.
func (d *doc) unreferencedOnly(only, other map[*entity]bool) map[*entity]bool {
	for e := range only {
		if other[e] {
			delete(only, e)
		}
	}
	if len(only) == 0 {
		return nil
	}
	named := map[string]bool{}
	for _, r := range d.roles {
		named[fold(r.Org)] = true
	}
	for _, r := range d.rels {
		named[fold(r.Subject)], named[fold(r.Object)] = true, true
	}
	for e := range only {
		if named[fold(e.name)] {
			delete(only, e)
		}
	}
	return only
}

// pastTitleBeforeService moves the start s of a name whose head at token i
// is an armed service's word past a title written before it: "Pentagon
// Press Secretary Navy Rear Adm. X" names the Navy, the title is X's.
func (d *doc) pastTitleBeforeService(s, i int) int {
	if !rankServices[d.toks[i].key] && !(d.toks[i].key == "corps" && i > 0 && d.toks[i-1].key == "marine") {
		return s
	}
	for k := i - 1; k >= s; k-- {
		if titleHeads[d.toks[k].key] && d.toks[k].cap && d.toks[k+1].key != "of" && d.toks[k+1].key != "'s" {
			return k + 1
		}
	}
	return s
}
