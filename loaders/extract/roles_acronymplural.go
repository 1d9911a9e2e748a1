// A plural title after an agency's acronym opens a list of its officers:
// "PNC officers A, B, and C", as "National Police officers A and B" does.

package extract

import "github.com/newsgraph/newsgraph/schema"

// acronymAgencyBefore reports whether an agency's mention written in
// capitals ("PNC") ends right before token k.
func (d *doc) acronymAgencyBefore(k int) bool {
	if k < 1 || d.at[k-1] == 0 || !d.toks[k-1].upper || d.toks[k-1].sent != d.toks[k].sent {
		return false
	}
	m := d.mentionAt(k - 1)
	return m != nil && m.e == k && m.ent != nil && m.ent.typ == schema.Agency
}
