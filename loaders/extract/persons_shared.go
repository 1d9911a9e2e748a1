package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// sharedSurnames reads a known given name written alone before "and" and a
// person named by given name and surname ("brothers Pedro and Tomás Vidal
// Ruiz"): the two share the surname, so the first is a person of that
// surname too. It returns the one-word runs of single it did not name.
func (d *doc) sharedSurnames(single []nameRun) []nameRun {
	out := single[:0]
	for _, r := range single {
		if !d.sharedSurnameAt(r) {
			out = append(out, r)
		}
	}
	return out
}

// sharedSurnameAt names the one-word run r after the surname of the person
// "and" joins it to, and reports whether it did.
func (d *doc) sharedSurnameAt(r nameRun) bool {
	if r.e-r.s != 1 || !d.free(r.s, r.e) || r.e+1 >= len(d.toks) || d.toks[r.e].key != "and" {
		return false
	}
	key := d.toks[r.s].key
	g := d.g.given[key]
	if g == 0 {
		return false
	}
	m := d.mentionAt(r.e + 1)
	if m == nil || m.s != r.e+1 || m.ent == nil || m.ent.typ != schema.Person || m.e-m.s < 2 || d.g.given[d.toks[m.s].key] == 0 {
		return false
	}
	s := m.s + 1
	for s < m.e && (d.toks[s].letters == 1 || strings.HasSuffix(d.toks[s].key, ".") && d.toks[s].letters <= 2) {
		s++ // "Ana and Luis M. Ruiz": the middle initial is Luis's
	}
	if s >= m.e || d.g.given[d.toks[s].key] != 0 {
		return false // no surname, or a second given name: whose, unclear
	}
	for _, e := range d.entList {
		if e.typ == schema.Person && e != m.ent && len(e.toks) > 1 && e.toks[0] == key {
			return false // "Ana" is the Ana Soto named before
		}
	}
	name := d.surface(r.s, r.e) + " " + d.surface(s, m.e)
	ent := d.entity(schema.Person, name, r.s)
	ent.toks = append(d.nameKeys(r.s, r.e), d.nameKeys(s, m.e)...)
	if ent.gender == 0 && (g == 'f' || g == 'm') {
		ent.gender = g
	}
	d.take(&mention{s: r.s, e: r.e, ent: ent, typ: schema.Person, rule: "entity/person:shared-surname"})
	return true
}
