package extract

// ownStateAfter extends a known agency's name ending at token e over "of
// [the] STATE" when STATE is the government the agency belongs to ("the
// State Department of the United States"): the state named after it is
// the agency's own, and the whole is the agency's name. It returns the
// new end, or e.
func (d *doc) ownStateAfter(e int, country string) int {
	if country == "" || e+1 >= len(d.toks) || d.toks[e].key != "of" || d.toks[e].brk {
		return e
	}
	j := e + 1
	if d.toks[j].key == "the" && j+1 < len(d.toks) {
		j++
	}
	c, n := d.countryAt(j)
	if c != country || d.toks[j].sent != d.toks[e].sent {
		return e
	}
	if k := j + n; k < len(d.toks) && d.capWord(k) && !d.toks[k].brk && d.toks[k].sent == d.toks[e].sent {
		return e // "… of the United States Southern Command": another name goes on
	}
	return j + n
}
