package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// districtOffice is the body of a U.S. attorney's post whose title names
// no district ("Acting U.S. Attorney X", read as a post of the United
// States): the one U.S. attorney's office of a judicial district the
// article names ("the U.S. Attorney's Office in the Eastern District of
// Y"), whose head the U.S. attorney is. Otherwise org.
func (d *doc) districtOffice(title string, org *entity) *entity {
	if org == nil || org.typ != schema.Government || org.name != "United States" {
		return org
	}
	if attorneyTitle(title) != "attorney" {
		return org
	}
	// one office only: of two districts the title does not say which
	if found := d.soleEntity(func(e *entity) bool {
		n := fold(e.name)
		return e.typ == schema.Agency && e.mentions != 0 && strings.Contains(n, "attorney's office") && strings.Contains(n, " district of ")
	}); found != nil {
		return found
	}
	return org
}

// attorneysAtDistrict moves the post of a U.S. attorney still read as the
// United States' once every role rule has run (no attorney's office and
// no district stood by the name) to the one judicial district the article
// names at all ("charges in the Eastern District of Y", "the U.S. District
// Court for the Eastern District of Y"): a U.S. attorney is appointed for
// a district, and a release from that office names its district where it
// names the court or the charges. An article naming two districts keeps
// the United States.
func (d *doc) attorneysAtDistrict() {
	var dist *entity
	sided := false
	for i, r := range d.roles {
		if r.Org != "United States" {
			continue
		}
		if t := attorneyTitle(r.Title); t != "attorney" && t != "united states attorney" {
			continue
		}
		if dist == nil {
			if dist, sided = d.onlyDistrict(); dist == nil {
				return
			}
		}
		if !sided && d.namedOfDistrict(r.Person) {
			continue // "U.S. Attorney X of the District of Y": attributedDistricts reads it
		}
		nr := r
		nr.Org = dist.name
		if t := d.assistantAttorneyTitle(d.entityNamed(r.Person)); t != "" {
			nr.Title = t // "Assistant U.S. Attorney X": not the office's head
		}
		if d.why != nil {
			if b, ok := d.why.roles[r]; ok {
				d.why.roles[nr] = b
			}
		}
		d.roles[i] = nr
	}
}

// onlyDistrict is the judicial district ("the Western District of X")
// when the article names exactly one, as an agency of the United States;
// nil when it names none or two. A district named by its side is read
// first (sided is then true); a district without one ("the District of
// Utah") only where the article names no district by its side. Its scan,
// soleDistrictSpan, also reads soleDistrict, the prosecuting district of
// the charges.
func (d *doc) onlyDistrict() (dist *entity, sided bool) {
	s, e, ok := d.soleDistrictSpan(d.districtEnd)
	if !ok {
		return nil, false
	}
	sided = s >= 0
	if !sided {
		if s, e, ok = d.soleDistrictSpan(d.judicialDistrictEnd); !ok || s < 0 {
			return nil, false
		}
	}
	org := d.entity(schema.Agency, d.surface(s, e), s)
	org.country = "United States"
	org.mentions++
	return org, sided
}

// soleDistrictSpan returns the span of the one district name that end
// reads in the article (s < 0 when there is none); ok is false when the
// article names two different ones: which is the office's, the text does
// not say.
func (d *doc) soleDistrictSpan(end func(int) int) (s, e int, ok bool) {
	s, e = -1, -1
	for k := 0; k < len(d.toks); k++ {
		ke := end(k)
		if ke == 0 {
			continue
		}
		if s >= 0 && fold(d.surface(k, ke)) != fold(d.surface(s, e)) {
			return -1, -1, false
		}
		if s < 0 {
			s, e = k, ke
		}
		k = ke - 1
	}
	return s, e, true
}

// attorneyTitle is title folded, without "acting" and "U.S." before it:
// "Acting U.S. Attorney" is "attorney".
func attorneyTitle(title string) string {
	return strings.TrimPrefix(strings.TrimPrefix(fold(title), "acting "), "u.s. ")
}
