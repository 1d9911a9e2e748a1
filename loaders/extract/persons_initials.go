// A given name written as initials without a space ("J.D. Quinn", "T.J.
// Reyes") is one token, like an abbreviation ("Gen."), but opens a name.

package extract

// joinedInitials reports whether token i is two or three capital initials,
// each with its full stop and no space ("J.D.", "A.J.R."), before a
// capitalised word of a name in the same sentence: a given name, where
// "U.S." and "D.C." (which the gazetteer claims) are not.
func (d *doc) joinedInitials(i int) bool {
	t := d.toks[i]
	if !t.upper || t.letters < 2 || t.letters > 3 || len(t.key) != 2*t.letters || i+1 >= len(d.toks) {
		return false
	}
	for k := 0; k < len(t.key); k += 2 {
		if t.key[k] < 'a' || t.key[k] > 'z' || t.key[k+1] != '.' {
			return false
		}
	}
	n := d.toks[i+1]
	return n.kind == tWord && n.cap && !n.upper && n.sent == t.sent && !n.brk && d.at[i] == 0
}
