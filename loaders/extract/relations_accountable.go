// A call to hold an actor to account, said in a quotation: "we must hold
// X accountable," said A.

package extract

import "github.com/newsgraph/newsgraph/schema"

// stateHeads are the nouns after a demonym that make it its state.
var stateHeads = set("regime", "government")

// holdForms are the forms of "hold" that open "hold X accountable".
var holdForms = set("hold", "holds", "held", "holding")

// accountableHolds reads "hold X accountable" said in a quotation as the
// speaker's accusation of X ("'The United States must hold X
// accountable,' said A": A, who calls for it). Outside a quotation the
// one who holds to account is often not the one the text has accuse
// ("the President and his Secretary acted to hold X accountable"), so it
// is not read.
// X is every actor named between "hold" and "accountable", at most six
// tokens apart; a pronoun ("hold them accountable") names no one here,
// nor does a demonym or a modifier of a person ("corrupt Mexican
// officials").
func (d *doc) accountableHolds(add func(*entity, string, *entity, int)) {
	for a := 2; a < len(d.toks); a++ {
		if d.toks[a].key != "accountable" {
			continue
		}
		sent := d.toks[a].sent
		h := a - 2
		for h > 0 && h >= a-7 && d.toks[h].sent == sent && !holdForms[d.toks[h].key] {
			h--
		}
		if h < 0 || !holdForms[d.toks[h].key] || d.toks[h].sent != sent || !d.inQuote[h] {
			continue
		}
		var accused []*entity
		for k := h + 1; k < a; k++ {
			m := d.mentionAt(k)
			if m == nil || m.ent == nil {
				continue
			}
			if !m.attached && m.s == k && typeOK("accused", sideObj, m.ent.typ) && m.ent.typ != schema.Agreement && d.namesActor(m, a) {
				accused = append(accused, m.ent)
			}
			k = m.e - 1
		}
		if len(accused) == 0 {
			continue
		}
		sp := d.firstPersonSpeaker(h)
		if sp == nil {
			continue
		}
		for _, o := range accused {
			if sp != o {
				add(sp, "accused", o, h)
			}
		}
	}
}

// namesActor reports whether mention m, before "accountable" at a, is
// the head of what is held to account and not a word modifying a noun
// after it ("corrupt Mexican officials"): the mention ends right before
// "accountable", before "and", or before "regime" or "government"; a
// demonym names its state only before "regime" or "government".
func (d *doc) namesActor(m *mention, a int) bool {
	if d.demonymAt(m.s) {
		// "the Cuban regime" is the state; "Mexican officials" are not
		return stateHeads[d.toks[m.e-1].key] || m.e < a && stateHeads[d.toks[m.e].key]
	}
	if m.e >= a {
		return true
	}
	switch d.toks[m.e].key {
	case "and", ",", "regime", "government":
		return true
	}
	return false
}
