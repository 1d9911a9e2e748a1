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
