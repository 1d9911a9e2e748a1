package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestEnvoyGovernment checks that an "Ambassador to X" never serves X, and
// that a delegation sentence whose government takes its article or a bare
// apostrophe ("The United States’ delegation") gives its members' offices
// to that government. All copy is invented.
func TestEnvoyGovernment(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text       string
		person, org, not string
	}{
		{"an ambassador posted to a country is the article's main government's",
			"H\nThe United States and Canada agreed on a border plan. The United States will pay for it. Ambassador to Canada Ana Ruiz said the plan would work.",
			"Ana Ruiz", "United States", "Canada"},
		{"a delegation named with its article and a bare apostrophe",
			"H\nThe United States’ delegation was led by Deputy Secretary Ana Ruiz and included Ambassador to Canada Luis Mena; Deputy Director Carla Soto.",
			"Carla Soto", "United States", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if !hasRole(x, c.person, c.org) {
				t.Errorf("Extract(%q): no role of %s at %s in %+v", c.text, c.person, c.org, x.Roles)
			}
			if c.not != "" && hasRole(x, c.person, c.not) {
				t.Errorf("Extract(%q): role of %s at %s, want none", c.text, c.person, c.not)
			}
		})
	}
}

// TestMeetingSides checks that the officials a visitor meets are not read
// as listed with the visitor (their offices are the host's), and that an
// office with a rank after it ("Defense Chief Maj. Gen. X") is the
// government's, not its armed forces'. All copy is invented.
func TestMeetingSides(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("H\nTEGUCIGALPA, Honduras – The visit began on Monday.\n\n" +
		"Navy Adm. Ana Ruiz met with President Luis Mena Soto, Defense Minister Jorge Vidal Pardo and Defense Chief Maj. Gen. Carlos Ibarra Luna to discuss security. " +
		"The Honduran military is respected."))
	for _, p := range []string{"Luis Mena Soto", "Jorge Vidal Pardo", "Carlos Ibarra Luna"} {
		if !hasRole(x, p, "Honduras") {
			t.Errorf("no role of %s at Honduras in %+v", p, x.Roles)
		}
		for _, org := range []string{"United States", "Honduran military"} {
			if hasRole(x, p, org) {
				t.Errorf("role of %s at %s, want none", p, org)
			}
		}
	}
}

// TestPluralTitleAndSeatPrefix checks that a plural title before a list
// of names gives each name the post, and that the seat of a government
// before one of its agencies ("White House National Security Council")
// names that agency. All copy is invented.
func TestPluralTitleAndSeatPrefix(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nThe delegation included White House National Security Council Senior Directors Ana Ruiz, Luis Mena and Carla Soto."
	x := ex.Extract(article(text))
	for _, p := range []string{"Ana Ruiz", "Luis Mena", "Carla Soto"} {
		if !hasRole(x, p, "National Security Council") {
			t.Errorf("Extract(%q): no role of %s at the National Security Council in %+v", text, p, x.Roles)
		}
	}
	if hasEntity(x, "White House National Security Council", schema.Organization) {
		t.Errorf("Extract(%q): an organisation White House National Security Council", text)
	}
}

// TestBareRankAfterStatedPost checks that a bare rank before a person
// whose post the text states ("Admiral X" after "the commander of Y,
// Adm. X") adds no guessed post. All copy is invented.
func TestBareRankAfterStatedPost(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nThe commander of U.S. Southern Command (SOUTHCOM), U.S. Navy Adm. Ana Ruiz Lopez, visited Peru on Monday. During the visit, Admiral Ruiz Lopez met with U.S. Ambassador Luis Mena."
	x := ex.Extract(article(text))
	if !hasRole(x, "Ana Ruiz Lopez", "U.S. Southern Command") {
		t.Errorf("Extract(%q): no role at SOUTHCOM in %+v", text, x.Roles)
	}
	for _, r := range x.Roles {
		if r.Person == "Ana Ruiz Lopez" && r.Org != "U.S. Southern Command" {
			t.Errorf("Extract(%q): a guessed role %+v", text, r)
		}
	}
}

// TestAmbassadorToTheRepublic checks that a host country written with
// "the" ("Ambassador to the Republic of Peru X") is the post's remit, and
// the sending government named before the title the post's body.
func TestAmbassadorToTheRepublic(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "to the Republic of", text: "H\nThe secretary was joined by United States Ambassador to the Republic of Peru Daniel R. Holt; and others.",
			person: "Daniel R. Holt", title: "Ambassador to the Republic of Peru", org: "United States"},
		{name: "never the host's", text: "H\nThe secretary was joined by United States Ambassador to the Republic of Peru Daniel R. Holt; and others.",
			person: "Daniel R. Holt", org: "Peru", neg: true},
	})
}
