package extract

import "testing"

// TestHostPlaceAfter checks that a bare state office met in a capital
// named after the name ("A met with Minister of Defense X in Lima") is the
// host's, and that the subject of the meeting verb is not. All copy is
// invented.
func TestHostPlaceAfter(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "met in the host's capital", text: "H\nThe secretary met with Minister of Defense Walter Ferro Quintal in Lima.\n",
			person: "Walter Ferro Quintal", org: "Peru"},
		{name: "the visitor before the verb", text: "H\nForeign Minister Lidia Arce Pons met with the secretary in Washington.\n",
			person: "Lidia Arce Pons", org: "United States", neg: true},
	})
}
