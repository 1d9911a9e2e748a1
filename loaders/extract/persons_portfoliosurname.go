package extract

import "github.com/newsgraph/newsgraph/schema"

// portfolioSurname reports whether the one-word run [s, e) is the surname
// of the holder of a title written with its portfolio in capitals just
// before it, placed by the country that follows: "Minister of Government
// Vidal of Peru", "Secretary of Security Arce of Bolivia". The word must
// not end the portfolio itself ("Secretary for Western Hemispheric
// affairs"): the text never writes it in lower case.
func (d *doc) portfolioSurname(s, e int) bool {
	if e-s != 1 || e+1 >= len(d.toks) || d.toks[s].letters < 3 || d.toks[e].key != "of" || !d.longTitleBefore(s) {
		return false
	}
	if m := d.mentionAt(e + 1); m == nil || !(m.ent != nil && m.ent.typ == schema.Government || m.gaz != nil && m.gaz.typ == schema.Government) {
		return false
	}
	for _, t := range d.toks {
		if t.key == d.toks[s].key && !t.cap {
			return false
		}
	}
	return true
}
