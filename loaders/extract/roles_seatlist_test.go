package extract

import "testing"

// TestSeatList checks the seats a member's biography lists after one verb
// whose subject opens the sentence. All copy is invented.
func TestSeatList(t *testing.T) {
	bio := "H\nWASHINGTON – Senator Harlan Voss (R-OK) spoke today.\n\n" +
		"Voss serves on the Homeland Security and Governmental Affairs Committee, Intelligence Committee, and Appropriations Subcommittee on State, Foreign Operations, and Related Programs.\n"
	chair := "H\nWASHINGTON – Congresswoman Mira Delacourt spoke.\n\n" +
		"Delacourt is Chair of the Congressional Hispanic Caucus Task Force on Trade, a Senior Member of the House Energy and Commerce Committee, and the Chair of the Cybersecurity, Infrastructure Protection and Innovation Subcommittee.\n"
	pronoun := "H\nCongressman Tomas Ybarra represents a district in Texas. He also serves on the Committee on Education and Labor and the Committee on Oversight and Accountability.\n"
	as := "H\nRep. Dale Fenner (AZ-05) serves on the House Committee on Foreign Affairs as Chairman of the Subcommittee on the Western Hemisphere.\n"
	its := "H\nSenator Orrin Pell is a senior Democrat on the Senate Committee on Foreign Relations and chairman of its Subcommittee on Western Hemisphere, Peace Corps, and Narcotics Affairs.\n"
	shared := "H\nSenator Orrin Pell spoke. He serves on the Senate Small Business and Joint Economic Committees.\n"
	checkRoles(t, []roleCase{
		{name: "serves on, first body", text: bio, person: "Harlan Voss", title: "member", org: "Homeland Security and Governmental Affairs Committee"},
		{name: "serves on, bare middle body", text: bio, person: "Harlan Voss", title: "member", org: "Intelligence Committee"},
		{name: "serves on, last body with commas in its name", text: bio, person: "Harlan Voss", title: "member", org: "Appropriations Subcommittee on State, Foreign Operations, and Related Programs"},
		{name: "copula list, second title", text: chair, person: "Mira Delacourt", title: "Senior Member", org: "House Energy and Commerce Committee"},
		{name: "copula list, third title", text: chair, person: "Mira Delacourt", title: "Chair", org: "Cybersecurity, Infrastructure Protection and Innovation Subcommittee"},
		{name: "pronoun subject", text: pronoun, person: "Tomas Ybarra", title: "member", org: "Committee on Oversight and Accountability"},
		{name: "serves on, body", text: as, person: "Dale Fenner", title: "member", org: "House Committee on Foreign Affairs"},
		{name: "serves on, as title of body", text: as, person: "Dale Fenner", title: "Chairman", org: "Subcommittee on the Western Hemisphere"},
		{name: "titled subject, its", text: its, person: "Orrin Pell", title: "chairman", org: "Subcommittee on Western Hemisphere, Peace Corps, and Narcotics Affairs"},
		{name: "two names sharing a plural head", text: shared, person: "Orrin Pell", org: "Senate Small Business", neg: true},
	})
}
