package extract

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/schema"
)

// findAgreements lists the agreements and their parties: the governments
// the gazetteer knows as parties and the text names, those named with the
// agreement ("a U.S.-Mexico deal"), and those named in its sentences.
func (d *doc) findAgreements() {
	named := map[string]bool{}
	for _, e := range d.entList {
		if e.typ == schema.Government && e.mentions > 0 {
			named[e.name] = true
		}
	}
	for _, e := range d.entList {
		if e.typ != schema.Agreement || e.mentions == 0 {
			continue
		}
		parties := map[string]bool{}
		for _, p := range e.parties {
			if named[p] {
				parties[p] = true
			}
		}
		sents := map[int]bool{}
		explicit := false
		// parties a mention states outright ("A and B signed the X",
		// "between A and B") outrank those guessed for the other side of
		// "a deal with B" in another mention
		var guessed []*entity
		for _, m := range d.ments {
			if m.ent == e {
				sents[d.toks[m.s].sent] = true
				// "the U.S.-Peru Security Dialogue": the two states its name joins
				for _, p := range d.pairParties(m) {
					parties[p.name] = true
					explicit = true
				}
				d.guessedSide = false
				l := d.statedParties(m)
				if d.guessedSide {
					guessed = append(guessed, l...)
					continue
				}
				for _, p := range l {
					parties[p.name] = true
					explicit = true
				}
			}
		}
		// "… signed the convention immediately": a back-reference in the
		// agreement's sentence or the two after it
		if !explicit {
			for _, m := range d.backRefs(e) {
				d.guessedSide = false
				l := d.statedParties(m)
				if d.guessedSide {
					continue
				}
				for _, p := range l {
					parties[p.name] = true
					explicit = true
				}
			}
		}
		if !explicit && len(guessed) > 0 {
			explicit = true
			for _, p := range guessed {
				parties[p.name] = true
			}
		}
		if explicit {
			// the text names the parties: take them and the gazetteer's
			e.parties = e.parties[:0:0]
			for p := range parties {
				e.parties = append(e.parties, p)
			}
			sort.Strings(e.parties)
			d.agrs = append(d.agrs, e)
			continue
		}
		fromSent := func(ss map[int]bool) int {
			n := 0
			for _, c := range d.countries {
				if ss[d.toks[c.tok].sent] && !parties[c.country] && !d.goodsDemonym(c.tok) {
					parties[c.country] = true
					n++
				}
			}
			// "a call between Trump and Mexico's president": the
			// government of a leader named in the sentence
			for _, m := range d.ments {
				if n > 0 && m.ent != nil && m.ent.typ == schema.Person && ss[d.toks[m.s].sent] && !m.quoted {
					if g := d.personGov(m.ent); g != nil && !parties[g.name] {
						parties[g.name] = true
						n++
					}
				}
			}
			return n
		}
		for _, m := range d.ments {
			if m.ent != nil && sents[d.toks[m.s].sent] && m.ent.typ == schema.Agency && m.ent.country != "" && named[m.ent.country] {
				parties[m.ent.country] = true
			}
		}
		// "Xiomara Castro's government moved to end the treaty": the
		// government of an office holder named so
		for _, m := range d.ments {
			if m.ent == nil || m.ent.typ != schema.Person || !sents[d.toks[m.s].sent] || m.e+1 >= len(d.toks) ||
				d.toks[m.e].key != "'s" || !govWords[d.toks[m.e+1].key] {
				continue
			}
			for _, r := range d.roles {
				if r.Person == m.ent.name && !r.Former && d.g.countries[r.Org] != nil {
					parties[r.Org] = true
				}
			}
		}
		// a peace agreement binds the armed groups named with it
		peace := false
		for _, w := range []string{"peace", "ceasefire", "cease-fire", "truce"} {
			if containsWord(fold(e.name), w) {
				peace = true
			}
		}
		if peace {
			// the armed group named nearest before the agreement in its sentence
			for _, am := range d.ments {
				if am.ent != e {
					continue
				}
				var near *entity
				for _, m := range d.ments {
					if m.s >= am.s {
						break
					}
					if m.ent != nil && m.ent.typ == schema.Cartel && d.toks[m.s].sent == d.toks[am.s].sent {
						near = m.ent
					}
				}
				if near != nil {
					parties[near.name] = true
				}
				// "the gang truce between MS-13 and Barrio 18"
				if am.e+1 < len(d.toks) && d.toks[am.e].key == "between" {
					for k := am.e + 1; k < len(d.toks) && k < am.e+10 && d.toks[k].sent == d.toks[am.s].sent; k++ {
						m := d.mentionAt(k)
						if m == nil || m.ent == nil {
							if t := d.toks[k].key; t != "and" && t != "," && t != "the" {
								break
							}
							continue
						}
						if m.ent.typ == schema.Cartel || m.ent.typ == schema.Government {
							parties[m.ent.name] = true
						}
						k = m.e - 1
					}
				}
			}
			// "talks … had produced a ceasefire": the armed group the
			// article names most
			armed := false
			for p := range parties {
				if ce := d.ents[string(schema.Cartel)+"|"+fold(p)]; ce != nil {
					armed = true
				}
			}
			if !armed {
				var best *entity
				count := map[*entity]int{}
				for _, m := range d.ments {
					if m.ent != nil && m.ent.typ == schema.Cartel {
						count[m.ent]++
						if best == nil || count[m.ent] > count[best] {
							best = m.ent
						}
					}
				}
				if best != nil {
					parties[best.name] = true
				}
			}
			if len(parties) > 0 {
				gov := false
				for p := range parties {
					if d.g.countries[p] != nil {
						gov = true
					}
				}
				if !gov {
					if c := d.dominant(true); c != "" {
						parties[c] = true
					}
				}
			}
		}
		if fromSent(sents) == 0 && len(parties) == 0 {
			// "The two countries also signed …": the sentence before, else after
			prev, next := map[int]bool{}, map[int]bool{}
			for s := range sents {
				prev[s-1] = true
				next[s+1] = true
			}
			if fromSent(prev) == 0 {
				fromSent(next)
			}
		}
		if len(parties) == 0 {
			// the two governments the article names most
			first := d.dominant(false)
			if first != "" {
				parties[first] = true
				count := map[string]int{}
				for _, c := range d.countries {
					if c.country != first {
						count[c.country]++
					}
				}
				second, n := "", 0
				for c, k := range count {
					if k > n || k == n && c < second {
						second, n = c, k
					}
				}
				if second != "" {
					parties[second] = true
				}
			}
		}
		if c := d.venueCountry(e); c != "" && len(parties) > 1 {
			delete(parties, c) // "the Barbados Agreement": where it was signed, not who signed it
		}
		e.parties = e.parties[:0:0]
		for p := range parties {
			e.parties = append(e.parties, p)
		}
		sort.Strings(e.parties)
		d.agrs = append(d.agrs, e)
	}
	d.mergeHeadlineDeals()
}

