// A plural title before a list of names gives each its post: "Senior
// Directors A and B", "Deputy Ministers A, B and C".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// pluralTitleRoles gives the people listed after the first name under a
// plural title the post that title gives the first.
func (d *doc) pluralTitleRoles(add func(*entity, string, *entity, int)) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted || m.s < 2 || !d.pluralTitle(m.s-1) {
			continue
		}
		var orgs []string
		title := ""
		for _, r := range d.roles {
			if r.Person == m.ent.name {
				orgs = append(orgs, r.Org)
				title = r.Title
			}
		}
		if len(orgs) == 0 {
			d.pluralKnownHolders(m, add)
			continue
		}
		// the names after it, joined by commas and a last "and"
		for k := m.e; k+1 < len(d.toks) && d.toks[k].sent == d.toks[m.s].sent; {
			if key := d.toks[k].key; key != "," && key != "and" {
				break
			}
			j := k + 1
			if d.toks[k].key == "," && d.toks[j].key == "and" {
				j++
			}
			n := d.mentionAt(j)
			if n == nil || n.s != j || n.ent == nil || n.ent.typ != schema.Person {
				break
			}
			for _, o := range orgs {
				if e := d.orgNamed(o); e != nil {
					add(n.ent, title, e, n.s)
				}
			}
			k = n.e
		}
	}
}

// orgNamed is the entity of the article named name that is not a person.
func (d *doc) orgNamed(name string) *entity {
	for _, t := range []schema.EntityType{schema.Agency, schema.Government, schema.Organization, schema.Cartel} {
		if e := d.ents[string(t)+"|"+fold(name)]; e != nil {
			return e
		}
	}
	return nil
}

// hasStatedPost reports whether a post of p at a body the text names is
// recorded (not one guessed from context).
func (d *doc) hasStatedPost(p *entity) bool {
	for _, r := range d.roles {
		if r.Person == p.name && !d.guessed[fold(r.Person)+"|"+fold(r.Org)] {
			return true
		}
	}
	return false
}

// pluralKnownHolders reads "Presidents A and B" whose first name got no
// post: each listed person the gazetteer knows as holding that office
// holds it in the government of the gazetteer's country.
func (d *doc) pluralKnownHolders(m *mention, add func(*entity, string, *entity, int)) {
	pt := m.s - 1
	w := d.surface(pt, pt+1)
	title, head := strings.TrimSuffix(w, "s"), strings.TrimSuffix(d.toks[pt].key, "s")
	for n := m; n != nil; {
		if gp := d.gazPerson(n.ent.name); gp != nil && gp.country != "" && strings.Contains(fold(gp.title), head) {
			if g := d.govNamed(gp.country); g != nil {
				add(n.ent, title, g, n.s)
			}
		}
		k := n.e
		if k+1 >= len(d.toks) || d.toks[k].key != "," && d.toks[k].key != "and" {
			break
		}
		j := k + 1
		if d.toks[k].key == "," && d.toks[j].key == "and" {
			j++
		}
		if n = d.mentionAt(j); n == nil || n.s != j || n.ent == nil || n.ent.typ != schema.Person {
			break
		}
	}
}
