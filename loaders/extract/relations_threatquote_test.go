package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestThreatAccusations: a person's quotation calling a criminal group a
// threat or a terrorist organisation accuses the group; a designation
// told in the quotation, or a body quoted, accuses no one.
func TestThreatAccusations(t *testing.T) {
	checkRelCases(t, []relCase{
		{"the group is a threat",
			"News\n\n“The Gulf Cartel has emerged as a serious threat to our towns,” said Director Ana Ruiz.",
			[]string{"Ana Ruiz|accused|Gulf Cartel"}, nil},
		{"the group's members, with a longer link",
			"News\n\n“Los Zetas gang members have proven to be a grave public safety threat in the region,” said Director Ana Ruiz.",
			[]string{"Ana Ruiz|accused|Los Zetas"}, nil},
		{"terrorist groups like the group",
			"News\n\n“The regime profits from terrorist groups like Los Zetas,” said Minister Ana Ruiz.",
			[]string{"Ana Ruiz|accused|Los Zetas"}, nil},
		{"a designation is no accusation",
			"News\n\n“Groups like the Gulf Cartel have been designated as terrorist organizations,” said Director Ana Ruiz.",
			nil, []string{"Ana Ruiz|accused|Gulf Cartel"}},
		{"a negated charge",
			"News\n\n“The Gulf Cartel is no longer a threat to our towns,” said Director Ana Ruiz.",
			nil, []string{"Ana Ruiz|accused|Gulf Cartel"}},
		{"a group under threat",
			"News\n\n“Los Zetas are under threat from their rivals,” said Director Ana Ruiz.",
			nil, []string{"Ana Ruiz|accused|Los Zetas"}},
		{"a body quoted accuses no one here",
			"News\n\nThe agency confirmed: “The Gulf Cartel is a growing threat,” the Drug Enforcement Administration said.",
			nil, []string{"Drug Enforcement Administration|accused|Gulf Cartel"}},
	})
}
