package extract

import "github.com/newsgraph/newsgraph/schema"

// frontedPatients are the people a fronted passive phrase is about: its
// implicit subject is named in the main clause after the comma ("After
// years of being wrongfully detained in Peru, A and B returned home",
// "Today, after being held in Peru, we are bringing home A, B and C").
// The passive verb group starts at gs; nil when the phrase is not opened
// by "after" or "following" or no person follows.
func (d *doc) frontedPatients(gs, sent int, pred string) []*entity {
	open := -1
	for k := gs - 1; k >= 0 && d.toks[k].sent == sent && k >= gs-8; k-- {
		key := d.toks[k].key
		if key == "," || key == ";" || d.mentionAt(k) != nil {
			break
		}
		if key == "after" || key == "following" {
			open = k
			break
		}
	}
	if open < 0 {
		return nil
	}
	c := -1
	for k := gs; k < len(d.toks) && d.toks[k].sent == sent && k < gs+10; k++ {
		if d.toks[k].key == "," {
			c = k
			break
		}
	}
	if c < 0 {
		return nil
	}
	for k := c + 1; k < len(d.toks) && d.toks[k].sent == sent && k < c+8; k++ {
		m := d.mentionAt(k)
		if m == nil || m.ent == nil {
			continue
		}
		if m.ent.typ != schema.Person {
			return nil
		}
		var out []*entity
		for _, e := range d.actorsRight(k, sent, pred, sideObj) {
			if e.typ == schema.Person {
				out = append(out, e)
			}
		}
		return out
	}
	return nil
}
