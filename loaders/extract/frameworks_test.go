package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestFrameworks checks that forums, declarations and partnerships set up
// between states are agreements, with the states a hyphen joins as parties.
func TestFrameworks(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, want, typ, parties string
	}{
		{"a dialogue between two states", "H\nThe ministers opened the second U.S.-Peru Maritime Security Dialogue in Lima on Monday.",
			"U.S.-Peru Maritime Security Dialogue", "Agreement", "Peru|United States"},
		{"a working group of two states", "H\nOfficials launched a Chile-Argentina Firearms Working Group last year.",
			"Chile-Argentina Firearms Working Group", "Agreement", "Argentina|Chile"},
		{"a dialogue of a region's states", "H\nCanada hosted Mexico and Peru for the Ninth Meeting of the Central American Firearms Dialogue.",
			"Central American Firearms Dialogue", "Agreement", ""},
		{"a trilateral committee", "H\nGuatemala, Honduras and El Salvador met in the Trilateral Border Committee on Friday.",
			"Trilateral Border Committee", "Agreement", ""},
		{"a global coalition with its purpose", "H\nPeru joined the Global Coalition to Stop Timber Smuggling in May.",
			"Global Coalition to Stop Timber Smuggling", "Agreement", ""},
		{"a partnership with a complement", "H\nChile and Peru advanced the Pacific Partnership for Safe Ports this year.",
			"Pacific Partnership for Safe Ports", "Agreement", ""},
		{"a declaration named for a city", "H\nBoth governments reaffirmed the Quito Declaration on Refugee Protection.",
			"Quito Declaration on Refugee Protection", "Agreement", ""},
		{"a purpose needs more than one capitalised word", "H\nThe Trilateral Border Committee reported to Coalition partners in May.",
			"Trilateral Border Committee", "Agreement", ""},
		{"a month before a year makes it a date", "H\nBoth sides cited the March 2009 Joint Chile-Peru Communiqué on Friday.",
			"Joint Chile-Peru Communiqué", "Agreement", "Chile|Peru"},
		{"coordinated demonyms before partners are parties", "H\nThe delegation joined the Trilateral Border Committee with our Chilean and Peruvian partners.",
			"Trilateral Border Committee", "Agreement", "Chile|Peru"},
		{"a state naming the venue is no party", "H\nColombia and Ecuador signed the Panama Agreement on Friday.",
			"Panama Agreement", "Agreement", "Colombia|Ecuador"},
		{"a group two states set up", "H\nOfficials reviewed the first Chile-Peru Port Implementation Group on Monday.",
			"Chile-Peru Port Implementation Group", "Agreement", "Chile|Peru"},
		{"a high-level group", "H\nThe ministers chaired the Andean Fisheries High-Level Consultative Group in Quito.",
			"Andean Fisheries High-Level Consultative Group", "Agreement", ""},
		{"a group named by a membership adjective alone stays a body", "H\nAnalysts at the Global Harbor Group disagreed.",
			"Global Harbor Group", "Organization", ""},
		{"a coalition named after a region of states", "H\nThe minister launched the Americas Port Safety Coalition in May.",
			"Americas Port Safety Coalition", "Agreement", ""},
		{"a committee named after a region is no framework", "H\nThe Caribbean Tourism Committee met in May.",
			"Caribbean Tourism Committee", "Agency", ""},
		{"a high-level dialogue names no states", "H\nThe leaders agreed to resume the High-Level Fisheries Dialogue next year.",
			"High-Level Fisheries Dialogue", "Agreement", ""},
		{"a high level dialogue without the hyphen", "H\nChile and Peru held the High Level Energy Dialogue in Lima.",
			"High Level Energy Dialogue", "Agreement", ""},
		{"a partnership's law is no partnership", "H\nCongress passed the Chile-Peru Partnership Act of 2021 in May.",
			"", "", ""},
		{"a legislature's committee stays an agency", "H\nThe Senate Border Affairs Committee heard testimony on Monday.",
			"Senate Border Affairs Committee", "Agency", ""},
		{"a think tank's dialogue stays an organisation", "H\nAnalysts at the Inter-American Dialogue disagreed.",
			"Inter-American Dialogue", "Organization", ""},
		{"a described joint declaration nobody signs", "H\nScholars still cite the Joint Declaration on Fisheries.",
			"", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if c.want == "" {
				if len(x.Agreements) != 0 {
					t.Errorf("Extract(%q) agreements = %+v, want none", c.text, x.Agreements)
				}
				return
			}
			var got schema.EntityType
			for _, e := range x.Entities {
				if e.Name == c.want {
					got = e.Type
				}
			}
			if string(got) != c.typ {
				t.Errorf("Extract(%q) %q type = %q, want %q; entities %+v", c.text, c.want, got, c.typ, x.Entities)
			}
			if c.parties == "" {
				return
			}
			for _, a := range x.Agreements {
				if a.Name == c.want {
					p := append([]string(nil), a.Parties...)
					sort.Strings(p)
					if strings.Join(p, "|") != c.parties {
						t.Errorf("Extract(%q) parties of %q = %v, want %s", c.text, c.want, p, c.parties)
					}
				}
			}
		})
	}
}

// TestPairNameStatesNoMention checks that the states a hyphen joins in an
// agreement's name are its parties but, named nowhere else, no entities:
// the name says nothing their governments did.
func TestPairNameStatesNoMention(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, party string
		entity            bool
	}{
		{"named only in the name", "H\nPeru and Bolivia praised the Peru-Chile Border Accord on Monday.", "Chile", false},
		{"named again in the text", "H\nPeru and Bolivia praised the Peru-Chile Border Accord. Chile sent a delegation.", "Chile", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasEntity(x, c.party, schema.Government); got != c.entity {
				t.Errorf("Extract(%q): %s government entity %v, want %v (%+v)", c.text, c.party, got, c.entity, x.Entities)
			}
			party := false
			for _, a := range x.Agreements {
				for _, p := range a.Parties {
					party = party || p == c.party
				}
			}
			if !party {
				t.Errorf("Extract(%q) agreements = %+v, want %s a party", c.text, x.Agreements, c.party)
			}
		})
	}
}
