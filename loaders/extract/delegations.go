package extract

import "github.com/newsgraph/newsgraph/schema"

// Delegation lists: readouts of talks list each side's members under a
// sentence that names the side, and every member's office is that
// government's, whatever country the office is in:
//
//	Representing Mexico were the Secretary of Foreign Affairs, X; the …
//	The U.S. delegation was led by …, Y; and included the U.S. Ambassador to Mexico, Z; …
//	Canada was represented by the …, W; …

// delegation is a sentence that lists a government's delegation, from
// its first token to its full stop (the list's items may be split at
// semicolons).
type delegation struct {
	start int
	gov   *entity
}

// findDelegations fills d.delegations.
func (d *doc) findDelegations() {
	for i := 0; i < len(d.toks); i++ {
		if i > 0 && d.toks[i-1].sent == d.toks[i].sent && d.toks[i-1].key != ";" {
			continue // sentence starts, and clauses after a semicolon ("…; representing Y were …")
		}
		if g := d.delegationSide(i); g != nil {
			d.delegations = append(d.delegations, delegation{start: i, gov: g})
		}
	}
	d.groupListDelegations()
}

// groupListDelegations adds, as a delegation from the first item on, the
// list that names a group of one country's officials: "met with senior
// Peruvian leaders, including the minister of health, A; and B".
func (d *doc) groupListDelegations() {
	for j := 2; j+1 < len(d.toks); j++ {
		if d.toks[j].key != "including" || d.toks[j+1].sent != d.toks[j].sent {
			continue
		}
		k := j - 1
		if d.toks[k].key == "," {
			k--
		}
		if !officialGroupNouns[d.toks[k].key] {
			continue
		}
		// the country's adjective among the few words before the noun, or
		// a phrase with the noun that names the government ("Peruvian
		// officials")
		var gov *entity
		if m := d.mentionAt(k); m != nil && m.e == k+1 {
			gov = d.govOf(m)
		}
		for b := k - 1; b >= 0 && b >= k-3 && d.toks[b].sent == d.toks[j].sent && gov == nil; b-- {
			m := d.mentionAt(b)
			if m == nil {
				if d.toks[b].kind != tWord || d.toks[b].cap {
					break
				}
				continue
			}
			if m.class != mDemonym || m.e != b+1 {
				break
			}
			gov = d.govOf(m)
		}
		if gov != nil {
			d.delegations = append(d.delegations, delegation{start: j + 1, gov: gov})
		}
	}
}

// delegationDashes open an aside after "delegation" that names its
// leaders: a dash or a comma ("The X delegation – led by A and B – …").
var delegationDashes = set("–", "—", "-", ",")

// delegationAdverbs may stand between "delegation" and its verb: "The U.S.
// delegation also included".
var delegationAdverbs = set("also", "further", "additionally", "likewise")

