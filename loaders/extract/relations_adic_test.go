package extract

import "testing"

// TestAssistantDirectorInChargeTie checks that the first roleTies row fit
// for a local office's head under the rank of assistant director in
// charge ties the holder to the office; a deputy or former holder is not
// tied by it.
func TestAssistantDirectorInChargeTie(t *testing.T) {
	for _, c := range []struct {
		title, want string
	}{
		{"Assistant Director in Charge", "leads"},
		{"assistant director in charge", "leads"},
		{"Deputy Assistant Director in Charge", ""},
		{"former Assistant Director in Charge", ""},
	} {
		got := ""
		for _, row := range roleTies {
			if (row.body == localAgency || row.body == anyBody) && row.fits(c.title, false) {
				got = row.pred
				break
			}
		}
		if got != c.want {
			t.Errorf("tie of %q at a local office = %q, want %q", c.title, got, c.want)
		}
	}
}
