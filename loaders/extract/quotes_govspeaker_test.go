package extract

import "testing"

// TestGovernmentSpeaker checks that a quotation a state is said to have
// made is listed only when its seat of government speaks it. All copy is
// invented.
func TestGovernmentSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a government's communique quoted in a speech",
			"Address on the Harbour\n\nLast week the Peruvian government publicly stated that, and I quote, \"the vessels are there only for fishing.\" That statement was false.",
			"only for fishing", ""},
		{"a government says",
			"Port Case Closed\n\nThe Chilean government says the smugglers used \"ghost containers and forged seals\" to move the cargo.",
			"ghost containers", ""},
		{"the seat of government speaks",
			"Tariff Dispute\n\nThe White House argued the shipments posed \"a threat to the ports of the whole coast\" in a statement on Monday.",
			"a threat to the ports", "United States"},
		{"a person still speaks",
			"Port Case Closed\n\nMinister Ana Velquist said the smugglers used \"ghost containers and forged seals\" to move the cargo.",
			"ghost containers", "Ana Velquist"},
	})
}
