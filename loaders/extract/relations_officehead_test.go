package extract

import "testing"

// TestOfficeHeadTitle: a field office director heads the field office the
// copy names, not the national agency the title's prefix names. All copy
// is invented.
func TestOfficeHeadTitle(t *testing.T) {
	checkRelCases(t, []relCase{
		{"agency prefix before the title",
			"Man Deported to Guatemala\n\n\"It took our team three weeks to find him,\" ICE Field Office Director Marcus Oyelaran said after the flight landed in Guatemala City.",
			nil, []string{"Marcus Oyelaran|leads|U.S. Immigration and Customs Enforcement"}},
		{"apposition naming the agency",
			"ICE Removes Fugitive\n\n\"He thought he could hide here,\" said Laura Benning, field office director for U.S. Immigration and Customs Enforcement in Tulsa.",
			nil, []string{"Laura Benning|leads|U.S. Immigration and Customs Enforcement"}},
		{"a director still heads the agency",
			"ICE Removes Fugitive\n\n\"He thought he could hide here,\" said Laura Benning, director of U.S. Immigration and Customs Enforcement.",
			[]string{"Laura Benning|leads|U.S. Immigration and Customs Enforcement"}, nil},
	})
}

func TestOfficeHeadTitleWords(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Field Office Director", true},
		{"ERO field office director", true},
		{"Deputy Field Office Director", false},
		{"Director", false},
		{"Special Agent in Charge", false},
	} {
		if got := officeHead.fits(c.title, false); got != c.want {
			t.Errorf("officeHead.fits(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}
