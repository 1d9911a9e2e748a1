package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestParticipatingSignatories checks that the initiative a joint
// statement says states take part in ("the governments participating in
// the X") is an agreement whose parties are the statement's signatories,
// that a short reference to it is no second agreement, and that an event
// or a text without a list of signatories gives no such parties.
func TestParticipatingSignatories(t *testing.T) {
	ex := newExtractor(t)
	note := "Joint Statement on Coastal Security\n\nThe text of the following statement was released by the Governments of Peru, Chile, Uruguay, and Paraguay.\n\nBegin Text:\n\n"
	for _, c := range []struct{ name, text, agreement, parties string }{
		{"the governments participating in the initiative",
			note + "The governments participating in the Lantern Coast Compact welcome the new radar stations built this year.",
			"Lantern Coast Compact", "Chile|Paraguay|Peru|Uruguay"},
		{"heads of state speaking in the first person",
			note + "We, the Heads of State and Government participating in the Harbor of the South Accord, declare our intention to share port records.",
			"Harbor of the South Accord", "Chile|Paraguay|Peru|Uruguay"},
		{"states that participate, and a short reference",
			note + "States that participate in the Lantern of the Andes will train customs officers. States that participate in the Lantern will also share records.",
			"Lantern of the Andes", "Chile|Paraguay|Peru|Uruguay"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExactParties(t, ex, c.text, c.agreement, c.parties)
		})
	}
	for _, c := range []struct{ name, text, absent string }{
		{"a short reference is no second agreement",
			note + "States that participate in the Lantern of the Andes will train customs officers. States that participate in the Lantern will also share records.",
			"Lantern"},
		{"an event states take part in",
			note + "The governments participating in the Summit of the Coasts welcome the new radar stations.",
			"Summit of the Coasts"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			for _, a := range x.Agreements {
				if a.Name == c.absent {
					t.Errorf("Extract(%q) agreements include %q (%v), want none", c.text, c.absent, a.Parties)
				}
			}
		})
	}
	// without a list of signatories the initiative has no signatories to
	// take as its parties
	x := ex.Extract(article("Officials from several countries participating in the Lantern Coast Compact met on Monday to review radar coverage."))
	for _, a := range x.Agreements {
		if a.Name == "Lantern Coast Compact" && len(a.Parties) > 0 {
			t.Errorf("parties of Lantern Coast Compact without signatories = %v, want none", a.Parties)
		}
	}
}
