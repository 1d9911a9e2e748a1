// A person said to be a member of a group with a copula, the group
// described before its name: "He is a known member of the brutal X gang".

package extract

import "github.com/newsgraph/newsgraph/schema"

// adjectivesBeforeGroup returns the token after up to three plain
// adjectives starting at k when a group's name follows them ("the
// brutal X gang", "the notorious Y cartel"), else k.
func (d *doc) adjectivesBeforeGroup(k int) int {
	for j := k; j < len(d.toks) && j < k+3 && d.plainAdjective(j); j++ {
		if m := d.mentionAt(j + 1); m != nil && m.s == j+1 {
			if m.ent != nil && m.ent.typ == schema.Cartel {
				return j + 1
			}
			return k
		}
	}
	return k
}

// pronounSubjectBefore reports whether a personal pronoun ("he", "she")
// is the subject of the clause of token i in sentence sent, before i: the
// member it describes is then the person named before, not one after.
func (d *doc) pronounSubjectBefore(i, sent int) bool {
	for k := i - 1; k >= 0 && d.toks[k].sent == sent && k > i-8; k-- {
		if key := d.toks[k].key; key == "he" || key == "she" {
			return true
		}
		if d.mentionAt(k) != nil {
			return false
		}
	}
	return false
}
