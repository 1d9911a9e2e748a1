package extract

import "github.com/newsgraph/newsgraph/schema"

// demonymList reads coordinated demonyms before a plural head at token i
// ("the American and Mexican governments", "the Peruvian, Chilean and
// Bolivian authorities") as the governments they name, or nil.
func (d *doc) demonymList(i, sent int) []*entity {
	k := i
	if k < len(d.toks) && d.toks[k].key == "the" {
		k++
	}
	var out []*entity
	for ; k < len(d.toks) && d.toks[k].sent == sent && k < i+14; k++ {
		m := d.mentionAt(k)
		if m == nil || (m.ent != nil || m.class != mDemonym) && !d.govModifierInList(m) {
			break
		}
		g := d.govOf(m)
		if g == nil {
			return nil
		}
		out = append(out, g)
		k = m.e
		if k < len(d.toks) && d.toks[k].key == "," {
			k++
		}
		if k >= len(d.toks) || d.toks[k].key != "and" && d.toks[k].key != "," {
			for n := 0; n < 2 && k+1 < len(d.toks) && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentionAt(k) == nil &&
				!headNouns[d.toks[k].key] && d.toks[k].key != "governments"; n++ {
				k++ // "… and Chilean law enforcement authorities"
			}
			if len(out) > 1 && k < len(d.toks) && (headNouns[d.toks[k].key] || d.toks[k].key == "governments") {
				return out // "… and Chilean authorities"
			}
			return nil
		}
	}
	return nil
}

// govModifierInList reports whether mention m names a government and stands
// as a modifier before "and" in a list of demonyms ("U.S. and Peruvian
// authorities").
func (d *doc) govModifierInList(m *mention) bool {
	return m.ent != nil && m.ent.typ == schema.Government && m.e < len(d.toks) && d.toks[m.e].key == "and" &&
		!(m.s > 0 && d.toks[m.s-1].key == "the")
}
