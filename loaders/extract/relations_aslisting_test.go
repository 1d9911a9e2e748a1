package extract

import "testing"

// TestAsListing: a verb of listing (identify, name, classify) designates
// an object it puts "as" a listed kind, actively or in the passive with
// its agent (an unnamed cabinet secretary acting for the department the
// article names); the same verbs otherwise designate no one.
func TestAsListing(t *testing.T) {
	const state = "Freedonia Cartel Report\n\nWASHINGTON — The Department of State released its annual report on the Freedonia drug trade, which reaches the United States.\n\n"
	checkRelCases(t, []relCase{
		{name: "identified as a kingpin term",
			text: "In 2009, President Jonah Pell identified the Valdor Cartel as a significant foreign narcotics trafficker under the Kingpin Act.",
			want: []string{"Jonah Pell|designated|Valdor Cartel"}},
		{name: "named as an FTO by the Secretary of State",
			text: state + "The Valdor Cartel was named as a Foreign Terrorist Organization by the Secretary of State in 2011.",
			want: []string{"Department of State|designated|Valdor Cartel"}},
		{name: "classified as a terrorist organization",
			text: "The Peruvian government classified the Valdor Cartel as a terrorist organization in May.",
			want: []string{"Peru|designated|Valdor Cartel"}},
		{name: "lists as a terrorist organization",
			text: "The United States, which lists the Valdor Cartel as a terrorist organization, offered a reward.",
			want: []string{"United States|designated|Valdor Cartel"}},
		{name: "a noun after a determiner",
			text: "Treasury Removes Names\n\nWASHINGTON — The Office of Foreign Assets Control (OFAC) today removed from its list of Specially Designated Narcotics Traffickers 12 employees of Halvor Pharmacies, a previously-designated company.",
			not:  []string{"Office of Foreign Assets Control|sanctioned|Halvor Pharmacies"}},
		{name: "named otherwise",
			text: "President Jonah Pell named Mara Quist as his special envoy for the region.",
			not:  []string{"Jonah Pell|designated|Mara Quist"}},
		{name: "identified otherwise",
			text: "Investigators identified the Valdor Cartel as the supplier of the shipment.",
			not:  []string{"United States|designated|Valdor Cartel"}},
		{name: "a noun of the same spelling",
			text: state + "The names of the Valdor Cartel's leaders appear in the report, as terrorist groups often use aliases.",
			not:  []string{"Department of State|designated|Valdor Cartel"}},
	})
}
