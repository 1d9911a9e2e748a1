package extract

// Forms of address and generic phrases name nobody: a speech's address
// to its chair ("Mr. Speaker, …", "Madam President, …"), a plural
// collective of a body's members ("Members of Congress"), and a
// demonym before a bare plural group noun ("the Ruritanian and Central
// American cartels").

// chairAddresses consumes each vocative address to a chair: an honorific
// of address and a chair's title followed by a comma ("Mr. Speaker, I
// rise …", "I say to you, Madam President, that …"). It addresses an
// office, and names no one.
func (d *doc) chairAddresses() {
	for i := 0; i+2 < len(d.toks); i++ {
		if !chairHonorifics[d.toks[i].key] || !chairTitles[d.toks[i+1].key] || !d.toks[i+1].cap || d.toks[i+2].key != "," {
			continue
		}
		if d.free(i, i+2) {
			d.take(&mention{s: i, e: i + 2, class: mIgnore})
		}
		i++
	}
}

// membersQuantifiers may open "Members of X" as a capitalised sentence
// start: "Several Members of …", "Some Members of …".
var membersQuantifiers = set("some", "several", "many", "most", "all", "other", "few", "the", "two", "three", "senior", "former")

// dropMembersOfCands drops a candidate name that opens with "Members of"
// ("Members of Congress", "Several Members of the Assembly"): the members as a
// plural group, not a body. The body named after "of" is still read on
// its own.
func (d *doc) dropMembersOfCands(cands []*mention) []*mention {
	out := cands[:0]
	for _, m := range cands {
		k := m.s
		if k+1 < m.e && membersQuantifiers[d.toks[k].key] {
			k++ // "Several Members of …" opening a sentence
		}
		if m.class == mEntity && m.e-k > 2 && d.toks[k].key == "members" && d.toks[k+1].key == "of" {
			continue
		}
		out = append(out, m)
	}
	return out
}

// demonymPart reports whether the words [s, e) are exactly a state's
// or a region's demonym ("Ruritanian", "Central American"): before a
// bare plural group noun ("cartels", "gangs") it is where the groups
// come from, not a group's name.
func (d *doc) demonymPart(s, e int) bool {
	ps, n := d.g.lookup(d.toks, s)
	if n != e-s {
		return false
	}
	for _, p := range ps {
		if p.kind == kDemonym || p.kind == kRegionDemonym {
			return true
		}
	}
	return false
}
