package extract

// shoutedFullName returns the full name, in ordinary case, that a line in
// capitals outside the turn label [s, e) gives the label's one name word:
// a known given name right before it ("PRESS BRIEFING BY NED PRICE" for
// "MR. PRICE:"); "" when no such line names it.
func (d *doc) shoutedFullName(s, e int) string {
	key := d.toks[e-1].key
	for k := 1; k < len(d.toks); k++ {
		if k >= s && k < e || d.toks[k].key != key || !d.toks[k].upper || d.paraLabel(d.paraStart(k)) >= 0 {
			continue
		}
		g := d.toks[k-1]
		if g.upper && g.kind == tWord && g.letters >= 2 && !d.toks[k].brk && d.g.given[g.key] != 0 && g.para == d.toks[k].para {
			return titleWord(d.surface(k-1, k)) + " " + titleWord(d.surface(k, k+1))
		}
	}
	return ""
}
