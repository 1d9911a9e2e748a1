package extract

// A body's remit is often two regions joined by "and the": "Bureau for
// Latin America and the Caribbean", "Regional Office for Central America
// and the Caribbean", "Division of Europe and the Middle East". The
// lower-case "the" would end the name's capitalised run; a second region
// after it belongs to the name.

// regionPairEnd returns the end of a body's complement that runs over
// [cs, j) when those words are exactly one region the gazetteer knows and
// "and the" with a second known region follows; otherwise j.
func (d *doc) regionPairEnd(cs, j int) int {
	if !d.regionAt(cs, j) || j+2 >= len(d.toks) || d.toks[j].key != "and" || d.toks[j+1].key != "the" ||
		d.toks[j+1].cap || d.toks[j+1].brk {
		return j
	}
	_, n := d.g.lookup(d.toks, j+2)
	e := j + 2 + n
	if n == 0 || !d.regionAt(j+2, e) || e < len(d.toks) && d.capWord(e) && !d.toks[e].brk && !d.personAfterBody(j+2, e) {
		return j // "… and the Caribbean Coast Guard": another name; a title or a person may follow
	}
	return e
}

// regionAt reports whether tokens [s, e) are one region the gazetteer
// lists among the names that are no entity ("Latin America", "Middle
// East"), not a month or a day.
func (d *doc) regionAt(s, e int) bool {
	if e <= s || d.toks[s].brk {
		return false
	}
	ps, n := d.g.lookup(d.toks, s)
	if n != e-s || len(ps) == 0 || ps[0].kind != kIgnore {
		return false
	}
	for k := s; k < e; k++ {
		if calendarWords[d.toks[k].key] || !d.toks[k].cap {
			return false
		}
	}
	return true
}
