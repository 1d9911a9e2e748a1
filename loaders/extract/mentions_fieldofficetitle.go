package extract

// fieldOfficeTitle reports whether the "Office" at token i is part of the
// title "Field Office Director" (or "… Deputy Director", "… Chief")
// written before a name with no place to name the office by, not the head
// of a body's name: "Field Office Director Ana Ruiz of ERO Tarrin", "ICE
// Field Office Director Ana Ruiz". With a place the office is named ("ERO
// Tarrin Field Office Director Ana Ruiz"), and the body stands; so it does
// where the text names a field office by its place elsewhere, which the
// bare one then is ("the Tarrin Field Office … ERO Field Office Director").
func (d *doc) fieldOfficeTitle(i int) bool {
	if !d.bareFieldOffice(i) {
		return false
	}
	n := d.toks[i+1]
	if !n.cap || !titleHeads[n.key] || n.brk || n.sent != d.toks[i].sent {
		return false
	}
	return !d.placedFieldOffice()
}

// placedFieldOffice reports whether the text names a field office by its
// place somewhere ("the Tarrin Field Office"); read once per text.
func (d *doc) placedFieldOffice() bool {
	if d.placedOffice == 0 {
		d.placedOffice = 1
		for k := 2; k < len(d.toks); k++ {
			if d.toks[k].key == "office" && d.toks[k-1].key == "field" && d.toks[k-2].cap && !d.bareFieldOffice(k) {
				d.placedOffice = 2
				break
			}
		}
	}
	return d.placedOffice == 2
}

// bareFieldOffice reports whether tokens i-1, i are "Field Office" with no
// place before them: nothing capitalised in the sentence, or an agency's
// initials ("ICE Field Office").
func (d *doc) bareFieldOffice(i int) bool {
	if d.toks[i].key != "office" || i < 1 || d.toks[i-1].key != "field" || !d.toks[i-1].cap || i+1 >= len(d.toks) {
		return false
	}
	if i < 2 || !d.toks[i-2].cap || d.toks[i-2].sent != d.toks[i].sent {
		return true
	}
	p := d.toks[i-2]
	return p.upper && p.letters >= 2
}
