package extract

import "github.com/newsgraph/newsgraph/schema"

// Two sides at one table: a readout names a meeting between two
// governments (or their officials) and then says who sat on each side.
// Every member of one side meets every member of the other:
//
//	The U.S. delegation was led by A, B and C. The Ruritanian delegation was represented by D and E.
//	The visiting delegation also included F.
//	G, H and I joined Secretary A for the meeting.
//	Foreign Minister D was joined by J; K; and L.
//
// A side's members are read from these constructions (sideJoinForms); the
// sides themselves are the governments of a meeting read before or after
// (d.meets). Members of one side do not meet each other.

// sideMember is a person put on a government's side of a meeting, and the
// token the construction that put them there is read at.
type sideMember struct {
	p  *entity
	at int
}

// maxSideMembers is the most persons one side of a table of two may
// count: two full cabinets listed at a plenary ("The Mexican delegation
// included" a dozen secretaries) name who attended, not who sat down with
// whom.
const maxSideMembers = 10

// delegationSides pairs the members of two governments' sides of a
// meeting: the persons a delegation list, a "joined by" or a "joined A
// for the meeting" puts on a side meet the persons of the other side,
// whether they are put there too or met for that side in a meeting read
// elsewhere in the article.
func (d *doc) delegationSides(add func(*entity, string, *entity, int)) {
	members := d.sideMembers()
	if len(members) == 1 {
		d.oneListedSide(add)
		return
	}
	if len(members) != 2 {
		return // one side's company on a trip ("A was joined by B"), or a committee of three states: no table of two
	}
	// the persons who met for each government, per pair of governments that met
	type pair struct{ a, b *entity }
	met := map[pair][2][]sideMember{}
	var order []pair
	for _, m := range d.meets {
		ga, gb := d.sideGov(m.a), d.sideGov(m.b)
		if ga == nil || gb == nil || ga == gb {
			continue
		}
		a, b := m.a, m.b
		if gb.name < ga.name {
			ga, gb, a, b = gb, ga, b, a
		}
		k := pair{ga, gb}
		sides, ok := met[k]
		if !ok {
			order = append(order, k)
		}
		if a.typ == schema.Person {
			sides[0] = append(sides[0], sideMember{a, m.at})
		}
		if b.typ == schema.Person {
			sides[1] = append(sides[1], sideMember{b, m.at})
		}
		met[k] = sides
	}
	for _, k := range order {
		sa, sb := members[k.a], members[k.b]
		if len(sa) == 0 || len(sb) == 0 {
			continue
		}
		left, right := joinSide(met[k][0], sa), joinSide(met[k][1], sb)
		if len(left) > maxSideMembers || len(right) > maxSideMembers {
			continue
		}
		for _, x := range left {
			for _, y := range right {
				if x.p == y.p || !hasSideMember(sa, x.p) && !hasSideMember(sb, y.p) {
					continue
				}
				at := x.at
				if !hasSideMember(sa, x.p) {
					at = y.at
				}
				add(x.p, "metWith", y.p, at)
			}
		}
	}
}

// oneListedSide pairs the members of the one side a delegation list
// names with the persons who met that side's government itself: "A and B
// hosted a luncheon with Ruritania's officials … The Ruritanian
// delegation was led by C and included D": A and B each meet C and D.
// A company put on a side by "was joined by" alone is a trip's, not a
// table's, and persons who met one member of the side ("A met Minister
// C") tell nothing of the rest.
func (d *doc) oneListedSide(add func(*entity, string, *entity, int)) {
	var gov *entity
	var members []sideMember
	for _, dl := range d.delegations {
		g := d.listSideGov(dl.gov)
		if g == nil || gov != nil && g != gov {
			return // no list, or lists of two sides
		}
		gov = g
		for _, p := range d.sentencePersons(dl.start) {
			if !hasSideMember(members, p) {
				members = append(members, sideMember{p, dl.start})
			}
		}
	}
	var hosts []sideMember
	for _, m := range d.meets {
		g, p := m.a, m.b
		if p == gov {
			g, p = p, g
		}
		if g != gov || p.typ != schema.Person || hasSideMember(hosts, p) {
			continue
		}
		if pg := d.sideGov(p); pg == nil || pg == gov {
			continue
		}
		hosts = append(hosts, sideMember{p, m.at})
	}
	if len(members) == 0 || len(members) > maxSideMembers || len(hosts) > maxSideMembers {
		return
	}
	for _, h := range hosts {
		for _, x := range members {
			if h.p != x.p && !hasSideMember(hosts, x.p) {
				add(h.p, "metWith", x.p, x.at)
			}
		}
	}
}

