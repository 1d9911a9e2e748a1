package extract

import "testing"

// TestEarlierYearListing: a sanctions office's listing that a text
// recounts from an earlier year ("On May 3, 2009, OFAC named X as a
// Specially Designated Narcotics Trafficker", in a 2016 release) is the
// listing only; a listing of the text's own year is a sanction too. All
// copy is invented.
func TestEarlierYearListing(t *testing.T) {
	checkRelCases(t, []relCase{
		{"recounted from an earlier year",
			"Arroyo Cartel Leader Extradited\n\nThursday, March 10, 2016\n\nWASHINGTON - Pedro Salas Mena was extradited from Mexico today. On May 3, 2009, the Treasury Department's Office of Foreign Assets Control (OFAC) named Pedro Salas Mena as a Specially Designated Narcotics Trafficker.",
			[]string{"Office of Foreign Assets Control|designated|Pedro Salas Mena"}, []string{"Office of Foreign Assets Control|sanctioned|Pedro Salas Mena"}},
		{"the text's own year",
			"Treasury Names Trafficker\n\nThursday, March 10, 2016\n\nWASHINGTON - On March 10, 2016, the Treasury Department's Office of Foreign Assets Control (OFAC) named Pedro Salas Mena as a Specially Designated Narcotics Trafficker.",
			[]string{"Office of Foreign Assets Control|designated|Pedro Salas Mena", "Office of Foreign Assets Control|sanctioned|Pedro Salas Mena"}, nil},
	})
}
