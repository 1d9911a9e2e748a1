package extract

// nestedName is the closing mark of a short quoted name opening at token
// i inside an open quotation, or -1: “… Joaquin “El Tigre” Ramos was …”,
// “… Pedro Vela, or “El Gordo,” a founder of …”. The inner marks are
// shaped as an opening and a closing mark, every word between them is
// capitalised (a nickname or a title), and the sentence runs on after it
// with no attribution, so the outer quotation does too.
func (d *doc) nestedName(i int) int {
	t := d.toks[i]
	if i == 0 || i+1 >= len(d.toks) || !(t.q == 'o' || t.q == 'a' && t.space && !d.toks[i+1].space) {
		return -1
	}
	if p := d.toks[i-1]; p.kind != tWord || p.para != t.para {
		return -1 // after a word of the same sentence
	}
	words := 0
	for k := i + 1; k < len(d.toks) && k <= i+6 && d.toks[k].para == t.para; k++ {
		c := d.toks[k]
		switch {
		case c.kind == tWord && c.cap:
			words++
			continue
		case c.kind == tPunct && c.key == "," && k+1 < len(d.toks) && d.toks[k+1].kind == tQuote:
			continue
		case c.kind != tQuote || words == 0 || !(c.q == 'c' || c.q == 'a' && !c.space):
			return -1
		}
		if k+2 >= len(d.toks) || d.toks[k+1].kind != tWord || d.toks[k+1].para != t.para {
			return -1 // the sentence runs on after it
		}
		if speechVerbs[d.toks[k+1].key] || speechVerbs[d.toks[k+2].key] {
			return -1 // "“…” Pedro said": an attribution
		}
		return k
	}
	return -1
}
