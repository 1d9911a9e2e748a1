package extract

import "testing"

func TestHeadTitleDescribedBody(t *testing.T) {
	for _, c := range []struct {
		title  string
		cartel bool
		want   bool
	}{
		{"leader of the region's feared", true, true},
		{"co-founder of the exile movement", false, true},
		{"head of the navy's coastal interdiction unit", false, true},
		{"chief of the island's", false, true},
		{"leader of the armed enforcement wing", true, false},
		{"head of the security detail", false, false},
		{"director of the Harbour Authority", false, false},
		{"deputy leader of the exile movement", false, false},
		{"spokesman of the exile movement", false, false},
	} {
		if got := headTitle(c.title, c.cartel); got != c.want {
			t.Errorf("headTitle(%q, %v) = %v, want %v", c.title, c.cartel, got, c.want)
		}
	}
}
