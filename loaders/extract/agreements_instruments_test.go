package extract

import (
	"reflect"
	"testing"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article, and the charters and pledges are fictional.

// TestOpenInstruments checks that a capitalised name ending in "Charter"
// or "Pledge" is an agreement whose parties are only those the text
// states, that a known body's own charter is not one, and that two such
// names joined by "and" stay two names.
func TestOpenInstruments(t *testing.T) {
	checkNamedAgreements(t, []namedAgreementsCase{
		{name: "charter: the states named near it are no parties",
			text:       "H\nPeru and Chile met in Lima and reaffirmed the consensus enshrined in the Southern Cone Democratic Charter.",
			agreements: "Southern Cone Democratic Charter", agreement: "Southern Cone Democratic Charter"},
		{name: "pledge: the government named before it is no party",
			text:       "H\nEcuador hosted the summit.\nDelegates were invited to sign on to the Clean Harbours Pledge by June.",
			agreements: "Clean Harbours Pledge", agreement: "Clean Harbours Pledge"},
		{name: "pledge: stated signatories are its parties",
			text:       "H\nPeru and Chile signed the Clean Harbours Pledge in Lima on Monday.",
			agreements: "Clean Harbours Pledge", agreement: "Clean Harbours Pledge", parties: []string{"Chile", "Peru"}},
		{name: "two names on one head stay two",
			text:       "H\nIn support of the Blue Reef Pledge and Blue Reef Pledge Fund, Chile will cut emissions.",
			agreements: "Blue Reef Pledge"},
		{name: "a universal declaration is named, its parties only those stated",
			text:       "H\nChileans have a right to assemble under Chile's constitution and as set forth in the Universal Declaration of Harbour Rights.",
			agreements: "Universal Declaration of Harbour Rights", agreement: "Universal Declaration of Harbour Rights"},
		{name: "a participle after a coordinated noun is that noun's",
			text:       "H\nThe regime failed to respect the rights enumerated in the Universal Declaration of Harbour Rights and regional treaties ratified by Chile, including the right to assemble.",
			agreements: "Universal Declaration of Harbour Rights", agreement: "Universal Declaration of Harbour Rights"},
		{name: "a known body's charter is its own, not an agreement",
			text:       "H\nThe council authorised the mission under Chapter VII of the UN Charter last year.",
			agreements: ""},
	})
}

// namedAgreementsCase is an invented text with every agreement it names
// and the parties of one of them.
type namedAgreementsCase struct {
	name, text string
	agreements string   // agreementNames of the extraction
	agreement  string   // the agreement whose parties are checked ("" for none)
	parties    []string // its parties (nil for none)
}

// checkNamedAgreements extracts each case and checks the whole list of
// its agreement names and the parties of the agreement it names.
func checkNamedAgreements(t *testing.T, cases []namedAgreementsCase) {
	t.Helper()
	ex := newExtractor(t)
	for _, c := range cases {
		x := ex.Extract(article(c.text))
		if got := agreementNames(x); got != c.agreements {
			t.Errorf("%s: agreements = %q, want %q", c.name, got, c.agreements)
			continue
		}
		if c.agreement == "" {
			continue
		}
		if got, _ := agreementParties(x, c.agreement); !reflect.DeepEqual(got, c.parties) {
			t.Errorf("%s: parties of %q = %v, want %v", c.name, c.agreement, got, c.parties)
		}
	}
}

// TestMemberCountriesActors checks that a group's name before "countries"
// (over "also") does not make the group the subject of the act, and that
// "to likewise sign" is an infinitive, not the act.
func TestMemberCountriesActors(t *testing.T) {
	ex := newExtractor(t)
	for _, text := range []string{
		"H\nCore Group countries also signed the Clean Harbours Pledge on Monday.",
		"H\nPresident Vidal of Chile called on all other countries to likewise sign the Clean Harbours Pledge.",
	} {
		x := ex.Extract(article(text))
		for _, r := range x.Relations {
			if r.Predicate == "signed" {
				t.Errorf("Extract(%q) relation %s signed %s, want none", text, r.Subject, r.Object)
			}
		}
	}
}

// TestCoordinatedParticiple checks that a signing or ratifying participle
// after a coordinated unnamed plural ("… and regional treaties ratified by
// X, including …") is that plural's, not the named agreement's.
func TestCoordinatedParticiple(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the participle is the nearer noun's",
			text: "The regime failed to respect the rights enumerated in the Universal Declaration of Harbour Rights and regional treaties ratified by Chile, including the right to assemble.",
			not:  []string{"Chile|ratified|Universal Declaration of Harbour Rights"}},
		{name: "a participle right after the agreement is its own",
			text: "The Andean Harbour Treaty, ratified by Chile in 2019, took effect in May.",
			want: []string{"Chile|ratified|Andean Harbour Treaty"}},
	})
}
