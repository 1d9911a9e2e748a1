package extract

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