// delegationSide returns the government a sentence starting at token s
// introduces a delegation of, or nil.
func (d *doc) delegationSide(s int) *entity {
	sent := d.toks[s].sent
	key := func(k int) string { // the word at k, in the sentence
		if k < len(d.toks) && d.toks[k].sent == sent {
			return d.toks[k].key
		}
		return ""
	}
	gov := func(k int) (*entity, int) {
		if m := d.mentionAt(k); m != nil && m.s == k {
			return d.govOf(m), m.e
		}
		return nil, k
	}
	k := s
	if key(k) == "the" {
		k++
	}
	// "Representing Mexico were"; "Representing the Customs Office were":
	// an agency's delegation is the agency's
	if key(k) == "representing" {
		b := k + 1
		if key(b) == "the" && d.mentionAt(b) == nil {
			b++
		}
		g, e := gov(b)
		if m := d.mentionAt(b); g == nil && m != nil && m.s == b && m.ent != nil && m.ent.typ == schema.Agency {
			g, e = m.ent, m.e
		}
		if g != nil && (key(e) == "were" || key(e) == "was" || key(e) == "are" || key(e) == ":") {
			return g
		}
		return nil
	}
	g, e := gov(k)
	if g == nil && k > s {
		g, e = gov(s) // the name took its article: "The United States"
	}
	if g == nil {
		return nil
	}
	// "Canada was represented by"
	if (key(e) == "was" || key(e) == "were") && key(e+1) == "represented" && key(e+2) == "by" {
		return g
	}
	// "The U.S. delegation was led by", "Mexico's delegation included"
	if key(e) == "'s" || key(e) == "'" && !d.toks[e].space && key(e+1) == "delegation" {
		e++ // "Mexico's", "The United States’ delegation"
	}
	if d.toks[e-1].key == "delegation" {
		e-- // the mention may take its head: "U.S. delegation"
	}
	// "The Mexican high-level delegation included": lower-case
	// modifiers before the noun
	for n := 0; n < 4 && key(e) != "delegation" && e < len(d.toks) && d.toks[e].sent == sent && !d.toks[e].cap &&
		(d.toks[e].kind == tWord && !funcWords[d.toks[e].key] || d.toks[e].key == "-"); n++ {
		e++
	}
	v := e + 1
	if delegationAdverbs[key(v)] {
		v++ // "The Peruvian delegation also included"
	}
	if key(e) == "delegation" && (key(v) == "was" || key(v) == "included" || key(v) == "includes" || key(v) == "comprised" || key(v) == "consisted") {
		return g
	}
	if key(e) == "delegation" && delegationDashes[key(v)] && ledByWords[key(v+1)] && key(v+2) == "by" {
		return g // "The Honduran delegation – led by A, B and C – is in Washington"
	}
	return nil
}

// delegationOf returns the government whose delegation the sentence of
// token at lists, or nil.
func (d *doc) delegationOf(at int) *entity {
	if at < 0 || at >= len(d.toks) {
		return nil
	}
	var best *delegation // the list opened last: "Representing A were …; representing B were …"
	for i, dl := range d.delegations {
		if at < dl.start || d.toks[at].para != d.toks[dl.start].para || best != nil && dl.start < best.start {
			continue
		}
		k := dl.start
		for k < at && !d.sentenceEnd(k) {
			k++
		}
		if k == at {
			best = &d.delegations[i]
		}
	}
	if best == nil {
		return nil
	}
	return best.gov
}

// delegationGov corrects the body of a role person p holds, read in a
// delegation list: a member's government is the delegation's ("the U.S.
// Ambassador to Mexico, Z" in the U.S. delegation serves the United
// States), and a member of an agency's delegation serves at it, not heads
// it ("Representing the Customs Office were Unit Chief X").
func (d *doc) delegationGov(p, org *entity, at int) *entity {
	if org == nil || org.typ != schema.Government && org.typ != schema.Agency {
		return org
	}
	g := d.delegationOf(at)
	if g == nil {
		return org
	}
	if org.typ == schema.Government {
		org = g
	}
	if p != nil && org.typ == schema.Agency && org == g {
		d.servedAt(p, org)
	}
	return org
}

// sentenceEnd reports whether token k ends a sentence with a full stop, a
// question or an exclamation mark (a semicolon does not).
func (d *doc) sentenceEnd(k int) bool {
	key := d.toks[k].key
	return (key == "." || key == "?" || key == "!") && (k+1 == len(d.toks) || d.toks[k+1].sent != d.toks[k].sent)
}

// leaderCountry is the country of the first person named in the sentence
// of token i, before it, when the gazetteer knows that person's office:
// the officials and bodies listed around a leader are that leader's
// government's. It returns "" when there is none.
func (d *doc) leaderCountry(i int) string {
	for k := d.sentStart(i); k < i; k++ {
		m := d.mentionAt(k)
		if m == nil || m.s != k || m.ent == nil || m.ent.typ != schema.Person || d.inQuote[k] {
			continue
		}
		if gp := d.g.people[fold(m.ent.name)]; gp != nil {
			return gp.country
		}
		return ""
	}
	return ""
}

// servedAt records that p serves at org without heading it.
func (d *doc) servedAt(p, org *entity) {
	if d.servesAt == nil {
		d.servesAt = map[string]bool{}
	}
	d.servesAt[fold(p.name)+"|"+fold(org.name)] = true
}
