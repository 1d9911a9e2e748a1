// Sanctions no one is named to impose: "asks the White House to lift
// the sanctions on Bolivia", "ease sanctions on the X regime". On this beat the sanctions a text speaks of without an actor
// are the United States' (another state's are told with its name:
// "Canada's sanctions on X", "the EU imposed sanctions on Y"); a ruler's
// regime sanctioned is the ruler's state.

package extract

import "github.com/newsgraph/newsgraph/schema"

// unnamedSanctioner is the actor of the sanctions noun at first when the
// clause names none: the United States, when the article names it and
// the sanctions are neither sought ("calls for sanctions on X") nor asked
// about (a question); nil otherwise.
func (d *doc) unnamedSanctioner(first, sent int) []*entity {
	if d.soughtAct(first, sent, sanctionsSoughtWords) || d.questionSentence(first) {
		return nil
	}
	if j := d.imposingVerbBefore(first, sent); j >= 0 {
		g := d.verbGroup(j)
		if g.neg || g.modal || g.infinitive {
			return nil // "urged the bloc to impose sanctions on X", "will levy", "never imposed": not imposed
		}
		// "the Treasury Department has imposed fresh sanctions on X":
		// the verb's subject, or no one when it names none
		return d.actorsLeft(g.start, sent, "sanctioned", sideSubj)
	}
	if us := d.govNamed("United States"); us != nil {
		return []*entity{us}
	}
	return nil
}

// imposingVerbs put sanctions on their object: their subject is the
// sanctioner ("X imposed sanctions on Y", "X levied financial sanctions
// against Y").
var imposingVerbs = set("imposed", "imposes", "imposing", "impose", "levied", "levies", "levying", "levy",
	"placed", "places", "placing", "announced", "announces", "announcing", "issued", "issues", "issuing",
	"slapped", "applied", "enacted", "leveled", "levelled", "implemented")

// imposingVerbBefore is the token of an imposing verb among the five
// words before the sanctions noun at first (only modifiers between:
// "imposed asset-blocking sanctions"), or -1.
func (d *doc) imposingVerbBefore(first, sent int) int {
	for k := first - 1; k >= 0 && k >= first-5 && d.toks[k].sent == sent; k-- {
		key := d.toks[k].key
		if imposingVerbs[key] {
			return k
		}
		if key != "-" && d.toks[k].kind != tWord || d.mentionAt(k) != nil || actorStop[key] || possessorStops[key] {
			return -1
		}
	}
	return -1
}

// questionSentence reports whether the sentence holding token k ends
// with a question mark.
func (d *doc) questionSentence(k int) bool {
	e := d.sentEnd(k)
	return e > 0 && d.toks[e-1].key == "?"
}

// regimeStates replaces each ruler in objs named right before a regime
// noun after token from ("sanctions on the X regime") with the ruler's
// state, when the gazetteer or the article ties the ruler to one.
func (d *doc) regimeStates(objs []*entity, from, sent int) []*entity {
	out := make([]*entity, 0, len(objs))
	for _, o := range objs {
		if o.typ != schema.Person {
			out = append(out, o)
			continue
		}
		st := o
		for k := from; k < len(d.toks) && d.toks[k].sent == sent && k < from+12; k++ {
			m := d.mentionAt(k)
			if m == nil || m.ent != o {
				continue
			}
			if g := d.regimeRulerState(m); g != nil {
				st = g
			}
			break
		}
		out = append(out, st)
	}
	return out
}

// sanctionsNoun reports whether the word at v is the noun "sanctions"
// before the word introducing its object ("harmful sanctions on X",
// "new sanctions against Y"): the verb sanctions its object directly.
func (d *doc) sanctionsNoun(v int) bool {
	if v+1 >= len(d.toks) || d.toks[v].key != "sanctions" {
		return false
	}
	next := d.toks[v+1].key
	return next == "on" || next == "against"
}

// sanctionsSoughtWords before a sanctions noun make the sanctions sought,
// not in force: "called for sanctions on X", "seeking sanctions against
// Y". ("to lift sanctions on X" speaks of sanctions in force.)
var sanctionsSoughtWords = set("for", "seek", "seeks", "sought", "seeking")

// predSanctionedState is the internal predicate of a state sanctioned by
// the noun "sanctions on X": typeOK admits a government as its object,
// which the verb "sanctioned" does not take ("OFAC sanctioned one of
// Ecuador's gangs" sanctions the gang), and add records it as sanctioned.
const predSanctionedState = "sanctionedState"

// sanctionedKind is the predicate under which a sanctions noun relates
// its object o: a government sanctioned is predSanctionedState.
func sanctionedKind(pred string, o *entity) string {
	if pred == "sanctioned" && o.typ == schema.Government {
		return predSanctionedState
	}
	return pred
}

// sectorSanctions name the sector a sanctions noun after them targets.
var sectorSanctions = set("energy", "oil", "sectoral", "petroleum", "gold", "mining", "financial", "banking")

// withSanctionedStates adds to objs the governments the object phrase of
// a sanctions noun at from names ("sanctions on Iran and Venezuela").
func (d *doc) withSanctionedStates(objs []*entity, from, sent int) []*entity {
	if v := from - 2; v >= 1 && sectorSanctions[d.toks[v-1].key] {
		return objs // "energy sanctions on X": a sector's, not the state's
	}
	for _, g := range d.actorsRight(from, sent, predSanctionedState, sideObj) {
		if !containsEnt(objs, g) && d.namedIn(g, from, sent) {
			objs = append(objs, g)
		}
	}
	return objs
}

// ownState reports whether o is the state that s is or serves: a state's
// sanctions are on others.
func (d *doc) ownState(s, o *entity) bool {
	if s == o || s.country != "" && fold(s.country) == fold(o.name) {
		return true
	}
	return s.typ == schema.Person && d.rulerState(s) == o
}

// namedIn reports whether government g is named by its name (not a
// demonym: "Nicaraguan state-owned company X" sanctions the company) in
// the twelve tokens from token from, and the object phrase opens with a
// government's name (not "state-owned company X of Venezuela": the
// company).
func (d *doc) namedIn(g *entity, from, sent int) bool {
	if from < len(d.toks) && d.toks[from].key == "the" {
		from++
	}
	if m := d.mentionAt(from); m == nil || m.s != from {
		return false // "sanctions on state-owned company X of Venezuela"
	}
	opened := false
	for k := from; k < len(d.toks) && d.toks[k].sent == sent && k < from+12; k++ {
		m := d.mentionAt(k)
		if m == nil {
			continue
		}
		if !opened && (m.ent == nil || m.ent.typ != schema.Government || m.class == mDemonym) {
			return false
		}
		opened = true
		if m.ent == g && m.class != mDemonym {
			return true
		}
	}
	return false
}
