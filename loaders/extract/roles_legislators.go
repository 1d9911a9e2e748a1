// Legislators and parties: "Sen. X (R-Fla.)", ", a Florida Republican",
// "a member of the X Party".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// partyTag reports whether a US party-and-state tag follows token e:
// ", R-Fla.", ", D-Texas", " (D-Ohio)", or a House district's tag, a
// state's postal code and the district's number: " (OK-04)".
func (d *doc) partyTag(e int) bool {
	if e+3 >= len(d.toks) || d.toks[e].key != "," && d.toks[e].key != "(" || d.toks[e+2].key != "-" || d.toks[e+2].space {
		return false
	}
	k := d.toks[e+1].key
	if st, n := d.toks[e+1], d.toks[e+3]; d.toks[e].key == "(" && st.upper && len(st.key) == 2 && !n.space &&
		n.letters == 0 && len(n.key) <= 2 && strings.Trim(n.key, "0123456789") == "" && e+4 < len(d.toks) && d.toks[e+4].key == ")" {
		return true
	}
	return (k == "r" || k == "d" || k == "i") && d.toks[e+3].cap
}

// usPartyApposition reports whether ", a [Florida] Republican/Democrat"
// follows token e: a US legislator's party and state.
func (d *doc) usPartyApposition(e int) bool {
	if e+2 >= len(d.toks) || d.toks[e].key != "," || d.toks[e+1].key != "a" && d.toks[e+1].key != "the" {
		return false
	}
	for k := e + 2; k < len(d.toks) && k < e+6; k++ {
		switch d.toks[k].key {
		case "republican", "democrat", "democratic":
			return d.toks[k].cap
		}
		if !d.toks[k].cap && d.toks[k].key != "-" {
			return false
		}
	}
	return false
}

// legislatureBefore is the legislative body (a committee, a chamber)
// named last before token i in its paragraph, or nil.
func (d *doc) legislatureBefore(i int) *entity {
	for k := i - 1; k >= 0 && d.toks[k].para == d.toks[i].para; k-- {
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Agency {
			n := fold(m.ent.name)
			if strings.Contains(n, "committee") || strings.Contains(n, "senate") || strings.Contains(n, "house of representatives") {
				return m.ent
			}
			k = m.s
		}
	}
	return nil
}

// usChamber is the government of a US legislator's title ("Sen.",
// "Representative"): as the gold has it, a member of Congress holds the
// office for the United States, not for a chamber. With abbrev, only the
// abbreviations count, which are US usage ("Sen. X" with no party tag).
func (d *doc) usChamber(title []int, abbrev bool) *entity {
	for _, k := range title {
		switch d.toks[k].key {
		case "sen.", "rep.":
			return d.entity(schema.Government, "United States", k)
		case "senator", "representative", "congressman", "congresswoman":
			if !abbrev && d.toks[k].cap {
				return d.entity(schema.Government, "United States", k)
			}
		}
	}
	return nil
}

// usDatelined reports whether the text's dateline places it in the United
// States ("WASHINGTON –", "FAIRFAX, Va. –"): there "Congressman X" or
// "Senator Y" with no party tag is a member of the US Congress, as the
// abbreviations "Rep." and "Sen." are anywhere.
func (d *doc) usDatelined() bool {
	return d.datelineUS || d.dateline == "United States"
}

// isParty reports whether the organisation mention m is a political party
// or movement: "the Liberal Party", "the ruling Morena party".
func (d *doc) isParty(m *mention) bool {
	if m == nil || m.ent == nil || m.ent.typ != schema.Organization {
		return false
	}
	f := fold(m.ent.name)
	if strings.HasSuffix(f, " party") || strings.HasSuffix(f, " movement") {
		return true
	}
	return m.e < len(d.toks) && (d.toks[m.e].key == "party" || d.toks[m.e].key == "movement") && !d.toks[m.e].cap
}

// partyRoles reads party affiliations written in prose after a person's
// name and title: "X, a member of the National Congress for the Liberal
// Party", "X, of the governing Morena party,", "X, a lawmaker from the
// ruling Y party", "X, leader of the Z movement".
func (d *doc) partyRoles(add func(*entity, string, *entity, int)) {
	for _, pm := range d.ments {
		if !d.isParty(pm) || pm.quoted {
			continue
		}
		b := pm.s - 1
		for b > 0 && (politicalAdjs[d.toks[b].key] && !d.toks[b].cap || d.toks[b].key == "the") {
			b--
		}
		if b <= 0 || d.toks[b].key != "for" && d.toks[b].key != "of" && d.toks[b].key != "from" {
			continue
		}
		prep := b
		title := "member"
		if h := d.toks[prep-1]; h.kind == tWord && titleHeads[h.key] && d.at[prep-1] == 0 {
			title = h.key // "leader of the X party", "a lawmaker from the Y party"
		}
		sent := d.toks[pm.s].sent
		for k := prep - 1; k >= 0 && k > prep-16 && d.toks[k].sent == sent; k-- {
			if m := d.mentionAt(k); m != nil && m.ent != nil {
				if m.ent.typ == schema.Person {
					if m.e < len(d.toks) && d.toks[m.e].key == "," {
						add(m.ent, title, pm.ent, pm.s)
					}
					break
				}
				if m.ent.typ == schema.Organization || m.ent.typ == schema.Cartel {
					break // another body's member
				}
				k = m.s
				continue
			}
			t := d.toks[k]
			if t.key == "," || t.key == "a" || t.key == "an" || t.key == "the" || t.key == "of" || t.key == "for" || t.key == "'s" ||
				t.key == "in" || t.key == "at" || t.kind == tWord && (titleHeads[t.key] || titleMods[t.key]) || t.kind == tWord && t.letters == 0 {
				continue
			}
			break
		}
	}
}

// lowerHeadAhead reports whether a title head follows token j within four
// tokens that are all lower-case words or hyphens inside a word.
func (d *doc) lowerHeadAhead(j int) bool {
	for k, bodies := j+1, 0; k < len(d.toks) && k <= j+4; k++ {
		t := d.toks[k]
		// "an alleged MS-13 leader": one body's name before the head
		if m := d.mentionAt(k); m != nil && m.s == k && bodies == 0 && m.ent != nil && (m.ent.typ == schema.Cartel || m.ent.typ == schema.Organization) {
			k, bodies = m.e-1, 1
			continue
		}
		if d.at[k] != 0 || t.cap {
			return false
		}
		if t.kind == tWord && titleHeads[t.key] {
			return true
		}
		if t.kind != tWord && !(t.key == "-" && !t.space) {
			return false
		}
	}
	return false
}

// taggedLegislatorOrg is the body of a title before a name with a US party
// tag ("Chairman Y (R-TX)"): for a committee's chair, the committee or
// chamber the text named last. A member of Congress's title ("Sen. X
// (D-NY)") has its body already: a party tag makes the text one of the US
// Congress (usCongressText).
func (d *doc) taggedLegislatorOrg(title []int, at int) *entity {
	for _, k := range title {
		switch d.toks[k].key {
		case "chairman", "chairwoman", "chair", "chairperson":
			for j := at - 1; j >= 0; j-- {
				if m := d.mentionAt(j); m != nil && m.ent != nil && m.ent.typ == schema.Agency {
					if n := fold(m.ent.name); strings.Contains(n, "committee") || strings.Contains(n, "senate") || strings.Contains(n, "house of representatives") {
						return m.ent
					}
					j = m.s
				}
			}
		}
	}
	return nil
}
