package extract

import "testing"

// TestDomesticPleaCourt: a guilty plea that names no court, in an article
// with a domestic U.S. dateline, was taken by a U.S. court; under a foreign
// dateline it names no court here. All copy is invented.
func TestDomesticPleaCourt(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "US dateline, age apposition",
			text: "Plea news\n\nHOUSTON – U.S. Attorney Dana Pruett announced the plea. Camilo Ferro-Duarte, 45, pleaded guilty on Monday.",
			want: []string{"United States|convicted|Camilo Ferro-Duarte"}},
		{name: "US dateline, relative clause",
			text: "Plea news\n\nMIAMI – U.S. Attorney Dana Pruett announced the plea. Rafael Sosa-Medina, who was arrested in 2021, pleaded guilty today.",
			want: []string{"United States|convicted|Rafael Sosa-Medina"}},
		{name: "foreign dateline",
			text: "Plea news\n\nBOGOTA, Colombia – The United States praised the case. Rafael Sosa-Medina, 45, pleaded guilty on Monday.",
			not:  []string{"United States|convicted|Rafael Sosa-Medina", "Colombia|convicted|Rafael Sosa-Medina"}},
	})
}
