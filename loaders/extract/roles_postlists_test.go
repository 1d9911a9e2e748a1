package extract

import (
	"slices"
	"testing"
)

// TestSerialPosts checks that every item of a list of posts after one
// person gives a role and its tie, after a copula, an apposition, a
// party tag and a dash, or "serves as"; and that a list after a phrase
// that is no post, a nation's "post" or a part of a body gives none. All
// copy is invented.
func TestSerialPosts(t *testing.T) {
	cases := []struct {
		name, text  string
		roles, none []string
	}{
		{"copula list", "Ruth Okafor is Chair of the Congressional Asian Caucus, a Senior Member of the House Energy and Commerce Committee, and the Chair of the Oversight Subcommittee.",
			[]string{"Senior Member, House Energy and Commerce Committee", "Chair, Oversight Subcommittee"}, nil},
		{"serves as", "Congresswoman Ruth Okafor proudly serves as a member of the House Foreign Affairs Committee and a member of the Congressional Hispanic Caucus.",
			[]string{"member, House Foreign Affairs Committee", "member, Congressional Hispanic Caucus"}, nil},
		{"apposition without article", "Congressman Tom Reyes, Vice-Chairman of the House Budget Committee and member of the Western Hemisphere Subcommittee, spoke.",
			[]string{"Vice-Chairman, House Budget Committee", "member, Western Hemisphere Subcommittee"}, nil},
		{"party tag and dash", "Senator Dana Whitfield (R-Kan.) – member of the Senate Select Committee on Intelligence and ranking member of the Senate Appropriations Subcommittee on Energy – joined a delegation.",
			[]string{"member, Senate Select Committee on Intelligence", "ranking member, Senate Appropriations Subcommittee on Energy"}, nil},
		{"co-chair", "Congresswoman Ana Lutz proudly serves as a member of the House Foreign Affairs Committee, a co-chair of the Joint Economic Committee, and a member of the House Rules Committee.",
			[]string{"co-chair, Joint Economic Committee", "member, House Rules Committee"}, nil},
		{"copula after a comma", "Peter Lund also served as chairman of the Harbor Authority, was a member of the Ethics Commission, and a member of the Central Bank of Aruba.",
			[]string{"member, Ethics Commission", "member, Central Bank of Aruba"}, nil},
		{"no post first", "President Walter Brandt, together with the President of Mexico and the Prime Minister of Canada, launched the plan.",
			nil, []string{"Prime Minister, Canada"}},
		{"part of the body", "Lena Vargas, member of the National Assembly since 2001 and head of the Liberal Party caucus since 2009, was sanctioned.",
			[]string{"member, National Assembly"}, []string{"head, Liberal Party"}},
	}
	ex := newExtractor(t)
	for _, c := range cases {
		x := ex.Extract(article("Lawmakers\n\n" + c.text + "\n"))
		var got []string
		for _, r := range x.Roles {
			got = append(got, r.Title+", "+r.Org)
		}
		for _, w := range c.roles {
			if !slices.Contains(got, w) {
				t.Errorf("%s: no role %q in %q", c.name, w, got)
			}
		}
		for _, w := range c.none {
			if slices.Contains(got, w) {
				t.Errorf("%s: role %q read (%q)", c.name, w, got)
			}
		}
	}
}

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
