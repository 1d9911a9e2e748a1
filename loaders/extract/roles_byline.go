package extract

import "github.com/newsgraph/newsgraph/schema"

// Bylines and self-introductions name a writer or reporter and their
// outlet:
//
//	By Ana Ruiz                      a byline, and the outlet on the next
//	Andean Press Service             line or after a comma
//
//	Q: This is Ana Ruiz from Radio Sur.   a questioner introducing
//	Q: My name is Ana Ruiz with El Diario. themselves

// bylineRoles reads both as the role "reporter" at the outlet.
func (d *doc) bylineRoles(add func(*entity, string, *entity, int)) {
	for i := 0; i+1 < len(d.toks); i++ {
		t := d.toks[i]
		switch {
		case t.key == "by" && t.cap && (i == 0 || d.toks[i-1].para != t.para):
			// "By NAME" alone in its paragraph, or "By NAME, OUTLET"
			m := d.mentionAt(i + 1)
			if m == nil || m.s != i+1 || m.ent == nil || m.ent.typ != schema.Person {
				continue
			}
			var outlet *mention
			switch {
			case m.e < len(d.toks) && d.toks[m.e].para != t.para:
				outlet = d.wholeParagraphBody(m.e)
			case m.e+1 < len(d.toks) && d.toks[m.e].key == ",":
				outlet = d.mentionAt(m.e + 1)
			}
			title := "reporter"
			if outlet == nil && m.e < len(d.toks) && d.toks[m.e].para != t.para {
				// "By NAME / Washington File Staff Writer": the outlet, then the title
				outlet, title = d.bodyThenTitle(m.e)
			}
			if outlet != nil && outlet.ent != nil && outlet.ent.typ != schema.Person && outlet.ent.typ != schema.Government {
				add(m.ent, title, outlet.ent, m.s)
			}
		case t.key == "this" && d.toks[i+1].key == "is", t.key == "name" && i > 0 && d.toks[i-1].key == "my" && d.toks[i+1].key == "is":
			// "This is NAME from OUTLET", "my name is NAME with OUTLET"
			m := d.mentionAt(i + 2)
			if m == nil || m.s != i+2 || m.ent == nil || m.ent.typ != schema.Person || m.e+1 >= len(d.toks) {
				continue
			}
			if k := d.toks[m.e].key; k != "from" && k != "with" && k != "of" {
				continue
			}
			if o := d.mentionAt(m.e + 1); o != nil && o.ent != nil && (o.ent.typ == schema.Organization || o.ent.typ == schema.Agency) {
				add(m.ent, "reporter", o.ent, m.s)
			}
		}
	}
}

// bodyThenTitle returns the mention of a body that opens the paragraph
// starting at token s and the title that ends it ("Washington File Staff
// Writer"), or nil.
func (d *doc) bodyThenTitle(s int) (*mention, string) {
	m := d.mentionAt(s)
	if m == nil || m.s != s || m.ent == nil {
		return nil, ""
	}
	k := m.e
	for k < len(d.toks) && d.toks[k].para == d.toks[s].para && (titleHeads[d.toks[k].key] || titleMods[d.toks[k].key]) {
		k++
	}
	if k == m.e || k < len(d.toks) && d.toks[k].para == d.toks[s].para || !titleHeads[d.toks[k-1].key] {
		return nil, ""
	}
	return m, d.surface(m.e, k)
}

// wholeParagraphBody returns the mention of a body that is the whole
// paragraph starting at token s ("American Forces Press Service" under a
// byline), or nil.
func (d *doc) wholeParagraphBody(s int) *mention {
	m := d.mentionAt(s)
	if m == nil || m.s != s || m.ent == nil {
		return nil
	}
	if m.e < len(d.toks) && d.toks[m.e].para == d.toks[s].para {
		return nil
	}
	return m
}
