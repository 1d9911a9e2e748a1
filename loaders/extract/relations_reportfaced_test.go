package extract

import "testing"

// TestReportFacedCharges: in a text about one state (reportState), a
// person who faces charges no other state is named for is charged by that
// state, also after a quantity ("a number of"); a modal "face" and a text
// with a dateline are not read so.
func TestReportFacedCharges(t *testing.T) {
	const head = "Nicaragua 2021 Human Rights Report: Corruption\n\n"
	checkRelCases(t, []relCase{
		{name: "faced charges",
			text: head + "Former customs director Ernesto Valdivia Pomares still faced charges for accepting bribes from importers.",
			want: []string{"Nicaragua|charged|Ernesto Valdivia Pomares"}},
		{name: "after a quantity",
			text: head + "Former mayor Lidia Arguello Soto faced a number of pending embezzlement charges.",
			want: []string{"Nicaragua|charged|Lidia Arguello Soto"}},
		{name: "a modal face",
			text: head + "Former mayor Lidia Arguello Soto could face embezzlement charges.",
			not:  []string{"Nicaragua|charged|Lidia Arguello Soto"}},
		{name: "a dateline",
			text: "Mayor in court\n\nMANAGUA, Honduras — Former mayor Lidia Arguello Soto faced embezzlement charges.",
			not:  []string{"Nicaragua|charged|Lidia Arguello Soto"}},
	})
}
