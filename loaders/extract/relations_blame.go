package extract

import "github.com/newsgraph/newsgraph/schema"

// articles make the cue word after them a noun: "an ambush", "the attack".
var articles = set("a", "an", "the")

// blameForms take what is blamed before "on" whom it is blamed on.
var blameForms = set("blame", "blames", "blamed", "blaming")

// blamedOn returns where the accused is read after the blame verb at v
// whose cue ends at end: after "on" when a short phrase naming no one
// comes between ("blame much of the extortion on X"), else end.
func (d *doc) blamedOn(v, end int) int {
	if !blameForms[d.toks[v].key] {
		return end
	}
	for k := end; k < len(d.toks) && k < end+8 && d.toks[k].sent == d.toks[v].sent; k++ {
		t := d.toks[k]
		if t.key == "on" {
			return k + 1
		}
		if t.kind != tWord || t.cap || d.mentionAt(k) != nil {
			return end
		}
	}
	return end
}

// warnForms threaten whom they name right after them ("warned Tegucigalpa
// that …"); "warned that X would respond" threatens no one named.
var warnForms = set("warn", "warns", "warned", "warning")

// namedAt reports whether an actor is named at token k of sentence sent,
// over "the".
func (d *doc) namedAt(k, sent int) bool {
	m := d.mentionFrom(k)
	return m != nil && m.ent != nil && d.toks[m.s].sent == sent
}

// fightForms attack when armed groups fight each other ("X has fought Y
// for control of the city"); a state fighting crime or fighting alongside
// a partner attacks no one.
var fightForms = set("fight", "fights", "fought", "fighting")

// groupsOnly passes on only relations between two criminal or armed
// groups.
func groupsOnly(add func(*entity, string, *entity, int)) func(*entity, string, *entity, int) {
	return func(s *entity, pred string, o *entity, v int) {
		if s.typ == schema.Cartel && o.typ == schema.Cartel {
			add(s, pred, o, v)
		}
	}
}

// stepNouns, said of a thing after a copula ("the vote is a step"),
// govern an infinitive that states the thing's purpose.
var stepNouns = set("step", "steps", "milestone", "move")

// stepPredicate reports whether the infinitive whose "to" is at token to
// is governed by a step noun that a copula predicates of the subject
// ("is an important step to help Y"), over an article and adjectives.
func (d *doc) stepPredicate(to int) bool {
	j := to - 1
	if j < 0 || !stepNouns[d.toks[j].key] {
		return false
	}
	sent := d.toks[to].sent
	for k := j - 1; k >= 0 && k >= j-4 && d.toks[k].sent == sent; k-- {
		t := d.toks[k]
		if beForms[t.key] {
			return true
		}
		if t.kind != tWord || t.cap || d.mentionAt(k) != nil {
			return false
		}
	}
	return false
}
