package extract

import "testing"

// TestRelativeObjectAfterGroupNoun: a group's name and a noun for its kind
// ("the X coalition") before "which" is the object a relative clause's
// designation is of; a person's name before it stays no object. All copy
// is invented.
func TestRelativeObjectAfterGroupNoun(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a coalition",
			"The Los Zetas coalition, which Washington designated as a foreign terrorist organization in May, has expanded.",
			[]string{"United States|designated|Los Zetas"}, nil},
		{"a gang",
			"The Los Zetas gang, which Washington designated as a foreign terrorist organization in May, has expanded.",
			[]string{"United States|designated|Los Zetas"}, nil},
	})
}