// mergeHeadlineDeals folds a lower-case agreement named only in the
// headline ("X and Y sign deportation deal") into the first agreement the
// body names with the same parties: the headline's word for it.
func (d *doc) mergeHeadlineDeals() {
	inHead := map[*entity]bool{}
	inBody := map[*entity]bool{}
	first := map[*entity]int{}
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Agreement {
			continue
		}
		if d.toks[m.s].para == 0 {
			inHead[m.ent] = true
		} else {
			if !inBody[m.ent] {
				first[m.ent] = m.s
			}
			inBody[m.ent] = true
		}
	}
	var drop []*entity
	for _, a := range d.agrs {
		if !a.generic || !inHead[a] || inBody[a] || len(a.parties) < 2 {
			continue
		}
		var to *entity
		for _, b := range d.agrs {
			if b != a && inBody[b] && strings.Join(b.parties, "|") == strings.Join(a.parties, "|") && (to == nil || first[b] < first[to]) {
				to = b
			}
		}
		if to != nil {
			to.mentions += d.repoint(a, to)
			a.typ = ""
			drop = append(drop, a)
		}
	}
	out := make([]*entity, 0, len(d.agrs))
	for _, a := range d.agrs {
		if !containsEnt(drop, a) {
			out = append(out, a)
		}
	}
	d.agrs = out
}

// signVerbs make the actors before or after them an agreement's parties.
var signVerbs = set("signed", "sign", "signs", "agreed", "agree", "agrees", "reached", "reach", "struck",
	"concluded", "negotiated", "sealed", "inked", "renewed", "ratified", "brokered", "adopted", "approved",
	"ratify", "ratifies", "joined", "acceded", "initialled", "initialed")

// intoVerbs bring an agreement "into force" or "into effect".
var intoVerbs = set("brought", "bring", "brings", "put", "puts")

