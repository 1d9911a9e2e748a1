package extract

import "testing"

// TestSanctionsOfficeListing: a sanctions office's designation is a
// sanction; when the text has it designate or sanction someone "as" a
// listed kind, its designations there are listings too.
func TestSanctionsOfficeListing(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "designated as a listed kind",
			text: "The Office of Foreign Assets Control (OFAC) today designated Ramon Tapia Villa as a Specially Designated Narcotics Trafficker.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Ramon Tapia Villa", "Office of Foreign Assets Control|designated|Ramon Tapia Villa"}},
		{name: "sanctioned as a listed kind",
			text: "The Office of Foreign Assets Control (OFAC) sanctioned the Cartel del Pacifico Sur as a Specially Designated Global Terrorist.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Cartel del Pacifico Sur", "Office of Foreign Assets Control|designated|Cartel del Pacifico Sur"}},
		{name: "a listing stated before the names",
			text: "Treasury Targets Traffickers\n\nThe Office of Foreign Assets Control (OFAC) today designated three traffickers as Specially Designated Narcotics Traffickers. OFAC designated Ramon Tapia Villa and Hugo Serna Prado.",
			want: []string{"Office of Foreign Assets Control|designated|Ramon Tapia Villa", "Office of Foreign Assets Control|designated|Hugo Serna Prado"}},
		{name: "a designation with no listed kind is a sanction only",
			text: "The Office of Foreign Assets Control (OFAC) designated Ramon Tapia Villa and his firm.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Ramon Tapia Villa"},
			not:  []string{"Office of Foreign Assets Control|designated|Ramon Tapia Villa"}},
	})
}
