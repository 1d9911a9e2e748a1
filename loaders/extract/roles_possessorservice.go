package extract

import "github.com/newsgraph/newsgraph/schema"

// possessorServiceState is the state whose possessive opens the titled
// name coordinated before a title that a bare armed service opens: in
// "Peru's Defense Minister A and Navy Secretary B" the navy is Peru's, not
// the one a bare "Navy" names by default. nil when the pair's service is
// not written bare or no state's possessive opens the name before "and".
func (d *doc) possessorServiceState(pr rolePair) *entity {
	if pr.org == nil || pr.org.typ != schema.Agency || len(pr.title) == 0 {
		return nil
	}
	sm := d.mentionAt(pr.title[0] - 1)
	if sm == nil || sm.ent != pr.org || sm.e != pr.title[0] || sm.e-sm.s != 1 || !armedService(pr.org.name) {
		return nil // "Navy Secretary": the service written bare, right before the title
	}
	a := sm.s - 1
	if a < 3 || d.toks[a].key != "and" {
		return nil
	}
	sent := d.toks[a].sent
	seenPerson := false
	for k := a - 1; k >= 1 && k >= a-12 && d.toks[k].sent == sent; k-- {
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person && !seenPerson {
			seenPerson = true
			k = m.s
			continue
		}
		if d.toks[k].key == "'s" || d.toks[k].key == "’s" {
			g := d.mentionAt(k - 1)
			if !seenPerson || g == nil || g.ent == nil || g.ent.typ != schema.Government || g.ent.name == pr.org.country {
				return nil
			}
			return g.ent
		}
		if !seenPerson || !d.isTitleTok(k) {
			return nil
		}
	}
	return nil
}
