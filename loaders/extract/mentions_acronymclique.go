// A clique named with its acronym in parentheses before the word
// "clique": "the Los X Salvatruchos (LXS) clique of MS-13".

package extract

import "github.com/newsgraph/newsgraph/schema"

// acronymCliqueNames reads a run of two to six capitalised words that an
// acronym in parentheses and the word "clique" follow ("the North Side
// Locos Salvatrucha (NSLS) clique", "the Y (Z) Clique of MS-13"): a
// criminal group named by the words, the acronym one of its names, there
// and after.
func (d *doc) acronymCliqueNames() {
	for k := 3; k+3 < len(d.toks); k++ {
		if d.toks[k].key != "(" || d.toks[k+2].key != ")" || d.toks[k+3].key != "clique" {
			continue
		}
		acr := d.toks[k+1]
		if acr.kind != tWord || !acr.upper || acr.letters < 2 || acr.sent != d.toks[k].sent {
			continue
		}
		s := k
		for s > 0 && k-s < 6 && d.toks[s-1].kind == tWord && d.toks[s-1].cap && d.toks[s-1].sent == acr.sent && !d.toks[s-1].brk {
			s--
		}
		if k-s < 2 || s == 0 || d.toks[s-1].key != "the" || !d.free(s, k) {
			continue
		}
		ent := d.entity(schema.Cartel, d.surface(s, k), s)
		ent.mentions++
		d.take(&mention{s: s, e: k, ent: ent, typ: schema.Cartel, rule: "entity/acronym-clique"})
		name := d.surface(k+1, k+2)
		ent.alias(name)
		d.acronymUses(ent, name, k+1)
	}
}
