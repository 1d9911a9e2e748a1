package extract

// sameButMiddleName reports whether the name keys long are short's with a
// middle given name added ("ana lucia ruiz", "ana ruiz"): the same first
// and last word, and a known given name between them. A second surname
// ("Ana Ruiz Vidal" for "Ana Ruiz") is not read so.
func (d *doc) sameButMiddleName(long, short []string) bool {
	if len(short) != 2 || len(long) != 3 || long[0] != short[0] || long[2] != short[1] {
		return false
	}
	return d.g.given[long[0]] != 0 && d.g.given[long[1]] != 0
}
