// A state a speaker calls "a partner" with no one named it is a partner
// of: "Mexico has been a really important partner in this work", said by
// a US official, is Mexico's partnership with the United States.

package extract

import "github.com/newsgraph/newsgraph/schema"

// barePartners reads "A is (has been, remains) a … partner" with no "of",
// "to" or "with" after the noun, in a speaker's quotation or own words
// (ownSpeech), as A cooperating with the speaker's government: the
// speaker names their own side's partner. A must be a government other
// than the speaker's, named right before the copula; a negated or modal
// copula states no tie.
func (d *doc) barePartners(add func(*entity, string, *entity, int)) {
	spans := d.ownSpeech()
	for _, q := range d.quotes {
		if q.speaker != nil {
			spans = append(spans, q)
		}
	}
	for _, q := range spans {
		g := q.speaker
		if g != nil && g.typ == schema.Person {
			g = d.personGov(g)
		}
		if g == nil || g.typ != schema.Government {
			continue
		}
		for i := q.open + 2; i <= q.last && i+1 < len(d.toks); i++ {
			if d.toks[i].key != "partner" || d.mentionAt(i) != nil {
				continue
			}
			if k := d.toks[i+1].key; k == "of" || k == "to" || k == "with" || k == "for" {
				continue
			}
			if a := d.copulaSubject(i); a != nil && a.typ == schema.Government && a != g {
				add(a, "cooperatesWith", g, i)
			}
		}
	}
}

// copulaSubject is the actor named right before the copula of "A is (has
// been, remains) a … partner" whose noun is at i: over up to four plain
// words ("a really important"), the article, and an affirmed copula; nil
// otherwise.
func (d *doc) copulaSubject(i int) *entity {
	sent := d.toks[i].sent
	j := i - 1
	for j > 0 && j > i-6 && d.toks[j].sent == sent && d.toks[j].kind == tWord && !d.toks[j].cap && d.mentionAt(j) == nil &&
		d.toks[j].key != "a" && d.toks[j].key != "an" && !beForms[d.toks[j].key] {
		j--
	}
	if j < 1 || d.toks[j].key != "a" && d.toks[j].key != "an" {
		return nil
	}
	c := j - 1
	if c < 0 || d.toks[c].sent != sent || !beForms[d.toks[c].key] && !partnerVerbs[d.toks[c].key] {
		return nil
	}
	vg := d.verbGroup(c)
	if vg.neg || vg.modal {
		return nil
	}
	m := d.mentionAt(vg.start - 1)
	if m == nil || m.ent == nil || m.e != vg.start {
		return nil
	}
	return m.ent
}
