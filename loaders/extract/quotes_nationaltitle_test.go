package extract

import "testing"

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestNationalRoleSpeaker checks that a speaker named by nation and
// office, "the Chilean defense minister", is the holder of that office
// named before, not the nation, before or after the quotation; and that
// an office of another nation does not go to the last holder named.
func TestNationalRoleSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"reporting verb after the phrase",
			"H\nChilean Defense Minister Ana Ruiz toured the port on Monday.\n\nThe Chilean defense minister said the patrols were “a clear and lasting success for the coast.”",
			"a clear and lasting success", "Ana Ruiz"},
		{"phrase after the quotation",
			"H\nChilean Defense Minister Ana Ruiz toured the port on Monday.\n\n“The patrols are a clear and lasting success,” the Chilean defense minister said.",
			"The patrols are a clear and lasting success", "Ana Ruiz"},
		{"another nation's office",
			"H\nChilean Defense Minister Ana Ruiz toured the port on Monday.\n\nThe Peruvian minister said the patrols were “a clear and lasting success for the coast.”",
			"a clear and lasting success", ""},
	})
}