// hasSideMember reports whether p is among ms.
func hasSideMember(ms []sideMember, p *entity) bool {
	for _, x := range ms {
		if x.p == p {
			return true
		}
	}
	return false
}

// listSideGov is the government whose side a list of a body g puts its
// members on: g itself when a government, else the government of g's
// country the article names; nil if none.
func (d *doc) listSideGov(g *entity) *entity {
	if g != nil && g.typ != schema.Government {
		return d.govNamed(g.country)
	}
	return g
}

// sideMembers returns, per government, the persons the article puts on
// its side of a meeting.
func (d *doc) sideMembers() map[*entity][]sideMember {
	out := map[*entity][]sideMember{}
	put := func(g, p *entity, at int) {
		if g == nil || p == nil || p.typ != schema.Person {
			return
		}
		if g = d.listSideGov(g); g == nil {
			return
		}
		if hasSideMember(out[g], p) {
			return
		}
		out[g] = append(out[g], sideMember{p, at})
	}
	// delegation lists: "The U.S. delegation was led by A, B and C"
	for _, dl := range d.delegations {
		for _, p := range d.sentencePersons(dl.start) {
			put(dl.gov, p, dl.start)
		}
	}
	for v := 1; v+1 < len(d.toks); v++ {
		if d.inQuote[v] || d.mentionAt(v) != nil {
			continue
		}
		switch key := d.toks[v].key; {
		case key == "delegation" && d.unnamedDelegation(v):
			// "The visiting delegation also included F": each member's own government
			for _, p := range d.sentencePersons(v + 1) {
				put(d.personGov(p), p, v)
			}
		case key == "joined" && d.toks[v+1].key == "by" && (d.toks[v-1].key == "was" || d.toks[v-1].key == "were"):
			// "Foreign Minister D was joined by J; K; and L"
			g := d.verbGroup(v)
			if g.neg || g.modal || g.infinitive {
				continue
			}
			sent := d.toks[v].sent
			hosts := personsOnly(d.actorsLeft(g.start, sent, "metWith", sideSubj))
			if len(hosts) != 1 {
				continue
			}
			side := d.personGov(hosts[0])
			for _, p := range d.sentencePersons(v + 2) {
				put(side, p, v)
			}
		case key == "joined" || key == "joins":
			// "G, H and I joined Secretary A for the meeting"
			host, ok := d.joinedForMeeting(v)
			if !ok {
				continue
			}
			g := d.verbGroup(v)
			if g.neg || g.modal || g.infinitive {
				continue
			}
			side := d.personGov(host)
			for _, p := range personsOnly(d.actorsLeft(g.start, d.toks[v].sent, "metWith", sideSubj)) {
				put(side, p, v)
			}
		}
	}
	return out
}

// memberBlockers, right before a person's name in a list of members,
// make the name part of another member's title: "Senior Advisor to
// Minister A, B".
var memberBlockers = set("to", "by", "under", "with")

