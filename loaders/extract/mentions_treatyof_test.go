package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestTreatyOfNames: a lower-case treaty or convention after "the" or "a"
// is named by its complement (a date or year, a place, a list of singular
// nouns, "with" a state "of" a year, "for" an action); a plural noun, an
// article after "of" or a demonstrative names none. All copy is invented.
func TestTreatyOfNames(t *testing.T) {
	ex := newExtractor(t)
	for _, tc := range []struct {
		name, text, want string
		not              []string
	}{
		{"a list of nouns", "Message on the Coast\n\nWe concluded a treaty of amity, trade, and navigation with the Republic of Chile last spring.",
			"treaty of amity, trade, and navigation", []string{"treaty of amity"}},
		{"one noun, stopped at a preposition", "Message on the Coast\n\nPeru had entered into the treaty of neutrality upon the request of the Senate.",
			"treaty of neutrality", []string{"treaty of neutrality upon"}},
		{"a full date", "Message on the Coast\n\nWe had settled the matter by the convention of March 3, 1861, which both sides ratified.",
			"convention of March 3, 1861", nil},
		{"a state and a year", "Message on the Coast\n\nUnder the treaty with Peru of 1851 our ships may enter the port of Callao.",
			"treaty with Peru of 1851", nil},
		{"a place", "Message on the Coast\n\nSince the treaty of Ancon, by which the war was closed, the border has been quiet.",
			"treaty of Ancon", nil},
		{"an action", "Message on the Coast\n\nI transmit a convention for the settlement of claims, signed at Lima.",
			"convention for the settlement of claims", nil},
		{"a plural names a meeting", "Message on the Coast\n\nA convention of delegates met at Lima in the spring.",
			"", []string{"convention of delegates"}},
		{"a demonym names no place", "Message on the Coast\n\nA convention of Latin American states met at Lima in the spring.",
			"", []string{"convention of Latin American", "convention of Latin American states"}},
		{"a place before a plural names members", "Message on the Coast\n\nA convention of Andean nations met at Lima in the spring.",
			"", []string{"convention of Andean", "convention of Andean nations"}},
		{"a participle ends the list", "Message on the Coast\n\nThe treaty of peace signed at Lima ended the war.",
			"treaty of peace", []string{"treaty of peace signed"}},
	} {
		x := ex.Extract(article(tc.text))
		if tc.want != "" && !hasNamed(x, tc.want, schema.Agreement) {
			t.Errorf("%s: agreements = %+v, want %q", tc.name, x.Agreements, tc.want)
		}
		for _, n := range tc.not {
			if hasNamed(x, n, schema.Agreement) {
				t.Errorf("%s: agreements = %+v, do not want %q", tc.name, x.Agreements, n)
			}
		}
	}
}

// TestTreatyOfNoPartnership: two states concluding a treaty named in
// lower case by its complement sign it, but are not thereby partners
// (cooperatesWith), as a modern security pact's parties are. All copy is
// invented.
func TestTreatyOfNoPartnership(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "treaty of amity",
			text: "Message on the Coast\n\nPresident: Joe Biden\n\nWe concluded, after two years of talks, a treaty of amity and navigation with the Republic of Ecuador, with much else.",
			want: []string{"Ecuador|signed|treaty of amity and navigation", "United States|signed|treaty of amity and navigation"},
			not:  []string{"United States|cooperatesWith|Ecuador", "Ecuador|cooperatesWith|United States"}},
	})
}