// partyEnt is the party an actor mention stands for: a government, an
// armed group, or an agency as written ("the attorney general's office
// signed …": the signing agency is the party, not its government).
func (d *doc) partyEnt(m *mention) *entity {
	if m == nil || m.ent == nil {
		return nil
	}
	switch m.ent.typ {
	case schema.Government, schema.Cartel, schema.Agency:
		return m.ent
	}
	return nil
}

// partyList reads a list of actors "A, B and C" from token k forward
// (dir 1) or ending at token k (dir -1).
func (d *doc) partyList(k, dir int) []*entity {
	var out []*entity
	sent := -1
	for n := 0; k >= 0 && k < len(d.toks) && n < 14; n++ {
		if sent < 0 {
			sent = d.toks[k].sent
		} else if d.toks[k].sent != sent {
			break
		}
		if m := d.mentionAt(k); m != nil {
			p := d.partyEnt(m)
			if p == nil && m.ent != nil && m.ent.typ == schema.Organization && m.gaz != nil {
				p = m.ent // "signed by CARICOM and the United States": a bloc in a stated list
			}
			if p == nil && m.ent != nil && m.ent.typ == schema.Person {
				p = d.personGov(m.ent) // "Security Minister X signed": the government X serves
				if p == nil && dir < 0 && m.s >= 2 && d.toks[m.s-1].key == "," && counterpartNouns[d.toks[m.s-2].key] {
					k = m.s - 2 // "her Argentine counterpart, X,": the counterpart says whose
					continue
				}
			}
			if p == nil {
				break
			}
			// "between the armed forces and Colombia's Military Forces":
			// the body as written, not its government
			if dir > 0 && d.bodiesAsWritten && m.ent.typ == schema.Government && m.e+1 < len(d.toks) && d.toks[m.e].key == "'s" {
				if am := d.mentionAt(m.e + 1); am != nil && am.s == m.e+1 && am.ent != nil && am.ent.typ == schema.Agency {
					m, p = am, am.ent
				}
			}
			dup := false
			for _, o := range out {
				dup = dup || o == p
			}
			if !dup {
				out = append(out, p)
			}
			if dir > 0 {
				k = d.skipOfficial(m.e)
				if k == m.e && k < len(d.toks) && memberNouns[d.toks[k].key] && (m.ent.typ == schema.Agency || m.ent.typ == schema.Government) {
					k++
				}
			} else {
				k = m.s - 1
			}
			continue
		}
		if dir < 0 && (d.toks[k].key == "his" || d.toks[k].key == "her" || d.toks[k].key == "their") && k+2 < len(d.toks) && counterpartNouns[d.toks[k+2].key] {
			k-- // "… and his Argentine counterpart signed"
			continue
		}
		// "Chile's foreign minister and …": the government whose official
		// signs
		if dir < 0 && d.isTitleTok(k) {
			j := k
			for j > 0 && j > k-5 && d.isTitleTok(j) && !d.toks[j].cap {
				j--
			}
			if j > 0 && j < k+1 && d.toks[j].key == "'s" {
				if m := d.mentionAt(j - 1); m != nil && m.ent != nil && m.ent.typ == schema.Government && m.e == j {
					k = j - 1
					continue
				}
			}
		}
		// "his Argentine counterpart": the government of the demonym
		if counterpartNouns[d.toks[k].key] && k > 0 {
			if m := d.mentionAt(k - 1); m != nil && m.class == mDemonym && m.country != "" && m.e == k {
				if ge := d.entity(schema.Government, m.country, m.s); ge != nil {
					if !containsEnt(out, ge) {
						out = append(out, ge)
					}
					if dir > 0 {
						k = d.skipOfficial(k + 1)
					} else {
						k = m.s - 1
					}
					continue
				}
			}
		}
		// "Haitian police commanders negotiated …", "with Mexican navy
		// officers": members of a body act for it
		if memberNouns[d.toks[k].key] && dir < 0 && k > 0 {
			if m := d.mentionAt(k - 1); m != nil && m.ent != nil && (m.ent.typ == schema.Agency || m.ent.typ == schema.Government) {
				k--
				continue
			}
		}
		// "the National Police (PN) and …": an acronym in brackets
		if d.toks[k].key == "(" && dir > 0 && len(out) > 0 {
			c := k + 1
			for c < len(d.toks) && c < k+4 && d.toks[c].key != ")" && d.toks[c].sent == sent {
				c++
			}
			if c < len(d.toks) && d.toks[c].key == ")" {
				k = c + 1
				continue
			}
		}
		if d.toks[k].key == ")" && dir < 0 {
			c := k - 1
			for c >= 0 && c > k-4 && d.toks[c].key != "(" && d.toks[c].sent == sent {
				c--
			}
			if c > 0 && d.toks[c].key == "(" && d.mentionAt(c-1) != nil {
				k = c - 1
				continue
			}
		}
		// "… and the executive president of Peru's drug commission, X":
		// the government of an official named by title
		if dir > 0 && len(out) > 0 && !d.bodiesAsWritten && d.isTitleTok(k) && !d.toks[k].cap {
			j := k
			for j < len(d.toks) && j < k+6 && (d.isTitleTok(j) && !d.toks[j].cap || d.toks[j].key == "of" || d.toks[j].key == "the") {
				j++
			}
			if m := d.mentionAt(j); j > k && m != nil && m.s == j && d.toks[j-1].key == "of" && m.ent != nil {
				var g *entity
				switch {
				case m.ent.typ == schema.Government:
					g = m.ent
				case m.ent.typ == schema.Agency && m.ent.country != "":
					g = d.ents[string(schema.Government)+"|"+fold(m.ent.country)]
				}
				if g != nil {
					if !containsEnt(out, g) {
						out = append(out, g)
					}
					e := m.e
					if e+1 < len(d.toks) && d.toks[e].key == "'s" {
						if am := d.mentionAt(e + 1); am != nil && am.s == e+1 {
							e = am.e
						}
					}
					k = e
					// the bracketed acronym and the official's name
					if k+2 < len(d.toks) && d.toks[k].key == "(" && d.toks[k+2].key == ")" {
						k += 3
					}
					if k+1 < len(d.toks) && d.toks[k].key == "," {
						if pm := d.mentionAt(k + 1); pm != nil && pm.ent != nil && pm.ent.typ == schema.Person {
							k = pm.e
						}
					}
					continue
				}
			}
		}
		if key := d.toks[k].key; key == "then" && dir > 0 {
			k++ // "the then US homeland security secretary"
			continue
		}
		if key := d.toks[k].key; key == "," || key == "and" || key == "the" || key == "both" {
			k += dir
			continue
		}
		break
	}
	return out
}

