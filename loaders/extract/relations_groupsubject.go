// A definite description of criminal groups as the actor of a cue: "These
// gangs have killed and continue attacking X", "Once processed, the
// organization works with the Sinaloa Cartel": the groups named before
// (groupAnaphor), when the phrase opens its clause.

package extract

import "github.com/newsgraph/newsgraph/schema"

// subjectGroupAnaphor resolves the group noun at token k ("gangs") when
// its phrase ("these gangs", "the two cartels", "all three of those
// organizations") opens its clause (at the sentence's start or after a
// comma) and is the actor of pred; else nil.
func (d *doc) subjectGroupAnaphor(k, sent int, pred string) []*entity {
	j := k - 1
	if j >= 0 && groupCounts[d.toks[j].key] > 0 && d.toks[j].key != "both" {
		j-- // "the two cartels"
	}
	if j < 0 || d.toks[j].sent != sent {
		return nil
	}
	switch d.toks[j].key {
	case "the", "these", "those", "this", "that", "both":
	default:
		return nil
	}
	if j > 0 && d.toks[j-1].sent == sent && d.toks[j-1].key != "," {
		return nil // not at the clause's start: "the leaders of the cartel"
	}
	return d.groupAnaphorSide(j, sent, pred, sideSubj)
}

// populationNouns name the people of a country, not its state.
var populationNouns = set("people", "citizens", "residents", "population", "civilians")

// populationOf reports whether the government mention m is written as the
// place of a population: "the people of Haiti", "citizens of Mexico".
func (d *doc) populationOf(m *mention) bool {
	if m.ent == nil || m.ent.typ != schema.Government || m.s < 2 || d.toks[m.s-1].key != "of" {
		return false
	}
	return populationNouns[d.toks[m.s-2].key]
}
