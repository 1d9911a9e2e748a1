package extract

import "testing"

// TestWantedCharges: a named person wanted in a state, wanted by its
// authorities or holding its arrest warrant is charged by that state; an
// unnamed description, a relative clause's antecedent and a place of the
// crime after "for …" are not read. All copy is invented.
func TestWantedCharges(t *testing.T) {
	checkRelCases(t, []relCase{
		{"wanted in a state",
			"Removal\n\nOmar Reyes Trujillo, 31, entered the United States in 2019. He is wanted in Honduras for aggravated robbery.",
			[]string{"Honduras|charged|Omar Reyes Trujillo"}, nil},
		{"an outstanding warrant in a state",
			"Removal\n\nOfficers learned that Omar Reyes Trujillo had an outstanding criminal arrest warrant in Honduras for extortion.",
			[]string{"Honduras|charged|Omar Reyes Trujillo"}, nil},
		{"the subject of a warrant issued by a state's authorities",
			"Removal\n\nA records check showed Omar Reyes Trujillo was the subject of a foreign arrest warrant issued by Honduran authorities.",
			[]string{"Honduras|charged|Omar Reyes Trujillo"}, nil},
		{"an unnamed description",
			"Removal\n\nA Honduran gang member who is wanted in Honduras for murder was removed. Omar Reyes Trujillo, 31, left Friday.",
			nil, []string{"Honduras|charged|Omar Reyes Trujillo"}},
		{"the place of the crime",
			"Removal\n\nOmar Reyes Trujillo was arrested in Texas. He also has an active arrest warrant for homicide in Honduras.",
			nil, []string{"Honduras|charged|Omar Reyes Trujillo"}},
	})
}
