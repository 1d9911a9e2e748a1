package extract

import "testing"

// TestDescribedPersonWho: "who" after a description in apposition to a
// name ("X, a former police officer who headed the cartel") refers to the
// named person, who is the verb's subject; not when the description
// carries a name of its own or there is no name before it. All copy is
// invented.
func TestDescribedPersonWho(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a description between the name and who",
			"Boss Killed\n\nThe Gulf Cartel lost its chief on Monday. Police said the dead man was Ramiro Quintal, a former police officer who headed the cartel.",
			[]string{"Ramiro Quintal|leads|Gulf Cartel"}, nil},
		{"an age in the description",
			"Boss Killed\n\nPolice said the dead man was Ramiro Quintal, a 41-year-old trucker who ran the Gulf Cartel for a decade.",
			[]string{"Ramiro Quintal|leads|Gulf Cartel"}, nil},
		{"a description with no name before it",
			"Boss Killed\n\nPolice said Ramiro Quintal was shot by a former police officer who headed the Gulf Cartel.",
			nil, []string{"Ramiro Quintal|leads|Gulf Cartel"}},
	})
}
