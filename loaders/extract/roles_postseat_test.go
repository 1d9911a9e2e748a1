package extract

import "testing"

// TestPostSeat checks that a diplomat's post "of STATE in PLACE" before a
// comma and the name is the state's; the place after "in" is the seat.
// All copy is invented.
func TestPostSeat(t *testing.T) {
	intro := "Talks\n\nThe delegation included the Minister of Security, Ana Ruiz; and "
	checkRoles(t, []roleCase{
		{name: "ambassador in a country", text: intro + "the Ambassador of Peru in Chile, Maria Lopez.",
			person: "Maria Lopez", title: "Ambassador", org: "Peru"},
		{name: "not the seat's", text: intro + "the Ambassador of Peru in Chile, Maria Lopez.",
			person: "Maria Lopez", title: "Ambassador", org: "Chile", neg: true},
		{name: "deputy chief of mission", text: intro + "the Deputy Chief of Mission of Peru in Chile, Maria Lopez.",
			person: "Maria Lopez", title: "Deputy Chief of Mission", org: "Peru"},
		{name: "consul in a city", text: intro + "the Consul General of Peru in Miami, Maria Lopez.",
			person: "Maria Lopez", title: "Consul General", org: "Peru"},
	})
}
