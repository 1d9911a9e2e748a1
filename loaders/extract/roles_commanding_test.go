package extract

import "testing"

// TestCommandingTitle: "Commanding General" (or "Commanding Officer")
// names the commander of the body it is of, who leads it; the rank alone
// ("General") does not. All copy is invented.
func TestCommandingTitle(t *testing.T) {
	checkRelCases(t, []relCase{
		{"the title of the body before a comma and a rank",
			"Visit\n\nThe delegation met the Commanding General of U.S. Army South, Maj. Gen. Tomas Vega, in Lima.",
			[]string{"Tomas Vega|leads|U.S. Army South"}, nil},
		{"the body's name before the title",
			"Visit\n\nThe admiral traveled with U.S. Army South Commanding General, Maj. Gen. Tomas Vega, to Quito.",
			[]string{"Tomas Vega|leads|U.S. Army South"}, nil},
		{"a rank only",
			"Visit\n\nThe delegation met Maj. Gen. Tomas Vega of U.S. Army South in Lima.",
			nil, []string{"Tomas Vega|leads|U.S. Army South"}},
	})
}
