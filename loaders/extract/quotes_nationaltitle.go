package extract

import "github.com/newsgraph/newsgraph/schema"

// Wire copy names a speaker met before by nation and office rather than
// by name: "“…,” the U.S. defense secretary said", "The Mexican foreign
// minister said …". The speaker is the person the office refers back to
// (as "the secretary"), not the nation that opens the phrase.

// nationalRoleNoun reads such a phrase from token i, "the": a country or
// its adjective, at most three lower-case words of portfolio, then a role
// noun. It returns the role noun's token, or -1.
func (d *doc) nationalRoleNoun(i int) int {
	if i+2 >= len(d.toks) || d.toks[i].key != "the" {
		return -1
	}
	m := d.mentionAt(i + 1)
	if m == nil || m.s != i+1 || !(m.class == mDemonym || m.ent != nil && m.ent.typ == schema.Government) {
		return -1
	}
	for j := m.e; j < len(d.toks) && j < m.e+4 && d.toks[j].sent == d.toks[i].sent; j++ {
		if roleNouns[d.toks[j].key] {
			return j
		}
		if d.toks[j].kind != tWord || d.toks[j].cap || funcWords[d.toks[j].key] || d.mentionAt(j) != nil {
			return -1
		}
	}
	return -1
}

// nationalSpeaker is the person a nation-and-office phrase opening at
// token i refers back to, and the token after the phrase; nil when
// there is no such phrase, or the last holder of the office named before
// serves another nation.
func (d *doc) nationalSpeaker(i int) (*entity, int) {
	if j := d.nationalRoleNoun(i); j >= 0 {
		if p := d.nationalHolder(i, j); p != nil {
			return p, j + 1
		}
	}
	return nil, i
}

// nationalHolder is the person the nation-and-office phrase opening at
// token i, with its role noun at token j, refers back to; nil when the
// last holder of the office named before serves another nation.
func (d *doc) nationalHolder(i, j int) *entity {
	// the holder must serve that nation: "the Ecuadorian minister" is
	// not the Colombian minister named last
	m := d.mentionAt(i + 1)
	nation := m.country
	if m.ent != nil && m.ent.typ == schema.Government {
		nation = m.ent.name
	}
	if p := d.resolveRoleNoun(j); p != nil {
		if g := d.personGov(p); g == nil || g.name == nation {
			return p
		}
	}
	return nil
}

// nationalSpeakerEnding is nationalSpeaker for the phrase whose role noun
// is token k, found reading back from a reporting verb.
func (d *doc) nationalSpeakerEnding(k int) *entity {
	if !roleNouns[d.toks[k].key] {
		return nil
	}
	for i := k - 2; i >= 0 && i >= k-6; i-- {
		if d.toks[i].key == "the" && d.nationalRoleNoun(i) == k {
			return d.nationalHolder(i, k) // the phrase read once
		}
	}
	return nil
}
