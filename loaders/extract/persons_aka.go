package extract

import "github.com/newsgraph/newsgraph/schema"

// akaMarkers open the other names of a person written right after the
// name: "X, aka A and B", "X (alias “A”)", "X, also known as A", and the
// court and prosecutors' "X, a/k/a “A,”".
var akaMarkers = [][]string{{"aka"}, {"a.k.a."}, {"a", "/", "k", "/", "a"}, {"alias"}, {"also", "known", "as"}, {"known", "as"},
	{"goes", "by", "the", "moniker"}, {"goes", "by", "the", "nickname"}, {"goes", "by", "the", "alias"},
	{"goes", "by", "the", "name"}, {"goes", "by"}, {"nicknamed"}}

// akaAliases makes the names after an alias marker that follows a person's
// name, or the age after it ("Mario Ruiz, aka El Gato and El Flaco,", "Ruiz
// goes by the moniker “El Gato”", "Mario Ruiz, 33, also known as Flaco,")
// other names of that person, not people of their own.
func (d *doc) akaAliases() {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.e >= len(d.toks) {
			continue
		}
		k := m.e
		if k+2 < len(d.toks) && d.ageAt(k+1) {
			k += 2 // "X, 33, also known as A": past the age
		}
		if d.toks[k].key == "," || d.toks[k].key == "(" {
			k++
		}
		n := d.phraseAt(k, akaMarkers)
		if n == 0 {
			continue
		}
		k += n
		if k < len(d.toks) && d.toks[k].key == "," {
			k++ // "also known as, “El Y”"
		}
		for k < len(d.toks) && d.toks[k].sent == d.toks[m.s].sent {
			if d.toks[k].kind == tQuote {
				k++
				continue
			}
			a := d.mentionAt(k)
			if a == nil || a.s != k || a.ent == nil || a.ent.typ != schema.Person {
				break
			}
			if a.ent != m.ent {
				other := a.ent
				d.repoint(other, m.ent)
				other.typ = "" // dropped: one person's other name
			}
			k = a.e
			for k < len(d.toks) && d.toks[k].kind == tQuote {
				k++
			}
			if k+1 < len(d.toks) && (d.toks[k].key == "and" || d.toks[k].key == "or" || d.toks[k].key == ",") {
				k++
				continue
			}
			break
		}
	}
}