// counterpartNouns follow a demonym for an official of that country.
var counterpartNouns = set("counterpart", "counterparts")

func containsEnt(es []*entity, e *entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// memberNouns name the people who act for a body: "police commanders".
var memberNouns = set("commanders", "officers", "officials", "agents", "negotiators", "representatives",
	"envoys", "delegates", "delegation", "leaders", "chiefs", "authorities", "diplomats", "prosecutors")

// personGov is the government a person serves: the person's known
// country, else the government or agency of a current role the article
// gives.
func (d *doc) personGov(e *entity) *entity {
	if e.country != "" {
		return d.ents[string(schema.Government)+"|"+fold(e.country)]
	}
	for _, r := range d.roles {
		if r.Person != e.name || r.Former {
			continue
		}
		if g := d.ents[string(schema.Government)+"|"+fold(r.Org)]; g != nil {
			return g
		}
		if a := d.ents[string(schema.Agency)+"|"+fold(r.Org)]; a != nil && a.country != "" {
			return d.ents[string(schema.Government)+"|"+fold(a.country)]
		}
	}
	return nil
}

// skipOfficial skips, after a party ending before token k, the official
// who acts for it: "Panama's foreign minister, X," or "US homeland
// security secretary Y". It returns k when no official follows.
func (d *doc) skipOfficial(k int) int {
	j := k
	if j < len(d.toks) && d.toks[j].key == "'s" {
		j++
	}
	w := j
	for j < len(d.toks) && j < w+6 && d.toks[j].kind == tWord && !d.toks[j].cap && !d.toks[j].brk && d.mentionAt(j) == nil {
		if funcWords[d.toks[j].key] {
			// "minister of national security": "of"/"for" inside a title
			n := j + 1
			if n+1 < len(d.toks) && d.toks[n].key == "the" {
				n++ // "undersecretary of the interior"
			}
			if key := d.toks[j].key; j == w || key != "of" && key != "for" || n >= len(d.toks) ||
				d.toks[n].kind != tWord || d.toks[n].cap || funcWords[d.toks[n].key] {
				break
			}
			j = n
			continue
		}
		j++
	}
	if j == w {
		return k
	}
	if j < len(d.toks) && d.toks[j].key == "," {
		j++
	}
	m := d.mentionAt(j)
	if m == nil || m.ent == nil || m.ent.typ != schema.Person {
		return k
	}
	j = m.e
	if j < len(d.toks) && d.toks[j].key == "," {
		j++
	}
	return j
}

// statedParties reads the parties a sentence names for the agreement
// mention am: "signed by A, B and C", "between A and B", "that A and B
// signed", "A and B signed the X", "we signed the X with B".
func (d *doc) statedParties(am *mention) []*entity {
	sent := d.toks[am.s].sent
	var out []*entity
	k := am.e
	// "between A and B", "that A and B signed"; ", between A and B,"
	bk := k
	if bk+1 < len(d.toks) && d.toks[bk].key == "," && d.toks[bk+1].sent == sent {
		bk++
	}
	if bk < len(d.toks) && (d.toks[bk].key == "between" || d.toks[bk].key == "among") {
		k = bk
		// "between A and B" names the bodies that are the parties
		d.bodiesAsWritten = true
		l := d.partyList(k+1, 1)
		d.bodiesAsWritten = false
		if len(l) >= 2 {
			return l
		}
		if l := d.twoSides(k + 1); len(l) == 2 {
			return l
		}
	}
	// "the two countries' extradition treaty"
	if b := am.s - 1; b >= 4 && (d.toks[b].key == "'" || d.toks[b].key == "'s") && (govPlurals[d.toks[b-1].key] || groupPlurals[d.toks[b-1].key]) {
		if l := d.twoSides(b - 3); len(l) == 2 {
			return l
		}
	}
	k = am.e
	// "a transfer agreement the two countries signed in 2007"
	if tk := k; tk < len(d.toks) && (d.toks[tk].key == "the" || d.toks[tk].key == "that" && tk+1 < len(d.toks) && d.toks[tk+1].key == "the") {
		if d.toks[tk].key == "that" {
			tk++
		}
		if l := d.twoSides(tk); len(l) == 2 {
			if near := d.nearTwoGovs(am.s); len(near) == 2 {
				l = near
			}
			for v := tk + 3; v < len(d.toks) && v < tk+6 && d.toks[v].sent == sent; v++ {
				if signVerbs[d.toks[v].key] {
					return l
				}
				if d.toks[v].kind != tWord || d.toks[v].cap {
					break
				}
			}
		}
	}
	if k < len(d.toks) && (d.toks[k].key == "that" || d.toks[k].key == "which") {
		l := d.partyList(k+1, 1)
		if end := k + 1; len(l) > 0 {
			for end < len(d.toks) && end < k+16 && !signVerbs[d.toks[end].key] && d.toks[end].sent == sent {
				end++
			}
			if end < len(d.toks) && signVerbs[d.toks[end].key] {
				return l
			}
		}
	}
	// ", signed in March by A, B and C"
	for j := k; j < len(d.toks) && j < k+8 && d.toks[j].sent == sent; j++ {
		if signVerbs[d.toks[j].key] {
			for b := j + 1; b < len(d.toks) && b < j+8 && d.toks[b].sent == sent; b++ {
				if d.toks[b].key == "by" {
					if l := d.partyList(b+1, 1); len(l) > 0 {
						return l
					}
					// "signed by the 15 member states": the bloc just named
					if bloc := d.memberStatesBloc(b + 1); bloc != nil {
						return []*entity{bloc}
					}
					break
				}
				// "a deal reached with Caracas": that party and the
				// sentence's first other actor, else the article's most
				// named other government
				if d.toks[b].key == "with" {
					l := d.partyList(b+1, 1)
					if len(l) == 0 {
						break
					}
					other := d.firstPartyIn(sent, am.s, l[0])
					if other == nil {
						other = d.otherDominant(l[0])
					}
					if other != nil {
						d.guessedSide = true
						return []*entity{other, l[0]}
					}
					break
				}
				if d.toks[b].key == "," && b > j+1 {
					break
				}
			}
			break
		}
	}
	// "A and B signed a new X", "We signed a letter of agreement with B"
	j := am.s - 1
	for j >= 0 && d.toks[j].sent == sent && (agreementAdjs[d.toks[j].key] || d.toks[j].key == "to" || d.toks[j].key == "on" || d.toks[j].kind == tWord && !d.toks[j].cap && agreementMods[d.toks[j].key]) {
		j--
	}
	// "A and B brought into force a customs agreement"
	into := false
	if j >= 3 && (d.toks[j].key == "force" || d.toks[j].key == "effect") && d.toks[j-1].key == "into" && intoVerbs[d.toks[j-2].key] {
		j -= 2
		into = true
	}
	if j < 1 || !signVerbs[d.toks[j].key] && !into {
		// "a border security deal with Washington": that party and the
		// sentence's first other actor, else the dateline's government,
		// else the article's most named other government
		if k+1 < len(d.toks) && d.toks[k].key == "with" {
			if l := d.partyList(k+1, 1); len(l) > 0 {
				other := d.firstPartyIn(sent, am.s, l[0])
				if g := d.ents[string(schema.Government)+"|"+fold(d.dateline)]; other == nil && d.dateline != "" && g != l[0] {
					other = g
				}
				if other == nil {
					other = d.otherDominant(l[0])
				}
				if other != nil {
					d.guessedSide = true
					return []*entity{other, l[0]}
				}
			}
		}
		return nil
	}
	v := j
	for v > 0 && (d.toks[v-1].key == "have" || d.toks[v-1].key == "has" || d.toks[v-1].key == "had" || d.toks[v-1].key == "also" || d.toks[v-1].key == "jointly") {
		v--
	}
	subj := d.partyList(v-1, -1)
	// "the two governments signed …", "both countries agreed …", "our
	// governments signed …": the two governments just named, else the
	// two the article names most
	if len(subj) == 0 && v >= 2 && govPlurals[d.toks[v-1].key] {
		// "our [two] governments signed": the speaker's and the one addressed
		if d.toks[v-2].key == "two" && v >= 3 && (d.toks[v-3].key == "the" || d.toks[v-3].key == "our") || d.toks[v-2].key == "both" || d.toks[v-2].key == "our" {
			if near := d.nearTwoGovs(v - 2); len(near) == 2 {
				subj = near
			} else if v >= 3 && d.toks[v-3].key == "the" {
				subj = d.twoSides(v - 3)
			}
		}
	}
	if len(subj) == 0 {
		// "Haitian police commanders in the Centre department
		// negotiated …": the subject before a short place phrase
		for p := v - 1; p > 0 && p >= v-6 && d.toks[p].sent == sent && d.toks[p].key != "," && !d.toks[p].brk; p-- {
			if key := d.toks[p].key; key == "in" || key == "from" || key == "at" {
				subj = d.partyList(p-1, -1)
				break
			}
		}
	}
	var with *entity
	if k < len(d.toks) && d.toks[k].key == "with" {
		if l := d.partyList(k+1, 1); len(l) > 0 {
			with = l[0]
		}
	}
	if with == nil {
		with = d.forPartyTo(k)
	}
	if len(subj) == 0 && with != nil && v > 0 && (d.toks[v-1].key == "we" || d.toks[v-1].key == "i") {
		if g := d.speakerGovernment(v - 1); g != nil && g != with {
			subj = append(subj, g)
		}
	}
	out = append(out, subj...)
	if with != nil {
		out = append(out, with)
	}
	if len(out) < 2 && with == nil {
		return nil
	}
	return out
}

// groupPlurals and govPlurals are the nouns of "between the two gangs"
// and "between the two countries".
var groupPlurals = set("gangs", "groups", "cartels", "factions", "maras", "militias", "organisations", "organizations")
var govPlurals = set("countries", "governments", "nations", "neighbours", "neighbors", "states", "capitals")

// twoSides reads "the two [main] gangs" or "the two countries" at token k:
// the two armed groups, or the two governments, the article names most.
func (d *doc) twoSides(k int) []*entity {
	if k+2 >= len(d.toks) || d.toks[k].key != "the" || d.toks[k+1].key != "two" {
		return nil
	}
	j := k + 2
	for j < len(d.toks) && j < k+5 && d.toks[j].kind == tWord && !d.toks[j].cap && !groupPlurals[d.toks[j].key] && !govPlurals[d.toks[j].key] {
		j++
	}
	if j >= len(d.toks) {
		return nil
	}
	count := map[*entity]int{}
	switch {
	case groupPlurals[d.toks[j].key]:
		for _, m := range d.ments {
			if m.ent != nil && m.ent.typ == schema.Cartel {
				count[m.ent]++
			}
		}
	case govPlurals[d.toks[j].key]:
		for _, c := range d.countries {
			if ge := d.ents[string(schema.Government)+"|"+fold(c.country)]; ge != nil {
				count[ge]++
			}
		}
	default:
		return nil
	}
	var out []*entity
	for len(out) < 2 {
		var best *entity
		for e, n := range count {
			if best == nil || n > count[best] || n == count[best] && e.first < best.first {
				best = e
			}
		}
		if best == nil {
			break
		}
		out = append(out, best)
		delete(count, best)
	}
	return out
}

// goodsDemonym reports whether a demonym at token i qualifies a thing,
// not an actor ("Chinese steel", "Mexican avocados"): such a country is
// no party to an agreement of its sentence.
func (d *doc) goodsDemonym(i int) bool {
	ps, n := d.g.lookup(d.toks, i)
	if len(ps) == 0 || ps[0].kind != kDemonym || i+n >= len(d.toks) {
		return false
	}
	k := i + n
	// "Mexican and Canadian partners": the noun after the coordinated demonyms
	for k+1 < len(d.toks) && (d.toks[k].key == "and" || d.toks[k].key == ",") {
		if ps, n := d.g.lookup(d.toks, k+1); len(ps) > 0 && ps[0].kind == kDemonym {
			k += 1 + n
			continue
		}
		break
	}
	if k >= len(d.toks) {
		return false
	}
	nx := d.toks[k]
	return nx.kind == tWord && !nx.cap && !govWords[nx.key] && !actorNouns[nx.key]
}

// actorNouns after a demonym make it an actor ("Mexican troops").
var actorNouns = set("forces", "troops", "military", "army", "navy", "police", "side", "counterparts", "envoy",
	"envoys", "minister", "ministers", "president", "lawmakers", "legislators", "congress", "senate", "state",
	"embassy", "ministry", "foreign", "defence", "defense", "security", "interior", "trade", "justice", "prime",
	"authority", "agency", "agencies", "armed", "national", "federal", "prosecutors", "judges", "courts",
	"partners", "partner", "counterpart", "delegation", "delegations", "allies", "authorities")

// firstPartyIn is the first government or armed group named in sentence
// sent before token end, other than not.
func (d *doc) firstPartyIn(sent, end int, not *entity) *entity {
	for k := end - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		if k == 0 || d.toks[k-1].sent != sent {
			for j := k; j < end; j++ {
				if m := d.mentionAt(j); m != nil {
					if p := d.partyEnt(m); p != nil && p != not {
						return p
					}
					j = m.e - 1
				}
			}
			break
		}
	}
	return nil
}

