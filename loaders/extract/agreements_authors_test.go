package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestDeclarationAuthorParties checks that the governments a "We, the
// Governments of …" opening names, official names included, are the
// parties of an agreement they speak of in the first person or that the
// headline names, and not of one named in a sentence that is not theirs.
func TestDeclarationAuthorParties(t *testing.T) {
	ex := newExtractor(t)
	opening := "We, the Governments of Peru; the Republic of Ecuador; the Federation of Saint Kitts and Nevis; and Chile;\n\n"
	for _, c := range []struct{ name, text, agreement, parties string }{
		{"an agreement the authors reaffirm",
			"Joint Declaration of Montevideo\n\n" + opening + "REAFFIRMING our commitment to the Lima Declaration on Maritime Security adopted in 2019;",
			"Lima Declaration on Maritime Security", "Chile|Ecuador|Peru|Saint Kitts and Nevis"},
		{"the framework the headline names",
			"Joint Statement: Fourth Caribbean-Chile Maritime Cooperation Dialogue\n\n" + opening + "WELCOMING the progress made since the last meeting;",
			"Caribbean-Chile Maritime Cooperation Dialogue", "Chile|Ecuador|Peru|Saint Kitts and Nevis"},
		{"an agreement others signed",
			"Joint Declaration of Montevideo\n\n" + opening + "NOTING that Bolivia and Brazil signed the Treaty of Cobija in 2015;",
			"Treaty of Cobija", "Bolivia|Brazil"},
		{"the governments that issue the following joint statement",
			"Joint Statement on Maritime Security\n\nThe Governments of Peru, Chile, and Ecuador issued the following joint statement.\n\nBegin text:\n\nOur three governments launched the Pacific Coast Security Initiative in 2019. Brazil welcomed the Initiative.",
			"Pacific Coast Security Initiative", "Chile|Ecuador|Peru"},
		{"an agreement the issuers welcome between others",
			"Joint Statement on Maritime Security\n\nThe following statement was released by the Governments of Peru, Chile, and Ecuador.\n\nWe welcome the Treaty of Cobija that Bolivia and Brazil signed in May.",
			"Treaty of Cobija", "Bolivia|Brazil"},
		{"one government speaking",
			"Statement of Peru\n\nWe, the Government of Peru, reaffirm our commitment to the Lima Declaration on Maritime Security, which Chile and Peru adopted.",
			"Lima Declaration on Maritime Security", "Chile|Peru"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExactParties(t, ex, c.text, c.agreement, c.parties)
		})
	}
}
