package extract

import "unicode"

// listMarkerAt reports whether token k closes an enumerator that opens an
// item of a run-in list ("… in A and B 2) expand the advisers to provide
// training to C"): a ")" after a number or a single letter that no "("
// opens. Such a marker bounds a clause as a full stop would: the names
// of one item are not the actors of a verb in the next.
func (d *doc) listMarkerAt(k int) bool {
	if k < 1 || d.toks[k].key != ")" {
		return false
	}
	n := d.toks[k-1]
	if n.sent != d.toks[k].sent || n.kind != tWord {
		return false
	}
	r := []rune(n.key)
	if len(r) > 2 || !unicode.IsDigit(r[0]) && !(len(r) == 1 && unicode.IsLetter(r[0])) {
		return false
	}
	return k < 2 || d.toks[k-2].key != "("
}