// otherDominant is the government the article names most other than not.
func (d *doc) otherDominant(not *entity) *entity {
	count := map[string]int{}
	best, n := "", 0
	for _, c := range d.countries {
		if not != nil && c.country == not.name {
			continue
		}
		count[c.country]++
		if count[c.country] > n {
			best, n = c.country, count[c.country]
		}
	}
	if best == "" {
		return nil
	}
	return d.ents[string(schema.Government)+"|"+fold(best)]
}

// speakerGovernment is the government of the person speaking at token i:
// the last person named before it whose role is in a government or one of
// its agencies.
func (d *doc) speakerGovernment(i int) *entity {
	for k := i - 1; k >= 0 && k > i-400; k-- {
		m := d.mentionAt(k)
		if m == nil || m.ent == nil || m.ent.typ != schema.Person {
			continue
		}
		for _, r := range d.roles {
			if r.Person != m.ent.name {
				continue
			}
			if ge := d.ents[string(schema.Government)+"|"+fold(r.Org)]; ge != nil {
				return ge
			}
			if ae := d.ents[string(schema.Agency)+"|"+fold(r.Org)]; ae != nil && ae.country != "" {
				if ge := d.ents[string(schema.Government)+"|"+fold(ae.country)]; ge != nil {
					return ge
				}
				return d.entity(schema.Government, ae.country, k)
			}
		}
		k = m.s
	}
	return nil
}

