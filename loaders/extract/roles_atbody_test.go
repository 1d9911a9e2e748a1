package extract

import "testing"

// TestTitleAtBodyAfterName checks that "at the BODY" after a name gives
// the body of a title before the name that names none, but not of a state
// office. All copy is invented.
func TestTitleAtBodyAfterName(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "chief of mission at the embassy", text: "Visit\n\nThe envoy began the visit by meeting with Acting Chief of Mission Carla Benning at the U.S. Embassy.\n",
			person: "Carla Benning", org: "U.S. Embassy"},
		{name: "deputy director at an organisation", text: "Visit\n\nShe met Deputy Director Carla Benning at the Pan American Health Organization on Monday.\n",
			person: "Carla Benning", org: "Pan American Health Organization"},
		{name: "a minister is no member of the host", text: "Visit\n\nShe met Minister Carla Benning at the Pan American Health Organization on Monday.\n",
			person: "Carla Benning", org: "Pan American Health Organization", neg: true},
	})
}
