package extract

import "testing"

// TestRoleTieRows: the first row of roleTies whose words fit a title at a
// body kind gives the tie. Titles are invented.
func TestRoleTieRows(t *testing.T) {
	for _, c := range []struct {
		title  string
		cartel bool
		body   tieBody
		want   string
	}{
		{"Field Office Director", false, localAgency, "leads"},
		{"Deputy Field Office Director", false, localAgency, ""},
		{"Director", false, anyBody, "leads"},
		{"Deputy Director", false, anyBody, ""},
		{"Special Agent in Charge", false, localAgency, "leads"},
		{"Assistant Special Agent in Charge", false, localAgency, ""},
		{"Assistant Secretary of State", false, bureauAgency, "leads"},
		{"Deputy Assistant Secretary", false, bureauAgency, ""},
		{"leader", true, cartelBody, "leads"},
		{"plaza boss", true, cartelBody, "memberOf"},
		{"accountant", true, cartelBody, "memberOf"},
	} {
		got := ""
		for _, row := range roleTies {
			if row.fits(c.title, c.cartel) && (row.body == anyBody || row.body == c.body) {
				got = row.pred
				break
			}
		}
		if got != c.want {
			t.Errorf("tie of %q at body kind %d = %q, want %q", c.title, c.body, got, c.want)
		}
	}
}
