package extract

import "testing"

// TestBodyAcronymBeforeLongTitle checks "BODY (ACRONYM) TITLE NAME" when the
// title has several words or a hyphen: the body is the post's. All copy
// is invented.
func TestBodyAcronymBeforeLongTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "hyphenated title and honorific", text: "H\nIn Lima, he also met with Caribbean Community (CARICOM) Secretary-General Dr. Ana Vidal to discuss Haiti.\n",
			person: "Ana Vidal", title: "Secretary-General", org: "Caribbean Community"},
		{name: "two-word title", text: "H\nIn Lima, he also met with Caribbean Community (CARICOM) Deputy Director Ana Vidal to discuss Haiti.\n",
			person: "Ana Vidal", title: "Deputy Director", org: "Caribbean Community"},
		{name: "not the host country", text: "H\nIn Lima, he also met with Caribbean Community (CARICOM) Secretary-General Dr. Ana Vidal to discuss Haiti.\n",
			person: "Ana Vidal", org: "Peru", neg: true},
	})
}
