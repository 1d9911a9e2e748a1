package extract

import "testing"

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestTreatyTitleOrList checks that a treaty's title runs on over a list
// of capitalised words closed by "or", and that a list closed by "or"
// of known names, dates or lower-case words is no part of the title.
func TestTreatyTitleOrList(t *testing.T) {
	checkAgreementNames(t, []agreementNameCase{
		{"or list after an and item", "H\nChile ratified the Convention against Slavery and Other Forced, Bonded or Servile Labor or Service in 1999.",
			"Convention against Slavery and Other Forced, Bonded or Servile Labor or Service", "Convention against Slavery and Other Forced"},
		{"or list after the complement", "H\nPeru signed the Protocol on Trafficking, Smuggling or Illicit Transfer of Cultural Goods last year.",
			"Protocol on Trafficking, Smuggling or Illicit Transfer", "Protocol on Trafficking"},
		{"and list unchanged", "H\nPeru signed the Convention on Mining, Fishing and Forestry last year.",
			"Convention on Mining, Fishing and Forestry", "Convention on Mining"},
		{"known name after or", "H\nPeru signed the Convention on Coastal Fishing, or Chile will leave the talks.",
			"Convention on Coastal Fishing", "Convention on Coastal Fishing, or Chile"},
		{"lower-case words after or", "H\nPeru signed the Convention on Coastal Fishing, or so officials said.",
			"Convention on Coastal Fishing", "Convention on Coastal Fishing, or so"},
	})
}
