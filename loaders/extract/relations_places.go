package extract

// metAtPlace reports whether a bare "met" ending at end is followed by a
// place ("met in Lima, Peru", "met at the border") with no partner named
// by "with" after it: "A and B met in Peru" is a meeting of A and B, not
// with Peru.
func (d *doc) metAtPlace(end, sent int) bool {
	if end >= len(d.toks) || d.toks[end].sent != sent || d.toks[end].key != "in" && d.toks[end].key != "at" {
		return false
	}
	for k := end + 1; k < len(d.toks) && d.toks[k].sent == sent && k < end+12; k++ {
		if key := d.toks[k].key; key == "with" || key == "alongside" {
			return false // "met in Lima with X"
		}
	}
	return true
}
