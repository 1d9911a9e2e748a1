// A court or judge that sentences: "The court sentenced X", "U.S.
// District Judge Y sentenced X": the state whose court it is convicted X.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// courtNouns name a court or its officers as the subject of a sentence.
var courtNouns = set("court", "judge", "jury", "tribunal", "magistrate")

// courtActor is the government whose court is the subject right before
// the verb group at start, an unnamed one ("The court", "a judge") or a
// judge named with the title ("Judge Y"): the country named after the
// verb, the dateline's, or the author's (courtCountry); nil when the
// subject is no court.
func (d *doc) courtActor(start, end, sent int) []*entity {
	k := start - 1
	if k < 0 || d.toks[k].sent != sent {
		return nil
	}
	if m := d.mentionAt(k); m != nil {
		if m.ent == nil || m.ent.typ != schema.Person || !judgeTitled(m.ent) {
			return nil
		}
	} else if !courtNouns[d.toks[k].key] {
		return nil
	} else if g, ok := d.courtDemonym(k); ok && (end >= len(d.toks) || objectPronouns[d.toks[end].key] == 0) {
		return g // "A Mexican federal court sentenced X": Mexico (a pronoun may stand for no one named)
	}
	if g := d.courtCountry(end, sent); g != nil {
		return g
	}
	if rs := d.reportState(); rs != nil && d.mentionAt(k) == nil {
		return []*entity{rs} // "Paraguay 2021 … Report: … In May a judge sentenced X": Paraguay's court
	}
	return nil
}

// reportCourts is the state of a text about one state (reportState) when
// every subject of a conviction is one of its courts by name ("Paraguay
// … Report: … the Asuncion Appeals Court sentenced X": Paraguay, the
// prosecuting government, as a conviction's subject is); else subjs.
func (d *doc) reportCourts(subjs []*entity) []*entity {
	if len(subjs) == 0 {
		return subjs
	}
	for _, s := range subjs {
		if !namedCourt(s) {
			return subjs
		}
	}
	if rs := d.reportState(); rs != nil {
		return []*entity{rs}
	}
	return subjs
}

// courtDemonym is the state a country's adjective before the court noun
// at k names, over lower-case modifiers ("a Mexican federal court", "a
// Colombian judge"); ok is false when no such adjective stands there.
// The state must be one the text names; else the result is nil, ok true:
// the court is no other state's.
func (d *doc) courtDemonym(k int) ([]*entity, bool) {
	sent := d.toks[k].sent
	for j := k - 1; j >= 0 && j >= k-4 && d.toks[j].sent == sent; j-- {
		if m := d.mentionAt(j); m != nil {
			if m.class != mDemonym {
				return nil, false
			}
			if g := d.govOf(m); g != nil {
				return []*entity{g}, true
			}
			return nil, true
		}
		if t := d.toks[j]; t.kind != tWord || t.cap {
			return nil, false
		}
	}
	return nil, false
}

// agentCourt is the state of a court named as the agent of a passive
// sentence ("was sentenced by a Colombian judge"), from the "by" at by;
// nil when the agent is no court its country's adjective qualifies.
func (d *doc) agentCourt(by, sent int) []*entity {
	for k := by + 1; k < len(d.toks) && k <= by+5 && d.toks[k].sent == sent; k++ {
		if courtNouns[d.toks[k].key] {
			g, _ := d.courtDemonym(k)
			return g
		}
		if t := d.toks[k]; t.kind != tWord {
			return nil
		}
	}
	return nil
}

// namedCourt reports whether e is an agency headed by a court noun
// ("Second Criminal Court", "Court of Appeals of X", "Sixth Tribunal").
func namedCourt(e *entity) bool {
	if e == nil || e.typ != schema.Agency {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(e.name)) {
		if w == "court" || w == "tribunal" {
			return true
		}
	}
	return false
}

// judgeTitled reports whether a person holds a judge's title.
func judgeTitled(e *entity) bool {
	for _, t := range e.roles {
		if strings.Contains(strings.ToLower(t), "judge") {
			return true
		}
	}
	return false
}
