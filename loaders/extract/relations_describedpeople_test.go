package extract

import "testing"

// TestDescribedPeople: a plural description in apposition to coordinated
// names ("A and B, two brothers who ran the cartel") makes them the
// subject of its relative clause; people the names act on are not.
func TestDescribedPeople(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "brothers who ran",
			text: "Juan Ferrandiz and Luis Ferrandiz, brothers who ran the Gulf Cartel for years, pleaded guilty on Monday.",
			want: []string{"Juan Ferrandiz|leads|Gulf Cartel", "Luis Ferrandiz|leads|Gulf Cartel"}},
		{name: "two brothers who led",
			text: "Juan Ferrandiz and Luis Ferrandiz, two brothers who led the Gulf Cartel, pleaded guilty on Monday.",
			want: []string{"Juan Ferrandiz|leads|Gulf Cartel", "Luis Ferrandiz|leads|Gulf Cartel"}},
		{name: "no apposition",
			text: "Juan Ferrandiz and Luis Ferrandiz met gang members who ran the Gulf Cartel.",
			not:  []string{"Juan Ferrandiz|leads|Gulf Cartel", "Luis Ferrandiz|leads|Gulf Cartel"}},
	})
}
