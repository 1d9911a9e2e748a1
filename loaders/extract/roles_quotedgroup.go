// A criminal group's name in quotation marks after a title's preposition:
// "a member of the “X” criminal gang", "a leader of “X”".

package extract

import "github.com/newsgraph/newsgraph/schema"

// pastQuoteBeforeGroup returns the token after an opening quotation mark
// at k when a criminal group's name starts right after it (news copy often
// quotes a gang's or a clique's name: "a member of the “X” criminal
// gang"), else k. Only a group's name is read through the mark: a quoted
// title or phrase names no body.
func (d *doc) pastQuoteBeforeGroup(k int) int {
	if k+1 >= len(d.toks) || d.toks[k].kind != tQuote || d.toks[k+1].sent != d.toks[k].sent {
		return k
	}
	if m := d.mentionAt(k + 1); m != nil && m.s == k+1 && m.ent != nil && m.ent.typ == schema.Cartel {
		return k + 1
	}
	return k
}
