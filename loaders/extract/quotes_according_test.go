package extract

import "testing"

// TestAccordingTo checks that "according to X" names the speaker of a
// quotation whether it stands after the quotation or before it, with X a
// titled person, a bare surname or a document's author. All copy is
// invented.
func TestAccordingTo(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"after the quotation, a titled person",
			"H\n“The harbour is closed to all traffic,” according to Port Commissioner Tomás Ridder.",
			"The harbour is closed to all traffic", "Tomás Ridder"},
		{"before the quotation, a titled person",
			"H\nAccording to Port Commissioner Tomás Ridder, “the harbour is closed to all traffic.”",
			"the harbour is closed to all traffic.", "Tomás Ridder"},
		{"before the quotation, a surname named earlier",
			"H\nPort Commissioner Tomás Ridder spoke on Monday.\nAccording to Ridder, “the harbour is closed to all traffic.”",
			"the harbour is closed to all traffic.", "Tomás Ridder"},
		{"before the quotation, someone unnamed",
			"H\nAccording to a harbour pilot, “the harbour is closed to all traffic.”",
			"the harbour is closed to all traffic.", ""},
	})
}
