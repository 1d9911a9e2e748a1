package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestBodyNameEnds checks where a body's name ends: a field of work
// ("Intelligence") heads no body, and a body that names itself alone
// ("the Treasury") takes no "for" phrase as more name.
func TestBodyNameEnds(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		typ        schema.EntityType
		want       bool
	}{
		{"H\nChile's National Security and Intelligence Adviser Rosa Diaz met them.", "National Security and Intelligence", schema.Agency, false},
		{"H\nThe Directorate of Naval Intelligence said so in Chile.", "Directorate of Naval Intelligence", schema.Agency, true},
		{"H\nThe Defense Intelligence Agency said so.", "Defense Intelligence Agency", schema.Agency, true},
		{"H\nUnder Secretary of the Treasury for Sanctions and Illicit Finance Carl Brenner spoke.", "Treasury for Sanctions and Illicit Finance", schema.Agency, false},
		{"H\nUnder Secretary of the Treasury for Sanctions and Illicit Finance Carl Brenner spoke.", "Department of the Treasury", schema.Agency, true},
		{"H\nThe Agency for Rural Development opened an office in Lima.", "Agency for Rural Development", schema.Agency, true},
	} {
		x := ex.Extract(article(c.text))
		if hasEntity(x, c.name, c.typ) != c.want {
			t.Errorf("Extract(%q) entities = %+v, want %v of %s %q", c.text, x.Entities, c.want, c.typ, c.name)
		}
	}
	checkRoles(t, []roleCase{
		{name: "the body between the title and its remit", text: "H\nUnder Secretary of the Treasury for Sanctions and Illicit Finance Carl Brenner spoke.",
			person: "Carl Brenner", org: "Department of the Treasury"},
	})
}

// TestTitleOfBody checks that a title written before "of" is no part of
// the body's name: "the Commanding General of U.S. Army North, X".
func TestTitleOfBody(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nThe visit was joined by the Commanding General of U.S. Army North, Maj. Gen. Carl Brenner, in Peru."
	x := ex.Extract(article(text))
	if !hasEntity(x, "U.S. Army North", schema.Agency) || hasEntity(x, "Commanding General of U.S. Army North", schema.Agency) {
		t.Errorf("entities = %+v, want agency U.S. Army North", x.Entities)
	}
	checkRoles(t, []roleCase{{name: "the post at the body", text: text, person: "Carl Brenner", org: "U.S. Army North"}})
}

// TestPrefixedUnit checks that a unit written with its agency's short name
// before it is the unit named alone.
func TestPrefixedUnit(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("H\nThe Drug Enforcement Administration (DEA) led the raids. Agents of the DEA Lima Field Division seized 40 kilos, said the head of DEA’s Lima Field Division."))
	n := 0
	for _, e := range x.Entities {
		if e.Type == schema.Agency && strings.Contains(e.Name, "Lima Field Division") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("entities = %+v, want one agency Lima Field Division", x.Entities)
	}
}

// TestSeatOfGovernmentEndsName checks that a seat of government written in
// several words ("White House") stops a body's name running over it.
func TestSeatOfGovernmentEndsName(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("H\nThe envoy led a delegation of White House and State Department officials to Lima."))
	if !hasEntity(x, "Department of State", schema.Agency) || hasEntity(x, "White House and State Department", schema.Agency) {
		t.Errorf("entities = %+v, want the Department of State alone", x.Entities)
	}
}

// TestCoordinatedGovernments checks "the A and B governments": each
// country qualifying the plural names its government.
func TestCoordinatedGovernments(t *testing.T) {
	ex := newExtractor(t)
	for _, text := range []string{
		"H\nOfficials praised the cooperation between the Peruvian and Chilean governments on drugs.",
		"H\nThe Peruvian, Bolivian and Chilean governments signed nothing, officials said.",
	} {
		x := ex.Extract(article(text))
		for _, c := range []string{"Peru", "Chile"} {
			if !hasEntity(x, c, schema.Government) {
				t.Errorf("Extract(%q) entities = %+v, want government %s", text, x.Entities, c)
			}
		}
	}
}

// TestHyphenJoinsTwoBodies checks that a hyphen after a body's head joins
// two bodies, not one name: "a joint National Police-Coast Guard unit".
func TestHyphenJoinsTwoBodies(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("H\nPeru launched a joint National Police-Coast Guard unit in Callao."))
	if !hasEntity(x, "National Police", schema.Agency) || hasEntity(x, "National Police-Coast Guard", schema.Agency) {
		t.Errorf("entities = %+v, want agency National Police alone", x.Entities)
	}
}

// TestKnownCartelAbbreviation checks a known cartel's common abbreviation,
// in any case, as its alias.
func TestKnownCartelAbbreviation(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("H\nPolice in Lima arrested three TDA gang members on Monday."))
	if !hasEntity(x, "Tren de Aragua", schema.Cartel) {
		t.Errorf("entities = %+v, want cartel Tren de Aragua", x.Entities)
	}
}
