// A bare office in a list of officials whose other offices are all at one
// agency: "The delegation included A, Deputy Assistant Secretary of
// Defense for X; B, Deputy Assistant Secretary of Defense for Y; and C,
// Principal Director for Z."

package extract

import "github.com/newsgraph/newsgraph/schema"

// listMatesAgency is the one agency at which every other person named in
// the sentence of token at (outside quotations) already holds a post, when
// there are two or more of them: a list of one agency's officials gives
// the bare office of p among them ("Principal Director for Z") to that
// agency, where p serves without heading it (the caller records that with
// servedAt, so no "leads" follows). nil when the others serve different
// bodies, serve a government, or are fewer than two.
func (d *doc) listMatesAgency(p *entity, at int) *entity {
	sent := d.toks[at].sent
	var found *entity
	n := 0
	for k := d.sentStart(at); k < len(d.toks) && d.toks[k].sent == sent; k++ {
		m := d.mentionAt(k)
		if m == nil || m.s != k || m.ent == nil || m.ent.typ != schema.Person || m.ent == p || d.inQuote[k] {
			continue
		}
		var org *entity
		for _, r := range d.roles {
			if r.Person != m.ent.name || r.Former {
				continue
			}
			e := d.orgNamed(r.Org)
			if e == nil || e.typ != schema.Agency || org != nil && org != e {
				return nil
			}
			org = e
		}
		if org == nil || found != nil && found != org {
			return nil
		}
		found = org
		n++
		k = m.e - 1
	}
	if n < 2 {
		return nil
	}
	return found
}

// dashAside reports whether a spaced dash at token i opens an aside that a
// second dash closes later in the same sentence ("X - leader of Y - was").
func (d *doc) dashAside(i int) bool {
	if i >= len(d.toks) || !dashes[d.toks[i].key] || !d.toks[i].space {
		return false
	}
	for k := i + 1; k < len(d.toks) && k <= i+15 && d.toks[k].sent == d.toks[i].sent; k++ {
		if dashes[d.toks[k].key] && d.toks[k].space {
			return true
		}
	}
	return false
}
