package extract

import "testing"

// TestChargeNounAfterPreposition: "charges" after a preposition is a noun
// ("wanted in Y on drug charges, Minister Z said"), so the name after it
// is no one charged; the verb still charges its object. All copy is
// invented.
func TestChargeNounAfterPreposition(t *testing.T) {
	checkRelCases(t, []relCase{
		{"attribution after the noun",
			"Peru Arrests Gang Boss\n\nLIMA — Peruvian police arrested Mario Soto Vela, who is wanted in the United States on drug trafficking charges, Interior Minister Ana Ruiz said.",
			[]string{"Peruvian police|arrested|Mario Soto Vela"}, []string{"United States|charged|Ana Ruiz"}},
		{"the noun naming its defendants after a preposition",
			"Rewards Offered for Gang Leaders\n\nThe reward offers complement the Department of Justice's announcement of the unsealing of charges against Mario Soto Vela and Tomas Rey Ochoa.",
			[]string{"Department of Justice|charged|Mario Soto Vela", "Department of Justice|charged|Tomas Rey Ochoa"}, nil},
		{"the verb",
			"Peru Charges Gang Boss\n\nLIMA — A federal indictment charges Mario Soto Vela with drug trafficking.\n\nThe United States has sought his arrest.",
			[]string{"United States|charged|Mario Soto Vela"}, nil},
	})
}
