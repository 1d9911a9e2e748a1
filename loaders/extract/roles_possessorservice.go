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
	if sm == nil || sm.ent != pr.org || sm.e != pr.title[0] || !bareBodies[fold(d.surface(sm.s, sm.e))] || !armedService(pr.org.name) {
		return nil // "Navy Secretary": the service written bare, right before the title
	}
	a := sm.s - 1
	if a < 3 || d.toks[a].key != "and" {
		return nil
	}
	sent := d.toks[a].sent
	seenPerson := false
	for k := a - 1; k >= 1 && k >= a-12 && d.toks[k].sent == sent; k-- {
		if d.toks[k].key == "," && k == a-1 {
			return d.listOpenerState(pr, a-2) // "…, and Air Force Commander B"
		}
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
			break
		}
	}
	// "Colombian Army Commander Gen. A and Navy Commander Adm. B": a
	// nationality or a state's body opens the name before "and"
	return d.listOpenerState(pr, a-1)
}

// listOpenerState is the state that opens a list of titled names ending
// at token e, the last item before ", and" and a title a bare armed
// service opens: "Brazilian Army Commander Gen. A, Commander of Naval
// Operations Adm. B, and Air Force Commander Gen. C" gives the air force's
// post to Brazil, as a possessive does for a pair. The opener is a
// nationality, a state's possessive or a body of a state other than the
// bare service's; each item is title words and ranks, then a name. nil
// when an item holds anything else.
func (d *doc) listOpenerState(pr rolePair, e int) *entity {
	sent := d.toks[e].sent
	seenPerson := false
	for k := e; k >= 1 && k >= e-40 && d.toks[k].sent == sent; k-- {
		t := d.toks[k]
		if m := d.mentionAt(k); m != nil && m.e == k+1 {
			switch {
			case m.ent != nil && m.ent.typ == schema.Person:
				seenPerson = true
				k = m.s
				continue
			case !seenPerson:
				return nil
			case m.class == mDemonym && m.country != pr.org.country:
				return d.entity(schema.Government, m.country, m.s) // the state a nationality before a title implies
			case m.ent != nil && m.ent.typ == schema.Agency && m.ent.country != "" && m.ent.country != pr.org.country:
				return d.entity(schema.Government, m.ent.country, m.s) // "Brazilian Army Commander Gen. A"
			}
			return nil
		}
		switch {
		case t.key == "'s" || t.key == "’s":
			g := d.mentionAt(k - 1)
			if !seenPerson || g == nil || g.ent == nil || g.ent.typ != schema.Government || g.ent.name == pr.org.country {
				return nil
			}
			return g.ent
		case t.key == "," && seenPerson:
			seenPerson = false // the item before
		case seenPerson && (d.isTitleTok(k) || militaryRanks[t.key] || t.key == "of" || t.cap && t.kind == tWord):
		default:
			return nil
		}
	}
	return nil
}
