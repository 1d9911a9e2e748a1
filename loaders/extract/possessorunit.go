// A unit named with its parent body's possessive ("the Criminal Division's
// Office of International Affairs") is a body of its own: the parent is
// named only as the unit's owner there, so it is neither the body of a
// title read from the unit's phrase nor the agency the article is about.

package extract

import "github.com/newsgraph/newsgraph/schema"

// ownedUnitMention is the agency or organisation mention right after the
// mention om and its "'s" ("the Criminal Division's Office of X", "the
// Bureau's (ABC) Field Office"); nil when om names no unit so.
func (d *doc) ownedUnitMention(om *mention) *mention {
	if om == nil || om.ent == nil || om.e+1 >= len(d.toks) || d.toks[om.e].key != "'s" {
		return nil
	}
	u := om.e + 1
	if c := d.parenEnd(u); c > 0 && c == u+2 {
		u = c + 1
	}
	if m := d.mentionAt(u); m != nil && m.ent != nil && m.s == u && (m.ent.typ == schema.Agency || m.ent.typ == schema.Organization) {
		return m
	}
	return nil
}

// ownerMentions counts the mentions of e that only name the owner of a
// unit named after them: 2 for the Criminal Division in "the Criminal
// Division's Office of X and the Criminal Division's Y Section".
func (d *doc) ownerMentions(e *entity) int {
	n := 0
	for _, m := range d.ments {
		if m.ent == e && d.ownedUnitMention(m) != nil {
			n++
		}
	}
	return n
}

// ownedByOther reports whether the unit u is named somewhere with the
// possessive of a body other than a ("the Criminal Division's Office of
// X" where a is the ABC of "the ABC Office of X").
func (d *doc) ownedByOther(u, a *entity) bool {
	for _, m := range d.ments {
		if m.ent == a {
			continue
		}
		if um := d.ownedUnitMention(m); um != nil && um.ent == u {
			return true
		}
	}
	return false
}
