package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestPluralPossessive: a name ending in s takes a bare apostrophe as its
// possessive mark, and owns a noun of cooperation as "'s" does, in prose
// and in an attributed quotation; an unattributed quotation states
// nothing, nor does a possessor of another noun.
func TestPluralPossessive(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "plural possessive in prose",
			text: "The United States’ strategic partnership with Belize grew this year.",
			want: []string{"United States|cooperatesWith|Belize"}},
		{name: "plural possessive with a plain apostrophe",
			text: "Honduras' close cooperation with Guatemala has produced results.",
			want: []string{"Honduras|cooperatesWith|Guatemala"}},
		{name: "named possessor in an attributed quotation",
			text: "Ambassador Mara Quillfeather said, “Chile’s partnership with Peru keeps getting stronger.”",
			want: []string{"Chile|cooperatesWith|Peru"}},
		{name: "plural possessive in an attributed quotation",
			text: "“The United States’ strategic partnership with Panama continues to strengthen,” said Envoy Tobin Ravelstock.",
			want: []string{"United States|cooperatesWith|Panama"}},
		{name: "unattributed quotation",
			text: "Officials hailed the seizure. “Chile’s partnership with Peru keeps getting stronger.”",
			not:  []string{"Chile|cooperatesWith|Peru"}},
		{name: "a possessor of another noun",
			text: "The United States’ commitment to partnership with Ecuador was discussed by Envoy Tobin Ravelstock.",
			not:  []string{"United States|cooperatesWith|Ecuador"}},
	})
}

// TestUnnamedOwner: an "its" whose verb's subject is a common noun phrase
// ("the junta has increased its cooperation") belongs to no actor named
// earlier in the sentence; a named subject still owns it.
func TestUnnamedOwner(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "named subject owns its noun",
			text: "Chile renewed its cooperation with Peru on port security.",
			want: []string{"Chile|cooperatesWith|Peru"}},
		{name: "common noun subject after an earlier actor",
			text: "While partners press Argentina over its claims in Bolivia, the junta has increased its cooperation with Belize.",
			not:  []string{"Bolivia|cooperatesWith|Belize", "Argentina|cooperatesWith|Belize"}},
	})
}
