package extract

// eventNouns head the name of a gathering: "a gang enforcement
// coordination meeting".
var eventNouns = set("meeting", "meetings", "conference", "summit", "session", "workshop", "forum", "roundtable", "dialogue")

// eventModifierSubject reports whether the words before the verb group at
// start, in its sentence, are a body's name used as a modifier of a
// gathering: "an MS-13 gang enforcement coordination meeting, hosted by
// X". The gathering, not the body, is the passive's subject, so the body
// is no party to the meeting.
func (d *doc) eventModifierSubject(start, sent int) bool {
	k := start - 1
	if k >= 0 && d.toks[k].key == "," {
		k--
	}
	if k < 0 || d.toks[k].sent != sent || !eventNouns[d.toks[k].key] || d.at[k] != 0 {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5 && d.toks[j].sent == sent; j-- {
		if m := d.mentionAt(j); m != nil {
			return m.ent != nil && m.e == j+1 && j < k-1
		}
		if d.toks[j].kind != tWord || d.toks[j].cap {
			return false
		}
	}
	return false
}
