package extract

import "testing"

// TestInChargeOfficePost checks that the agent in charge of an agency's
// field office holds the office's post and none at the agency, unless the
// text names that office as two agencies' or the unit is a division.
// All copy is invented.
func TestInChargeOfficePost(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, person, unit, agency string
		atAgency                   bool
	}{
		{"Special Agent in Charge Dara Quellin of the FBI’s Tallahassee Field Office announced the arrests on Monday.\n",
			"Dara Quellin", "Tallahassee Field Office", "Federal Bureau of Investigation", false},
		{"The charges were announced by Acting Special Agent in Charge Moss Verrill of the Drug Enforcement Administration’s Fresno Resident Office.\n",
			"Moss Verrill", "Fresno Resident Office", "Drug Enforcement Administration", false},
		{"Special Agent in Charge Dara Quellin of the FBI’s Tallahassee Field Office and Special Agent in Charge Moss Verrill of the DEA’s Tallahassee Field Office announced the arrests.\n",
			"Dara Quellin", "Tallahassee Field Office", "Federal Bureau of Investigation", true},
		{"Special Agent in Charge Dara Quellin of the DEA’s Fresno Field Division announced the arrests on Monday.\n",
			"Dara Quellin", "Fresno Field Division", "Drug Enforcement Administration", true},
	} {
		x := ex.Extract(article("Eleven Charged in Smuggling Ring\n\n" + c.text))
		if !hasRole(x, c.person, c.unit) {
			t.Errorf("%q: roles = %+v, want %s at %s", c.text, x.Roles, c.person, c.unit)
		}
		if got := hasRole(x, c.person, c.agency); got != c.atAgency {
			t.Errorf("%q: post at %s = %v, want %v; roles %+v", c.text, c.agency, got, c.atAgency, x.Roles)
		}
	}
}

// TestInChargeTitle checks which titles name the agent in charge of a unit.
func TestInChargeTitle(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Special Agent in Charge", true},
		{"Acting Special Agent-in-Charge", true},
		{"Assistant Director in Charge", true},
		{"Special Agent", false},
		{"Director", false},
	} {
		if got := inChargeTitle(c.title); got != c.want {
			t.Errorf("inChargeTitle(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}
