package extract

import "testing"

// TestSigningOf: "the signing of" an agreement says it was signed, so its
// stated parties signed it; a planned signing is none.
func TestSigningOf(t *testing.T) {
	checkRelCases(t, []relCase{
		{"welcomed the signing of",
			"Senator Ann Lee welcomed the signing of the port security pact between Chile and Uruguay.",
			[]string{"Chile|signed|port security pact", "Uruguay|signed|port security pact"}, nil},
		{"a planned signing",
			"Senator Ann Lee hopes for a signing of the port security pact between Chile and Uruguay next year.",
			nil, []string{"Chile|signed|port security pact"}},
	})
}
