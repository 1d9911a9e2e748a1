package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestGroupServices: a criminal group that works, moves drugs or supplies
// for another cooperates with it; a person or an agency doing so does
// not, and neither does a negated act.
func TestGroupServices(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "described group in a relative clause",
			text: "Police blamed Los Tucanes, a small gang based in Tacna that smuggles cocaine across the border for the Gulf Cartel.",
			want: []string{"Los Tucanes|cooperatesWith|Gulf Cartel"}},
		{name: "such as, then worked for",
			text: "Prosecutors say groups such as Los Tucanes have long worked for the Sinaloa Cartel.",
			want: []string{"Los Tucanes|cooperatesWith|Sinaloa Cartel"}},
		{name: "supplies to the group's leaders",
			text: "Los Zetas supplies cocaine to Sinaloa Cartel leaders in Culiacán.",
			want: []string{"Los Zetas|cooperatesWith|Sinaloa Cartel"}},
		{name: "an agency working for a cause",
			text: "The Drug Enforcement Administration works for the safety of communities harmed by the Sinaloa Cartel.",
			not:  []string{"Drug Enforcement Administration|cooperatesWith|Sinaloa Cartel"}},
		{name: "negated",
			text: "Los Tucanes does not work for the Gulf Cartel, the police said.",
			not:  []string{"Los Tucanes|cooperatesWith|Gulf Cartel"}},
	})
}
