// A US party-and-state tag after a name ("Chairman X (R-TX)", "Y, a
// Florida Republican") makes its bearer a member of the US Congress.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// seatTitles map a legislator's title word before a tagged name to the
// seat its bearer holds.
var seatTitles = map[string]string{
	"sen.": "Senator", "senator": "Senator",
	"rep.": "Representative", "representative": "Representative",
	"congressman": "Congressman", "congresswoman": "Congresswoman",
}

// postNominals are degrees and generations written after a name and a
// comma, before a party tag ("X, MD (R-TN)", "Y, Jr. (D-Ga.)"), without
// their periods.
var postNominals = set("md", "phd", "jr", "sr", "esq", "dds")

// partyTagSeatRoles gives a person whose name a US party tag follows the
// seat in Congress at the United States, as the gold has it for every
// member of Congress, when no post there was read for them ("House
// Committee on Homeland Security Chairman X (R-TN)" holds the chair at
// the committee and a seat in the House). The seat is the one a title
// before the name states, else the chamber of the committee or house the
// sentence names ("Senate …" a Senator, "House …" a Representative), else
// "Member of Congress".
func (d *doc) partyTagSeatRoles(add func(*entity, string, *entity, int)) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted {
			continue
		}
		e := m.e
		if e+2 < len(d.toks) && d.toks[e].key == "," && postNominals[strings.ReplaceAll(d.toks[e+1].key, ".", "")] {
			e += 2 // "X, MD (R-TN)"
		}
		if !d.partyTag(e) && !d.usPartyApposition(e) {
			continue
		}
		if d.heldAt(m.ent, "United States") {
			continue
		}
		add(m.ent, d.seatTitle(m), d.entity(schema.Government, "United States", m.s), m.s)
	}
}

// heldAt reports whether a role of p at the body called org was read.
func (d *doc) heldAt(p *entity, org string) bool {
	for _, r := range d.roles {
		if r.Person == p.name && fold(r.Org) == fold(org) {
			return true
		}
	}
	return false
}

// seatTitle is the seat in Congress of the tagged person mention m: see
// partyTagSeatRoles.
func (d *doc) seatTitle(m *mention) string {
	s := d.honorificStart(m.s)
	for k := s - 1; k >= 0 && k >= s-8 && d.toks[k].sent == d.toks[m.s].sent; k-- {
		if t, ok := seatTitles[d.toks[k].key]; ok && d.toks[k].cap {
			return t
		}
		if d.toks[k].kind != tWord {
			break
		}
	}
	sent := d.toks[m.s].sent
	for k := m.s - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		if b := d.mentionAt(k); b != nil && b.ent != nil && b.ent.typ == schema.Agency {
			if t := chamberSeat(b.ent.name); t != "" {
				return t
			}
			k = b.s
		}
	}
	return "Member of Congress"
}

// chamberSeat is the seat of a member of the chamber a body of Congress
// belongs to: "Senator" for the Senate's, "Representative" for the
// House's; else "".
func chamberSeat(name string) string {
	words := strings.Fields(fold(name))
	for _, w := range words {
		switch w {
		case "senate":
			return "Senator"
		case "house":
			return "Representative"
		}
	}
	return ""
}
