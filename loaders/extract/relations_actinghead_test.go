package extract

import "testing"

// TestActingHeadLeads: an acting head ("Acting Director of X") leads the
// body while in the post; an acting deputy does not. All copy is
// invented.
func TestActingHeadLeads(t *testing.T) {
	checkRelCases(t, []relCase{
		{"an acting director before the name",
			"Travel\n\nOn Monday, Acting Director of the Office of Foreign Assets Control Ana Ruiz traveled to Peru.",
			[]string{"Ana Ruiz|leads|Office of Foreign Assets Control"}, nil},
		{"an acting director in apposition",
			"Travel\n\nAna Ruiz, the acting director of the Office of Foreign Assets Control, traveled to Peru.",
			[]string{"Ana Ruiz|leads|Office of Foreign Assets Control"}, nil},
		{"an acting deputy director",
			"Travel\n\nWASHINGTON - Acting Deputy Director of the Drug Enforcement Administration Ana Ruiz will travel to Peru next week.",
			nil, []string{"Ana Ruiz|leads|Drug Enforcement Administration"}},
	})
}
