package extract

// A bloc of states stands for its members: where the Caribbean Community
// is a party of an agreement, a member state named near it ("the
// ministers met in Castries, Saint Lucia") is not a party beside the
// bloc, unless the text lists the member with the bloc as one of the
// actors ("released by the Government of Panama, SICA, and …").
// Membership is general knowledge (the gazetteer's organizations.tsv).

// blocCovers drops from parties the member states of any bloc among them
// that the text does not list beside the bloc.
func (d *doc) blocCovers(parties map[string]bool) {
	for p := range parties {
		for _, m := range d.g.members[p] {
			if parties[m] && !d.listedBeside(m, p) {
				delete(parties, m)
			}
		}
	}
}

// listedBeside reports whether entities named a and b are named next to
// each other in one list: only commas, "and", "the" or a bracketed
// acronym between two of their mentions.
func (d *doc) listedBeside(a, b string) bool {
	var prev *mention
	for _, m := range d.ments {
		if m.ent == nil {
			continue
		}
		if prev != nil && m.ent != prev.ent && m.s >= prev.e && d.toks[m.s].sent == d.toks[prev.s].sent &&
			(prev.ent.name == a && m.ent.name == b || prev.ent.name == b && m.ent.name == a) && d.onlyListJoiners(prev.e, m.s) {
			return true
		}
		if prev == nil || m.ent != prev.ent || m.s >= prev.e {
			prev = m
		}
	}
	return false
}

// onlyListJoiners reports whether the tokens [s, e) hold only list
// joiners, and at least one comma or "and".
func (d *doc) onlyListJoiners(s, e int) bool {
	joined := false
	for k := s; k < e; k++ {
		switch key := d.toks[k].key; {
		case key == "," || key == "and":
			joined = true
		case listNeighbourWords[key] || key == "(" || key == ")" || d.toks[k].upper:
		default:
			return false
		}
	}
	return joined
}
