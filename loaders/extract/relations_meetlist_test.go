package extract

import "testing"

// TestMeetList: a meeting's object written as a list of titled people
// meets each person listed, and "the delegation" that meets stands for
// the state it came from or the person who joined it. All copy is
// invented.
func TestMeetList(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "ambassadors to the U.S. set off by semicolons",
			text: "Senators Meet Envoys\n\nWASHINGTON – U.S. Senators Tom Harlan (R-LA), Ann Greer (D-IL), and Bob Castel (D-VA) met with Brazilian Ambassador to the U.S., Maria Ribas Souto; Chilean Ambassador to the U.S., Juan Valdivia; and Panamanian Ambassador to the U.S., José Arango, to discuss the crisis in Venezuela.",
			want: []string{"Tom Harlan|metWith|Maria Ribas Souto", "Ann Greer|metWith|Juan Valdivia", "Bob Castel|metWith|José Arango"},
			not:  []string{"Ann Greer|metWith|Tom Harlan", "Bob Castel|metWith|Ann Greer"}},
		{name: "a title to a state inside the list",
			text: "Senator Meets Envoys\n\nWASHINGTON - U.S. Senator Tom Harlan today met with Commissioner Pablo Borja, Venezuelan Ambassador to the U.S. Carlos Vera, and Director Alejo Grisas, to discuss the crisis.",
			want: []string{"Tom Harlan|metWith|Pablo Borja", "Tom Harlan|metWith|Carlos Vera", "Tom Harlan|metWith|Alejo Grisas"}},
		{name: "the delegation a senator joined",
			text: "Harlan Joins Delegation\n\nWASHINGTON – U.S. Senator Tom Harlan (R-Kan.) – member of the Senate Select Committee on Intelligence – joined a congressional delegation which returned this evening after visiting officials in Mexico.\n\nIn Mexico City, the congressional delegation met with Mexican President Luis Marquez Ortega, U.S. Ambassador to Mexico Ken Salcedo and Mexican government officials.",
			want: []string{"Tom Harlan|metWith|Luis Marquez Ortega", "Tom Harlan|metWith|Ken Salcedo"}},
		{name: "a delegation from a state",
			text: "Delegation Visits\n\nBelmopan – A delegation from the United States, comprised of representatives from the Department of Defense, spent four days in Belize.\n\nThe delegation met with Prime Minister John Brisco, Foreign Minister Eamon Courtland, leaders from the military.",
			want: []string{"United States|metWith|John Brisco", "United States|metWith|Eamon Courtland"}},
		{name: "a person named inside an item is no item",
			text: "Senator Meets Family\n\nWASHINGTON - U.S. Senator Tom Harlan today met with Commissioner Pablo Borja and the widow of journalist Hugo Mendes to discuss the case.",
			want: []string{"Tom Harlan|metWith|Pablo Borja"},
			not:  []string{"Tom Harlan|metWith|Hugo Mendes"}},
	})
}
