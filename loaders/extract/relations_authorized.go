package extract

import "github.com/newsgraph/newsgraph/schema"

// A body that authorizes a mission or force backs it, and the country the
// mission is sent to: "the Security Council voted to authorize a new
// force for Haiti" (the Council supports the force and Haiti), "the
// mission, authorized by the Security Council, …" (the Council supports
// the mission). The authorizer is the agent of a passive, or else the
// nearest body named before the verb that is not itself the agent of a
// participle ("the resolution co-written by A and B to authorize …": not
// A or B).

// authorizeVerbs are the forms of "authorize".
var authorizeVerbs = set("authorize", "authorizes", "authorized", "authorizing", "authorise", "authorises",
	"authorised", "authorising")

// authorizations reads each authorized mission: its authorizer supports
// it and the country it is for.
func (d *doc) authorizations(add func(*entity, string, *entity, int)) {
	for v := 1; v+1 < len(d.toks); v++ {
		if !authorizeVerbs[d.toks[v].key] || d.inQuote[v] {
			continue
		}
		sent := d.toks[v].sent
		g := d.verbGroup(v)
		if g.neg || g.modal || g.infinitive && relBlockers[g.governor] || d.prospectBefore(v, sent) {
			continue // "the government's request to the Council to authorize a mission": not yet
		}
		if d.toks[v+1].key == "by" {
			// "the mission, authorized by the Security Council": the noun before
			m := d.mentionEndingBefore(g.start, sent)
			if m == nil || !missionBody(m.ent) {
				continue
			}
			for _, a := range d.actorsRight(v+2, sent, "supports", sideSubj) {
				if a.typ != schema.Person {
					add(a, "supports", m.ent, v)
				}
			}
			continue
		}
		m := d.directObjectMention(v+1, sent)
		if m == nil || !missionBody(m.ent) {
			continue
		}
		a := d.authorizerBefore(g.start, sent)
		if a == nil || a == m.ent {
			continue
		}
		add(a, "supports", m.ent, v)
		if c := d.missionCountry(m.e, sent); c != nil && c != a {
			add(a, "supports", c, v)
		}
	}
}

// missionHeads may follow a mission's name as its head ("the MSS
// mission").
var missionHeads = set("mission", "missions", "force", "forces", "operation", "office")

// prospectWords make an authorization spoken of a request, need or hope,
// not one given.
var prospectWords = set("urgency", "urgent", "need", "needs", "needed", "hope", "hopes", "hoped", "draft")

// prospectBefore reports whether a request, need or hope is stated
// before token v in its sentence ("stressed the urgency of … a resolution
// authorizing …").
func (d *doc) prospectBefore(v, sent int) bool {
	for k := v - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		if key := d.toks[k].key; prospectWords[key] || nominalBlockers[key] {
			return true
		}
	}
	return false
}

// missionBody reports whether e can be a mission or force a body
// authorizes: an organization or agency.
func missionBody(e *entity) bool {
	return e != nil && (e.typ == schema.Organization || e.typ == schema.Agency)
}

// mentionEndingBefore returns the mention ending at token i, over a comma
// before it ("the MSS, authorized by"), or nil.
func (d *doc) mentionEndingBefore(i, sent int) *mention {
	k := i - 1
	if k >= 0 && d.toks[k].key == "," {
		k--
	}
	if k < 0 || d.toks[k].sent != sent {
		return nil
	}
	if m := d.mentionAt(k); m != nil && m.e == k+1 && m.ent != nil {
		return m
	}
	return nil
}

// directObjectMention returns the mention that starts the object at token
// i, over an article and up to two lower-case words ("a new force"), or
// nil.
func (d *doc) directObjectMention(i, sent int) *mention {
	for k := i; k < len(d.toks) && k <= i+3 && d.toks[k].sent == sent; k++ {
		if m := d.mentionAt(k); m != nil {
			if m.s != k || m.ent == nil {
				return nil
			}
			if m.e < len(d.toks) {
				if n := d.toks[m.e]; n.kind == tWord && !n.cap && !funcWords[n.key] && !missionHeads[n.key] {
					return nil // "a UN peacekeeping mission": UN modifies the mission
				}
			}
			return m
		}
		if t := d.toks[k]; t.kind != tWord || t.cap {
			return nil
		}
	}
	return nil
}

// authorizerBefore returns the nearest body (not a person) named before
// token i in its sentence that is not the agent of a "by" phrase.
func (d *doc) authorizerBefore(i, sent int) *entity {
	for k := i - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		m := d.mentionAt(k)
		if m == nil || m.ent == nil {
			continue
		}
		k = m.s
		if m.ent.typ == schema.Person || m.ent.typ == schema.Agreement || m.ent.typ == schema.Cartel || m.attached || d.byAgent(m) {
			continue
		}
		return m.ent
	}
	return nil
}

// byAgent reports whether mention m stands in a "by" phrase, over the
// names and "and", "the" or commas coordinated before it ("co-written by
// the United States and Ecuador").
func (d *doc) byAgent(m *mention) bool {
	for j := m.s - 1; j >= 0 && j > m.s-20 && d.toks[j].sent == d.toks[m.s].sent; j-- {
		if pm := d.mentionAt(j); pm != nil {
			j = pm.s
			continue
		}
		switch d.toks[j].key {
		case "and", ",", "the":
			continue
		case "by":
			return true
		}
		return false
	}
	return false
}

// missionCountry returns the country named by "for", "to" or "in" within
// a few words after a mission's name ending at token e ("a … mission
// for Haiti", "(MSS) mission to Haiti"), or nil.
func (d *doc) missionCountry(e, sent int) *entity {
	for k := e; k < len(d.toks) && k <= e+4 && d.toks[k].sent == sent; k++ {
		switch d.toks[k].key {
		case "for", "to", "in":
			if m := d.mentionFrom(k + 1); m != nil && m.ent != nil && m.ent.typ == schema.Government {
				return m.ent
			}
			return nil
		}
		if d.mentionAt(k) != nil {
			return nil
		}
	}
	return nil
}
