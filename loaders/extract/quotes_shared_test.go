package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestLaterSpeaker checks that a quotation with no frame of its own is
// said by the subject of the first verb of speech after it in its
// sentence, that a quotation framed by someone else's speech or followed
// by an unnamed speaker's verb is not, and that a word of speech inside a
// name ("the United States") reports nothing.
func TestLaterSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the speaker between two quotations",
			"H\nThe navy carried out a “bold and daring raid” that Minister Ana Ruiz called “a model for the whole region.”",
			"bold and daring raid", "Ana Ruiz"},
		{"a quotation framed by others' speech",
			"H\nCritics called the plan “a costly mistake for everyone” but Minister Ana Ruiz called it “a model for the whole region.”",
			"a costly mistake for everyone", ""},
		{"the reporting clause after a comma",
			"H\nAdmiral Tomás Ridder toured the base on Monday.\nThe United States has a “deep and lasting friendship” with the islands, Ridder said, but it must do more.",
			"deep and lasting friendship", "Tomás Ridder"},
		{"a pronoun subject later in the sentence",
			"H\nGovernor Elena Marsh spoke on Friday.\nThe flooding was “the worst in living memory” for the valley, she said.",
			"the worst in living memory", "Elena Marsh"},
		{"an institution subject later in the sentence",
			"H\nThe Harbour Police Service reopened the pier.\nThe pier is “safe for all visitors” again, the Harbour Police Service said.",
			"safe for all visitors", "Harbour Police Service"},
		{"an unnamed speaker later in the sentence",
			"H\nMinister Ana Ruiz visited the port.\nThe port is “safe for all visitors” again, an officer said.",
			"safe for all visitors", ""},
		{"a name holding a word of speech is no frame",
			"H\nThe Organization of American States met on Monday.\nThe United States is “ready to help the region” in the crisis.",
			"ready to help the region", ""},
	})
}
