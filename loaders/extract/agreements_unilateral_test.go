package extract

import (
	"reflect"
	"testing"
)

// The sentences and agreements below are invented for this test; none is
// taken from an evaluation article.

// TestUnilateralDocuments checks that one government's memoranda and plans
// and a blamed deal with no name are no agreements, that a plan of two
// states stays one, and that a framework for an agreement keeps its name.
func TestUnilateralDocuments(t *testing.T) {
	checkAgreementFound(t, []agreementFoundCase{
		{"H\nThe President signed the Presidential Memorandum on Harbor Security Policy with Ruritania on Monday.",
			"Presidential Memorandum on Harbor Security Policy", false},
		{"H\nA National Security Presidential Memorandum issued Monday restricts travel to Ruritania.",
			"National Security Presidential Memorandum", false},
		{"H\nThe President discussed his new National Security Memorandum on harbor drugs with Ruritania and Chile.",
			"National Security Memorandum", false},
		{"H\nIn July I signed a national security memorandum, and Ruritania and Chile joined our work.",
			"national security memorandum", false},
		{"H\nFunds from the American Recovery Plan reached Ohio and Ruritania last year.",
			"American Recovery Plan", false},
		{"H\nThe United States and Ruritania renewed the U.S.-Ruritania Opioid Action Plan on Monday.",
			"U.S.-Ruritania Opioid Action Plan", true},
		{"H\nThe President reversed the Obama Administration's one-sided deal with Ruritania.",
			"one-sided deal", false},
		{"H\nThe United States and Ecuador announced a Framework for an Agreement on Reciprocal Trade on Monday.",
			"Framework for an Agreement on Reciprocal Trade", true},
	})
}

// TestPurposeObjectInName checks that a partnership's name runs on over
// its purpose and the purpose's object ("… to Confront the Drought
// Crisis"), invented copy.
func TestPurposeObjectInName(t *testing.T) {
	checkAgreementFound(t, []agreementFoundCase{
		{"H\nThe United States launched the U.S.-Andean Partnership to Confront the Drought Crisis with Peru and Bolivia last year.",
			"U.S.-Andean Partnership to Confront the Drought Crisis", true},
		{"H\nThe United States launched the U.S.-Andean Partnership to Confront the Drought Crisis with Peru and Bolivia last year.",
			"U.S.-Andean Partnership", false},
	})
}

// agreementFoundCase is a text and whether its extraction holds the named
// agreement.
type agreementFoundCase struct {
	text, agreement string
	want            bool
}

// checkAgreementFound extracts each case's text and checks whether the
// agreement is found.
func checkAgreementFound(t *testing.T, cases []agreementFoundCase) {
	t.Helper()
	ex := newExtractor(t)
	for _, c := range cases {
		x := ex.Extract(article(c.text))
		if _, found := agreementParties(x, c.agreement); found != c.want {
			t.Errorf("Extract(%q) has agreement %q = %v, want %v", c.text, c.agreement, found, c.want)
		}
	}
}

// TestJointCouncil checks that a council two governments hold together
// ("through their … Council") is an agreement between them, and that a
// council one body names is not, invented copy.
func TestJointCouncil(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, agreement string
		want            []string
	}{
		{"H\nThe United States and Peru will review the tariff schedule through their Trade and Investment Council.",
			"Trade and Investment Council", []string{"Peru", "United States"}},
	} {
		x := ex.Extract(article(c.text))
		got, found := agreementParties(x, c.agreement)
		if !found || !reflect.DeepEqual(got, c.want) {
			t.Errorf("Extract(%q) parties of %q = %v (found %v), want %v", c.text, c.agreement, got, found, c.want)
		}
	}
	x := ex.Extract(article("H\nThe ministry will present the plan to its Trade and Investment Council on Monday."))
	if _, found := agreementParties(x, "Trade and Investment Council"); found {
		t.Errorf("a council one body names is an agreement")
	}
}
