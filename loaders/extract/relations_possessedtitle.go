package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// A title owned by a body referred to by a definite noun, with its holder
// set off after it, names the holder: in "met with the division's
// commander, Gen. X" the one met is X, not the division the noun refers
// back to.

// possessedTitleHolder returns the person named after a title that the
// noun at token h owns ("division" in "the division's commander, Gen.
// X", "the ministry's new director X"): the title is a few title words
// after "'s", then the name, over a comma and capitalised rank words; nil
// otherwise.
func (d *doc) possessedTitleHolder(h, sent int) *entity {
	j := h + 1
	if j+1 >= len(d.toks) || d.toks[j].key != "'s" || d.toks[j].sent != sent {
		return nil
	}
	j++
	head := false
	for ; j < len(d.toks) && d.toks[j].sent == sent && j < h+8 && d.mentionAt(j) == nil; j++ {
		key := d.toks[j].key
		if titleHeads[key] {
			head = true
			continue
		}
		if titleMods[key] || key == "new" || key == "top" || key == "senior" {
			continue
		}
		break
	}
	if !head {
		return nil
	}
	if j < len(d.toks) && d.toks[j].key == "," {
		j++
	}
	for ; j < len(d.toks) && d.toks[j].sent == sent && j < h+14; j++ {
		if m := d.mentionAt(j); m != nil {
			if m.s == j && m.ent != nil && m.ent.typ == schema.Person {
				return m.ent
			}
			return nil
		}
		t := d.toks[j]
		if t.kind != tWord || !t.cap && !titleHeads[t.key] && !strings.HasSuffix(t.key, ".") {
			return nil // the title is not followed by its holder's name
		}
	}
	return nil
}

// appositiveTitleHolder returns the mention of the person whose title, set
// off by commas after the name, ends in the body of mention m: in "A,
// Commander of B (C), and D met E" the item before "and D" is A, not B.
// It returns nil when m is no such body.
func (d *doc) appositiveTitleHolder(m *mention, sent int) *mention {
	if m == nil || m.ent == nil || m.ent.typ == schema.Person {
		return nil
	}
	t, ok := d.titleOf(m)
	if !ok {
		return nil
	}
	j := t - 1
	for j >= 0 && d.toks[j].sent == sent && j > t-4 && d.mentionAt(j) == nil && (titleMods[d.toks[j].key] || d.toks[j].key == "the") {
		j--
	}
	if j < 1 || d.toks[j].key != "," {
		return nil
	}
	if p := d.mentionAt(j - 1); p != nil && p.ent != nil && p.ent.typ == schema.Person {
		return p
	}
	return nil
}
