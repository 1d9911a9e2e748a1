package extract

import "github.com/newsgraph/newsgraph/schema"

// capsPortfolioBeforeBody reads a portfolio in capitals after the "of" at
// token k, from token j (past "the"), that a comma and a body's name
// follow: "Chief of the Joint Staff, Ecuador Armed Forces", "Chief of
// Naval Operations, the Navy". It returns the comma, or -1. The words are
// capitalised ones no mention covers, joined by "of", "and" or "the".
func (d *doc) capsPortfolioBeforeBody(k, j int) int {
	if d.toks[k].key != "of" || j >= len(d.toks) {
		return -1
	}
	sent := d.toks[k].sent
	r := j
	for ; r < len(d.toks) && r < j+6 && d.toks[r].sent == sent && d.at[r] == 0 && !d.inQuote[r]; r++ {
		t := d.toks[r]
		if t.kind != tWord || !t.cap && t.key != "of" && t.key != "and" && t.key != "the" {
			break
		}
	}
	if r == j || r+1 >= len(d.toks) || d.toks[r].key != "," || !d.toks[r-1].cap {
		return -1
	}
	b := r + 1
	if d.toks[b].key == "the" {
		b++
	}
	m := d.mentionAt(b)
	if m == nil || m.s != b || m.ent == nil || m.ent.typ != schema.Agency && m.ent.typ != schema.Organization {
		return -1
	}
	return r
}
