// The sending state an article names once for its extradition: "X
// Extradited to the United States from Mexico … The extradition of X
// exemplifies …".

package extract

import "github.com/newsgraph/newsgraph/schema"

// articleSender is the one government the article names as the state an
// extradition came "from" ("extradited from Mexico", "his extradition
// from Mexico to the United States", "Extraditions from Mexico"), or nil
// when it names none or more than one. A release about an extradition
// states the sending state once, often in the headline or lede, and
// names the act bare afterwards ("The extradition of X shows …"): the
// bare act is that same extradition. The person o's own arrival "from" a
// state counts too ("X arrived from Honduras yesterday"): an extradited
// person arrives from the state that sent them; so does a state's handing
// o over to another state's bodies ("Mexican authorities handed over X to
// U.S. authorities").
func (d *doc) articleSender(o *entity) *entity {
	var g *entity
	for v := range d.toks {
		if s := d.handoverState(v, o); s != nil {
			if g != nil && g != s {
				return nil
			}
			g = s
			continue
		}
		if key := d.toks[v].key; key == "arrived" {
			if m := d.mentionAt(v - 1); v == 0 || m == nil || m.ent != o || m.e != v {
				continue
			}
		} else if !extraditionForms[key] && key != "extraditions" {
			continue
		}
		for _, k := range d.prepsAfter(v, "from") {
			for _, s := range d.govAfterFrom(k) {
				if g != nil && g != s {
					return nil // two sending states: which one is unsaid
				}
				g = s
			}
		}
	}
	return g
}

// clauseNamesFrom reports whether a "from" follows token i within its
// sentence's next few words: the extradition names its own origin.
func (d *doc) clauseNamesFrom(i, sent int) bool {
	for k := i; k < len(d.toks) && d.toks[k].sent == sent && k < i+20; k++ {
		if d.toks[k].key == "from" {
			return true
		}
	}
	return false
}

// articleDestination is the one government the article names as the state
// an extradition went "to" ("Extradited to the United States", "his
// extradition from Peru to the United States"), or nil when it names none
// or more than one: the state whose charges a bare extradition "on
// charges" answers.
func (d *doc) articleDestination() *entity {
	var g *entity
	for v := range d.toks {
		if !extraditionForms[d.toks[v].key] && d.toks[v].key != "extraditions" {
			continue
		}
		for _, k := range d.prepsAfter(v, "to") {
			m := d.mentionAt(k + 1)
			if m == nil && d.toks[k+1].key == "the" {
				m = d.mentionAt(k + 2)
			}
			if m == nil || m.s <= k || m.ent == nil || m.ent.typ != schema.Government {
				continue
			}
			if g != nil && g != m.ent {
				return nil // two destinations: which one is unsaid
			}
			g = m.ent
		}
	}
	return g
}

// prepsAfter returns the positions of the preposition prep among the six
// words after the cue at v, up to the end of its clause (a comma, a full
// stop or a word that starts another actor's clause).
func (d *doc) prepsAfter(v int, prep string) []int {
	var ks []int
	sent := d.toks[v].sent
	for k := v + 1; k+1 < len(d.toks) && d.toks[k].sent == sent && k <= v+6; k++ {
		key := d.toks[k].key
		if actorStop[key] || key == "," || key == "." {
			break
		}
		if key == prep {
			ks = append(ks, k)
		}
	}
	return ks
}

// handoverState is the government whose bodies hand the person o over to
// another state's at the handover verb at v ("Mexican authorities handed
// over X to U.S. authorities": Mexico), or nil: no handover of o there, a
// passive, negated or planned one, or a giver or receiver of no state or
// the same state.
func (d *doc) handoverState(v int, o *entity) *entity {
	if key := d.toks[v].key; !transferForms[key] && !handForms[key] {
		return nil
	}
	person, to := d.handedOver(v, false)
	if person != o {
		return nil
	}
	vg := d.verbGroup(v)
	if vg.passive || d.unstated(v, vg) {
		return nil
	}
	r := to + 1
	if r < len(d.toks) && d.toks[r].key == "the" {
		r++
	}
	m := d.mentionAt(r)
	if m == nil || m.ent == nil || m.s != r {
		return nil
	}
	recv := d.stateOf(m.ent)
	var giver *entity
	for _, s := range d.handoverGivers(vg.start, d.toks[v].sent) {
		if st := d.stateOf(s); st != nil {
			if giver != nil && giver != st {
				return nil
			}
			giver = st
		}
	}
	if giver == nil || recv == nil || giver == recv {
		return nil
	}
	return giver
}

// stateOf is the government e is or belongs to (an agency of a named
// state), or nil.
func (d *doc) stateOf(e *entity) *entity {
	switch {
	case e == nil:
		return nil
	case e.typ == schema.Government:
		return e
	case e.typ == schema.Agency && e.country != "":
		return d.govNamed(e.country)
	}
	return nil
}
