package extract

import "testing"

// TestFacedNoun: "charges" after a form of "face" is a noun; the subject
// of the sentence that sent someone to face them did not charge anyone.
func TestFacedNoun(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "sent suspects to face charges",
			text: "Since 2014, Peru has sent more than 50 suspects to face charges in the United States, among them the former mayor Hernan Quiroga Solis.",
			not:  []string{"Peru|charged|Hernan Quiroga Solis"}},
		{name: "the verb still charges",
			text: "The indictment charges Hernan Quiroga Solis with money laundering in the United States.",
			want: []string{"United States|charged|Hernan Quiroga Solis"}},
	})
}
