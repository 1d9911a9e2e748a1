// A Spanish nickname written without quotation marks, "El" or "La" and a
// capitalised word, names a person where the copy says so: "known as"
// after a title held in a criminal group ("the former head of the cartel,
// known as El Gato").

package extract

import "github.com/newsgraph/newsgraph/schema"

// bareNicknames reads the unquoted nicknames the copy marks as persons'.
func (d *doc) bareNicknames() {
	for i := 0; i+2 < len(d.toks); i++ {
		t := d.toks[i]
		if !t.cap || t.key != "el" && t.key != "la" || d.at[i] != 0 || d.titlecase[t.para] {
			continue
		}
		e := i + 1
		for e < len(d.toks) && e < i+3 && d.nameTok(e) && !d.toks[e].brk {
			e++
		}
		if e == i+1 || e >= len(d.toks) || !d.free(i, e) {
			continue
		}
		if _, n := d.g.lookup(d.toks, i); n > 0 {
			continue // "El Salvador", "El Paso": a place
		}
		if !d.knownAsAfterTitle(i) {
			continue
		}
		ent := d.entity(schema.Person, d.surface(i, e), i)
		ent.toks = d.nameKeys(i, e)
		d.take(&mention{s: i, e: e, ent: ent, typ: schema.Person, rule: "entity/person:nickname"})
		i = e - 1
	}
}

// knownAsAfterTitle reports whether "known as" before token i follows a
// title held in a criminal group: "the former head of the Cartel, known
// as El Gato" names the head, not the group.
func (d *doc) knownAsAfterTitle(i int) bool {
	if i < 3 || d.toks[i-1].key != "as" || d.toks[i-2].key != "known" {
		return false
	}
	k := i - 3
	if d.toks[k].key == "," {
		k--
	}
	for j := k; j >= 0 && j >= k-2 && d.toks[j].sent == d.toks[i].sent; j-- {
		if crimeGroupNouns[d.toks[j].key] || d.toks[j].cap && cartelHeads[d.toks[j].key] {
			return d.headOfGroup(j)
		}
	}
	return false
}
