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
	d.pluralTitleAtBody(add)
	d.pluralCopulaRoles(add)
	d.pluralLegislatorRoles(add)
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted || m.s < 2 || !d.pluralTitle(m.s-1) {
			continue
		}
		// only the first name's posts under the plural's own title: not
		// those read elsewhere ("Representatives A and B", then "A is Chair
		// of the C": B chairs nothing)
		head := strings.TrimSuffix(d.toks[m.s-1].key, "s")
		var orgs []string
		title := ""
		for _, r := range d.roles {
			if r.Person == m.ent.name && strings.Contains(fold(r.Title), head) {
				orgs = append(orgs, r.Org)
				title = r.Title
			}
		}
		if len(orgs) == 0 {
			d.pluralKnownHolders(m, add)
			continue
		}
		for _, n := range d.personsListedAfter(m) {
			for _, o := range orgs {
				if e := d.orgNamed(o); e != nil {
					add(n.ent, title, e, n.s)
				}
			}
		}
	}
}

// personsListedAfter are the person mentions that follow m in its
// sentence, joined by commas and a last "and": "A, B and C", "A, B, and C".
func (d *doc) personsListedAfter(m *mention) []*mention {
	var out []*mention
	sent := d.toks[m.s].sent
	for n := m; n.e+1 < len(d.toks) && d.toks[n.e].sent == sent; {
		if n = d.nextListedPerson(n); n == nil {
			break
		}
		out = append(out, n)
	}
	return out
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
		n = d.nextListedPerson(n)
	}
}

// bodyLinks join a plural title to the body its holders serve: "Senior
// Directors on the X", "Deputy Ministers of the Y".
var bodyLinks = set("on", "at", "of", "in")

// pluralTitleAtBody reads "Senior Directors on President Biden's National
// Security Council A and B": a plural title, a preposition, the body
// (after a possessor or not), then the names, each of whom holds the post
// at the body.
func (d *doc) pluralTitleAtBody(add func(*entity, string, *entity, int)) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted || m.s < 4 {
			continue
		}
		bm := d.mentionAt(m.s - 1)
		if bm == nil || bm.ent == nil || bm.e != m.s || bm.ent.typ == schema.Person || bm.ent.typ == schema.Agreement {
			continue
		}
		sent := d.toks[m.s].sent
		k := bm.s - 1
		if k > 0 && d.toks[k].key == "the" {
			k--
		}
		if k > 0 && d.toks[k].key == "'s" { // "President Biden's"
			pm := d.mentionAt(k - 1)
			if pm == nil || pm.ent == nil {
				continue
			}
			for k = pm.s - 1; k > 0 && d.toks[k].sent == sent && d.at[k] == 0 && !bodyLinks[d.toks[k].key] && d.isTitleTok(k); k-- {
			}
		}
		if k < 2 || d.toks[k].sent != sent || !bodyLinks[d.toks[k].key] {
			continue
		}
		h := k - 1
		if !d.toks[h].cap || d.at[h] != 0 || len(d.toks[h].key) <= 4 || !strings.HasSuffix(d.toks[h].key, "s") || !titleHeads[strings.TrimSuffix(d.toks[h].key, "s")] {
			continue
		}
		s := h
		for s > 0 && d.toks[s-1].sent == sent && d.toks[s-1].cap && d.at[s-1] == 0 && titleMods[d.toks[s-1].key] {
			s--
		}
		title := strings.TrimSuffix(d.surface(s, h+1), "s")
		for n := m; n != nil; {
			add(n.ent, title, bm.ent, n.s)
			n = d.nextListedPerson(n)
		}
	}
}

// nextListedPerson returns the person listed right after m (", B", "and
// B", ", and B"), or nil when the list ends there.
func (d *doc) nextListedPerson(m *mention) *mention {
	k := m.e
	if k+1 >= len(d.toks) || d.toks[k].key != "," && d.toks[k].key != "and" {
		return nil
	}
	j := k + 1
	if d.toks[k].key == "," && d.toks[j].key == "and" {
		j++
	}
	if n := d.mentionAt(j); n != nil && n.s == j && n.ent != nil && n.ent.typ == schema.Person {
		return n
	}
	return nil
}
