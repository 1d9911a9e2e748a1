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
		{"copula list", "Ruth Okafor is Chair of the Congressional Fisheries Caucus, a Senior Member of the House Rivers and Harbors Committee, and the Chair of the Canals Subcommittee.",
			[]string{"Senior Member, House Rivers and Harbors Committee", "Chair, Canals Subcommittee"}, nil},
		{"serves as", "Congresswoman Ruth Okafor gladly serves as a member of the House Parks Committee and a member of the Congressional Orchard Caucus.",
			[]string{"member, House Parks Committee", "member, Congressional Orchard Caucus"}, nil},
		{"apposition without article", "Congressman Tom Reyes, Vice-Chairman of the House Tariffs Committee and member of the Great Lakes Subcommittee, spoke.",
			[]string{"Vice-Chairman, House Tariffs Committee", "member, Great Lakes Subcommittee"}, nil},
		{"party tag and dash", "Senator Dana Whitfield (R-Neb.) – member of the Senate Select Committee on Forestry and ranking member of the Senate Subcommittee on Tides – toured a port.",
			[]string{"member, Senate Select Committee on Forestry", "ranking member, Senate Subcommittee on Tides"}, nil},
		{"co-chair", "Congresswoman Ana Lutz gladly serves as a member of the House Parks Committee, a co-chair of the Joint Orchard Committee, and a member of the House Tariffs Committee.",
			[]string{"co-chair, Joint Orchard Committee", "member, House Tariffs Committee"}, nil},
		{"copula after a comma", "Peter Lund also served as chairman of the Harbor Authority, was a member of the Lottery Commission, and a member of the Development Bank of Aruba.",
			[]string{"member, Lottery Commission", "member, Development Bank of Aruba"}, nil},
		{"no post first", "President Walter Brandt, together with the King of Norway and the Prime Minister of Chile, opened the fair.",
			nil, []string{"Prime Minister, Chile"}},
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
		"Voss serves on the Rivers and Coastal Affairs Committee, Forestry Committee, and Appropriations Subcommittee on Parks, Canals, and Related Works.\n"
	chair := "H\nWASHINGTON – Congresswoman Mira Delacourt spoke.\n\n" +
		"Delacourt is Chair of the Congressional Orchard Caucus Task Force on Exports, a Senior Member of the House Rivers and Harbors Committee, and the Chair of the Tides, Dredging and Navigation Subcommittee.\n"
	pronoun := "H\nCongressman Tomas Ybarra represents a district in Texas. He also sits on the Committee on Parks and Forests and the Committee on Canals and Harbors.\n"
	as := "H\nRep. Dale Fenner (NV-07) serves on the House Committee on Rivers as Chairman of the Subcommittee on the Great Lakes.\n"
	its := "H\nSenator Orrin Pell is a senior Republican on the Senate Committee on Forestry and chairman of its Subcommittee on Parks, Canals, and Harbor Affairs.\n"
	shared := "H\nSenator Orrin Pell spoke. He serves on the Senate Fisheries and Joint Orchard Committees.\n"
	checkRoles(t, []roleCase{
		{name: "serves on, first body", text: bio, person: "Harlan Voss", title: "member", org: "Rivers and Coastal Affairs Committee"},
		{name: "serves on, bare middle body", text: bio, person: "Harlan Voss", title: "member", org: "Forestry Committee"},
		{name: "serves on, last body with commas in its name", text: bio, person: "Harlan Voss", title: "member", org: "Appropriations Subcommittee on Parks, Canals, and Related Works"},
		{name: "copula list, second title", text: chair, person: "Mira Delacourt", title: "Senior Member", org: "House Rivers and Harbors Committee"},
		{name: "copula list, third title", text: chair, person: "Mira Delacourt", title: "Chair", org: "Tides, Dredging and Navigation Subcommittee"},
		{name: "pronoun subject", text: pronoun, person: "Tomas Ybarra", title: "member", org: "Committee on Canals and Harbors"},
		{name: "serves on, body", text: as, person: "Dale Fenner", title: "member", org: "House Committee on Rivers"},
		{name: "serves on, as title of body", text: as, person: "Dale Fenner", title: "Chairman", org: "Subcommittee on the Great Lakes"},
		{name: "titled subject, its", text: its, person: "Orrin Pell", title: "chairman", org: "Subcommittee on Parks, Canals, and Harbor Affairs"},
		{name: "two names sharing a plural head", text: shared, person: "Orrin Pell", org: "Senate Fisheries", neg: true},
	})
}
