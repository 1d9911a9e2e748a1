package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// districtSides name a judicial district: "the Western District of X".
var districtSides = set("northern", "southern", "eastern", "western", "middle", "central")

// districtRoles reads "U.S. Attorney NAME for the Western District of X"
// (and "Attorney for the … District of X NAME"): the attorney's office is
// that district's, an agency of its own.
func (d *doc) districtRoles(add func(*entity, string, *entity, int)) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted {
			continue
		}
		ts, ds, de := 0, 0, 0
		if m.e+3 < len(d.toks) && d.toks[m.e].key == "for" && d.toks[m.e+1].key == "the" {
			ts, _, _ = d.titleBefore(m.s) // "U.S. Attorney NAME for the … District of X"
			ds, de = m.e+2, d.attorneyDistrictEnd(m.e+2)
		} else if s := d.districtNamedBefore(m.s); s > 0 {
			ds, de = s, m.s // "U.S. Attorney for the … District of X NAME"
			ts, _, _ = d.titleBefore(ds - 2)
		} else if s, e := d.districtAfterComma(m.e); s > 0 {
			ds, de = s, e // "NAME, United States Attorney for the … District of X,"
			ts = m.e + 1
			if d.toks[ts].key == "the" {
				ts++
			}
		}
		if de == 0 || !d.attorneyTitle(ts, ds) {
			continue
		}
		ts = d.stateTitleStart(ts)
		// the title's words end at "for the" before the district or at
		// the name, whichever comes first after them
		title := d.surface(ts, m.s)
		if ds < m.s || ts >= m.e {
			title = d.surface(ts, ds-2)
		}
		if d.districtEnd(ds) == 0 && d.roleAt(m.ent.name, d.surface(ds, de)) {
			continue // a whole state's district another reading already gave
		}
		org := d.entity(schema.Agency, d.surface(ds, de), ds)
		org.country = "United States"
		org.mentions++
		add(m.ent, strings.TrimSpace(title), org, m.s)
		// the district's office, not the country the title's "U.S." names
		d.roles = slices.DeleteFunc(d.roles, func(r schema.Role) bool {
			return r.Person == m.ent.name && r.Org == org.country
		})
	}
}

// stateTitleStart returns where a title that starts at token ts after a
// state's name begins: at the state ("U.S. Attorney"), or at the rank
// words before it ("Assistant U.S. Attorney", "Acting U.S. Attorney"), so
// that an assistant's title says so; ts when no state's name ends there.
func (d *doc) stateTitleStart(ts int) int {
	m := d.mentionAt(ts - 1)
	if m == nil || m.ent == nil || m.ent.typ != schema.Government || m.e != ts {
		return ts
	}
	s := m.s
	for s > 0 && d.toks[s-1].kind == tWord && d.at[s-1] == 0 && titleMods[d.toks[s-1].key] && d.toks[s-1].sent == d.toks[m.s].sent {
		s--
	}
	return s
}

// attorneyTitle reports whether the title words [s, e) hold "attorney".
func (d *doc) attorneyTitle(s, e int) bool {
	for k := s; k < e; k++ {
		if d.toks[k].key == "attorney" {
			return true
		}
	}
	return false
}

// districtNamedBefore returns the start of "Western District of X" when
// it ends right before token i after "Attorney for the" (a title's
// jurisdiction before the holder's name: "U.S. Attorney for the Western
// District of Oregon Varga"), or 0.
func (d *doc) districtNamedBefore(i int) int {
	for s := i - 3; s >= i-6 && s >= 3; s-- {
		if d.toks[s-1].key == "the" && d.toks[s-2].key == "for" && d.toks[s-3].key == "attorney" && d.attorneyDistrictEnd(s) == i {
			return s
		}
	}
	return 0
}

// districtEnd returns the end of "Western District of North Carolina"
// starting at token k, or 0. A US state's name ends it ("… of New York"),
// so that a name after it is no part of it.
func (d *doc) districtEnd(k int) int {
	if k+3 >= len(d.toks) || !districtSides[d.toks[k].key] || !d.toks[k].cap || d.toks[k+1].key != "district" || d.toks[k+2].key != "of" {
		return 0
	}
	for n := 3; n >= 1; n-- {
		if e := min(k+3+n, len(d.toks)); d.usStateAt(k+3, e) {
			return e
		}
	}
	e := k + 3
	for e < len(d.toks) && e < k+6 && d.capWord(e) && d.toks[e].sent == d.toks[k].sent {
		e++
	}
	if e == k+3 {
		return 0
	}
	return e
}

// districtTitledName reports whether the name run at token i follows a
// U.S. attorney's title and district ("Acting U.S. Attorney for the
// Northern District of Ohio Varga"): a person named by the surname, after
// the title.
func (d *doc) districtTitledName(i int) bool {
	return d.districtNamedBefore(i) > 0
}

// pastDistrictState moves the start s of a name run [s, e) past a US
// state's name that ends a U.S. attorney's district before it: in
// "… for the Western District of Oregon Varga" the name is "Varga".
func (d *doc) pastDistrictState(s, e int) int {
	for n := 1; n <= 3 && s+n < e; n++ {
		if d.districtNamedBefore(s+n) > 0 {
			return s + n
		}
	}
	return s
}

// districtState reports whether the word at i, a country's name that is
// also a US state's, ends a judicial district's name ("the Northern
// District of Georgia"): the state, not the country's government.
func (d *doc) districtState(i int) bool {
	return i >= 3 && usStates[d.toks[i].key] && d.toks[i-1].key == "of" && d.toks[i-2].key == "district" && districtSides[d.toks[i-3].key]
}

// districtAfterComma returns the district [s, e) of an attorney's title
// in apposition after a name ending at token i: ", (the) United States
// Attorney for the Southern District of X" (the title's words are
// capitalised, "U.S." or "Acting" among them), or 0, 0.
func (d *doc) districtAfterComma(i int) (int, int) {
	if i+5 >= len(d.toks) || d.toks[i].key != "," {
		return 0, 0
	}
	first := i + 1
	if d.toks[first].key == "the" {
		first++ // "NAME, the United States Attorney for …"
	}
	for k := first; k < len(d.toks) && k <= first+4; k++ {
		t := d.toks[k]
		if t.key == "attorney" {
			if k+3 < len(d.toks) && d.toks[k+1].key == "for" && d.toks[k+2].key == "the" {
				// the title is no next name's ("…, U.S. Attorney for the
				// Southern District of New York Williams, …" in a list)
				if e := d.attorneyDistrictEnd(k + 3); e > 0 && (e >= len(d.toks) || d.mentionAt(e) == nil && !d.capWord(e)) {
					return k + 3, e
				}
			}
			return 0, 0
		}
		if t.kind != tWord || !t.cap {
			return 0, 0
		}
	}
	return 0, 0
}
