package extract

import (
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
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted || m.e+3 >= len(d.toks) {
			continue
		}
		if d.toks[m.e].key != "for" || d.toks[m.e+1].key != "the" {
			continue
		}
		s, _, _ := d.titleBefore(m.s)
		attorney := false
		for k := s; k < m.s; k++ {
			attorney = attorney || d.toks[k].key == "attorney"
		}
		if !attorney {
			continue
		}
		if e := d.districtEnd(m.e + 2); e > 0 {
			org := d.entity(schema.Agency, d.surface(m.e+2, e), m.e+2)
			org.country = "United States"
			org.mentions++
			add(m.ent, strings.TrimSpace(d.surface(s, m.s)), org, m.s)
			// the district's office, not the country the title's "U.S." names
			out := d.roles[:0]
			for _, r := range d.roles {
				if r.Person != m.ent.name || r.Org != org.country {
					out = append(out, r)
				}
			}
			d.roles = out
		}
	}
}

// districtEnd returns the end of "Western District of North Carolina"
// starting at token k, or 0.
func (d *doc) districtEnd(k int) int {
	if k+3 >= len(d.toks) || !districtSides[d.toks[k].key] || !d.toks[k].cap || d.toks[k+1].key != "district" || d.toks[k+2].key != "of" {
		return 0
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
