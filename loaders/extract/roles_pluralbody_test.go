package extract

import "testing"

// TestPluralTitleAtBody checks a plural title joined to a body before the
// names it gives: "Senior Directors on the President's Y A and B". All
// copy is invented.
func TestPluralTitleAtBody(t *testing.T) {
	const text = "H\nThe delegation met in Lima. It included Senior Directors on President Biden’s National Security Council Carlos Ridder and Ana Vidal.\n"
	checkRoles(t, []roleCase{
		{name: "first name", text: text, person: "Carlos Ridder", title: "Senior Director", org: "National Security Council"},
		{name: "second name", text: text, person: "Ana Vidal", title: "Senior Director", org: "National Security Council"},
		{name: "no possessor", text: "H\nThe delegation met in Lima. It included Deputy Directors at the Drug Enforcement Administration Carlos Ridder and Ana Vidal.\n",
			person: "Ana Vidal", title: "Deputy Director", org: "Drug Enforcement Administration"},
		{name: "a singular title is read elsewhere", text: "H\nThe delegation met in Lima. It included guests of the Drug Enforcement Administration Carlos Ridder and Ana Vidal.\n",
			person: "Ana Vidal", org: "Drug Enforcement Administration", neg: true},
	})
}
