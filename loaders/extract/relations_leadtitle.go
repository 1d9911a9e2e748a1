// A lead that names an office before its holder: "The commander of U.S.
// Southern Command visited Belize … At each stop, Marine Corps Gen. John
// F. Kelly held meetings": Kelly is the commander.

package extract

import "github.com/newsgraph/newsgraph/schema"

// cataphoricHolder is the holder of an unnamed office whose title at token
// t opens its sentence or follows a dateline ("The commander of X …"):
// the first person the next sentence names, with a
// rank or title right before the name; else nil. A person named before
// in the lead's paragraph holds no unnamed office.
func (d *doc) cataphoricHolder(t, sent int) *entity {
	s := t - 1
	if s < 0 || d.toks[s].key != "the" || s > 0 && d.toks[s-1].sent == sent && !dashes[d.toks[s-1].key] {
		return nil // not at the sentence's start, nor right after a dateline's dash
	}
	for k := s - 1; k >= 0 && d.toks[k].para == d.toks[s].para; k-- {
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			return nil // the lead names a person before the office
		}
	}
	for k := s; k < len(d.toks) && d.toks[k].sent <= sent+1; k++ {
		if d.toks[k].sent != sent+1 {
			continue
		}
		m := d.mentionAt(k)
		if m == nil || m.ent == nil || m.ent.typ != schema.Person {
			if m != nil {
				k = m.e - 1
			}
			continue
		}
		if b := m.s - 1; b >= 0 && d.toks[b].sent == sent+1 {
			if key := d.toks[b].key; militaryRanks[key] || rankAbbrevs[key] != "" || titleHeads[key] || d.toks[b].key == "." && b > 0 && rankAbbrevs[d.toks[b-1].key+"."] != "" {
				return m.ent
			}
		}
		return nil
	}
	return nil
}

// leadTitleHolders read that the cataphoric holder of "The commander
// (director, head …) of X" in a lead leads X.
func (d *doc) leadTitleHolders(add func(*entity, string, *entity, int)) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Agency && m.ent.typ != schema.Organization && m.ent.typ != schema.Cartel {
			continue
		}
		t, ok := d.titleOf(m)
		if !ok || !headWords[d.toks[t].key] {
			continue
		}
		if p := d.cataphoricHolder(t, d.toks[t].sent); p != nil {
			add(p, "leads", m.ent, t)
		}
	}
}
