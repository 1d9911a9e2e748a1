package extract

import "github.com/newsgraph/newsgraph/schema"

// parenNicknamed finds people written with the short form of their given
// name in parentheses inside the name: Antonio (Tony) Reyes is Antonio
// Reyes, alias Tony. The name before the parenthesis opens with a known
// given name, the parenthesis holds one capitalised word that is no
// acronym, and a surname follows it.
func (d *doc) parenNicknamed() {
	for i := 1; i+3 < len(d.toks); i++ {
		if d.toks[i].key != "(" || d.toks[i+2].key != ")" || !d.nameTok(i-1) || !d.nameTok(i+1) || !d.nameTok(i+3) ||
			d.toks[i+3].sent != d.toks[i].sent || d.inQuote[i-1] {
			continue
		}
		if ps, n := d.g.lookup(d.toks, i+1); n > 0 && len(ps) > 0 {
			continue // a known name in parentheses is a place or a body: "Luis (Peru) …"
		}
		s := i - 1
		for s > 0 && i-s < 3 && d.nameTok(s-1) && d.toks[s-1].sent == d.toks[i].sent && !d.toks[s].brk {
			s--
		}
		if d.g.given[d.toks[s].key] == 0 {
			continue
		}
		e := d.personRun(i + 3)
		if e-(i+3) > 3 {
			continue
		}
		keys := append(d.nameKeys(s, i), d.nameKeys(i+3, e)...)
		ent := d.entity(schema.Person, d.surface(s, i)+" "+d.surface(i+3, e), s)
		ent.toks = keys
		if g := d.g.given[d.toks[s].key]; g == 'f' || g == 'm' {
			ent.gender = g
		}
		ent.alias(d.surface(i+1, i+2))
		d.take(&mention{s: s, e: e, ent: ent, typ: schema.Person})
		i = e
	}
}
