package extract

// eventNouns head the name of a gathering: "a gang enforcement
// coordination meeting".
var eventNouns = set("meeting", "meetings", "conference", "summit", "session", "workshop", "forum", "roundtable", "dialogue",
	"ceremony", "reception")

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

// eventModifierObject reports whether the object from token i on is a
// body's name used as a modifier in the capitalised name of a gathering:
// "hosted the Andean Coast Guard Awards Ceremony". The gathering is
// hosted; the body is no guest.
func (d *doc) eventModifierObject(i, sent int) bool {
	if i < len(d.toks) && articles[d.toks[i].key] {
		i++
	}
	m := d.mentionAt(i)
	if m == nil || m.ent == nil || m.s != i {
		return false
	}
	for k := m.e; k < len(d.toks) && d.toks[k].sent == sent && k < m.e+8; k++ {
		t := d.toks[k]
		if t.key == "(" {
			if c := d.closeParen(k, sent); c > k {
				k = c // "the X Coordinator (XC) Awards Ceremony"
				continue
			}
			return false
		}
		if t.kind != tWord || !t.cap {
			return false
		}
		if eventNouns[t.key] && k > m.e {
			return true
		}
	}
	return false
}
