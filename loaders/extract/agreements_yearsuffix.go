// Agreements named with a closing year: "the Andean Partnership to Protect
// the Coast 2030", "the Reef Compact 2040 (RC 2040)". A year written right
// after an agreement's name, with nothing after it but punctuation, is the
// last word of the name (a target or edition year), not a date of the
// sentence: a date stands after a preposition ("signed in 2019").

package extract

// agreementYearSuffix reports whether token e, just after the name of an
// agreement whose head is at token i, is a year that closes that name.
func (d *doc) agreementYearSuffix(i, e int) bool {
	if e >= len(d.toks) || d.toks[e].brk || d.toks[e].sent != d.toks[i].sent || !d.toks[e].space {
		return false
	}
	if y := d.toks[e].key; !yearKey(y) || y < "1900" {
		return false
	}
	if e+1 >= len(d.toks) {
		return true
	}
	switch d.toks[e+1].key {
	case ",", ".", ";", ":", "(":
		return true
	}
	return false
}
