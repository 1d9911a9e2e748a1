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
