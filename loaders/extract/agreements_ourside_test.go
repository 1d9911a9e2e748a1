package extract

import "testing"

// TestSpeakerConcludedParties: the speaker's "we" or "I" concluding an
// agreement "with B" binds the speaker's government and B, even with words
// between the verb and the agreement, where otherwise another state named
// in the text would be guessed as the other side. All copy is invented.
func TestSpeakerConcludedParties(t *testing.T) {
	ex := newExtractor(t)
	head := "Message on the Claims of Citizens\n\nPresident: Joe Biden\n\nTo the Senate:\n\nChile has pressed its claims for years, and Chile has been answered. "
	for _, tc := range []struct {
		name, text, agr string
		want            []string
		not             string
	}{
		{"words between verb and agreement", head + "We concluded last year the Lima Fisheries Treaty with the Republic of Peru.",
			"Lima Fisheries Treaty", []string{"United States", "Peru"}, "Chile"},
		{"a parenthetical phrase", head + "We concluded, after two years of talks, a treaty of amity and commerce with the Republic of Ecuador, with much else.",
			"treaty of amity and commerce", []string{"United States", "Ecuador"}, "Chile"},
		{"a negated verb concludes nothing", head + "We have not concluded the Lima Fisheries Treaty with the Republic of Peru.",
			"Lima Fisheries Treaty", []string{"Peru"}, "United States"},
	} {
		x := ex.Extract(article(tc.text))
		checkParties(t, tc.name, x, tc.agr, tc.want, tc.not)
	}
}

// TestSpeakerTreatyParty: "the treaty with B of 1795" in a message the
// speaker gives whole binds B and the speaker's government; with no
// speaker, only B. All copy is invented.
func TestSpeakerTreatyParty(t *testing.T) {
	ex := newExtractor(t)
	body := "Our ships have been seized by Portugal. Under the treaty with Portugal of 1810, as well as by the law of nations, our vessels may be visited on the high seas."
	for _, tc := range []struct {
		name, text string
		want       []string
		not        string
	}{
		{"a president's message", "Message on the Seizures\n\nPresident: Joe Biden\n\nTo the Senate:\n\n" + body,
			[]string{"Portugal", "United States"}, ""},
		{"no speaker", "Message on the Seizures\n\n" + body, []string{"Portugal"}, "United States"},
	} {
		x := ex.Extract(article(tc.text))
		checkParties(t, tc.name, x, "treaty with Portugal of 1810", tc.want, tc.not)
	}
}
