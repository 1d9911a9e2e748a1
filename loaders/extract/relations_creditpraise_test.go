package extract

import "testing"

// TestCreditPraise: thanks or praise for help given to a case (a credit
// line) is no support; thanks or praise for a policy still is.
func TestCreditPraise(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "praise in a sentence opening In announcing the charges",
			text: "In announcing the charges, Minister Ana Ruiz of Peru praised the government of Bolivia for its role in the enforcement action.",
			not:  []string{"Ana Ruiz|supports|Bolivia"}},
		{name: "praise after a fronted phrase of another kind still supports",
			text: "In her remarks, Minister Ana Ruiz of Peru praised the government of Bolivia for its role in the reform.",
			want: []string{"Ana Ruiz|supports|Bolivia"}},
		{name: "thanks a government for its assistance in this matter",
			text: "The Department of Justice thanks the Government of Bolivia for its assistance in this matter.",
			not:  []string{"Department of Justice|supports|Bolivia"}},
		{name: "thanked a government for its significant assistance",
			text: "Minister Ana Ruiz of Peru thanked Bolivia for its significant assistance with the extradition.",
			not:  []string{"Ana Ruiz|supports|Bolivia"}},
		{name: "commended an agency for its investigative efforts",
			text: "Minister Ana Ruiz of Peru commended the Drug Enforcement Administration for its investigative efforts.",
			not:  []string{"Ana Ruiz|supports|Drug Enforcement Administration"}},
		{name: "commended a government for its work in the investigation",
			text: "Minister Ana Ruiz of Peru commended Bolivia for its tireless work in the investigation.",
			not:  []string{"Ana Ruiz|supports|Bolivia"}},
		{name: "thanked a government for its support of a policy",
			text: "Minister Ana Ruiz of Peru thanked Bolivia for its support at the regional summit.",
			want: []string{"Ana Ruiz|supports|Bolivia"}},
		{name: "commended a government's commitment",
			text: "Minister Ana Ruiz of Peru commended Bolivia for its commitment to reform.",
			want: []string{"Ana Ruiz|supports|Bolivia"}},
	})
}
