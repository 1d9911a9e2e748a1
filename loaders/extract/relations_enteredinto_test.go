package extract

import "testing"

// TestEnteredInto: "entered into an agreement" is a signing, read like
// "signed"; not one only sought or planned, nor one entered into a
// place.
func TestEnteredInto(t *testing.T) {
	checkRelCases(t, []relCase{
		{"company and department",
			"Last autumn Talvora Holdings quietly entered into a deferred prosecution agreement covering its gifts to port inspectors.",
			[]string{"Talvora Holdings|signed|deferred prosecution agreement"}, nil},
		{"two governments",
			"In May 2006, the Governments of Bolivia and Belarus entered into a Memorandum of Understanding on police training.",
			[]string{"Bolivia|signed|Memorandum of Understanding", "Belarus|signed|Memorandum of Understanding"}, nil},
		{"only planned",
			"Belize plans to enter into a Memorandum of Understanding on coastal patrols next year.",
			nil, []string{"Belize|signed|Memorandum of Understanding"}},
	})
}
