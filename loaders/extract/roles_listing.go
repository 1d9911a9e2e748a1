// A listing: a person named at the start of a line of a list, then the
// post and the body closing the line, each after a comma ("- Ana Ruiz,
// Director for Trade, National Council"), or the name alone on a line and
// "TITLE, BODY" on the next ("Ana Ruiz" / "Senior Fellow, Lago Institute,
// Springfield"). Participant lists under readouts and witness lists of
// hearing pages are written so.

package extract

import "github.com/newsgraph/newsgraph/schema"

// listingMarks open a list item.
var listingMarks = set("-", "•", "*", "–", "—")

// listingTitleWords are the lower-case words and signs a listed title
// may hold besides capitalised words.
var listingTitleWords = set("of", "the", "and", "for", "on", "in", "to", "&")

// listingRoles reads the posts of people a listing gives.
func (d *doc) listingRoles(add func(*entity, string, *entity, int)) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted || m.e >= len(d.toks) {
			continue
		}
		if !d.listingStart(m.s) {
			continue
		}
		k := m.e
		if k < len(d.toks) && d.toks[k].key == "(" {
			k = d.listingParenEnd(k, d.toks[m.s].para) // "Gen. X (Ret.), Advisor, …"
		}
		if k < 0 || k >= len(d.toks) {
			continue
		}
		var ts int
		switch {
		case d.toks[k].para == d.toks[m.s].para && d.toks[k].key == ",":
			ts = k + 1 // "- NAME, TITLE, BODY"
		case k == m.e && d.toks[k].brk && d.toks[k].para > d.toks[m.s].para:
			ts = k // "NAME" / "TITLE, BODY"
		default:
			continue
		}
		if ts >= len(d.toks) {
			continue // the text ends on the listed name: "Rep. Ruiz,"
		}
		title, body := d.listingTitleBody(ts)
		if body == nil {
			title, body = d.listingTitleParen(ts)
		}
		if body == nil || body == m.ent {
			continue
		}
		d.dropGuessed(m.ent, body)
		add(m.ent, d.titleText(title), body, m.s)
	}
}

// listingStart reports whether the person mention at token s opens its
// line, after a list mark and honorifics, ranks or title words at most
// ("Ambassador X" over the line of the post).
func (d *doc) listingStart(s int) bool {
	k := s
	for k > 0 && d.toks[k-1].para == d.toks[s].para && !d.toks[k].brk {
		key := d.toks[k-1].key
		if !isHonorific(key) && !militaryRanks[key] && !rankModifiers[key] && !titleHeads[key] && key != "." && key != "rev" && !listingMarks[key] {
			return false
		}
		k--
	}
	return k == 0 || d.toks[k].brk || d.toks[k].para != d.toks[k-1].para
}

// listingParenEnd returns the token after the ")" closing the "(" at k
// in paragraph para (within five tokens), or -1.
func (d *doc) listingParenEnd(k, para int) int {
	for j := k + 1; j < len(d.toks) && j < k+6 && d.toks[j].para == para; j++ {
		if d.toks[j].key == ")" {
			return j + 1
		}
	}
	return -1
}

// listingTitleBody reads "TITLE, BODY" from token ts to the end of its
// line: the title capitalised words (and of, for, &, …) with a title
// head among them and no comma, the body one agency or organisation
// mention right after the comma that ends the title, then at most a
// parenthesised acronym and a place after a comma ("Deputy Director,
// Bureau of X, Department of Y" names a unit and its parent: no listing).
// It returns nil when the line is not so written.
func (d *doc) listingTitleBody(ts int) ([]int, *entity) {
	para := d.toks[ts].para
	head := false
	var title []int
	k := ts
	for ; k < len(d.toks) && d.toks[k].para == para; k++ {
		t := d.toks[k]
		if t.key == "," {
			if !head {
				return nil, nil
			}
			return title, d.listingBody(k+1, para)
		}
		if len(title) >= 14 || !(t.kind == tWord && t.cap || listingTitleWords[t.key]) {
			return nil, nil
		}
		if titleHeads[t.key] {
			head = true
		}
		if o := d.mentionAt(k); o != nil && o.s == k && k > ts && !listingTitleWords[d.toks[k-1].key] && o.ent != nil && (o.ent.typ == schema.Agency || o.ent.typ == schema.Organization) {
			return nil, nil // "Assistant Commissioner Office of X, Y": the title names its unit (not a remit after "for")
		}
		title = append(title, k)
	}
	return nil, nil
}

// listingBody is the agency or organisation named from token k to the
// end of its line, with a parenthesised acronym and ", Place" after it at
// most; nil otherwise.
func (d *doc) listingBody(k, para int) *entity {
	if k >= len(d.toks) || d.toks[k].para != para {
		return nil
	}
	m := d.mentionAt(k)
	if m == nil || m.s != k || m.ent == nil || m.ent.typ != schema.Agency && m.ent.typ != schema.Organization {
		return nil
	}
	j := m.e
	if j < len(d.toks) && d.toks[j].para == para && d.toks[j].key == "(" {
		j = d.listingParenEnd(j, para)
		if j < 0 {
			return nil
		}
	}
	if j >= len(d.toks) || d.toks[j].para != para {
		return m.ent
	}
	if d.toks[j].key != "," {
		return nil
	}
	// ", Washington, D.C.": a place, naming no other body or person
	for ; j < len(d.toks) && d.toks[j].para == para; j++ {
		if o := d.mentionAt(j); o != nil && o.ent != nil && o.ent.typ != schema.Government {
			return nil
		}
	}
	return m.ent
}
