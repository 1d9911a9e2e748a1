package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestHeadlineVerbEndsName checks that a verb of a title-case headline
// ends the name of the titled person before it ("Ambassador Garcia
// Congratulates …"), who is then the person the body names in full.
func TestHeadlineVerbEndsName(t *testing.T) {
	ex := newExtractor(t)
	for _, verb := range []string{"Congratulates", "Welcomes", "Applauds"} {
		text := "Ambassador Garcia " + verb + " Peruvian Government on Port Seizure\n\n" +
			"Statement by Ambassador Ana M. Garcia\n\nLIMA - I congratulate the government of Peru on the seizure."
		x := ex.Extract(article(text))
		for _, e := range x.Entities {
			if e.Name == "Garcia "+verb {
				t.Errorf("Extract(%q) has person %q", text, e.Name)
			}
		}
	}
}

// TestHeadlineTravelVerbs checks that a headline's verb of travel or
// meeting that the body never writes in lower case still ends the titled
// name before it ("Deputy Secretary Vale Travels to Lima").
func TestHeadlineTravelVerbs(t *testing.T) {
	ex := newExtractor(t)
	for _, verb := range []string{"Travels", "Meets", "Attends", "Signs", "Holds", "Addresses"} {
		text := "Deputy Secretary Vale " + verb + " Lima\n\nWASHINGTON - The Department of State said on Monday that talks would continue."
		x := ex.Extract(article(text))
		found := false
		for _, e := range x.Entities {
			if e.Name == "Vale "+verb {
				t.Errorf("Extract(%q) has person %q", text, e.Name)
			}
			if e.Name == "Vale" {
				found = true
			}
		}
		if !found {
			t.Errorf("Extract(%q) entities = %+v, want the person Vale", text, x.Entities)
		}
	}
}

// TestHeadlineVerbAfterTitle checks that a headline verb right after a
// title ("Former Ruritanian Minister Pleads Guilty …") names no one: the
// title's holder is left unnamed.
func TestHeadlineVerbAfterTitle(t *testing.T) {
	ex := newExtractor(t)
	for _, tc := range []struct{ head, verb string }{
		{"Former Ruritanian Minister Pleads Guilty to Bribery Scheme", "Pleads"},
		{"Former Executive Pleads Guilty to Conspiring to Bribe Officials", "Pleads"},
		{"Gang Leader Pleads Guilty to Racketeering Charges", "Pleads"},
		{"Former Customs Director Admits Role in Smuggling Ring", "Admits"},
	} {
		text := tc.head + "\n\nMonday, October 15, 2012\n\nWASHINGTON - A former official pleaded guilty today to bribery, the Department of Justice announced."
		x := ex.Extract(article(text))
		for _, e := range x.Entities {
			if e.Name == tc.verb {
				t.Errorf("Extract(%q) has person %q", tc.head, e.Name)
			}
		}
		for _, r := range x.Roles {
			if r.Person == tc.verb {
				t.Errorf("Extract(%q) has role %+v", tc.head, r)
			}
		}
	}
}
