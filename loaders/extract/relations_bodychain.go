package extract

import "github.com/newsgraph/newsgraph/schema"

// partNamed is the body whose name follows an agency's right after it,
// over a possessive or the agency's acronym in brackets, the agency only
// qualifying it ("the ICE Homeland Security Investigations (HSI) Office
// of International Affairs", "the FBI's Criminal Investigative
// Division": the last part named, not the agency), or nil.
func (d *doc) partNamed(m *mention) *mention {
	var part *mention
	for n := 0; n < 3 && m.ent != nil && m.ent.typ == schema.Agency && m.e < len(d.toks); n++ {
		at := m.e
		if d.toks[at].key == "(" {
			if c := d.closeParen(at, d.toks[m.s].sent); c > at && c-at <= 3 {
				at = c + 1 // "Homeland Security Investigations (HSI) Office of …"
			}
		}
		if at < len(d.toks) && d.toks[at].key == "'s" {
			at++
		}
		b := d.mentionAt(at)
		if b == nil || b.s != at || b.ent == nil || b.ent == m.ent || b.ent.typ != schema.Agency || d.toks[at].sent != d.toks[m.s].sent {
			break
		}
		part, m = b, b
	}
	return part
}
