package extract

import "testing"

// TestUnassertedModals: a standing tie under "will" holds; under a modal
// of report, condition or advice ("would", "could", "should") it does
// not. The copy is invented.
func TestUnassertedModals(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "will continue to partner", text: "Coast Guard Statement\n\n" +
			"The Paraguayan Coast Guard will continue to partner with the Uruguayan Navy to build capacity.\n",
			want: []string{"Paraguayan Coast Guard|cooperatesWith|Uruguayan Navy"}},
		{name: "partners", text: "Partnership Announced\n\n" +
			"On March 3, Paraguay partnered with Uruguay through a new stabilization strategy.\n",
			want: []string{"Paraguay|cooperatesWith|Uruguay"}},
		{name: "announced it would partner", text: "Partnership Announced\n\n" +
			"On March 3, Paraguay announced it would partner with Uruguay through a new stabilization strategy.\n",
			not: []string{"Paraguay|cooperatesWith|Uruguay"}},
		{name: "would work with", text: "Funding Plan\n\n" +
			"On June 9, the Government of Paraguay said it would work with Uruguay to provide $50 million in support.\n",
			not: []string{"Paraguay|cooperatesWith|Uruguay"}},
		{name: "supports", text: "Senator's Statement\n\n" +
			"Paraguay supports Uruguay in its fight against the Black Harbor cartel.\n",
			want: []string{"Paraguay|supports|Uruguay"}},
		{name: "should support", text: "Senator's Statement\n\n" +
			"Paraguay should support Uruguay in its fight against the Black Harbor cartel.\n",
			not: []string{"Paraguay|supports|Uruguay"}},
		{name: "might support", text: "Senator's Statement\n\n" +
			"Paraguay might support Uruguay in its fight against the Black Harbor cartel.\n",
			not: []string{"Paraguay|supports|Uruguay"}},
	})
}
