package extract

import "testing"

// TestUnsidedDistrictAttorneys checks that an assistant U.S. attorney
// whose title names no district holds the post, with the assistant's
// title, at the one district without a side the article names ("the
// District of Utah"), that a district named by its side still comes
// first, and that an assistant does not head the district. All copy is
// invented. (A plural title over a list with no district after it,
// "Assistant U.S. Attorneys A and B", gives no role yet.)
func TestUnsidedDistrictAttorneys(t *testing.T) {
	const head = "Fraud Ring Charged\n\nSix men were charged in the District of Wyoming, announced U.S. Attorney Harlan Petrosky of the District of Wyoming. "
	checkRoles(t, []roleCase{
		{name: "one assistant", text: head + "Assistant U.S. Attorney Delphine Okafor-Ruiz is prosecuting the case.",
			person: "Delphine Okafor-Ruiz", title: "Assistant U.S. Attorney", org: "District of Wyoming"},
		{name: "a list of titled names", text: head + "Assistant U.S. Attorney Delphine Okafor-Ruiz, Assistant U.S. Attorney Tobin Vasquez, and Trial Attorney Marla Quint are prosecuting the case.",
			person: "Tobin Vasquez", title: "Assistant U.S. Attorney", org: "District of Wyoming"},
		{name: "special assistant", text: head + "Special Assistant U.S. Attorney Tobin Vasquez is prosecuting the case.",
			person: "Tobin Vasquez", title: "Special Assistant U.S. Attorney", org: "District of Wyoming"},
		{name: "not the nation's post", text: head + "Assistant U.S. Attorney Delphine Okafor-Ruiz is prosecuting the case.",
			person: "Delphine Okafor-Ruiz", org: "United States", neg: true},
		{name: "two districts", text: "Fraud Ring Charged\n\nSix men were charged in the District of Wyoming and the District of Montana. Assistant U.S. Attorney Delphine Okafor-Ruiz is prosecuting the case.",
			person: "Delphine Okafor-Ruiz", org: "District of Wyoming", neg: true},
		{name: "two districts: no post of the nation either", text: "Fraud Ring Charged\n\nSix men were charged in the District of Wyoming and the District of Montana. Assistant U.S. Attorney Delphine Okafor-Ruiz is prosecuting the case.",
			person: "Delphine Okafor-Ruiz", org: "United States", neg: true},
		{name: "the U.S. attorney keeps the nation's post", text: "Fraud Ring Charged\n\nSix men were charged in the District of Wyoming and the District of Montana, said U.S. Attorney Harlan Petrosky.",
			person: "Harlan Petrosky", org: "United States"},
		{name: "a sided district comes first", text: "Fraud Ring Charged\n\nSix men were charged in the Eastern District of Kentucky after a tip from the District of Wyoming. Assistant U.S. Attorney Delphine Okafor-Ruiz is prosecuting the case.",
			person: "Delphine Okafor-Ruiz", org: "Eastern District of Kentucky"},
	})
	checkRelCases(t, []relCase{
		{"an assistant heads nothing",
			head + "Assistant U.S. Attorney Delphine Okafor-Ruiz and Assistant U.S. Attorney Tobin Vasquez are prosecuting the case.",
			nil, []string{"Delphine Okafor-Ruiz|leads|District of Wyoming", "Tobin Vasquez|leads|District of Wyoming"}},
	})
}

// TestAssistantAttorneyListTitles checks that every name in a list under
// the plural title "Assistant U.S. Attorneys" holds the whole title in the
// singular, not the bare "Attorney" the nation leaves after it, and heads
// nothing, whichever name the district follows. All copy is invented.
func TestAssistantAttorneyListTitles(t *testing.T) {
	const head = "Courier Sentenced\n\nA courier was sentenced to eight years in prison. "
	checkRoles(t, []roleCase{
		{name: "second of two, district after the second", text: head + "The case is being handled by Assistant U.S. Attorneys Rosalind Achterberg and Caspar Vindeløv-Hart of the District of Nevada.",
			person: "Caspar Vindeløv-Hart", title: "Assistant U.S. Attorney", org: "District of Nevada"},
		{name: "middle of a longer list", text: head + "Assistant U.S. Attorneys Rosalind Achterberg, Caspar Vindeløv-Hart, Imelda Tresk and Odell Brannagan of the Eastern District of Arkansas are prosecuting the case.",
			person: "Imelda Tresk", title: "Assistant U.S. Attorney", org: "Eastern District of Arkansas"},
		{name: "first of the list", text: head + "Assistant U.S. Attorneys Rosalind Achterberg, Caspar Vindeløv-Hart, Imelda Tresk and Odell Brannagan of the Eastern District of Arkansas are prosecuting the case.",
			person: "Rosalind Achterberg", title: "Assistant U.S. Attorney", org: "Eastern District of Arkansas"},
	})
	checkRelCases(t, []relCase{
		{"no name of the list heads the district",
			head + "Assistant U.S. Attorneys Rosalind Achterberg, Caspar Vindeløv-Hart, Imelda Tresk and Odell Brannagan of the Eastern District of Arkansas are prosecuting the case.",
			nil, []string{"Rosalind Achterberg|leads|Eastern District of Arkansas", "Caspar Vindeløv-Hart|leads|Eastern District of Arkansas", "Imelda Tresk|leads|Eastern District of Arkansas", "Odell Brannagan|leads|Eastern District of Arkansas"}},
	})
}
