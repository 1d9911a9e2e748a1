package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestCoordPossessors: possessors coordinated before a noun cue ("A's and
// B's designations of X") are each an actor of the act; a possessor with
// no coordinated one before it is the only actor.
func TestCoordPossessors(t *testing.T) {
	checkRelCases(t, []relCase{
		{"two possessors",
			"News\n\nThe Foreign Ministry adopted the United States’ and Canada’s designations of terrorist groups, including the Gulf Cartel.",
			[]string{"United States|designated|Gulf Cartel", "Canada|designated|Gulf Cartel"}, nil},
		{"two possessors, both with the article",
			"News\n\nThe ministry adopted the United States’ and the Canadian government’s designations of the Gulf Cartel.",
			[]string{"United States|designated|Gulf Cartel", "Canada|designated|Gulf Cartel"}, nil},
		{"one possessor",
			"News\n\nMexico and Chile discussed Canada’s designation of the Gulf Cartel.",
			[]string{"Canada|designated|Gulf Cartel"}, []string{"Chile|designated|Gulf Cartel", "Mexico|designated|Gulf Cartel"}},
	})
}
