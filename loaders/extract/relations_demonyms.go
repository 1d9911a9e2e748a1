package extract

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
		if m == nil || m.ent != nil || m.class != mDemonym {
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
			if len(out) > 1 && k < len(d.toks) && (headNouns[d.toks[k].key] || d.toks[k].key == "governments") {
				return out // "… and Chilean authorities"
			}
			return nil
		}
	}
	return nil
}