func (d *doc) sentenceText(sent int) string {
	s, e := -1, -1
	for i, t := range d.toks {
		if t.sent == sent {
			if s < 0 {
				s = i
			}
			e = i
		} else if s >= 0 {
			break
		}
	}
	if s < 0 {
		return ""
	}
	return d.surface(s, e+1)
}

func containsWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

// nearTwoGovs reads "the two countries" of a clause at token i from the
// discourse: the two governments named last before i, in its sentence or
// the two before it, counting an agency's or an official's government.
func (d *doc) nearTwoGovs(i int) []*entity {
	var out []*entity
	if i <= 0 || i > len(d.toks) {
		return nil
	}
	sent := d.toks[i-1].sent
	for k := i - 1; k >= 0 && d.toks[k].sent >= sent-2 && len(out) < 2; k-- {
		m := d.mentionAt(k)
		if m == nil {
			continue
		}
		var g *entity
		switch {
		case m.ent != nil && m.ent.typ == schema.Government:
			g = m.ent
		case m.ent != nil && m.ent.typ == schema.Agency && m.ent.country != "":
			g = d.ents[string(schema.Government)+"|"+fold(m.ent.country)]
		case m.ent != nil && m.ent.typ == schema.Person:
			g = d.personGov(m.ent)
		case m.country != "":
			g = d.ents[string(schema.Government)+"|"+fold(m.country)]
		}
		if g != nil && !containsEnt(out, g) {
			out = append(out, g)
		}
		if m.s < k {
			k = m.s
		}
	}
	return out
}

