package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestPointedAgreementSigning: a treaty text whose only convention is
// named in its heading, signed as "the present convention", is signed by
// its parties; "this agreement" points at no treaty head, and a pointing
// determiner before another head signs nothing.
func TestPointedAgreementSigning(t *testing.T) {
	text := "Message on a Fisheries Treaty\n\nI transmit the text below to the Senate.\n\nANDEAN FISHERIES CONVENTION.\n\n" +
		"The Republic of Peru and the Republic of Chile, being desirous to regulate fishing in their waters, have agreed upon the following articles.\n\n" +
		"Each party shall license its own fleets.\n\n"
	checkRelCases(t, []relCase{
		{"the present convention signed",
			text + "In faith whereof the plenipotentiaries have signed the present convention in duplicate.",
			[]string{"Peru|signed|ANDEAN FISHERIES CONVENTION", "Chile|signed|ANDEAN FISHERIES CONVENTION"}, nil},
		{"no signing stated",
			text + "The present convention shall remain in force for ten years.",
			nil, []string{"Peru|signed|ANDEAN FISHERIES CONVENTION", "Chile|signed|ANDEAN FISHERIES CONVENTION"}},
		{"this agreement is no treaty head",
			text + "In faith whereof the plenipotentiaries have signed this agreement in duplicate.",
			nil, []string{"Peru|signed|ANDEAN FISHERIES CONVENTION", "Chile|signed|ANDEAN FISHERIES CONVENTION"}},
	})
}
