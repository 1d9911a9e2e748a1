package extract

import "testing"

// TestChargingDistrict: a person charged "in the X District of Y" that the
// release names as a prosecuting office was charged by that district; a
// district the text names nowhere else stays the United States' court.
func TestChargingDistrict(t *testing.T) {
	const tail = "\n\nThe cases are being prosecuted by the U.S. Attorneys' Offices for the Eastern District of Kansas and the Southern District of Idaho."
	checkRelCases(t, []relCase{
		{name: "charged on a date in a named district",
			text: "Two Defendants Extradited\n\nWASHINGTON — Carlos Renner was charged on May 3, 2019, in the Eastern District of Kansas with labor trafficking conspiracy." + tail,
			want: []string{"Eastern District of Kansas|charged|Carlos Renner"},
			not:  []string{"United States|charged|Carlos Renner"}},
		{name: "two people, indicted in a named district",
			text: "Two Defendants Extradited\n\nWASHINGTON — Maria Varga and Jose Ostrander were indicted in the Southern District of Idaho with wire fraud." + tail,
			want: []string{"Southern District of Idaho|charged|Maria Varga", "Southern District of Idaho|charged|Jose Ostrander"}},
		{name: "a district named only there",
			text: "Defendant Extradited\n\nWASHINGTON — Carlos Renner was charged on May 3, 2019, in the Western District of Nevada with labor trafficking conspiracy.",
			not:  []string{"Western District of Nevada|charged|Carlos Renner"}},
	})
}
