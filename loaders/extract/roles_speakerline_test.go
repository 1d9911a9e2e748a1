package extract

import "testing"

// TestSpeakerLineRoles: a transcribed speech's line "TITLE: NAME" under
// the headline gives the speaker that office at the speaker's known
// government; an unknown speaker's government is not guessed from the
// states the speech names. All copy is invented.
func TestSpeakerLineRoles(t *testing.T) {
	ex := newExtractor(t)
	for _, tc := range []struct {
		name, text, person, org string
		want                    bool
	}{
		{"known president", "Address on the Harbor Talks\n\nPresident: Joe Biden\n\nGood evening. Tonight I want to speak about Paraguay and Bolivia, and about Paraguay again.",
			"Joe Biden", "United States", true},
		{"unknown speaker, no guess", "Address on the Harbor Talks\n\nPresident: Ana Quirell\n\nGood evening. Tonight I want to speak about Paraguay and Bolivia, and about Paraguay again.",
			"Ana Quirell", "Paraguay", false},
		{"not alone on its line", "Address on the Harbor Talks\n\nPresident: Joe Biden spoke of Paraguay and Bolivia, and of Paraguay again, on Friday.",
			"Joe Biden", "United States", false},
	} {
		x := ex.Extract(article(tc.text))
		if got := hasRole(x, tc.person, tc.org); got != tc.want {
			t.Errorf("%s: role %s at %s = %v, want %v (roles %+v)", tc.name, tc.person, tc.org, got, tc.want, x.Roles)
		}
	}
}

// TestSpeakerLineSpeaker: the person of a speaker line is the text's
// speaker, so the speech's "we" is the speaker's government. All copy is
// invented.
func TestSpeakerLineSpeaker(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "speaker line",
			text: "Address on the Harbor Talks\n\nPresident: Joe Biden\n\nGood evening. We will continue to support Paraguay in its fight against trafficking.",
			want: []string{"United States|supports|Paraguay"}},
		{name: "no speaker line",
			text: "Address on the Harbor Talks\n\nGood evening. We will continue to support Paraguay in its fight against trafficking.",
			not:  []string{"United States|supports|Paraguay"}},
	})
}