// refHeads are the nouns of a back-reference to an agreement: "the pact".
var refHeads = set("agreement", "accord", "pact", "deal", "treaty", "convention", "memorandum", "protocol", "plan")

// backRefs are the pseudo-mentions "the/this <head>" that refer back to
// agreement e: unresolved, in a sentence of e or one of the two after
// it, with no other agreement named between; and "signed it" in the
// sentence of e or the next.
func (d *doc) backRefs(e *entity) []*mention {
	var out []*mention
	last := -1
	for i := 0; i+1 < len(d.toks); i++ {
		if m := d.mentionAt(i); m != nil {
			if m.ent != nil && m.ent.typ == schema.Agreement {
				if m.ent == e {
					last = d.toks[i].sent
				} else {
					last = -1
				}
			}
			i = m.e - 1
			continue
		}
		if last < 0 || d.toks[i].sent > last+2 {
			continue
		}
		if k := d.toks[i].key; (k == "the" || k == "this") && !d.toks[i+1].cap && refHeads[d.toks[i+1].key] && d.mentionAt(i+1) == nil {
			if i+2 < len(d.toks) && d.toks[i+2].kind == tWord && !d.toks[i+2].cap && refHeads[d.toks[i+2].key] {
				continue
			}
			out = append(out, &mention{s: i + 1, e: i + 2, ent: e})
		}
		// "Chile and Peru signed it in May": "it" right after a sign verb
		// in the agreement's sentence or the next
		if d.toks[i].key == "it" && i > 0 && signVerbs[d.toks[i-1].key] && d.toks[i].sent <= last+1 {
			out = append(out, &mention{s: i, e: i + 1, ent: e})
		}
		// "It was signed by A and B": "it" opening the next sentence
		if d.toks[i].key == "it" && d.toks[i].sent == last+1 && (i == 0 || d.toks[i-1].sent != d.toks[i].sent) &&
			i+2 < len(d.toks) && d.toks[i+1].key == "was" && signVerbs[d.toks[i+2].key] {
			out = append(out, &mention{s: i, e: i + 1, ent: e})
		}
	}
	return out
}

