package extract

import "testing"

// TestAddresseeNotSpeaker checks that a person a letter or remark is
// addressed to is not taken for the speaker of the quotation the sentence
// frames, while the writer is, and that "according to X" still names X.
// All copy is invented.
func TestAddresseeNotSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"object of wrote, before a participle of speech",
			"H\nSenator Marta Olvend wrote President Tobias Krell, saying, “The harbour patrols must not be cut this year.”",
			"The harbour patrols must not be cut this year.", "Marta Olvend"},
		{"letter to a titled person, noting that",
			"H\nSen. Marta Olvend sent a letter to Dario Pensk, the Ambassador to Norland, noting that “the ferry inspections will never be enough on their own.”",
			"the ferry inspections will never be enough on their own.", "Marta Olvend"},
		{"paragraph introducing the letter's quotation",
			"H\nIn their letter to Secretary Dario Pensk, Marta Olvend and Ivo Brask asked for a new inspection regime.\n“We believe the ferry inspections are not enough. We respectfully request a full review.”",
			"We believe the ferry inspections are not enough. We respectfully request a full review.", "Marta Olvend"},
		{"told a person, the teller speaks",
			"H\nGovernor Ivo Brask told Dario Pensk, “We will keep the border crossings open all winter.”",
			"We will keep the border crossings open all winter.", "Ivo Brask"},
		{"according to still names the source",
			"H\nAccording to Port Commissioner Tomás Ridder, “the harbour is closed to all traffic.”",
			"the harbour is closed to all traffic.", "Tomás Ridder"},
		{"a plain attribution is unchanged",
			"H\nMarta Olvend spoke after the vote. Dario Pensk said, “The ferry will sail on Monday.”",
			"The ferry will sail on Monday.", "Dario Pensk"},
	})
}
