package extract

// attorneyDistrictEnd returns the end of a U.S. attorney's district
// starting at token k: "Western District of North Carolina", or a whole
// state's, without a side ("District of Maryland"); 0 when none starts there.
func (d *doc) attorneyDistrictEnd(k int) int {
	if e := d.districtEnd(k); e > 0 {
		return e
	}
	if k+2 >= len(d.toks) || d.toks[k].key != "district" || !d.toks[k].cap || d.toks[k+1].key != "of" {
		return 0
	}
	return d.stateDistrictEnd(k)
}

// stateDistrictEnd returns the end of "District of <US state>" whose
// "District" is token k, or 0; the text may end inside the state's name.
func (d *doc) stateDistrictEnd(k int) int {
	for n := 3; n >= 1; n-- {
		if e := min(k+2+n, len(d.toks)); d.usStateAt(k+2, e) {
			return e
		}
	}
	return 0
}

// roleAt reports whether a role already puts the person at the org.
func (d *doc) roleAt(person, org string) bool {
	for _, r := range d.roles {
		if r.Person == person && r.Org == org {
			return true
		}
	}
	return false
}
