package extract

import "github.com/newsgraph/newsgraph/schema"

// partnerOfNouns, singular after a copula and before "of", "to" or
// "for", state the subject's standing cooperation with the object: "A is
// a strong partner of B", "A remains a steadfast ally to B", "A has been
// an important partner for B". A "friend" states it only coordinated with
// one of them: "a friend and an ally to B", "an ally and partner of B".
var partnerOfNouns = set("partner", "ally")

// partnerOfIntros introduce the other side after a partnerOfNoun.
var partnerOfIntros = set("of", "to", "for")

// partnerOf reads "A is (remains, has been) a … partner of B" between
// bodies and states as A cooperating with B. Persons' partners ("a
// business partner of X") are no such tie, and a negated copula states
// none.
func (d *doc) partnerOf(add func(*entity, string, *entity, int)) {
	for i := 2; i+1 < len(d.toks); i++ {
		if !partnerOfNouns[d.toks[i].key] || d.inQuote[i] || d.mentionAt(i) != nil {
			continue
		}
		if !partnerOfIntros[d.toks[i+1].key] {
			continue
		}
		sent := d.toks[i].sent
		j := d.partnerNounStart(i, sent)
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

// partnerNounStart walks left from the partner noun at i over its
// adjectives ("strong democratic", "long-standing") and over one noun
// coordinated before it ("an ally and partner", "a friend and an ally"),
// and returns the index of the token before them.
func (d *doc) partnerNounStart(i, sent int) int {
	j := i - 1
	for j > 0 && j > i-6 && d.toks[j].sent == sent && d.toks[j].kind == tWord && !d.toks[j].cap && d.mentionAt(j) == nil &&
		d.toks[j].key != "a" && d.toks[j].key != "an" && !beForms[d.toks[j].key] {
		if d.toks[j].key == "and" {
			k := j - 1
			if k > 0 && (partnerOfNouns[d.toks[k].key] || d.toks[k].key == "friend") {
				return d.partnerNounStart(k, sent) // "an ally and partner of"
			}
		}
		j-- // "strong democratic", "long-standing"
	}
	if (d.toks[j].key == "a" || d.toks[j].key == "an") && j >= 2 && d.toks[j-1].key == "and" && d.toks[j-1].sent == sent {
		if k := j - 2; partnerOfNouns[d.toks[k].key] || d.toks[k].key == "friend" {
			return d.partnerNounStart(k, sent) // "a friend and an ally to"
		}
	}
	return j
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
