package extract

import "testing"

// TestPlaceTitledOffice: the holder of a prosecutor's title leads a
// place's office named for it, possessives aside; a bare trade, a deputy
// or an office named otherwise gives no tie.
func TestPlaceTitledOffice(t *testing.T) {
	for _, c := range []struct {
		title, org string
		want       bool
	}{
		{"State Attorney", "Calvert Bay State’s Attorney Office", true},
		{"State’s Attorney", "Linden County State’s Attorney’s Office", true},
		{"Commonwealth Attorney", "Ashford Commonwealth Attorney’s Office", true},
		{"Attorney General", "Andean Attorney General’s Office", true},
		{"Attorney", "Linden County State’s Attorney’s Office", false},
		{"Deputy State’s Attorney", "Linden County State’s Attorney’s Office", false},
		{"State’s Attorney", "State’s Attorney’s Office", true}, // the bare office: titledOffice's own case
		{"State Attorney", "Linden County Sheriff’s Office", false},
		{"State Attorney", "Linden County State Attorney Bureau", false},
	} {
		if got := titledOffice(c.title, &entity{name: c.org, typ: "Agency"}); got != c.want {
			t.Errorf("titledOffice(%q, %q) = %v, want %v", c.title, c.org, got, c.want)
		}
	}
	const head = "Linden Man Sentenced\n\n"
	checkRelCases(t, []relCase{
		{name: "state attorney of a county office",
			text: head + "The case was prosecuted by State Attorney Mira Castellano of the Linden County State’s Attorney Office.",
			want: []string{"Mira Castellano|leads|Linden County State’s Attorney Office"}},
	})
}