// sentencePersons are the persons a list of members names, outside
// quotes, from token from to the end of its sentence: not those in a
// member's title ("Advisor to Minister A, B") nor in a relative clause
// about a member ("B, who was appointed by President C"), up to the
// next semicolon.
func (d *doc) sentencePersons(from int) []*entity {
	if from >= len(d.toks) {
		return nil
	}
	sent := d.toks[from].sent
	var out []*entity
	relative := false
	for k := from; k < len(d.toks) && d.toks[k].sent == sent; k++ {
		switch d.toks[k].key {
		case "who", "whom", "whose", "which":
			relative = true
		case ";":
			relative = false
		}
		m := d.mentionAt(k)
		if m == nil {
			continue
		}
		k = m.e - 1
		if m.ent == nil || m.ent.typ != schema.Person || d.inQuote[m.s] || relative {
			continue
		}
		b := m.s - 1
		for b > from && d.toks[b].cap && d.mentionAt(b) == nil {
			b-- // the title before the name: "to Vice President A"
		}
		if b >= from && memberBlockers[d.toks[b].key] && !(d.toks[b].key == "by" && b > 0 && ledByWords[d.toks[b-1].key]) {
			continue // not "led by Minister A": the list's head
		}
		out = append(out, m.ent)
	}
	return out
}

// sideListVerbs follow a delegation's noun when it lists members.
var sideListVerbs = set("included", "includes", "comprised", "consisted", "was", "were")

// unnamedDelegation reports whether the noun "delegation" at token v opens
// its sentence's list of members without naming the government: "The
// visiting delegation also included F" (the government named is read by
// delegationSide).
func (d *doc) unnamedDelegation(v int) bool {
	sent := d.toks[v].sent
	k := v - 1
	for k >= 0 && d.toks[k].sent == sent && d.toks[k].kind == tWord && !d.toks[k].cap && d.toks[k].key != "the" && d.mentionAt(k) == nil && k > v-3 {
		k-- // "visiting", "host"
	}
	if k < 0 || d.toks[k].sent != sent || d.toks[k].key != "the" || k > 0 && d.toks[k-1].sent == sent {
		return false // "the … delegation" opens the sentence
	}
	n := v + 1
	if n < len(d.toks) && delegationAdverbs[d.toks[n].key] {
		n++
	}
	if n+1 >= len(d.toks) || d.toks[n].sent != sent || !sideListVerbs[d.toks[n].key] {
		return false
	}
	if (d.toks[n].key == "was" || d.toks[n].key == "were") && !ledByWords[d.toks[n+1].key] && d.toks[n+1].key != "represented" {
		return false // "The delegation was in Lima"
	}
	return true
}

// joinedForMeeting returns the person joined by the verb at token v when
// the clause says they were joined at a meeting: "joined Secretary A for
// the meeting", "joined A at the talks", or "joined A." closing the
// sentence.
func (d *doc) joinedForMeeting(v int) (*entity, bool) {
	sent := d.toks[v].sent
	k := v + 1
	for k < len(d.toks) && k < v+4 && d.toks[k].sent == sent && d.mentionAt(k) == nil && d.toks[k].cap {
		k++ // a title before the name: "Secretary"
	}
	m := d.mentionAt(k)
	if m == nil || m.s != k || m.ent == nil || m.ent.typ != schema.Person {
		return nil, false
	}
	e := m.e
	if e >= len(d.toks) || d.toks[e].sent != sent || d.sentenceEnd(e) {
		return m.ent, true
	}
	if p := d.toks[e].key; (p == "for" || p == "at" || p == "in") && e+2 < len(d.toks) && d.toks[e+1].key == "the" {
		for h := e + 2; h < len(d.toks) && h < e+5 && d.toks[h].sent == sent; h++ {
			if joinedNouns[d.toks[h].key] {
				return m.ent, h+1 >= len(d.toks) || d.toks[h+1].key != "with"
			}
			if d.toks[h].kind != tWord || d.toks[h].cap {
				break
			}
		}
	}
	return nil, false
}

// joinSide is the persons who met for a side, then its members, each once.
func joinSide(met, members []sideMember) []sideMember {
	var out []sideMember
	seen := map[*entity]bool{}
	for _, x := range append(append([]sideMember(nil), met...), members...) {
		if !seen[x.p] {
			seen[x.p] = true
			out = append(out, x)
		}
	}
	return out
}
