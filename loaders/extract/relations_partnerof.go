package extract

import "github.com/newsgraph/newsgraph/schema"

// partnerOfNouns, singular after a copula and before "of" or "to", state
// the subject's standing cooperation with the object: "A is a strong
// partner of B", "A remains a steadfast ally to B".
var partnerOfNouns = set("partner", "ally")

// partnerOf reads "A is (remains, has been) a … partner of B" between
// bodies and states as A cooperating with B. Persons' partners ("a
// business partner of X") are no such tie, and a negated copula states
// none.
func (d *doc) partnerOf(add func(*entity, string, *entity, int)) {
	for i := 2; i+1 < len(d.toks); i++ {
		if !partnerOfNouns[d.toks[i].key] || d.inQuote[i] || d.mentionAt(i) != nil {
			continue
		}
		if k := d.toks[i+1].key; k != "of" && k != "to" {
			continue
		}
		sent := d.toks[i].sent
		j := i - 1
		for j > 0 && j > i-6 && d.toks[j].sent == sent && d.toks[j].kind == tWord && !d.toks[j].cap && d.mentionAt(j) == nil &&
			d.toks[j].key != "a" && d.toks[j].key != "an" && !beForms[d.toks[j].key] {
			j-- // "strong democratic", "long-standing"
		}
		if j < 1 || (d.toks[j].key != "a" && d.toks[j].key != "an") {
			continue
		}
		c := j - 1
		if c < 0 || d.toks[c].sent != sent || !beForms[d.toks[c].key] && !partnerVerbs[d.toks[c].key] {
			continue
		}
		g := d.verbGroup(c)
		if g.neg || g.modal {
			continue
		}
		subj := nonPersons(d.actorsLeft(g.start, sent, "cooperatesWith", sideSubj))
		if len(subj) == 0 || d.mentionAt(g.start-1) == nil {
			continue // the subject named right before the copula
		}
		for _, o := range nonPersons(d.actorsRight(i+2, sent, "cooperatesWith", sideObj)) {
			for _, s := range subj {
				add(s, "cooperatesWith", o, i)
			}
		}
	}
}

// nonPersons keeps the entities of es that are not persons.
func nonPersons(es []*entity) []*entity {
	var out []*entity
	for _, e := range es {
		if e.typ != schema.Person {
			out = append(out, e)
		}
	}
	return out
}
