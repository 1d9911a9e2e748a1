package extract

import "github.com/newsgraph/newsgraph/schema"

// A case "investigated by A and B" names the agencies that worked it
// together: A cooperates with B. Releases close with such a line ("The
// case was investigated by the DEA and the FBI, with help from …"). A
// longer list of investigators is a closing credit, not a tie among them
// (data/real/README.md, Conventions 10(a)), unless the text states the
// agencies' cooperation ("The cooperation of law enforcement in X and Y
// has been exemplary"): then the first agency listed, which leads the
// case, cooperates with each of the others.

// coInvestigators reads "investigated by A and B": the two agencies named
// after "by" cooperate; of three or more, the first cooperates with each
// other one when the text states their cooperation.
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
		if len(agencies) == 2 {
			add(agencies[0], "cooperatesWith", agencies[1], v)
			continue
		}
		if len(agencies) < 3 {
			continue
		}
		if stated < 0 {
			stated = 0
			if d.lawEnforcementCooperation() {
				stated = 1
			}
		}
		if stated == 0 {
			continue // "investigated by A, B and C": a credit line
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