// memberStatesBloc reads "the [N] member states" at token k: the regional
// bloc (a known organisation) named last before it, else nil.
func (d *doc) memberStatesBloc(k int) *entity {
	if k+2 >= len(d.toks) || d.toks[k].key != "the" {
		return nil
	}
	j := k + 1
	if unicode.IsDigit(firstRune(d.toks[j].key)) || blocCounts[d.toks[j].key] {
		j++
	}
	if j+1 >= len(d.toks) || d.toks[j].key != "member" || !govPlurals[d.toks[j+1].key] {
		return nil
	}
	for i := k - 1; i >= 0 && i > k-400; i-- {
		if m := d.mentionAt(i); m != nil && m.ent != nil && m.ent.typ == schema.Organization && m.gaz != nil {
			return m.ent
		}
	}
	return nil
}

// blocCounts may count a bloc's members: "the twelve member states".
var blocCounts = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"thirteen", "fourteen", "fifteen", "twenty")

// forPartyTo returns the body an agreement engages to act: "signed an
// agreement for the Army Corps of Engineers to provide expertise" binds
// the corps as written, not its government.
func (d *doc) forPartyTo(k int) *entity {
	if k+1 >= len(d.toks) || d.toks[k].key != "for" {
		return nil
	}
	n := k + 1
	if d.toks[n].key == "the" {
		n++
	}
	m := d.mentionAt(n)
	if m == nil || m.ent == nil || m.s != n || m.e >= len(d.toks) || d.toks[m.e].key != "to" {
		return nil
	}
	switch m.ent.typ {
	case schema.Agency, schema.Government, schema.Organization:
		return m.ent
	}
	return nil
}
