package extract

import "github.com/newsgraph/newsgraph/schema"

// Coordinated bodies: "the Department of State and Department of Justice",
// "the National Police and Attorney General's Office" name two bodies, each
// complete, not one whose name holds an "and" ("Safe Streets and Gang
// Unit", "Bureau of Alcohol, Tobacco, Firearms and Explosives").

// bodyBoundary reports whether the "and" at k joins two complete bodies'
// names: the word before it is a body's head ("Police and …") or the word
// after it opens a new body's name ("… and Department of Justice", "… and
// National Agency for Port Safety").
func (d *doc) bodyBoundary(k int) bool {
	if k == 0 || k+1 >= len(d.toks) {
		return false
	}
	prev, next := d.toks[k-1], d.toks[k+1]
	if d.knownBodyAt(k+1) || d.knownAcronymAt(k+1) {
		return true // "Office of Terrorism and Financial Intelligence and IRS Criminal Investigation", "… and ICE"
	}
	if d.possessorAhead(k + 1) {
		return true // "Office of Asset Control and Peru's Financial Unit": a possessor opens another body's name
	}
	if prev.cap && (agencyHeads[prev.key] || orgHeads[prev.key]) && d.capWord(k+1) && d.headAhead(k+1) {
		return true
	}
	if d.repeatedAgreementHead(k) {
		return true // "the Clean Seas Pledge and Clean Seas Pledge Fund" (agreements_instruments.go)
	}
	return next.cap && d.headOfAhead(k+1) && d.bodyBehind(k-1)
}

// headOfAhead reports whether the capitalised words from token j (up to
// four) run to a body's head with its own complement after it: "Department
// of …", "National Agency for …", "Peruvian Institute of …"; then
// they open a new body's name, not a second word of a portfolio ("… of
// Health and Human Services").
func (d *doc) headOfAhead(j int) bool {
	sent := d.toks[j].sent
	for k := j; k+1 < len(d.toks) && k < j+5 && d.toks[k].sent == sent; k++ {
		t := d.toks[k]
		if t.cap && (agencyHeads[t.key] || orgHeads[t.key] && k > j) {
			if nk := d.toks[k+1].key; nk == "of" || nk == "for" && k > j {
				return true
			}
		}
		if !d.capWord(k) {
			return false
		}
	}
	return false
}

// headAhead reports whether a run of capitalised words from j ends in a
// body's head ("Attorney General's Office").
func (d *doc) headAhead(j int) bool {
	sent := d.toks[j].sent
	for k := j; k < len(d.toks) && k < j+6 && d.toks[k].sent == sent; k++ {
		t := d.toks[k]
		if t.cap && (agencyHeads[t.key] || orgHeads[t.key]) {
			return true
		}
		if t.key == "and" && k > j && d.capWord(k+1) {
			continue // "… Section and Narcotic and Dangerous Drug Section": a conjunction inside the next name
		}
		if !d.capWord(k) && t.key != "'s" && t.key != "’s" {
			return false
		}
	}
	return false
}

// bodyBehind reports whether the capitalised words ending at j belong to a
// body's name opened by a head and "of" ("Department of State").
func (d *doc) bodyBehind(j int) bool {
	sent := d.toks[j].sent
	for k := j; k >= 1 && k > j-6 && d.toks[k].sent == sent; k-- {
		if d.toks[k].key == "of" {
			return d.toks[k-1].cap && agencyHeads[d.toks[k-1].key]
		}
		if !d.capWord(k) {
			return false
		}
	}
	return false
}

// listRuns reads from token s a list of runs of the words word accepts,
// parted by commas and "and" ("A, B, and C"), each run at most n words
// long (any length when n <= 0). It returns each run's [start, end).
func (d *doc) listRuns(s, n int, word func(int) bool) [][2]int {
	var parts [][2]int
	for s < len(d.toks) && word(s) {
		e := s
		for e < len(d.toks) && (n <= 0 || e < s+n) && word(e) {
			e++
		}
		parts = append(parts, [2]int{s, e})
		if e+1 < len(d.toks) && (d.toks[e].key == "and" || d.toks[e].key == ",") && !d.toks[e+1].brk {
			s = e + 1
			if d.toks[s].key == "and" && s+1 < len(d.toks) {
				s++ // "A, B, and C"
			}
			continue
		}
		break
	}
	return parts
}

// pluralBodyHeads open a name shared by two bodies: "the Departments of
// Justice and Homeland Security", "the Ministries of Defence and Interior".
var pluralBodyHeads = map[string]string{"departments": "Department", "ministries": "Ministry", "secretariats": "Secretariat"}

// pluralBodyCands splits "the Departments of X and Y" into the agencies
// "Department of X" and "Department of Y"; a conjunct the gazetteer knows
// alone ("… and Treasury") is left to it.
func (d *doc) pluralBodyCands(out []*mention) []*mention {
	for i := 0; i+3 < len(d.toks); i++ {
		head, ok := pluralBodyHeads[d.toks[i].key]
		if !ok || !d.toks[i].cap || d.toks[i+1].key != "of" || !d.capWord(i+2) || d.toks[i+2].brk {
			continue
		}
		parts := d.listRuns(i+2, 0, func(k int) bool { return d.capWord(k) && !d.toks[k].brk })
		if len(parts) < 2 {
			continue
		}
		for n, p := range parts {
			name := head + " of " + d.surface(p[0], p[1])
			ms := p[0]
			if n == 0 {
				ms = i
			} else if _, k := d.g.lookup(d.toks, p[0]); k == p[1]-p[0] {
				continue // "… and Treasury": the gazetteer names it
			}
			m := &mention{s: ms, e: p[1], typ: schema.Agency, name: name, prio: 3}
			if p[1]-p[0] == 1 {
				m.aliases = append(m.aliases, head+" of the "+d.surface(p[0], p[1])) // "Department of the Interior"
			}
			out = append(out, m)
		}
	}
	return out
}

// possessorAhead reports whether the capitalised words from token j (up
// to four) end in a possessive: "Peru's …", "the Andean Community's …".
func (d *doc) possessorAhead(j int) bool {
	for m := j; m < len(d.toks) && m < j+5; m++ {
		if d.toks[m].key == "'s" {
			return m > j
		}
		if !d.capWord(m) {
			return false
		}
	}
	return false
}

// titlePortfolioInside reports whether the capitalised run from s to the
// body head at i holds a military rank and then a title with its
// portfolio ("Navy Rear Admiral and Undersecretary for Administration"):
// an officer's titles, no body's name.
func (d *doc) titlePortfolioInside(s, i int) bool {
	rank := false
	for k := s; k+1 < i; k++ {
		key := d.toks[k].key
		if militaryRanks[key] {
			rank = true
		}
		if rank && k > s && titleHeads[key] && (d.toks[k+1].key == "for" || d.toks[k+1].key == "of") {
			return true
		}
	}
	return false
}
