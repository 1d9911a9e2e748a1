package extract

import "github.com/newsgraph/newsgraph/schema"

// Joining a meeting told before: "A received Minister B in Lima … Later,
// Deputy Minister D joined the meeting", "A met B in Quito. C joined the
// U.S. delegation there." The one who
// joins meets those of the last meeting stated before who serve another
// government than theirs, not their own side.

// joinedNouns are the heads of the definite noun a person joins: the
// meeting itself, or one side's delegation in it.
var joinedNouns = set("meeting", "meetings", "talks", "delegation", "discussion", "discussions", "session", "dialogue")

// joinedLastMeetings reads "A joined the meeting" and "A joined the U.S.
// delegation" against the meetings read before it.
func (d *doc) joinedLastMeetings(add func(*entity, string, *entity, int)) {
	for v := 1; v+2 < len(d.toks); v++ {
		key := d.toks[v].key
		if key != "joined" && key != "joins" || d.inQuote[v] || d.mentionAt(v) != nil || d.toks[v+1].key != "the" {
			continue
		}
		sent := d.toks[v].sent
		h := v + 2
		var side *entity // the government whose delegation is joined
		for h < len(d.toks) && h < v+5 && d.toks[h].sent == sent && !joinedNouns[d.toks[h].key] {
			if m := d.mentionAt(h); m != nil && m.ent != nil && m.ent.typ == schema.Government {
				side = m.ent
				if h = m.e; joinedNouns[d.toks[m.e-1].key] {
					h = m.e - 1 // "the U.S. delegation" read as one name
					break
				}
				continue // "the U.S. delegation"
			}
			if d.toks[h].kind != tWord || d.toks[h].cap || d.mentionAt(h) != nil {
				break
			}
			h++ // "the bilateral meeting"
		}
		if h >= len(d.toks) || d.toks[h].sent != sent || !joinedNouns[d.toks[h].key] {
			continue
		}
		if n := h + 1; n < len(d.toks) && d.toks[n].sent == sent && (d.toks[n].key == "with" || d.toks[n].key == "in" || d.toks[n].key == "of") {
			continue // "joined the meeting with C": read by joinedMeetings or the cue itself
		}
		g := d.verbGroup(v)
		if g.neg || g.modal || g.infinitive {
			continue
		}
		for _, a := range personsOnly(d.actorsLeft(g.start, sent, "metWith", sideSubj)) {
			for _, o := range d.lastMeetingOthers(a, side, v) {
				add(a, "metWith", o, v)
			}
		}
	}
}

// lastMeetingOthers are the persons of the last meeting read before token
// v (all its pairs stated at one place) who serve a government other than
// a's, or than that of the delegation a joined (side, when named); none
// when neither is known.
func (d *doc) lastMeetingOthers(a, side *entity, v int) []*entity {
	ga := d.personGov(a)
	if side != nil {
		ga = side
	}
	if ga == nil {
		return nil
	}
	at := -1
	for _, m := range d.meets {
		if m.at < v && m.at > at && m.a.typ == schema.Person && m.b.typ == schema.Person {
			at = m.at
		}
	}
	if at < 0 {
		return nil
	}
	var out []*entity
	seen := map[*entity]bool{}
	for _, m := range d.meets {
		if m.at != at {
			continue
		}
		for _, p := range []*entity{m.a, m.b} {
			if g := d.personGov(p); p != a && !seen[p] && g != nil && g != ga {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}
