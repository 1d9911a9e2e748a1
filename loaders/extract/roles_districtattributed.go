package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// attributedDistricts makes an agency of the United States of each
// federal judicial district the text names as the one a person or an
// office works "of", "for" or "in": "Assistant U.S. Attorney Ana Ruiz of
// the Eastern District of Ohio", "Judge Bo Lind of the District of
// Columbia", "the U.S. Attorneys' Offices of the District of Utah, the
// Western District of Iowa and the Southern District of Ohio". A district
// named only as where charges were filed ("charged in the District of
// Utah") stays a place; one inside a longer body's name ("the U.S.
// District Court for the District of Utah") is that body's.
func (d *doc) attributedDistricts() {
	chained, prevEnd := false, -1
	for k := 0; k < len(d.toks); k++ {
		e := d.judicialDistrictEnd(k)
		if e == 0 {
			continue
		}
		holder := d.districtHolderBefore(k) // roles_nationofbody.go
		attributed := holder != nil || d.districtOfficeBefore(k) || chained && d.listGlueOnly(prevEnd, k)
		if attributed && d.at[k] == 0 {
			org := d.entity(schema.Agency, d.surface(k, e), k)
			org.country = "United States"
			org.mentions++
			d.districtOfficeInto(org)
			if holder != nil {
				d.nationPostsTo(holder, org)
			}
		}
		chained, prevEnd = attributed, e
		k = e - 1
	}
}

// judicialDistrictEnd returns the end of a federal judicial district's
// name starting at token k ("Western District of North Carolina",
// "District of Columbia", "District of Utah"), or 0. Without a side the
// district is a US state's whole or the capital's.
func (d *doc) judicialDistrictEnd(k int) int {
	if e := d.districtEnd(k); e > 0 {
		return e
	}
	if k+2 >= len(d.toks) || d.toks[k].key != "district" || !d.toks[k].cap || d.toks[k+1].key != "of" {
		return 0
	}
	if k > 0 && districtSides[d.toks[k-1].key] {
		return 0 // "Western District of X" read whole from its side
	}
	if d.toks[k+2].key == "columbia" && d.toks[k+2].cap {
		return k + 3
	}
	return d.stateDistrictEnd(k)
}

// districtOfficeBefore reports whether the district starting at token k
// follows "of the", "for the" or "in the" after an office word
// ("Attorneys' Offices in the …"): the district is the office's. A
// person's name before "of the" or "for the" is districtHolderBefore's.
func (d *doc) districtOfficeBefore(k int) bool {
	if k < 3 || d.toks[k-1].key != "the" {
		return false
	}
	if prep := d.toks[k-2].key; prep != "of" && prep != "for" && prep != "in" {
		return false
	}
	w := d.toks[k-3]
	return w.cap && (w.key == "office" || w.key == "offices")
}

// listGlueOnly reports whether the tokens [s, e) hold only a list's glue
// (",", "and", "the"): the district at e is the next in the list of the
// one that ends at s.
func (d *doc) listGlueOnly(s, e int) bool {
	if s < 0 || e-s > 3 {
		return false
	}
	for k := s; k < e; k++ {
		if key := d.toks[k].key; key != "," && key != "and" && key != "the" {
			return false
		}
	}
	return true
}

// districtOfficeLinks are the words that join an office's name to the
// district it serves.
var districtOfficeLinks = []string{" office of the ", " office for the ", " office in the "}

// districtOfficeInto merges into the district agency dist the office
// named after it ("the U.S. Attorney's Office for the District of Utah"):
// where the text names the district as a body of its own, the office is
// that body by its longer name, and the posts held at it move with it.
func (d *doc) districtOfficeInto(dist *entity) {
	name := fold(dist.name)
	for _, e := range d.entList {
		if e == dist || e.typ != schema.Agency {
			continue
		}
		n := fold(e.name)
		linked := false
		for _, l := range districtOfficeLinks {
			linked = linked || strings.HasSuffix(n, l+name)
		}
		if !linked {
			continue
		}
		from := e.name
		d.moveEntity(e, dist)
		for i := range d.roles {
			if d.roles[i].Org == from {
				d.roles[i].Org = dist.name
			}
		}
	}
}
