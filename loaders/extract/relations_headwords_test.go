package extract

import "testing"

func TestHeadTitleFirmAndForceHeads(t *testing.T) {
	for _, c := range []struct {
		title  string
		cartel bool
		want   bool
	}{
		{"CEO", false, true},
		{"owner", false, true},
		{"Co-Director", false, true},
		{"general and commander-in-chief", false, true},
		{"commandant", false, true},
		{"deputy commandant", false, false},
		{"former owner", false, false},
		{"deputy CEO", false, false},
	} {
		if got := headTitle(c.title, c.cartel); got != c.want {
			t.Errorf("headTitle(%q, %v) = %v, want %v", c.title, c.cartel, got, c.want)
		}
	}
}
