package extract

import "testing"

// TestStateNegotiations: a party in talks or negotiations with another,
// or opening or resuming them, negotiates with it; suspended, planned or
// denied talks are none.
func TestStateNegotiations(t *testing.T) {
	checkRelCases(t, []relCase{
		{"in talks with", "The United States is in talks with Argentina on a new extradition treaty.",
			[]string{"United States|negotiatesWith|Argentina"}, nil},
		{"still in peace talks with", "Colombia is still in peace talks with the National Liberation Army.",
			[]string{"Colombia|negotiatesWith|National Liberation Army"}, nil},
		{"opened negotiations with", "Argentina opened negotiations with the United States over tariffs.",
			[]string{"Argentina|negotiatesWith|United States"}, nil},
		{"resumed talks with", "Colombia resumed talks with the National Liberation Army in Havana.",
			[]string{"Colombia|negotiatesWith|National Liberation Army"}, nil},
		{"suspended talks", "Colombia suspended talks with the National Liberation Army in January.",
			nil, []string{"Colombia|negotiatesWith|National Liberation Army"}},
		{"not in talks", "Argentina is not in talks with the United States over tariffs.",
			nil, []string{"Argentina|negotiatesWith|United States"}},
		{"negotiated a text with", "Argentina negotiated the terms with the United States in May.",
			[]string{"Argentina|negotiatesWith|United States"}, nil},
		{"not negotiated", "Argentina has not negotiated the terms with the United States.",
			nil, []string{"Argentina|negotiatesWith|United States"}},
		{"will open", "Argentina will open negotiations with the United States next year.",
			nil, []string{"Argentina|negotiatesWith|United States"}},
	})
}
