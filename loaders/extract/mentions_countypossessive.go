// A county whose name is a possessive ("Prince George's County", "Queen
// Anne's County") names the bodies that carry it whole.

package extract

// countyPossessive reports whether token p is the "'s" inside a county's
// name ("Prince George's County Police Department"): a singular possessive
// of a capitalised word that is no body's name, followed in sentence sent
// by a capitalised "County".
func (d *doc) countyPossessive(p, sent int) bool {
	if p < 1 || p+1 >= len(d.toks) || d.toks[p].key != "'s" || d.toks[p].sent != sent {
		return false
	}
	next := d.toks[p+1]
	return next.key == "county" && next.cap && d.capWord(p-1) && d.toks[p-1].sent == sent &&
		!d.gazCover[p-1] && !bodyHeads[d.toks[p-1].key] && !agencyHeads[d.toks[p-1].key]
}
