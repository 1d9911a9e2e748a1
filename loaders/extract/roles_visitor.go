package extract

import "github.com/newsgraph/newsgraph/schema"

// visitVerbs say that the subject goes to a place: a holder who visits a
// country is a guest there, not one of its officials.
var visitVerbs = set("visited", "visits", "visit", "visiting", "traveled", "travelled", "travels", "traveling",
	"travelling", "toured", "tours", "arrived", "arrives", "flew")

// visitsCountry reports whether the person named at token at goes to
// country c in the same sentence ("Acting Assistant Secretary X traveled
// to Guatemala", "Adm. Y visited Peru on Monday"): a verb of visiting
// follows the name before any other person is named, and c comes within
// four words after it.
func (d *doc) visitsCountry(at int, c string) bool {
	m := d.mentionAt(at)
	if m == nil || m.ent == nil || m.ent.typ != schema.Person || d.inQuote[at] {
		return false
	}
	sent := d.toks[at].sent
	v := -1
	for k := m.e; k < len(d.toks) && k < m.e+8 && d.toks[k].sent == sent; k++ {
		if o := d.mentionAt(k); o != nil && o.ent != nil && o.ent.typ == schema.Person {
			return false // someone else's visit
		}
		if visitVerbs[d.toks[k].key] {
			v = k
			break
		}
	}
	if v < 0 {
		return false
	}
	for _, ca := range d.countries {
		if ca.country == c && ca.tok > v && ca.tok <= v+4 && d.toks[ca.tok].sent == sent {
			return true
		}
	}
	return false
}
