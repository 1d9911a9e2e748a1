// A conviction for a violent crime against a named person: "X was
// convicted of the 2016 murder of Y", "a court sentenced A and B for the
// crime of torture against Y". The court found the convicted did it: they
// attacked the victim. A charge or a trial awaited states no such act.

package extract

import "github.com/newsgraph/newsgraph/schema"

var (
	harmNouns = lexWords.set("harmNouns")
	// convictForms are the verbs of a conviction or sentence.
	convictForms = set("convicted", "sentenced")
)

// convictedHarms reads a conviction verb (passive: its subject is the
// convicted; active: its object) whose sentence goes on to a harm noun
// with "of" or "against" and a person ("for the 1999 killing of
// journalist Y"): each convicted person attacked Y. A negated, modal or
// hypothetical conviction, and a victim that is also one of the convicted,
// give none.
func (d *doc) convictedHarms(add func(*entity, string, *entity, int)) {
	for v := 1; v < len(d.toks); v++ {
		if !convictForms[d.toks[v].key] || d.inQuote[v] {
			continue
		}
		sent := d.toks[v].sent
		g := d.verbGroup(v)
		if g.neg || g.modal || g.infinitive || d.hypothetical(v) {
			continue
		}
		victim, at := d.harmVictim(v+1, sent)
		if victim == nil {
			continue
		}
		var convicted []*entity
		if g.passive {
			convicted = d.actorsLeft(g.start, sent, "convicted", sideObj)
		} else {
			convicted = d.actorsRight(v+1, sent, "convicted", sideObj)
		}
		for _, c := range convicted {
			if c.typ == schema.Person && c != victim {
				add(c, "attacked", victim, at)
			}
		}
	}
}

// harmVictim is the person a harm noun after token from names with "of"
// or "against" over at most three lower-case words ("the 2016 murder of
// Y", "torture against high school student Y"), and the noun's token; nil
// past a clause's end or twenty-five tokens.
func (d *doc) harmVictim(from, sent int) (*entity, int) {
	for k := from; k+1 < len(d.toks) && k < from+25 && d.toks[k].sent == sent; k++ {
		key := d.toks[k].key
		if actorStop[key] || key == "while" || key == "after" {
			return nil, 0
		}
		if !harmNouns[key] || d.toks[k+1].key != "of" && d.toks[k+1].key != "against" {
			continue
		}
		for j := k + 2; j < len(d.toks) && j <= k+5 && d.toks[j].sent == sent; j++ {
			if m := d.mentionAt(j); m != nil {
				if m.ent != nil && m.ent.typ == schema.Person && m.s == j {
					return m.ent, k
				}
				return nil, 0
			}
			if t := d.toks[j]; t.kind != tWord || t.cap {
				return nil, 0
			}
		}
		return nil, 0
	}
	return nil, 0
}
