// Like things are listed together: in "partners include the Andes
// Foundation, Pirca Capital, Quellat-Sur, Tamsado, and the Fosk Group", the
// capitalised names no pattern read stand in a list of bodies, so they are
// bodies too (companies often carry no head word).

package extract

import "github.com/newsgraph/newsgraph/schema"

// listedBodies makes an organisation of each unclaimed capitalised name in
// a list, joined by commas and a closing "and", that opens with an
// organisation's name and holds another: "the A Foundation, B Capital,
// Quellat, and Tamsado" (a known given name opens a person's name, no
// body's).
func (d *doc) listedBodies() {
	for k := 0; k < len(d.toks); k++ {
		m := d.mentionAt(k)
		if m == nil || m.s != k || !d.orgTyped(m) {
			continue
		}
		orgs, names := 1, []nameRun(nil)
		pos, last := m.e, false
		for !last && pos < len(d.toks) {
			j := pos
			for n := 0; n < 2 && j < len(d.toks) && (d.toks[j].key == "," || d.toks[j].key == "and"); n++ {
				last = last || d.toks[j].key == "and"
				j++
			}
			if j == pos || j >= len(d.toks) || d.toks[j].sent != d.toks[k].sent || d.toks[j].brk {
				break
			}
			if d.toks[j].key == "the" && !d.toks[j].cap && j+1 < len(d.toks) {
				j++
			}
			if om := d.mentionAt(j); om != nil && om.s == j && d.orgTyped(om) {
				orgs++
				pos = om.e
				continue
			}
			e := d.bodyNameEnd(j)
			if e == j || !d.listItemEnds(e, last) {
				break
			}
			names = append(names, nameRun{j, e})
			pos = e
		}
		if orgs < 2 || len(names) == 0 {
			continue
		}
		for _, r := range names {
			ent := d.entity(schema.Organization, d.surface(r.s, r.e), r.s)
			ent.mentions++
			d.take(&mention{s: r.s, e: r.e, ent: ent, typ: schema.Organization, rule: "entity/listed-body"})
		}
		k = pos - 1
	}
}

// bodyNameEnd is the end of an unclaimed name of up to four capitalised
// words (joined by hyphens or "&") starting at j, or j when none starts
// there or a known given name opens it.
func (d *doc) bodyNameEnd(j int) int {
	if !d.capWord(j) || d.at[j] != 0 || d.g.given[d.toks[j].key] != 0 || stopCaps[d.toks[j].key] {
		return j
	}
	e, words := j, 0
	for e < len(d.toks) && d.at[e] == 0 && !(e > j && d.toks[e].brk) {
		switch t := d.toks[e]; {
		case t.kind == tWord && t.cap:
			words++
		case (t.key == "-" && !t.space || t.key == "&") && e > j && e+1 < len(d.toks) && d.capWord(e+1):
		default:
			return d.capEnd(j, e, words)
		}
		e++
	}
	return d.capEnd(j, e, words)
}

// capEnd is e when words, the count of capitalised words in [j, e), is one
// to four, else j.
func (d *doc) capEnd(j, e, words int) int {
	if words == 0 || words > 4 {
		return j
	}
	return e
}

// listItemEnds reports whether a list item may end before token e: at a
// comma or "and", or, for the list's last item, at anything but a
// capitalised word.
func (d *doc) listItemEnds(e int, last bool) bool {
	if e >= len(d.toks) {
		return last
	}
	if k := d.toks[e].key; k == "," || k == "and" {
		return !last || k == ","
	}
	return last && !d.capWord(e)
}

// orgTyped reports whether the mention m names an organisation.
func (d *doc) orgTyped(m *mention) bool {
	if m.ent != nil {
		return m.ent.typ == schema.Organization
	}
	return m.class == mEntity && m.typ == schema.Organization
}
