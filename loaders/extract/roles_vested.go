package extract

import "github.com/newsgraph/newsgraph/schema"

// vestedSignerRoles gives the signer of an official document the office
// its text invokes in the first person: "By the authority vested in me as
// President by the Constitution and the laws of the United States …" over
// a signature line in capitals ("ANA M. RUIZ") makes the signer President
// of the government whose laws the sentence names. A document that names
// no office for its signer ("the President publishes …") gives none.
func (d *doc) vestedSignerRoles(add func(*entity, string, *entity, int)) {
	for i := 0; i+4 < len(d.toks); i++ {
		if d.phraseAt(i, [][]string{{"vested", "in", "me", "as"}}) == 0 {
			continue
		}
		s := i + 4
		e := s
		for e < len(d.toks) && d.toks[e].kind == tWord && d.toks[e].cap && d.toks[e].sent == d.toks[s].sent && d.at[e] == 0 {
			e++
		}
		if e == s || !titleHeads[d.toks[e-1].key] {
			continue
		}
		var gov *entity
		for _, m := range d.ments {
			if m.s >= e && d.toks[m.s].sent == d.toks[s].sent && m.ent != nil && m.ent.typ == schema.Government {
				gov = m.ent
				break
			}
		}
		if gov == nil {
			continue
		}
		for _, m := range d.ments {
			if m.ent != nil && m.ent.typ == schema.Person && d.toks[m.s].upper && d.toks[m.s].brk && (m.e == len(d.toks) || d.toks[m.e].brk) {
				add(m.ent, d.surface(s, e), gov, m.s)
			}
		}
		return
	}
}
