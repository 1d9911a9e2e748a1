// The lists of parties an agreement's sentence names (the phrasings around
// them are read in agreements_stated.go): actors joined by commas and
// "and", officials standing for their governments, "his counterpart".

package extract

import (
	"github.com/newsgraph/newsgraph/schema"
)

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
			nk, ok := d.partyListMention(m, dir, &out)
			if !ok {
				break
			}
			k = nk
			continue
		}
		if dir < 0 && (d.toks[k].key == "his" || d.toks[k].key == "her" || d.toks[k].key == "their") && k+2 < len(d.toks) && counterpartNouns[d.toks[k+2].key] {
			k-- // "… and his Argentine counterpart signed"
			continue
		}
		// "Chile's foreign minister and …": the government whose official
		// signs
		if nk, ok := d.partyListTitleOf(k, dir); ok {
			k = nk
			continue
		}
		// "his Argentine counterpart": the government of the demonym
		if nk, ok := d.partyListCounterpart(k, dir, &out); ok {
			k = nk
			continue
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
		if nk, ok := d.partyListOfficial(k, dir, &out); ok {
			k = nk
			continue
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

// partyListMention reads the actor mention m of a party list (dir as
// partyList's) into out: a government, a bloc the gazetteer knows, the
// government a person serves, or, between A and B, the body as written.
// It returns the token to read next, false when m ends the list.
func (d *doc) partyListMention(m *mention, dir int, out *[]*entity) (int, bool) {
	var k int
	p := d.partyEnt(m)
	if p == nil && m.ent != nil && m.ent.typ == schema.Organization && m.gaz != nil {
		p = m.ent // "signed by CARICOM and the United States": a bloc in a stated list
	}
	if p == nil && m.ent != nil && m.ent.typ == schema.Person {
		p = d.commandedBody(m.ent) // "the commander of X signed": the command (agreements_commander.go)
	}
	if p == nil && m.ent != nil && m.ent.typ == schema.Person {
		p = d.personGov(m.ent) // "Security Minister X signed": the government X serves
		if p == nil && dir < 0 && m.s >= 2 && d.toks[m.s-1].key == "," && counterpartNouns[d.toks[m.s-2].key] {
			return m.s - 2, true // "her Argentine counterpart, X,": the counterpart says whose
		}
	}
	if p == nil {
		return 0, false
	}
	// "between the armed forces and Colombia's Military Forces":
	// the body as written, not its government
	if dir > 0 && d.bodiesAsWritten && m.ent.typ == schema.Government && m.e+1 < len(d.toks) && d.toks[m.e].key == "'s" {
		if am := d.mentionAt(m.e + 1); am != nil && am.s == m.e+1 && am.ent != nil && am.ent.typ == schema.Agency {
			m, p = am, am.ent
		}
	}
	if !containsEnt(*out, p) {
		*out = append(*out, p)
	}
	if dir > 0 {
		k = d.skipOfficial(m.e)
		if k == m.e && k < len(d.toks) && memberNouns[d.toks[k].key] && (m.ent.typ == schema.Agency || m.ent.typ == schema.Government) {
			k++
		}
	} else {
		k = m.s - 1
	}
	return k, true
}

// partyListTitleOf skips back from token k over a title after a
// government's possessive, "Chile's foreign minister and …", to the
// government whose official signs.
func (d *doc) partyListTitleOf(k, dir int) (int, bool) {
	if dir < 0 && d.isTitleTok(k) {
		j := k
		for j > 0 && j > k-5 && d.isTitleTok(j) && !d.toks[j].cap {
			j--
		}
		if j > 0 && j < k+1 && d.toks[j].key == "'s" {
			if m := d.mentionAt(j - 1); m != nil && m.ent != nil && m.ent.typ == schema.Government && m.e == j {
				return j - 1, true
			}
		}
	}
	return k, false
}

// partyListCounterpart reads "his Argentine counterpart" at token k into
// out: the government of the demonym.
func (d *doc) partyListCounterpart(k, dir int, out *[]*entity) (int, bool) {
	if counterpartNouns[d.toks[k].key] && k > 0 {
		if m := d.mentionAt(k - 1); m != nil && m.class == mDemonym && m.country != "" && m.e == k {
			if ge := d.entity(schema.Government, m.country, m.s); ge != nil {
				if !containsEnt(*out, ge) {
					*out = append(*out, ge)
				}
				if dir > 0 {
					return d.skipOfficial(k + 1), true
				}
				return m.s - 1, true
			}
		}
	}
	return k, false
}

// partyListOfficial reads forward from token k "… and the executive
// president of Peru's drug commission (ACR), X" into out: the government
// of an official named by title.
func (d *doc) partyListOfficial(k, dir int, out *[]*entity) (int, bool) {
	if dir > 0 && len(*out) > 0 && !d.bodiesAsWritten && d.isTitleTok(k) && !d.toks[k].cap {
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
				g = d.govNamed(m.ent.country)
			}
			if g != nil {
				if !containsEnt(*out, g) {
					*out = append(*out, g)
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
				return k, true
			}
		}
	}
	return k, false
}

// counterpartNouns follow a demonym for an official of that country.
var counterpartNouns = lexWords.set("counterpartNouns")

// containsEnt reports whether e is among es.
func containsEnt(es []*entity, e *entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// memberNouns name the people who act for a body: "police commanders".
var memberNouns = lexWords.set("memberNouns")

// personGov is the government a person serves: the person's known
// country, else the government or agency of a current role the article
// gives.
func (d *doc) personGov(e *entity) *entity {
	if e.country != "" {
		return d.govNamed(e.country)
	}
	for _, r := range d.roles {
		if r.Person != e.name || r.Former {
			continue
		}
		if g := d.govNamed(r.Org); g != nil {
			return g
		}
		// a unit's state is that of the body it belongs to ("the Criminal
		// Division" of a state's justice department)
		if a := d.ents[string(schema.Agency)+"|"+fold(r.Org)].upward(hasCountry); a != nil {
			return d.govNamed(a.country)
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
