package extract

import "github.com/newsgraph/newsgraph/schema"

// addressWords, right before a person (or before the title in front of
// one), make that person the one written or spoken to: "a letter to
// Ambassador X", "Y wrote President X, saying", "Y told X".
var addressWords = set("to", "wrote", "told", "asked", "urged", "thanked", "addressed")

// addressee reports whether the person mentioned at m is the recipient of
// a letter or remark rather than its author: the word before the name, or
// before a run of capitalised title words in front of it, is one of
// addressWords ("In their letter to Secretary of State X, Y and Z wrote").
// An addressee is not the speaker of the quotation the sentence frames.
func (d *doc) addressee(m *mention) bool {
	k := m.s - 1
	for n := 0; k >= 0 && n < 6; n++ {
		t := d.toks[k]
		if t.sent == d.toks[m.s].sent && t.kind == tWord && d.at[k] == 0 && (t.cap || titleHeads[t.key] || t.key == "of" || t.key == "the") {
			k-- // "to Prime Minister X", "to Secretary of State X"
			continue
		}
		break
	}
	if k < 0 || d.toks[k].sent != d.toks[m.s].sent {
		return false
	}
	if d.toks[k].key == "to" && k > 0 && (d.toks[k-1].key == "according" || d.toks[k-1].key == "due") {
		return false
	}
	return addressWords[d.toks[k].key]
}

// addressees are the people tokens [s, e) name as addressees.
func (d *doc) addressees(s, e int) map[*entity]bool {
	var out map[*entity]bool
	for k := s; k < e; k++ {
		m := d.mentionAt(k)
		if m == nil || m.ent == nil {
			continue
		}
		if m.ent.typ == schema.Person && d.addressee(m) {
			if out == nil {
				out = map[*entity]bool{}
			}
			out[m.ent] = true
		}
		k = m.e - 1
	}
	return out
}
