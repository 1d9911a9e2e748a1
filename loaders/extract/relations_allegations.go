// An allegation in the reporter's words: "the government alleged the X
// had not met its commitments", "the NGO Y alleged the government
// supported certain gangs". A named actor, or in a report about one
// state that state's government, alleging a named doer's act accuses
// that doer.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// allegingVerbs state an allegation whose clause follows.
var allegingVerbs = set("alleged")

// allegations reads an alleging verb outside quotations with its accuser
// right before it — a named actor (and those coordinated with it), or
// in a report about one state (reportState) "the government" or "the
// <demonym> government" as that state — and, right after it (past "that"),
// the doers its clause opens with (doersSpan: named actors, or the state's
// agents by kind alone) before their act (actAt). The state
// accuses no one through its own agencies, and no one accuses itself.
func (d *doc) allegations(add func(*entity, string, *entity, int)) {
	st := d.reportState()
	for v := 2; v+2 < len(d.toks); v++ {
		if !allegingVerbs[d.toks[v].key] || d.inQuote[v] {
			continue
		}
		sent := d.toks[v].sent
		accusers := d.allegingAccusers(v, sent, st)
		if len(accusers) == 0 {
			continue
		}
		j := v + 1
		if d.toks[j].key == "that" {
			j++
		}
		doers, e := d.doersSpan(j, sent, st)
		if len(doers) == 0 || !d.actAt(e, sent) {
			continue
		}
		for _, a := range accusers {
			for _, doer := range doers {
				if doer == a || doer.typ == schema.Agreement || !typeOK("accused", sideObj, doer.typ) {
					continue
				}
				if doer == st && a.typ == schema.Agency && !hasWordIn(a.name, monitorWords) {
					continue // the state's own prosecutors allege its police's crimes
				}
				add(a, "accused", doer, v)
			}
		}
	}
}

// allegingAccusers are the accusers of the alleging verb at v: the named
// actors ending right before it, or the report's state as "the
// (<demonym>) government".
func (d *doc) allegingAccusers(v, sent int, st *entity) []*entity {
	if m := d.mentionAt(v - 1); m != nil && m.e == v && m.ent != nil && !m.attached {
		var out []*entity
		for _, a := range d.actorsLeft(v, sent, "accused", sideSubj) {
			if a.typ != schema.Agreement {
				out = append(out, a)
			}
		}
		return out
	}
	if st == nil || d.toks[v-1].key != "government" {
		return nil
	}
	if d.toks[v-2].key == "the" {
		return []*entity{st}
	}
	if m := d.mentionAt(v - 2); m != nil && m.class == mDemonym && m.country == st.name && m.s > 0 && d.toks[m.s-1].key == "the" {
		return []*entity{st} // "the Paraguayan government alleged"
	}
	return nil
}

// actAt reports whether the doers' act starts at j: a past-tense form in
// -ed or an auxiliary ("had not met"), after at most one adverb in -ly
// ("actively supported").
func (d *doc) actAt(j, sent int) bool {
	if j+1 < len(d.toks) && d.toks[j].kind == tWord && !d.toks[j].cap && strings.HasSuffix(d.toks[j].key, "ly") {
		j++
	}
	if j >= len(d.toks) || d.toks[j].sent != sent || d.toks[j].kind != tWord || d.toks[j].cap {
		return false
	}
	k := d.toks[j].key
	return strings.HasSuffix(k, "ed") || pastAuxiliaries[k]
}

// pastAuxiliaries open a past act in an allegation's clause.
var pastAuxiliaries = set("had", "has", "have", "was", "were", "did", "could", "would", "should")
