package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// nationTitleBody is the body of a post whose title before the name is
// qualified by a nation only ("U.S. District Judge X of the Southern
// District of Texas", "U.S. Attorney Y of the District of Columbia"): the
// nation adjective names whose post it is, the agency named by "of" after
// the name (ofOrg) names the body that holds it. It returns org itself
// when org is not a government or no agency follows the name.
func nationTitleBody(org, ofOrg *entity) *entity {
	if org == nil || org.typ != schema.Government || ofOrg == nil || ofOrg.typ != schema.Agency {
		return org
	}
	return ofOrg
}

// districtHolderBefore is the mention of the person whose name ends right
// before "of the" or "for the" at the judicial district starting at token
// k ("Judge Ana Ruiz of the Eastern District of Ohio"), or nil.
func (d *doc) districtHolderBefore(k int) *mention {
	if m := d.judgeInDistrict(k); m != nil {
		return m // "Judge Ana Ruiz in the Eastern District of Ohio"
	}
	if k < 3 || d.toks[k-1].key != "the" || d.toks[k-2].key != "of" && d.toks[k-2].key != "for" {
		return nil
	}
	m := d.mentionAt(k - 3)
	if m == nil || m.ent == nil || m.ent.typ != schema.Person || m.e != k-2 {
		return nil
	}
	return m
}

// nationPostsTo moves to body the posts of person p that the role rules
// read as a nation's, because a nation adjective qualified the title and
// the body named after the name was not yet an entity when they ran ("U.S.
// District Judge X of the Southern District of Texas", "Assistant U.S.
// Attorney Y of the District of Columbia"): the body named after the name
// holds the post, the nation only qualifies it, and the title keeps the
// words the nation split ("Assistant U.S. Attorney", not "Attorney": an
// assistant does not head the office). The post ties its holder to no
// body: whether its holder heads the district is left to the rules that
// read the district's office. A post already held at body is dropped
// rather than kept twice.
func (d *doc) nationPostsTo(m *mention, body *entity) {
	p := m.ent
	held := false
	for _, r := range d.roles {
		held = held || r.Person == p.name && r.Org == body.name
	}
	out := d.roles[:0]
	for _, r := range d.roles {
		if r.Person != p.name || r.Org == body.name {
			out = append(out, r)
			continue
		}
		if g := d.entityNamed(r.Org); g == nil || g.typ != schema.Government || body.country != g.name {
			out = append(out, r)
			continue
		}
		if held {
			continue
		}
		held = true
		nr := r
		nr.Org = body.name
		if t := d.nationTitleBefore(m); t != "" && strings.Contains(t, nr.Title) {
			nr.Title = t
		}
		if d.why != nil {
			if b, ok := d.why.roles[r]; ok {
				d.why.roles[nr] = b
			}
		}
		out = append(out, nr)
		if d.servesAt == nil {
			d.servesAt = map[string]bool{}
		}
		d.servesAt[fold(p.name)+"|"+fold(body.name)] = true
	}
	d.roles = out
}

// nationTitleBefore is the whole title read before the person mention m
// when it is only title words and a nation ("Assistant U.S. Attorney",
// "Senior U.S. District Judge"), or "".
func (d *doc) nationTitleBefore(m *mention) string {
	hs := d.honorificStart(m.s)
	items := d.chainBefore(hs)
	if len(items) < 2 {
		return ""
	}
	nation := false
	for _, it := range items {
		if it.org != nil {
			if it.org.typ != schema.Government {
				return ""
			}
			nation = true
		}
	}
	if !nation {
		return ""
	}
	return d.surface(items[0].tok, hs)
}
