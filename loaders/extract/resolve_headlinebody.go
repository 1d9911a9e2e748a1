package extract

// headlineHomeBody reports whether the headline, before mention mi, names
// the same bare body (written surf: "Coast Guard", "Navy") as the home
// country's: the article is about that body, so a later bare mention is
// it too, even where another country was just named ("… south of the
// Dominican Republic. The Coast Guard cutter diverted").
func (d *doc) headlineHomeBody(mi int, surf string) bool {
	f := fold(surf)
	for k := 0; k < mi; k++ {
		h := d.ments[k]
		if d.toks[h.s].para != 0 {
			return false
		}
		if h.gaz != nil && h.ent != nil && fold(d.surface(h.s, h.e)) == f && h.ent.name == h.gaz.name {
			return true
		}
	}
	return false
}
