// A name followed by a parenthesised quotation of one of its later words,
// the short form the release then uses: "Ana Lucía Vik Ortiz (“Vik”)".

package extract

// shortFormAfter reports whether the capitalised run [s, e) is followed
// by a parenthesised, quoted single word that repeats one of the run's
// words after its first: "Tomas Elio Vik Ruiz (“Vik”)" defines Vik as the
// person's short name, which marks the run a person's full name (a body's
// short form is its first word or initials: "Banco Rural (“Banco”)").
func (d *doc) shortFormAfter(s, e int) bool {
	if e-s < 2 || e+4 >= len(d.toks) || d.toks[e].key != "(" || d.toks[e+1].kind != tQuote ||
		d.toks[e+3].kind != tQuote || d.toks[e+4].key != ")" {
		return false
	}
	w := d.toks[e+2]
	if w.kind != tWord || !w.cap || w.upper {
		return false
	}
	for k := s + 1; k < e; k++ {
		if d.toks[k].key == w.key {
			return true
		}
	}
	return false
}
