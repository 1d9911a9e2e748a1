package extract

import "github.com/newsgraph/newsgraph/schema"

// A release's masthead may name the office that issued it on a line of
// its own under the headline ("Office of the Spokesperson", "Bureau of
// Public Affairs"). Such a line is in title case, as a headline is, but it
// is no headline: it is one body's name, its head word first and its
// complement after "of", filling the line.

// mastheadBodyParas is how many paragraphs from the top a masthead line
// may stand.
const mastheadBodyParas = 6

// mastheadBody reports whether the capitalised head at token i opens a
// title-case line, under the headline and near the top, that holds only
// that body's name: "Office of the Spokesperson".
func (d *doc) mastheadBody(i int) bool {
	t := d.toks[i]
	if t.para == 0 || t.para > mastheadBodyParas || !t.brk || !agencyHeads[t.key] ||
		i+2 >= len(d.toks) || d.toks[i+1].key != "of" || d.toks[i+1].para != t.para {
		return false
	}
	e := d.orgNameEnd(i, schema.Agency)
	if e <= i+2 {
		return false
	}
	return e == len(d.toks) || d.toks[e].para != t.para
}
