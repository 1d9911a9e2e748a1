package extract

import "github.com/newsgraph/newsgraph/schema"

// A body's agents, officers or forces act for it when they work with
// another: "HSI special agents who were working with the county
// sheriff's office" (HSI cooperates with the office), "the mission's
// forces working in coordination with the police" (the mission does).
// The people are unnamed; the body naming them is the actor, as "ERO
// officers arrested X" names ERO.

// staffActs are the acts a body does through its agents, officers or
// troops.
func staffActs(pred string) bool {
	return forceActs[pred] || pred == "cooperatesWith"
}

// staffBody returns the body (agency, government or organisation) whose
// name modifies the head noun at token h ("HSI special agents", "MSS
// forces"), over at most two lower-case words between them; nil when h is
// no such head.
func (d *doc) staffBody(h, sent int) *entity {
	if h < 1 || !headNouns[d.toks[h].key] || d.mentionAt(h) != nil {
		return nil
	}
	for k := h - 1; k >= 0 && k >= h-3 && d.toks[k].sent == sent; k-- {
		if d.toks[k].key == ")" {
			o := d.openParen(k, sent)
			if o < 1 {
				return nil
			}
			k = o - 1 // "Homeland Security Investigations (HSI) special agents"
		}
		if m := d.mentionAt(k); m != nil {
			if m.e != k+1 || m.ent == nil || m.attached || m.ent.typ != schema.Agency && m.ent.typ != schema.Government && m.ent.typ != schema.Organization {
				return nil
			}
			return m.ent
		}
		if t := d.toks[k]; t.kind != tWord || t.cap || funcWords[t.key] {
			return nil
		}
	}
	return nil
}

// openParen returns the "(" that the ")" at token c closes, within six
// tokens of its sentence, or -1.
func (d *doc) openParen(c, sent int) int {
	for o := c - 1; o >= 0 && o > c-7 && d.toks[o].sent == sent; o-- {
		if d.toks[o].key == "(" {
			return o
		}
	}
	return -1
}
