// "The X, led by Sen. A and Sen. B": two co-leaders, neither the sole
// leader the led-by reading gives (roles_clauses.go).

package extract

import "github.com/newsgraph/newsgraph/schema"

// coLeaderAfter reports whether "and" and another person's name, after
// titles, follow token e: "led by Sen. A and Sen. B" names two co-leaders
// and no post of either, so neither is read as the body's sole leader.
func (d *doc) coLeaderAfter(e int) bool {
	if e >= len(d.toks) || d.toks[e].key != "and" {
		return false
	}
	j := e + 1
	for j < len(d.toks) && j < e+6 && d.at[j] == 0 && d.isTitleTok(j) {
		j++
	}
	pm := d.mentionAt(j)
	return pm != nil && pm.ent != nil && pm.ent.typ == schema.Person && pm.s == j
}
