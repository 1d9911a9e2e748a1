package extract

// lawEnforcementPeers reports whether the words from token e, right after
// a demonym, are "law enforcement" (after an optional "federal") and a
// noun of counterpartNouns, the lexicon's words for a country's officials
// after its demonym: the demonym's state is the partner ("have
// collaborated with Mexican federal law enforcement counterparts":
// Mexico).
func (d *doc) lawEnforcementPeers(e int) bool {
	if e < len(d.toks) && d.toks[e].key == "federal" {
		e++
	}
	return e+2 < len(d.toks) && d.toks[e].key == "law" && d.toks[e+1].key == "enforcement" && counterpartNouns[d.toks[e+2].key] &&
		d.toks[e+2].sent == d.toks[e].sent
}

// actingThrough returns the body named right before "through" and mention
// m, with no comma between them ("the Department of Homeland Security
// through HSI have collaborated"): the body acting through its part, not
// the part; else nil. A parenthetical "A, through B, …" is left as it is.
func (d *doc) actingThrough(m *mention) *mention {
	if m.s < 2 || d.toks[m.s-1].key != "through" {
		return nil
	}
	pm := d.mentionAt(m.s - 2)
	if pm == nil || pm.ent == nil || pm.e != m.s-1 || pm.ent == m.ent {
		return nil
	}
	return pm
}

// demonymPeopleSubject reports whether the words from token e, right
// after a demonym, up to token i, where the subject's verb starts, are
// plain words and "and" that end in a people noun: "Colombian law
// enforcement and prosecution authorities worked cooperatively with X":
// the demonym's state is the actor of the cooperation.
func (d *doc) demonymPeopleSubject(e, i int) bool {
	if i <= e || i > e+6 || !headNouns[d.toks[i-1].key] {
		return false
	}
	for k := e; k < i; k++ {
		if t := d.toks[k]; t.kind != tWord || t.cap || d.mentionAt(k) != nil || t.sent != d.toks[e].sent {
			return false
		}
	}
	return true
}
