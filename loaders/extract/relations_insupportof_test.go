package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestSupportPhrases: an act done "in support of" B by the clause's one
// actor, a state or a body, is its support of B; a person's, a negated or
// hedged one, one in a clause naming others, or a name that only
// modifies the object's noun is none.
func TestSupportPhrases(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a state's act in support of another",
			text: "Canada deployed 300 police officers in support of Haiti.",
			want: []string{"Canada|supports|Haiti"}},
		{name: "both countries in support of an agreement",
			text: "Peru and Chile met in Lima on Monday.\n\nThe two governments agreed to undertake joint actions in further support of the Merida Initiative.",
			want: []string{"Peru|supports|Mérida Initiative", "Chile|supports|Mérida Initiative"}},
		{name: "a clause naming another actor first",
			text: "Canada sent troops to Bolivia in support of Haiti.",
			not:  []string{"Bolivia|supports|Haiti", "Canada|supports|Haiti"}},
		{name: "a negated act",
			text: "Canada did not deploy officers in support of Haiti.",
			not:  []string{"Canada|supports|Haiti"}},
		{name: "a person's talk of others' efforts",
			text: "Minister Ana Ruiz discussed our efforts in support of the Merida Initiative.",
			not:  []string{"Ana Ruiz|supports|Mérida Initiative"}},
		{name: "a name modifying the object's noun",
			text: "Canada cast its vote in support of the Haiti resolution.",
			not:  []string{"Canada|supports|Haiti"}},
	})
}
