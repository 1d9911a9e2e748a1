// A release that names a person in full often gives in parentheses the
// short form it uses from then on: "is sanctioning Ana Quispe Vilca
// (Quispe)". A body is shortened by its initials ("(DEA)"); a person by
// words of the name, so a parenthesis that repeats them marks a person.

package extract

// parenShortName returns the end of the parenthesis right after the name
// run [s, e) when it holds one or two words of the run, not all of them
// and no acronym ("Ana Quispe Vilca (Quispe)", "(Ana Quispe)"); else e.
func (d *doc) parenShortName(s, e int) int {
	if e-s < 2 || e+2 >= len(d.toks) || d.toks[e].key != "(" || d.toks[e].sent != d.toks[s].sent {
		return e
	}
	c := e + 1
	for c < len(d.toks) && c < e+4 && d.toks[c].key != ")" {
		c++
	}
	n := c - (e + 1)
	if c >= len(d.toks) || d.toks[c].key != ")" || n == 0 || n > 2 || n >= e-s {
		return e
	}
	for k := e + 1; k < c; k++ {
		t := d.toks[k]
		if t.kind != tWord || !t.cap || t.upper && t.letters >= 2 {
			return e
		}
		in := false
		for j := s; j < e; j++ {
			in = in || d.toks[j].key == t.key
		}
		if !in {
			return e
		}
	}
	return c + 1
}
