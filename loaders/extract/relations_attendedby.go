package extract

import "github.com/newsgraph/newsgraph/schema"

// attendedByMeetings reads "The meeting was [also] attended by A, title;
// B, title; and C" after a meeting told before: each person listed meets
// those of the last meeting who serve another government than theirs (as
// one who "joined the meeting", lastMeetingOthers). A listed person whose
// government is unknown takes that of the others listed, one side's
// officials being listed together.
func (d *doc) attendedByMeetings(add func(*entity, string, *entity, int)) {
	for v := 3; v+2 < len(d.toks); v++ {
		if d.toks[v].key != "attended" || d.toks[v+1].key != "by" || d.inQuote[v] || d.mentionAt(v) != nil {
			continue
		}
		g := d.verbGroup(v)
		if g.neg || g.modal || !g.passive || g.start < 2 {
			continue
		}
		h := g.start - 1
		for h > 0 && d.toks[h].key != "the" && d.toks[h].kind == tWord && !d.toks[h].cap && d.mentionAt(h) == nil && h > g.start-4 {
			if joinedNouns[d.toks[h].key] {
				break
			}
			h--
		}
		if !joinedNouns[d.toks[h].key] || d.toks[h].key == "delegation" {
			continue
		}
		if p := h - 1; p < 0 || d.toks[p].key != "the" && d.toks[p].key != "this" {
			continue // "a meeting attended by A": not the meeting told before
		}
		sent := d.toks[v].sent
		var listed []*entity
		var known *entity
		for k := v + 2; k < len(d.toks) && d.toks[k].sent == sent; k++ {
			m := d.mentionAt(k)
			if m == nil {
				continue
			}
			k = m.e - 1
			if m.ent != nil && m.ent.typ == schema.Person {
				listed = append(listed, m.ent)
				if g := d.personGov(m.ent); g != nil && known == nil {
					known = g
				}
			}
		}
		for _, a := range listed {
			side := d.personGov(a)
			if side == nil {
				side = known
			}
			for _, o := range d.lastMeetingOthers(a, side, v) {
				add(a, "metWith", o, v)
			}
		}
	}
}
