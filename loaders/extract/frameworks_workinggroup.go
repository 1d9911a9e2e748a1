package extract

// A working group named by its topic alone is set up between the
// governments the text names with it: "a meeting of the Counternarcotics
// Working Group", "the Port Security Working Group met in Lima". One
// that an organisation's name opens ("the Interpol Working Group") or
// that carries a remit after "on"/"of" ("the Working Group on Arbitrary
// Detention") is that body's, not a framework; so is one a single owner
// holds, by a possessive ("the Treasury's Sanctions Working Group") or by
// a state's agency opening its name ("the U.S. Embassy Port Security
// Working Group"); nor is one whose words end a longer name in the text
// ("the Chile-Peru Port Security Working Group"), which the short name
// may only refer to.

// topicWorkingGroup reports whether "Group" at token i ends a name
// "<Topic> Working Group" of capitalised words that no organisation, agency or
// state opens and no "on"/"of" follows.
func (d *doc) topicWorkingGroup(i int) bool {
	if i < 2 || d.toks[i-1].key != "working" || !d.capWord(i-1) || !d.capWord(i-2) || d.toks[i-1].brk || d.toks[i].brk {
		return false
	}
	if i+1 < len(d.toks) && (d.toks[i+1].key == "on" || d.toks[i+1].key == "of") {
		return false
	}
	s := i - 2
	for s > 0 && d.capWord(s-1) && !d.toks[s].brk && d.toks[s-1].sent == d.toks[i].sent {
		s--
	}
	if d.ownedWorkingGroup(s) {
		return false
	}
	for k := s; k < i-1; k++ {
		if d.knownOrgOrAgencyAt(k) {
			return false
		}
	}
	return !d.endsLongerName(s, i+1)
}

// endsLongerName reports whether the words [s, e) stand elsewhere in the
// text after a capitalised word or a hyphen, the end of a longer name.
func (d *doc) endsLongerName(s, e int) bool {
	n := e - s
	for j := 1; j+n <= len(d.toks); j++ {
		if j == s {
			continue
		}
		if d.sameKeys(j, s, n) && !d.toks[j].brk && (d.capWord(j-1) || d.toks[j-1].key == "-" || d.toks[j-1].key == "–") {
			return true
		}
	}
	return false
}

// ownedWorkingGroup reports whether the working group whose name starts
// at token s belongs to one owner: a singular possessive before it ("the
// Treasury's …", "the U.S. Government's …"), or a state's name and an
// agency's head word opening it ("U.S. Embassy …", "Peruvian Navy …").
func (d *doc) ownedWorkingGroup(s int) bool {
	if s >= 2 && d.toks[s-1].key == "'s" && d.toks[s-1].sent == d.toks[s].sent && d.capWord(s-2) {
		return true
	}
	if c, n, bloc := d.sideAt(s); c != "" && !bloc && s+n < len(d.toks) && d.capWord(s+n) && agencyHeads[d.toks[s+n].key] {
		return true
	}
	return false
}
