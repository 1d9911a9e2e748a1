package extract

import "testing"

// TestSigners: officials who sign an agreement sign it for the bodies
// they serve (the stated parties, else their governments); a person with
// no known office signs for no one.
func TestSigners(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "two ministers",
			text: "U.S. Secretary of State Clara Brenner and Peruvian Foreign Minister Luis Quispe signed the Lima Security Accord on Monday.",
			want: []string{"United States|signed|Lima Security Accord", "Peru|signed|Lima Security Accord"},
			not:  []string{"Clara Brenner|signed|Lima Security Accord"}},
		{name: "a president of a named country",
			text: "President Luis Arce of Bolivia signed the Lima Security Accord.",
			want: []string{"Bolivia|signed|Lima Security Accord"}},
		{name: "no office",
			text: "Juan Ferrandiz signed the Lima Security Accord on Monday.",
			not:  []string{"Juan Ferrandiz|signed|Lima Security Accord"}},
	})
}
