// War and invasion nouns: "X's unjustified invasion of Y", "X's February
// 2022 invasion in Y", "X's brutal war against the Y-ish people", "the
// war from X into Y": X attacked Y.

package extract

import "github.com/newsgraph/newsgraph/schema"

// warNouns name an armed act one actor does to another.
var warNouns = set("invasion", "war", "attack", "assault")

// warTargetWords introduce the target of a war noun, each with the nouns
// it may follow: "in" is a place for an attack ("an attack in the
// capital") but the target of an invasion.
var warTargetWords = map[string]map[string]bool{
	"of":      set("invasion"),
	"on":      set("war", "attack", "assault"),
	"against": set("war", "attack", "assault", "invasion"),
	"in":      set("invasion"),
	"into":    set("invasion", "war", "attack", "assault"),
}

// fromTargetWords follow the actor in "the war from X into Y".
var fromTargetWords = set("into", "to", "against", "on")

// invasionNouns reads the actor and target of each war noun: a possessor
// before it (over adjectives, commas, "and" and a date) or "from X" after
// it, and a target after the target word, a named actor or "the Y-ish
// people" for their state.
func (d *doc) invasionNouns(add func(*entity, string, *entity, int)) {
	const pred = "attacked"
	for v, t := range d.toks {
		if !warNouns[t.key] || v+2 >= len(d.toks) || d.inQuote[v] && !d.weSubject(v) || d.nominalHypothetical(v) {
			continue
		}
		sent := t.sent
		var subj *entity
		at := v + 1
		if d.toks[at].key == "from" {
			if m := d.mentionAt(at + 1); m != nil && m.s == at+1 && m.ent != nil && typeOK(pred, sideSubj, m.ent.typ) && m.e < len(d.toks) &&
				fromTargetWords[d.toks[m.e].key] {
				subj, at = m.ent, m.e
			}
		} else if warTargetWords[d.toks[at].key][t.key] {
			subj = d.warPossessor(v, sent)
		}
		if subj == nil || at+1 >= len(d.toks) || d.toks[at+1].sent != sent {
			continue
		}
		if obj := d.warTarget(at+1, sent); obj != nil && obj != subj {
			add(subj, pred, obj, v)
		}
	}
}

// warPossessor is the actor whose possessive mark stands before the noun
// at v over up to six adjectives, commas, "and" and date words: "X's
// brutal and unprovoked war", "X's February 2022 invasion".
func (d *doc) warPossessor(v, sent int) *entity {
	k := v - 1
	for ; k > 0 && k >= v-6 && d.toks[k].sent == sent && !d.possessiveMark(k); k-- {
		tk := d.toks[k]
		digit := tk.key != "" && tk.key[0] >= '0' && tk.key[0] <= '9'
		if tk.key != "," && tk.key != "and" && !(tk.kind == tWord && (!tk.cap || digit || d.monthName(k))) || trueDeterminers[tk.key] {
			return nil
		}
	}
	if k < 1 || !d.possessiveMark(k) {
		return nil
	}
	m := d.mentionAt(k - 1)
	if m == nil || m.ent == nil || m.e != k || !typeOK("attacked", sideSubj, m.ent.typ) {
		return nil
	}
	return m.ent
}

// warTarget is the actor named at i ("the" may lead), or the state of
// "the Y-ish people".
func (d *doc) warTarget(i, sent int) *entity {
	if d.toks[i].key == "the" && i+1 < len(d.toks) {
		i++
	}
	m := d.mentionAt(i)
	if m == nil || m.s != i || d.toks[i].sent != sent {
		return nil
	}
	if m.ent != nil {
		if typeOK("attacked", sideObj, m.ent.typ) {
			return m.ent
		}
		return nil
	}
	if m.class == mDemonym && m.e < len(d.toks) && d.toks[m.e].key == "people" {
		if g := d.govOf(m); g != nil && g.typ == schema.Government {
			return g
		}
	}
	return nil
}
