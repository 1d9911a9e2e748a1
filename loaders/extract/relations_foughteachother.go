// Armed groups named together as the subject of an intransitive fight:
// "the X gang and the Y gang fought for control of the neighbourhood",
// "X and Y clashed over the routes". Each group attacked the other
// (extraction-format: attacked, "fought"); a fight with an object ("X
// fought Y") is the verb cue's, and a relative clause ("…, which have
// fought") names its groups elsewhere.

package extract

import "github.com/newsgraph/newsgraph/schema"

// mutualFightVerbs are the past forms of fighting between groups that
// take no object.
var mutualFightVerbs = set("fought", "clashed", "battled", "feuded")

// mutualFightAfter may follow such a verb: a purpose, a cause or a time,
// never the other side ("fought for control", "clashed over routes",
// "fought in March", "fought each other").
var mutualFightAfter = set("for", "over", "in", "during", "each", "throughout", "since", ".", ",")

// mutualFights reads groups coordinated right before an unquoted
// mutualFightVerbs verb (over "gang"/"gangs" and one auxiliary: "the X
// and the Y gangs have fought") as attacking each other.
func (d *doc) mutualFights(add func(*entity, string, *entity, int)) {
	for v := 2; v+1 < len(d.toks); v++ {
		if !mutualFightVerbs[d.toks[v].key] || d.inQuote[v] || !mutualFightAfter[d.toks[v+1].key] {
			continue
		}
		sent := d.toks[v].sent
		e := v
		if pastAuxiliaries[d.toks[e-1].key] {
			e--
		}
		m := d.mentionAt(e - 1)
		if (m == nil || m.e != e) && doerGroupNouns[d.toks[e-1].key] {
			e-- // "the X and Y gangs fought"
			m = d.mentionAt(e - 1)
		}
		if m == nil || m.e != e || m.ent == nil || d.toks[m.s].sent != sent {
			continue
		}
		groups := d.fightingGroups(e, sent)
		if len(groups) < 2 {
			continue
		}
		eachPair(groups, func(a, b *entity) {
			add(a, "attacked", b, v)
			add(b, "attacked", a, v)
		})
	}
}

// fightingGroups are the armed groups coordinated in the subject ending
// before token e: names joined by "and" or commas, each after "the" and
// lower-case words that describe it, hyphenated compounds with another
// name among them ("the X-allied Y gang"); nil unless the subject opens
// the sentence or follows a comma, and "and" joins its names.
func (d *doc) fightingGroups(e, sent int) []*entity {
	var out []*entity
	joined := false
	j := e - 1
	for ; j >= 0 && j >= e-24 && d.toks[j].sent == sent; j-- {
		t := d.toks[j]
		if m := d.mentionAt(j); m != nil && m.e == j+1 && m.ent != nil {
			if m.e < len(d.toks) && d.toks[m.e].key == "-" && !d.toks[m.e].space {
				j = m.s // "the X-allied Y gang": X describes Y
				continue
			}
			if m.ent.typ != schema.Cartel {
				return nil // "X and the police fought": not groups only
			}
			if !containsEnt(out, m.ent) {
				out = append(out, m.ent)
			}
			j = m.s
			continue
		}
		if t.key == "and" {
			joined = true
			continue
		}
		if t.key == "," && joined && len(out) > 1 {
			if m := d.mentionAt(j - 1); j == 0 || m == nil || m.e != j || m.ent == nil || m.ent.typ != schema.Cartel {
				return out // "From May 2 to May 9, the X gang and the Y gang fought"
			}
		}
		if t.kind == tWord && j > 0 && d.toks[j-1].key == "-" && !t.space {
			continue // "X-allied": a piece of a compound
		}
		if t.key == "," || t.key == "the" || t.key == "-" || t.kind == tWord && !t.cap && !doerStopWords[t.key] && relCues[t.key] == nil {
			continue
		}
		if d.toks[j+1].key != "," {
			return nil // "Police said X and Y fought": the subject must open its clause
		}
		break
	}
	if !joined {
		return nil
	}
	return out
}
