// A possessive pronoun in a fronted phrase refers ahead to the clause's
// subject: "Following his extradition from Peru, X appeared in court".

package extract

import "github.com/newsgraph/newsgraph/schema"

// frontingPreps open an adverbial phrase put before its clause.
var frontingPreps = set("following", "after", "upon", "since", "before", "on", "until")

// frontedPossessor is the person named right after the comma that closes a
// phrase opening the sentence with a fronting preposition, when the
// pronoun at i (of gender g) lies in that phrase ("Following his
// extradition from Peru, X appeared"). fronted reports such a phrase
// followed by a capitalised word; the person is nil when that word names
// no person of that gender (the pronoun then refers to no one before).
// The phrase may also open later, the preposition right before the
// pronoun, when no person is named before it in the sentence ("According
// to court papers, until his arrest in 2012, X led …").
func (d *doc) frontedPossessor(i int, g byte) (p *entity, fronted bool) {
	sent, s := d.toks[i].sent, d.sentStart(i)
	if !(frontingPreps[d.toks[s].key] && i-s <= 3) && !(i > s && frontingPreps[d.toks[i-1].key] && !d.personBetween(s, i)) {
		return nil, false // the pronoun must come early: "Following his …", "After her arrest and …"
	}
	for k := i + 1; k+1 < len(d.toks) && d.toks[k].sent == sent && k < i+15; k++ {
		if d.toks[k].key != "," {
			continue
		}
		if !d.toks[k+1].cap {
			return nil, false // "…, he appeared": the pronoun's own reading
		}
		m := d.mentionAt(k + 1)
		if m == nil || m.s != k+1 || m.ent == nil || m.ent.typ != schema.Person || m.ent.gender != 0 && m.ent.gender != g {
			return nil, true
		}
		return m.ent, true
	}
	return nil, false
}

// personBetween reports whether a person is named in tokens [from, to):
// true for "According to X, until his arrest" up to "his".
func (d *doc) personBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			return true
		}
	}
	return false
}
