package extract

import "testing"

// TestHeadingNounSpeakerLine: a headline opening with a heading noun that
// names no author ("Address to the Nation on X", "Message Regarding Y",
// "Remarks on Z") leaves the speaker to the speaker line below, so the
// speaker's "I met with X" is read; the speaker's own state is never one
// met. All copy is invented.
func TestHeadingNounSpeakerLine(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "remarks on",
			text: "Remarks on the Border\n\nPresident: Joe Biden\n\nGood evening. Last week I met with President Bernardo Arévalo of Guatemala in the capital.",
			want: []string{"Joe Biden|metWith|Bernardo Arévalo"}},
		{name: "message regarding",
			text: "Message Regarding the Isthmus\n\nPresident: Joe Biden\n\nTo the Senate: I have spoken at length with Prime Minister Mark Carney about the canal.",
			want: []string{"Joe Biden|metWith|Mark Carney"}},
		{name: "own state is not met",
			text: "Address to the Nation on the Canal\n\nPresident: Joe Biden\n\nGood evening. I also talked with leaders in the Caribbean and those of other U.S. allies.",
			not:  []string{"Joe Biden|metWith|United States"}},
	})
}
