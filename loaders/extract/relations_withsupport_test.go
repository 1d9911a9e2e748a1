package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestHelpPhrases: help named as the means of an act ("A, with help from
// B, …") is B's support of A, the giver after "of" or "from" or a state
// before the noun; a passive's agents, a planned act and a phrase opening
// its sentence state none.
func TestHelpPhrases(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "help from a state",
			text: "The Peruvian government, with help from Canada, is rebuilding its border posts.",
			want: []string{"Canada|supports|Peru"}},
		{name: "qualified assistance of a body",
			text: "The Bolivian government, with the generous assistance of the United Nations, has opened twelve courts.",
			want: []string{"United Nations|supports|Bolivia"}},
		{name: "a state before the noun",
			text: "Canada opened an embassy office in Arica in May.\n\nThe Chilean Navy, with Canadian support, seized two tons of cocaine off Arica.",
			want: []string{"Canada|supports|Chilean Navy"}},
		{name: "a passive's agents",
			text: "The case was investigated by the Drug Enforcement Administration and the FBI, with help from the Chilean Navy.",
			not:  []string{"Chilean Navy|supports|Drug Enforcement Administration", "Chilean Navy|supports|Federal Bureau of Investigation"}},
		{name: "titled prosecutors placed in their body",
			text: "Broker Convicted\n\nThis matter is handled by Senior Trial Attorneys Lidia Marsh, Raul Kova and Ines Tarn of the Fraud Section's Foreign Bribery Unit, with valuable help from the Legal Attache in Quito, Ecuador, the Criminal Division's Office of International Affairs, and the Prosecutor General's Office of Ecuador.",
			not:  []string{"Ecuador|supports|Lidia Marsh", "Prosecutor General's Office of Ecuador|supports|Raul Kova", "Criminal Division's Office of International Affairs|supports|Ines Tarn"}},
		{name: "a planned act",
			text: "The Peruvian government, with support from Canada, will build new border posts.",
			not:  []string{"Canada|supports|Peru"}},
		{name: "a phrase opening its sentence",
			text: "Today, with strong support from Canada, Peruvian troops reached the border.",
			not:  []string{"Canada|supports|Peru"}},
	})
}
