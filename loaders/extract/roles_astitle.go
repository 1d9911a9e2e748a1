// A name followed by "as" and a title names the post the text gives or
// recognises: "recognize X as the President-elect of Venezuela", "the
// appointment of General Y as Peru's Defense Minister", "Z as the Interim
// President of Ecuador". The body is the one after "of" or the possessor
// before the title.

package extract

import "github.com/newsgraph/newsgraph/schema"

// asTitleRoles gives a person named right before "as TITLE of BODY" or
// "as BODY's TITLE" that post.
func (d *doc) asTitleRoles(add func(*entity, string, *entity, int)) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted || m.e+3 >= len(d.toks) || d.toks[m.e].key != "as" || d.inQuote[m.e] {
			continue
		}
		j := m.e + 1
		if k := d.toks[j].key; k == "the" || k == "a" || k == "an" {
			j++
		}
		var body *entity
		if pm := d.mentionAt(j); pm != nil && pm.s == j && pm.ent != nil && pm.e < len(d.toks) && d.toks[pm.e].key == "'s" &&
			(pm.ent.typ == schema.Government || pm.ent.typ == schema.Agency) {
			body = pm.ent // "as Peru's Defense Minister"
			j = pm.e + 1
		}
		ts := j
		var title []int
		for j < len(d.toks) && j < ts+6 && d.toks[j].sent == d.toks[m.s].sent && d.isTitleTok(j) {
			title = append(title, j)
			j++
		}
		if len(title) > 0 && j+1 < len(d.toks) && d.toks[j].key == "-" && !d.toks[j+1].space && (d.toks[j+1].key == "elect" || d.toks[j+1].key == "designate") {
			j += 2 // "President-elect"
		}
		if len(title) == 0 || !d.hasHead(title) || j < len(d.toks) && d.toks[j].kind == tWord && d.toks[j].cap {
			continue // a title running on into other capitalised words is not read whole
		}
		if body == nil {
			if j+1 >= len(d.toks) || d.toks[j].key != "of" {
				continue
			}
			bm := d.mentionFrom(j + 1)
			if bm == nil || bm.ent == nil || bm.ent.typ == schema.Person || bm.quoted {
				continue
			}
			body = bm.ent
		} else if j < len(d.toks) && d.toks[j].key == "of" {
			continue // "as Peru's Minister of X": the portfolio rules read it
		}
		add(m.ent, d.surface(ts, j), body, m.s)
	}
}
