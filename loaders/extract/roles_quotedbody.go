package extract

import "github.com/newsgraph/newsgraph/schema"

// quotedBodyTitle reads a title written with its body right before a name
// inside a quotation ("we thank FBI Agent X", "we stand with Mexican
// Attorney General Y"): the body or state stated with the title makes the
// post a fact, not the speaker's wording.
func (d *doc) quotedBodyTitle(m *mention, add func(*entity, string, *entity, int)) {
	items := d.chainBefore(d.honorificStart(m.s))
	prs := rolePairs(items)
	if len(prs) != 1 || prs[0].org == nil || !d.hasHead(prs[0].title) {
		return
	}
	if t := prs[0].org.typ; t != schema.Agency && t != schema.Organization && t != schema.Government {
		return
	}
	d.ruled("role/body-title-in-quote", m.s, m.e)
	add(m.ent, d.titleText(prs[0].title), prs[0].org, m.s)
}
