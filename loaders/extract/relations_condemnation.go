// A condemnation named as a state's own act: "Argentina's condemnation of
// X's invasion", "commended Peru for its condemnation of X's actions",
// "thanked Peru for its work to denounce undemocratic actions in X". The
// state condemns, and accuses the actor whose act is condemned.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// condemnationNouns name a condemnation; "of" follows with what is
// condemned.
var condemnationNouns = set("condemnation", "condemnations", "denunciation", "denunciations")

// creditForms credit a state with an act named after "for" ("commended
// Peru for its condemnation …", "thanked Peru for denouncing …"): the
// forms of thanking (thankForms) and of commending, applauding, praising.
var creditForms = union(thankForms, set("commend", "commends", "commended", "commending",
	"applaud", "applauds", "applauded", "applauding", "praise", "praises", "praised", "praising"))

// condemnationActs reads a condemnation whose condemner is a state: the
// possessor of a condemnation noun ("Peru's strong condemnation of"), or
// the state a credit verb names before "for" when the condemnation is
// "its" or is a gerund or infinitive of condemnForms after it. The
// accused is read after the act as condemnedActor reads it.
func (d *doc) condemnationActs(add func(*entity, string, *entity, int)) {
	for v := 1; v+1 < len(d.toks); v++ {
		key := d.toks[v].key
		noun := condemnationNouns[key] && d.toks[v+1].key == "of"
		if !noun && !condemnForms[key] || d.inQuote[v] {
			continue
		}
		sent := d.toks[v].sent
		var agent *entity
		from := v
		if noun {
			from = v + 1
			agent = d.condemnationPossessor(v, sent)
		} else if !(d.toks[v-1].key == "to" || strings.HasSuffix(key, "ing")) {
			continue // a finite verb: condemnedPossessors reads its subject
		}
		if agent == nil {
			agent = d.condemnationCredited(v, sent, noun)
		}
		if agent == nil {
			continue
		}
		for _, accused := range d.condemnedActor(from, sent, false) {
			if accused == agent || accused.typ == schema.Agreement || !typeOK("accused", sideObj, accused.typ) {
				continue
			}
			add(agent, "accused", accused, v)
		}
	}
}

// condemnationPossessor returns the state written as the possessor of the
// condemnation noun at v, over up to two lower-case adjectives ("Peru's
// strong public condemnation"), or nil.
func (d *doc) condemnationPossessor(v, sent int) *entity {
	k := v - 1
	for n := 0; n < 2 && k > 0 && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentionAt(k) == nil && d.toks[k].sent == sent; n++ {
		k--
	}
	if k < 1 || !d.possessiveMark(k) {
		return nil
	}
	m := d.mentionAt(k - 1)
	if m == nil || m.ent == nil || m.e != k || m.ent.typ != schema.Government {
		return nil
	}
	return m.ent
}

// condemnationCredited returns the state a credit verb names right before "for"
// when the condemnation at v follows that "for" within eight words, as
// "its" condemnation (noun) or as an act of it (a gerund or infinitive):
// "commended the government of Peru for its condemnation of …", "thanked
// Peru for its work regionally to denounce …"; nil otherwise.
func (d *doc) condemnationCredited(v, sent int, noun bool) *entity {
	f := -1
	for k := v - 1; k > 0 && k >= v-9 && d.toks[k].sent == sent; k-- {
		if d.toks[k].key == "for" {
			f = k
			break
		}
	}
	if f < 2 || noun && d.toks[v-1].key != "its" && !(v >= 2 && d.toks[v-2].key == "its") {
		return nil
	}
	m := d.mentionAt(f - 1)
	if m == nil || m.ent == nil || m.e != f || m.ent.typ != schema.Government {
		return nil
	}
	for k := m.s - 1; k >= 0 && k >= m.s-5 && d.toks[k].sent == sent; k-- {
		if creditForms[d.toks[k].key] {
			return m.ent
		}
	}
	return nil
}
