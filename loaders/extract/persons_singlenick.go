// Inside a quotation, a quoted nickname takes single marks: “… ‘El Gato’
// Ruiz was arrested …”. A Spanish article and capitalised words between
// single marks, right before a surname, are that person's nickname.

package extract

import "github.com/newsgraph/newsgraph/schema"

// singleQuotedNicknames reads "‘El Gato’ Ruiz": the surname after the
// closing mark is a person's, the nickname its alias.
func (d *doc) singleQuotedNicknames() {
	for i := 0; i+4 < len(d.toks); i++ {
		if d.toks[i].key != "'" || !d.toks[i].space || d.at[i+1] != 0 || !d.toks[i+1].cap || !spanishArticles[d.toks[i+1].key] {
			continue
		}
		c := i + 2
		for c < len(d.toks) && c < i+4 && d.capWord(c) && d.at[c] == 0 && !d.toks[c].brk {
			c++
		}
		if c == i+2 || c+1 >= len(d.toks) || d.toks[c].key != "'" || d.toks[c].space || !d.toks[c+1].space {
			continue
		}
		if !d.nameTok(c+1) || d.toks[c+1].sent != d.toks[i].sent {
			continue
		}
		e := d.personRun(c + 1)
		if e-(c+1) > 3 {
			continue
		}
		ent := d.entity(schema.Person, d.surface(c+1, e), c+1)
		ent.toks = d.nameKeys(c+1, e)
		ent.alias(d.surface(i+1, c))
		d.take(&mention{s: c + 1, e: e, ent: ent, typ: schema.Person, rule: "entity/person:nickname"})
		i = e - 1
	}
}
