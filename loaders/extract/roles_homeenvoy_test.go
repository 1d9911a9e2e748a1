package extract

import "testing"

// TestHomeEnvoy checks that a bare "Ambassador X" in copy about the United
// States is the United States' envoy abroad, and that an "Ambassador"
// beside another office in apposition is left to that office. All copy is
// invented.
func TestHomeEnvoy(t *testing.T) {
	const us = "The United States will fund the program. The United States and Peru agreed to meet again. "
	checkRoles(t, []roleCase{
		{name: "addressed in remarks", text: "H\n" + us + "I am glad to join you, Ambassador Nora Whitcombe, and our partners in Peru.",
			person: "Nora Whitcombe", org: "United States"},
		{name: "a speech abroad", text: "H\n" + us + "Ambassador Whitcombe, in Lima, gave a speech on money laundering in Peru.",
			person: "Whitcombe", org: "Peru", neg: true},
		{name: "a diplomat's style after an office", text: "H\n" + us + "Talks opened with the Minister of Foreign Affairs, Ambassador Raúl Quispe Torres, for Peru.",
			person: "Raúl Quispe Torres", title: "Ambassador", org: "United States", neg: true},
		{name: "a diplomat's style before an office", text: "H\n" + us + "Talks opened with Ambassador Raúl Quispe Torres, Vice Minister of Foreign Affairs of Peru.",
			person: "Raúl Quispe Torres", title: "Ambassador", org: "United States", neg: true},
	})
}
