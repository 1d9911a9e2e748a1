// Coordinated possessors before a noun cue: "the United States' and
// Canada's designations of X".

package extract

// coordPossessors returns the possessor coordinated before possessor
// mention m ("A's and B's designations", "A' and the B's sanctions"):
// each possessor owns the noun, so each is an actor of the act it names.
// Nil when no possessive and "and" stand right before m.
func (d *doc) coordPossessors(m *mention) []*entity {
	j := m.s - 1
	if j >= 0 && d.toks[j].key == "the" {
		j--
	}
	if j < 2 || d.toks[j].key != "and" || d.toks[j].sent != d.toks[m.s].sent {
		return nil
	}
	j--
	if k := d.toks[j].key; k != "'s" && k != "'" {
		return nil
	}
	if pm := d.mentionAt(j - 1); pm != nil && pm.ent != nil && pm.ent != m.ent && pm.e == j {
		return []*entity{pm.ent}
	}
	return nil
}
