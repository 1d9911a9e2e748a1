// A copular list written in running text: "The individuals named in the
// indictment are A, B and C", "Charged in the indictment is A, 20; B, 19;
// and C, 22", "The eight defendants extradited are A, B, …".

package extract

import "github.com/newsgraph/newsgraph/schema"

// verdictWords in a list's head make its people the convicted, which the
// list does not read.
var verdictWords = set("guilty", "convicted", "sentenced", "acquitted")

// inlineCopulaList reads a sentence whose subject, before the copula at
// token c ("are", "is"), names no one and states acts (copulaListCues:
// "named in the indictment", "charged", "defendants extradited"), and
// whose complement is a list of people: each listed person takes those
// acts, as in a list set out under "are:" (copulaListActs). A listed
// person opens the complement or follows a comma, a semicolon or "and"
// ("A aka B": the alias is no second person).
func (d *doc) inlineCopulaList(c int, add func(*entity, string, *entity, int)) {
	sent := d.toks[c].sent
	if c+1 >= len(d.toks) || d.toks[c+1].sent != sent || d.inQuote[c] {
		return
	}
	if m := d.mentionAt(c + 1); m == nil || m.s != c+1 || m.ent == nil || m.ent.typ != schema.Person {
		return
	}
	for k := c - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		if d.mentionAt(k) != nil || announceVerbs[d.toks[k].key] || d.toks[k].key == "said" {
			return // "X said the defendants are …", "A and B are charged": a named subject
		}
		if verdictWords[d.toks[k].key] {
			return // "The defendants found guilty are A and B": a verdict, not the charge
		}
	}
	acts := d.copulaActs(c, true)
	if len(acts) == 0 {
		return
	}
	for _, m := range d.runningListPeople(c) {
		for _, a := range acts {
			for _, s := range a.subjs {
				add(s, a.pred, m.ent, m.s)
			}
		}
	}
}

// runningListPeople reads a list run on in the sentence after token c
// (a colon, a copula): the mentions of people in it, in order, each
// opening the list or following a comma, a semicolon or "and". A mention
// after any other word ("A aka B", "A of B") is passed over, so an alias
// or a place is no second person; the list runs to the sentence's end.
func (d *doc) runningListPeople(c int) []*mention {
	var out []*mention
	sent := d.toks[c].sent
	for k := c + 1; k < len(d.toks) && d.toks[k].sent == sent; k++ {
		m := d.mentionAt(k)
		if m == nil || m.s != k {
			continue
		}
		if p := d.toks[k-1].key; k > c+1 && p != "," && p != ";" && p != "and" {
			k = m.e - 1
			continue
		}
		if m.ent != nil && m.ent.typ == schema.Person {
			out = append(out, m)
		}
		k = m.e - 1
	}
	return out
}
