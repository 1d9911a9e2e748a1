package extract

import "github.com/newsgraph/newsgraph/schema"

// placeNamedCartel reports whether the capitalised words from s to the
// lower-case head at i are a city's or region's name that names a cartel:
// "the Cali cartel", "a Medellín cartel member". A state's name or a
// demonym before "cartel" describes ("Mexican cartels"), it does not name.
func (d *doc) placeNamedCartel(s, i int) bool {
	if d.toks[i].key != "cartel" {
		return false
	}
	ps, n := d.g.lookup(d.toks, s)
	if n != i-s || len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		if p.kind != kIgnore {
			return false
		}
	}
	return true
}

// mergeSlashNames joins two armed groups written as one with a slash,
// "the Gulf Cartel/Cartel del Noreste network": one group, the second
// name its alias.
func (d *doc) mergeSlashNames() {
	for k, m := range d.ments {
		if k+1 >= len(d.ments) || m.ent == nil || m.ent.typ != schema.Cartel || m.e+1 >= len(d.toks) || d.toks[m.e].key != "/" {
			continue
		}
		n := d.ments[k+1]
		if n.s != m.e+1 || n.ent == nil || n.ent == m.ent || n.ent.typ != schema.Cartel || d.toks[m.e].space || d.toks[n.s].space {
			continue
		}
		from := n.ent
		m.ent.mentions += d.repoint(from, m.ent)
		from.mentions = 0
		from.typ = ""
	}
}
