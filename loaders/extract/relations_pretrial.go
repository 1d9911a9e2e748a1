// A person held before trial: "X was in pretrial detention", "X remained
// in preventive detention", "authorities placed X in pretrial detention",
// "a judge ordered X be held in preventive detention". The state holds
// them: it arrested them.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

var (
	pretrialMods  = lexWords.set("pretrialMods")
	pretrialHolds = lexWords.set("pretrialHolds")
	// detentionHeads are the nouns a pretrial modifier qualifies.
	detentionHeads = set("detention", "confinement", "custody")
	// placeVerbs put their object into detention ("placed X in").
	placeVerbs = set("placed", "place", "places", "placing", "held", "hold", "holds", "kept", "keep",
		"sent", "send", "sends", "remanded", "put", "puts")
)

// pretrialDetentions reads a person held "in pretrial detention" as
// arrested by the state whose text it is (reportState), else the state
// whose court holds when none is named (courtCountry): the subject of a
// copula, "remain" or a passive hold before "in", a pronoun the person
// named before it in the sentence, or the object of a verb of placing. A negated, modal or
// hypothetical holding states none; nor does a detention that is no one's
// ("the use of pretrial detention").
func (d *doc) pretrialDetentions(add func(*entity, string, *entity, int)) {
	for i := 2; i < len(d.toks); i++ {
		if !detentionHeads[d.toks[i].key] || !pretrialMods[d.toks[i-1].key] || d.inQuote[i] {
			continue
		}
		p, sent := i-2, d.toks[i].sent
		if k := d.toks[p].key; k != "in" && k != "to" || p == 0 || d.toks[p-1].sent != sent {
			continue
		}
		held, v := d.pretrialHeld(p, sent)
		d.stateArrested(add, held, v, i)
	}
}

// stateArrested adds the people held, whose holding the verb group at v
// states, as arrested by the state whose text it is (reportState), else
// the state whose court holds when none is named (courtCountry after the
// token at). A negated, modal or hypothetical holding states none.
func (d *doc) stateArrested(add func(*entity, string, *entity, int), held []*entity, v, at int) {
	if len(held) == 0 {
		return
	}
	if g := d.verbGroup(v); g.neg || g.modal || d.hypothetical(v) {
		return
	}
	var by []*entity
	if rs := d.reportState(); rs != nil {
		by = []*entity{rs}
	} else {
		by = d.courtCountry(at+1, d.toks[at].sent)
	}
	for _, s := range by {
		for _, o := range held {
			add(s, "arrested", o, at)
		}
	}
}

// pretrialHeld is the people held by the "in" at p and the token whose verb
// group states the holding: the subject over the holding words before p
// ("A and B were in", "X remained in", "he was held in"), else the person
// right before p when a verb of placing comes before them ("placed
// Senator X in").
func (d *doc) pretrialHeld(p, sent int) ([]*entity, int) {
	k := p - 1
	for k >= 0 && d.toks[k].sent == sent && d.mentionAt(k) == nil &&
		(pretrialHolds[d.toks[k].key] || strings.HasSuffix(d.toks[k].key, "ly") && !d.toks[k].cap) {
		k--
	}
	if k < p-1 { // a holding word: the subject before it
		if k < 0 || d.toks[k].sent != sent {
			return nil, 0
		}
		if g := pronounGender[d.toks[k].key]; g == 'm' || g == 'f' {
			for j := k - 1; j >= 0 && d.toks[j].sent == sent; j-- {
				if m := d.mentionAt(j); m != nil && m.ent != nil && m.ent.typ == schema.Person && (m.ent.gender == 0 || m.ent.gender == g) {
					return []*entity{m.ent}, k + 1 // the person named before in the sentence
				}
			}
			return nil, 0
		}
		if m := d.mentionAt(k); m == nil || m.ent == nil || m.ent.typ != schema.Person {
			return nil, 0
		}
		return personsOnly(d.actorsLeft(k+1, sent, "arrested", sideObj)), k + 1
	}
	m := d.mentionAt(p - 1)
	if m == nil || m.ent == nil || m.ent.typ != schema.Person || m.e != p {
		return nil, 0
	}
	for j := m.s - 1; j >= 0 && j >= m.s-3 && d.toks[j].sent == sent; j-- {
		if placeVerbs[d.toks[j].key] {
			return []*entity{m.ent}, j
		}
		if t := d.toks[j]; t.kind != tWord || d.mentionAt(j) != nil {
			break
		}
	}
	return nil, 0
}
