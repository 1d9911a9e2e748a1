package extract

import "github.com/newsgraph/newsgraph/schema"

// A case "investigated by A and B" names the agencies that worked it.
// Releases close with such a line ("The case was investigated by the DEA
// and the FBI, with help from …"): a closing credit, not a tie among them
// (data/real/README.md, Conventions 10(a)), whether it lists two bodies or
// more, unless the two bodies worked a case with a body of another state
// named in the same sentence ("investigated by A and B, with help from
// Mexico's C"), or the text states the agencies' cooperation ("The
// cooperation of law enforcement in X and Y has been exemplary") and the
// list holds bodies of two states (one state's agencies in a text praising
// its cooperation with a foreign partner are still a credit line): then
// the first agency listed, which leads the case, cooperates with each of
// the others.

// coInvestigators reads "investigated by A and B" in a text that states
// the agencies' cooperation, A and B serving two states: the first agency
// named after "by" cooperates with each other one.
func (d *doc) coInvestigators(add func(*entity, string, *entity, int)) {
	stated := -1 // whether the text states the agencies' cooperation, read once
	for v := 0; v+2 < len(d.toks); v++ {
		if d.toks[v].key != "investigated" || d.toks[v+1].key != "by" || d.inQuote[v] {
			continue
		}
		var agencies []*entity
		for _, a := range d.actorsRight(v+2, d.toks[v].sent, "cooperatesWith", sideObj) {
			if a.typ == schema.Agency {
				agencies = append(agencies, a)
			}
		}
		if len(agencies) < 2 {
			continue
		}
		if len(agencies) == 2 && d.foreignBodyIn(d.toks[v].sent, agencies) {
			add(agencies[0], "cooperatesWith", agencies[1], v) // "investigated by A and B, with help from Mexico's C": an international case
			continue
		}
		if stated < 0 {
			stated = 0
			if d.lawEnforcementCooperation() {
				stated = 1
			}
		}
		if stated == 0 || len(agencyStates(agencies)) < 2 {
			continue // "investigated by A and B", "by A, B and C", one state's bodies: a credit line
		}
		for _, o := range agencies[1:] {
			add(agencies[0], "cooperatesWith", o, v)
		}
	}
}

// caseCooperationNouns name a joint effort.
var caseCooperationNouns = set("cooperation", "coordination", "collaboration", "partnership")

// forceGroupNouns name the agencies of a case together.
var forceGroupNouns = set("agencies", "enforcement", "partners")

// lawEnforcementCooperation reports whether a sentence of the text states
// the cooperation of the agencies as such: a noun of joint effort and,
// in the same sentence, "law enforcement", "agencies" or "partners" ("The
// cooperation of law enforcement in A and B has been exemplary"), in
// quotation too.
func (d *doc) lawEnforcementCooperation() bool {
	coop := map[int]bool{}
	group := map[int]bool{}
	for _, t := range d.toks {
		if caseCooperationNouns[t.key] {
			coop[t.sent] = true
		}
		if forceGroupNouns[t.key] {
			group[t.sent] = true
		}
	}
	for s := range coop {
		if group[s] {
			return true
		}
	}
	return false
}

// foreignBodyIn reports whether sentence sent names a state, or a body of
// a state, other than that of the investigating agencies.
func (d *doc) foreignBodyIn(sent int, agencies []*entity) bool {
	home := agencyStates(agencies)
	if len(home) != 1 {
		return false
	}
	for _, m := range d.ments {
		if m.ent == nil || m.s >= len(d.toks) || d.toks[m.s].sent != sent {
			continue
		}
		c := ""
		switch m.ent.typ {
		case schema.Government:
			c = m.ent.name
		case schema.Agency:
			if e := m.ent.upward(hasCountry); e != nil {
				c = e.country
			}
		}
		if c != "" && !home[c] {
			return true
		}
	}
	return false
}

// agencyStates is the set of states the agencies serve, each read from
// the agency or the nearest body it is part of that names one: two or
// more when the list holds two states' bodies ("investigated by A, B and
// Canada's C"), one when it credits one state's agencies.
func agencyStates(agencies []*entity) map[string]bool {
	home := map[string]bool{}
	for _, a := range agencies {
		if c := a.upward(hasCountry); c != nil {
			home[c.country] = true
		}
	}
	return home
}
