package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestFieldOfficeUnits checks that an agency followed by a place is that
// agency's office there, that "X Field Office" is also "X", and that a
// vessel, a building, a tip line or a headline's capitals make no office. All copy is
// invented.
func TestFieldOfficeUnits(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       []schema.Entity
		not        []string
		person     string
	}{
		{"an agency and a place",
			"H\nOfficers with ERO Tarrin Falls removed the man on Friday. “We act fast,” said Ana Ruiz, field office director for ERO Tarrin Falls.",
			[]schema.Entity{{Name: "ERO Tarrin Falls", Type: schema.Agency}}, nil, "Ana Ruiz"},
		{"a field office is also its short name",
			"H\n“We act fast,” said ERO Tarrin Falls Field Office Director Ana Ruiz.",
			[]schema.Entity{{Name: "ERO Tarrin Falls Field Office", Type: schema.Agency, Aliases: []string{"ERO Tarrin Falls"}}}, nil, ""},
		{"a vessel or a building is no office",
			"H\nThe crew of the Coast Guard Cutter Valdemar offloaded cocaine. Agents met at FBI Headquarters on Monday.",
			nil, []string{"Coast Guard Cutter Valdemar", "FBI Headquarters"}, ""},
		{"a unit named by its head and its place",
			"H\nCoast Guard Sector Tarrin Falls watchstanders received the call on Monday.",
			[]schema.Entity{{Name: "Coast Guard Sector Tarrin Falls", Type: schema.Agency}},
			[]string{"Coast Guard Sector"}, ""},
		{"a tip line or a hotline is no office",
			"H\nAnyone with information should call the ICE Tip Line or the DEA Hotline, or use the FBI Tip Form.",
			[]schema.Entity{{Name: "Drug Enforcement Administration", Type: schema.Agency}}, []string{"ICE Tip Line", "DEA Hotline", "FBI Tip Form"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			for _, w := range c.want {
				found := false
				for _, e := range x.Entities {
					if e.Name == w.Name && e.Type == w.Type {
						found = true
						for _, a := range w.Aliases {
							if !containsFold(e.Aliases, a) {
								t.Errorf("Extract(%q): %q has aliases %v, want %q", c.text, e.Name, e.Aliases, a)
							}
						}
					}
				}
				if !found {
					t.Errorf("Extract(%q): no %s %q in %+v", c.text, w.Type, w.Name, x.Entities)
				}
				if c.person != "" && !hasRole(x, c.person, w.Name) {
					t.Errorf("Extract(%q): no role of %s at %s in %+v", c.text, c.person, w.Name, x.Roles)
				}
			}
			for _, n := range c.not {
				for _, e := range x.Entities {
					if e.Name == n {
						t.Errorf("Extract(%q): entity %q, want none", c.text, n)
					}
				}
			}
		})
	}
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if fold(x) == fold(s) {
			return true
		}
	}
	return false
}

// TestBodyEndsAtHonorific checks that a body's name ends before the
// honorific of the person named after it, and that a federal commission
// is a government's agency. All copy is invented.
func TestBodyEndsAtHonorific(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nThe delegation included Head of the Federal Commission for Water Safety Dr. Ana Ruiz Lopez and others."
	x := ex.Extract(article(text))
	if !hasEntity(x, "Federal Commission for Water Safety", schema.Agency) {
		t.Errorf("Extract(%q): no agency Federal Commission for Water Safety in %+v", text, x.Entities)
	}
	if !hasRole(x, "Ana Ruiz Lopez", "Federal Commission for Water Safety") {
		t.Errorf("Extract(%q): no role of Ana Ruiz Lopez at the commission in %+v", text, x.Roles)
	}
}

// TestCountryPrefixedAgency checks that a known agency written after its
// own country's name keeps that written form as an alias. All copy is
// invented.
func TestCountryPrefixedAgency(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nThe request went to the U.S. Department of Homeland Security on Monday, said Ana Ruiz."
	x := ex.Extract(article(text))
	for _, e := range x.Entities {
		if e.Name == "Department of Homeland Security" {
			if !containsFold(e.Aliases, "U.S. Department of Homeland Security") {
				t.Errorf("Extract(%q): aliases %v, want U.S. Department of Homeland Security", text, e.Aliases)
			}
			return
		}
	}
	t.Errorf("Extract(%q): no Department of Homeland Security in %+v", text, x.Entities)
}

// TestUnitOfKnownAgency checks that a unit named "of" a known agency is a
// body of its own, not that agency. All copy is invented.
func TestUnitOfKnownAgency(t *testing.T) {
	ex := newExtractor(t)
	text := "H\n“We act,” said Special Agent in Charge Ana Ruiz of the Tarrin Field Division of the Drug Enforcement Administration (DEA). The DEA said so."
	x := ex.Extract(article(text))
	if !hasEntity(x, "Tarrin Field Division", schema.Agency) || !hasEntity(x, "Drug Enforcement Administration", schema.Agency) {
		t.Errorf("Extract(%q): entities %+v, want the division and the DEA", text, x.Entities)
	}
	if !hasRole(x, "Ana Ruiz", "Tarrin Field Division") {
		t.Errorf("Extract(%q): no role at the division in %+v", text, x.Roles)
	}
}

// TestBodyNameStopsAtDescribedName checks that a body's name does not run
// over "for a KNOWN NAME …", a description. All copy is invented.
func TestBodyNameStopsAtDescribedName(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nICE lodged a detainer with the U.S. Marshals Service for a Tren de Aragua gang member arrested in Oregon."
	x := ex.Extract(article(text))
	if !hasEntity(x, "U.S. Marshals Service", schema.Agency) {
		t.Errorf("Extract(%q): entities %+v, want the U.S. Marshals Service", text, x.Entities)
	}
	for _, e := range x.Entities {
		if strings.Contains(e.Name, "Service for") {
			t.Errorf("Extract(%q): entity %q runs over a description", text, e.Name)
		}
	}
}

// TestFieldOfficeNewPlace checks that a field office's place may open with
// "New" ("ERO New Orleans"), and that the office named with its agency's
// full name is the same office as the one named "… Field Office".
func TestFieldOfficeNewPlace(t *testing.T) {
	ex := newExtractor(t)
	text := "ERO New Haven arrests fugitive\n\nNEW HAVEN — On May 2, Enforcement and Removal Operations New Haven arrested a fugitive. " +
		"ERO New Haven will seek his removal, said ERO New Haven Field Office Director Ana Ruiz."
	x := ex.Extract(article(text))
	n, full := 0, false
	for _, e := range x.Entities {
		names := append([]string{e.Name}, e.Aliases...)
		for _, nm := range names {
			if nm == "ERO New Haven" || nm == "Enforcement and Removal Operations New Haven" {
				n++
				break
			}
		}
		full = full || slices.Contains(names, "ERO New Haven") && slices.Contains(names, "Enforcement and Removal Operations New Haven")
	}
	if n != 1 || !full {
		t.Errorf("Extract(%q) entities = %+v, want one office named ERO New Haven", text, x.Entities)
	}
}
