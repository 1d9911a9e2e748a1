package extract

import "testing"

// TestLocalOfficeAtPlace checks that a town's or province's own office is
// held at the place named after "of", for the name apposed to it, the
// subject of "served as" and the name after a capitalised office, and that
// a body after "of" is no place. All copy is invented.
func TestLocalOfficeAtPlace(t *testing.T) {
	report := "Paraguay: Local Elections\n\n"
	checkRoles(t, []roleCase{
		{name: "apposed mayor",
			text:   report + "Voters re-elected Ramiro Velazco, the mayor of Itacurubi, in a close race.",
			person: "Ramiro Velazco", org: "Itacurubi"},
		{name: "place and region",
			text:   report + "The ministry praised Tomas Ibarra Nunez, the mayor of Puerto Casado, Boqueron, for the new clinic.",
			person: "Tomas Ibarra Nunez", org: "Puerto Casado"},
		{name: "division before the place",
			text:   report + "A storm flooded the office of Pedro Lujan Vera, the mayor of the municipality of San Lorenzo, last week.",
			person: "Pedro Lujan Vera", org: "San Lorenzo"},
		{name: "a demonym's state",
			text:   report + "Lawyers for Hugo Salcedo Paz, the former governor of the Mexican state of Colima, filed an appeal.",
			person: "Hugo Salcedo Paz", org: "Colima"},
		{name: "served as",
			text:   report + "Alfredo Mena Ruiz served as governor of Lara before he joined the cabinet.",
			person: "Alfredo Mena Ruiz", org: "Lara"},
		{name: "capitalised office before the name",
			text:   report + "The delegation met the Mayor of Villa Hayes, Cordillera, Sonia Arce, on Monday.",
			person: "Sonia Arce", org: "Villa Hayes"},
		{name: "name right after the place",
			text:   report + "Prosecutors took custody of former governor of Sinaloa Raul Ibanez Roca, who had fled abroad.",
			person: "Raul Ibanez Roca", org: "Sinaloa"},
		{name: "capitalised office, name right after the place",
			text:   report + "Governor of Lara Alicia Duran Pena opened the clinic.",
			person: "Alicia Duran Pena", org: "Lara"},
		{name: "opening phrase before the apposed office",
			text:   report + "Late on Friday, the mayor of Itacurubi, Ramiro Velazco, was released on bail.",
			person: "Ramiro Velazco", org: "Itacurubi"},
		{name: "a body is no place",
			text:   report + "The board removed Jorge Tello Ruiz, the governor of the Central Bank of Paraguay, in May.",
			person: "Jorge Tello Ruiz", org: "Central Bank", neg: true},
	})
}
