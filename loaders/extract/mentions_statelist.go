// A country's name that is also a US state's ("Georgia") names the state
// when it is listed with other states: "bought in Florida, Georgia and
// Texas".

package extract

import "github.com/newsgraph/newsgraph/schema"

// stateListed reports whether the one word at i, a US state's name, is
// joined by a comma, "and" or "or" to another US state's name that is no
// country's ("Florida and Georgia", "Georgia, North Carolina").
func (d *doc) stateListed(i int) bool {
	if !usStates[d.toks[i].key] {
		return false
	}
	for _, dir := range []int{-1, 1} {
		k := i + dir
		for n := 0; n < 2 && k >= 0 && k < len(d.toks) && (d.toks[k].key == "," || d.toks[k].key == "and" || d.toks[k].key == "or"); n++ {
			k += dir
		}
		if k == i+dir || k < 0 || k >= len(d.toks) || d.toks[k].sent != d.toks[i].sent || !d.toks[k].cap {
			continue
		}
		s, e := k, k+1
		if dir > 0 && e < len(d.toks) && usStates[d.toks[k].key+" "+d.toks[e].key] {
			e++ // "Georgia and North Carolina"
		} else if dir < 0 && k > 0 && usStates[d.toks[k-1].key+" "+d.toks[k].key] {
			s-- // "North Carolina and Georgia"
		}
		if e-s == 1 && !usStates[d.toks[k].key] {
			continue
		}
		if ps, n := d.g.lookup(d.toks, s); n == e-s && len(ps) > 0 && ps[0].kind == kEntity && ps[0].entry.typ == schema.Government {
			continue // "Mexico and Georgia": a country beside it
		}
		return true
	}
	return false
}
