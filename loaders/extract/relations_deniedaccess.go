// A state shutting out a monitor, as a report on it tells: "Authorities
// have denied the X Committee access to these prisoners", "the regime
// continued its policy of denying X access to prisons", "It refused access
// to its prisons by international organizations and the Y". The state
// the report is about rejects the monitor.

package extract

import "github.com/newsgraph/newsgraph/schema"

// accessDenyVerbs refuse a body entry or access.
var accessDenyVerbs = set("denied", "denying", "denies", "deny", "refused", "refusing", "refuses", "refuse")

// accessStateSubjects open a sentence whose subject is the report's
// state by kind alone: "The government", "Authorities", "The regime", "It".
var accessStateSubjects = set("government", "regime", "authorities", "it")

// accessReach is how many tokens after "access" the "by" naming the
// bodies refused may stand.
const accessReach = 20

// deniedAccess reads, in a text about one state (reportState), a sentence
// whose subject is that state by kind alone (accessStateSubjects, no named
// actor before the verb) and whose verb (accessDenyVerbs, outside
// quotations) refuses access to a named organisation: "denied <X> access"
// or "refused access to … by <X> (and <Y>)". The state rejects each.
func (d *doc) deniedAccess(add func(*entity, string, *entity, int)) {
	st := d.reportState()
	if st == nil {
		return
	}
	for v := 1; v+1 < len(d.toks); v++ {
		if !accessDenyVerbs[d.toks[v].key] || d.inQuote[v] {
			continue
		}
		sent := d.toks[v].sent
		if !d.stateSubjectBefore(v, sent) {
			continue
		}
		for _, o := range d.deniedBodies(v, sent) {
			if o != st && o.typ == schema.Organization {
				add(st, "rejected", o, v)
			}
		}
	}
}

// stateSubjectBefore reports whether the sentence sent opens, past "The",
// with a word naming the state by kind (accessStateSubjects) and names no
// actor before the verb at v.
func (d *doc) stateSubjectBefore(v, sent int) bool {
	s := d.sentStart(v)
	if d.toks[s].key == "the" {
		s++
	}
	if s >= v || !accessStateSubjects[d.toks[s].key] {
		return false
	}
	for k := s; k < v; k++ {
		if m := d.mentionAt(k); m != nil && m.ent != nil {
			return false
		}
	}
	return true
}

// deniedBodies are the organisations the verb at v refuses access:
// "<X> access" right after it (past "the"), or the named actors after a
// "by" that follows "access" within the clause.
func (d *doc) deniedBodies(v, sent int) []*entity {
	k := v + 1
	if d.toks[k].key == "the" {
		k++
	}
	if m := d.mentionAt(k); m != nil && m.s == k && m.ent != nil {
		if m.e < len(d.toks) && d.toks[m.e].key == "access" && d.toks[m.e].sent == sent {
			return []*entity{m.ent}
		}
		return nil
	}
	if d.toks[v+1].key != "access" {
		return nil
	}
	var out []*entity
	by := false
	for k := v + 2; k < len(d.toks) && k <= v+1+accessReach && d.toks[k].sent == sent; k++ {
		key := d.toks[k].key
		if key == ";" || clauseOpeners[key] || key == "which" || key == "who" {
			break
		}
		if !by {
			by = key == "by"
			continue
		}
		if m := d.mentionAt(k); m != nil && m.s == k && m.ent != nil {
			out = append(out, m.ent)
			k = m.e - 1
		}
	}
	return out
}
