// The speaker as the last of coordinated subjects: "A, B and I".

package extract

import "github.com/newsgraph/newsgraph/schema"

// andIActors reads a coordinated subject that ends in "and I" in a
// speaker's own words ("Secretary A, Secretary B, and I traveled to X to
// meet with Y"): English puts the first person last in a list, so the
// speaker and each person named before "and I" act together. k is the
// token "I"; ok is false when the list does not end there or the speaker
// is unknown.
func (d *doc) andIActors(k, sent int, pred string, side int) (out []*entity, ok bool) {
	if d.toks[k].key != "i" || k < 2 || d.toks[k-1].key != "and" || d.inQuote[k] || !typeOK(pred, side, schema.Person) {
		return nil, false
	}
	sp := d.ownSpeaker(k)
	if sp == nil || sp.typ != schema.Person {
		return nil, false
	}
	out = []*entity{sp}
	j := k - 2
	if j >= 0 && d.toks[j].key == "," {
		j-- // "A, B, and I"
	}
	for n := 0; n < 8 && j >= 0 && d.toks[j].sent == sent; n++ {
		pm := d.mentionAt(j)
		if pm == nil || pm.ent == nil || pm.e != j+1 || pm.attached || !typeOK(pred, side, pm.ent.typ) {
			break
		}
		if pm.ent != sp {
			out = append(out, pm.ent)
		}
		j = pm.s - 1
		for j >= 0 && d.toks[j].sent == sent && d.mentionAt(j) == nil && (titleHeads[d.toks[j].key] || titleMods[d.toks[j].key] || d.toks[j].key == "the") {
			j-- // "Secretary A"
		}
		if j < 0 || d.toks[j].key != "," {
			break
		}
		j--
	}
	return out, true
}
