// A conjunct of a coordinated subject may carry an apposition naming a
// relative of his: "A, the brother of the cartel's former leader B, and C
// operate …". The conjunct is A, not the relative the apposition names.

package extract

import "github.com/newsgraph/newsgraph/schema"

// kinAppositionBack reads a kin apposition ending at token j just before
// a coordinator ("the brother of former X leader B" in "A, the brother of
// former X leader B, and C"): a person B whose name ends at j, after "the"
// (or "a", a possessive) + relative noun + "of" and at most six words
// naming no other person, opened by a comma right after a person A. It
// returns A's last token, or j when no such apposition ends at j.
func (d *doc) kinAppositionBack(j, sent int) int {
	b := d.mentionAt(j)
	if b == nil || b.ent == nil || b.ent.typ != schema.Person || b.e != j+1 {
		return j
	}
	for k := b.s - 1; k > 3 && k >= b.s-7 && d.toks[k].sent == sent; k-- {
		if m := d.mentionAt(k); m != nil {
			if m.ent != nil && m.ent.typ == schema.Person {
				return j
			}
			k = m.s
			continue
		}
		if d.toks[k].key != "of" {
			if t := d.toks[k]; t.kind != tWord || actorStop[t.key] || apposedStops[t.key] || hasVerbCue(t.key) {
				return j
			}
			continue
		}
		n := k - 1
		if _, ok := kinNouns[d.toks[n].key]; !ok {
			continue // "former leader of": not yet the relative noun
		}
		n--
		if det := d.toks[n].key; det == "the" || det == "a" || det == "his" || det == "her" || det == "their" {
			n--
		}
		if n < 1 || d.toks[n].key != "," {
			return j
		}
		if a := d.mentionAt(n - 1); a != nil && a.ent != nil && a.ent.typ == schema.Person && a.e == n && a.ent != b.ent {
			return n - 1
		}
		return j
	}
	return j
}
