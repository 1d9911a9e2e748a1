package extract

import "github.com/newsgraph/newsgraph/schema"

// nationalFunctionWords name what a state does, not what a private body
// studies: "National Migration Institute", "National Intelligence Center".
var nationalFunctionWords = lexWords.set("nationalFunctionWords")

// nationalBodyHeads end the name of a state's institute or centre.
var nationalBodyHeads = lexWords.set("nationalBodyHeads")

// localGovHeads end the name of a local government's board.
var localGovHeads = lexWords.set("localGovHeads")

// localGovWords name a local government right before its board's head.
var localGovWords = lexWords.set("localGovWords")

// stateBodyType corrects the type of the body named from s to its head at
// i. A body whose name opens with an international organisation's belongs
// to it ("United Nations General Assembly", "UN Security Council": an
// organisation, not a state's agency); a "National" institute or centre of
// a state's function, or one named by the state's demonym, is the state's
// agency ("National Migration Institute", "Ruritanian Institute of
// Migration"; the name runs to e).
func (d *doc) stateBodyType(typ schema.EntityType, s, i, e int) schema.EntityType {
	if typ == schema.Agency && s < i {
		if ps, n := d.g.lookup(d.toks, s); n > 0 && s+n <= i && len(ps) > 0 && ps[0].kind == kEntity && ps[0].entry.typ == schema.Organization {
			return schema.Organization
		}
	}
	if typ == schema.Organization && d.isCaucus(i) && d.chamberCaucus(s, i) {
		return schema.Agency // "Senate Caucus on X": a part of the chamber (mentions_caucus.go)
	}
	if typ == schema.Organization && nationalBodyHeads[d.toks[i].key] && s < i && (d.toks[s].key == "federal" || d.toks[s].key == "national" && !d.nationalPrivate(s, e)) {
		return schema.Agency // "Federal Commission for X", "National Council of Y": a state's body (mentions_nationalbody.go)
	}
	if typ == schema.Organization && localGovHeads[d.toks[i].key] && s < i-1 && localGovWords[d.toks[i-1].key] {
		return schema.Agency // "Doña Ana County Commission", "Ruritown City Council": a local government's body
	}
	if typ == schema.Organization && nationalBodyHeads[d.toks[i].key] && d.stateMarkerAt(s, i) {
		for k := s + 1; k < e; k++ {
			if nationalFunctionWords[d.toks[k].key] {
				return schema.Agency // "Ruritanian Institute of Migration", "National Migration Institute"
			}
		}
	}
	return typ
}

// stateMarkerAt reports whether the body name from s to its head at i
// opens with a word that names a state: "National", a demonym, "U.S.", a
// state known to the gazetteer or a US state ("Ruritanian Institute of
// Migration", "U.S. Sentencing Commission", "Ohio Criminal Justice
// Center").
func (d *doc) stateMarkerAt(s, i int) bool {
	if s >= i {
		return false
	}
	switch d.toks[s].key {
	case "national", "u.s.", "us":
		return true
	}
	if d.demonymAt(s) {
		return true
	}
	if ps, n := d.g.lookup(d.toks, s); n > 0 && s+n < i && len(ps) > 0 && ps[0].kind == kEntity && ps[0].entry.typ == schema.Government {
		return true
	}
	for n := 1; n <= 3 && s+n < i; n++ {
		if d.usStateAt(s, s+n) {
			return true
		}
	}
	return false
}

// demonymAt reports whether a state's demonym is written at token s.
func (d *doc) demonymAt(s int) bool {
	ps, n := d.g.lookup(d.toks, s)
	return n > 0 && len(ps) > 0 && ps[0].kind == kDemonym
}

// taskForceCodeName reports whether the word at e, right after "Task
// Force", is the force's code name: one capitalised word that is no
// title, body head, known name or place, and starts no longer name
// ("Joint Task Force Condor arrested", not "Task Force Director Ruiz").
func (d *doc) taskForceCodeName(e int) bool {
	if e >= len(d.toks) || d.toks[e].brk || !d.capWord(e) || d.toks[e].sent != d.toks[e-1].sent {
		return false
	}
	k := d.toks[e].key
	if titleHeads[k] || agencyHeads[k] || orgHeads[k] || d.g.given[k] != 0 || calendarWords[k] || isMonth(k) {
		// "… Task Force Oct. 23": a date, written with the month's abbreviation
		return false
	}
	if _, n := d.g.lookup(d.toks, e); n > 0 {
		return false
	}
	return e+1 >= len(d.toks) || !d.capWord(e+1) || d.toks[e+1].brk
}

// stateMission reports whether the capitalised "Mission" at i is a state's
// diplomatic post: a state's name or demonym right before it ("U.S.
// Mission", "Mexican Mission"). A mission of an international body ("UN
// Verification Mission") is not.
func (d *doc) stateMission(i int) bool {
	if !d.toks[i].cap || i == 0 || d.toks[i].brk {
		return false
	}
	for s := i - 1; s >= 0 && s >= i-4; s-- {
		ps, n := d.g.lookup(d.toks, s)
		if s+n != i || len(ps) == 0 {
			continue
		}
		p := ps[0]
		return p.kind == kDemonym || p.kind == kEntity && p.entry.typ == schema.Government
	}
	return false
}

// diplomaticPosts head the name of a state's post abroad, whose complement
// is the state however officially it is written ("Embassy of the Republic
// of Peru").
var diplomaticPosts = set("embassy", "consulate")
