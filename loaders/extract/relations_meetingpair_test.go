package extract

import "testing"

// TestMeetingPairSentence: a sentence a few after a meeting whose subject
// is the pair who met ("The two", "The leaders") and which speaks of
// cooperation states their governments' cooperation; another subject, or
// a sentence two paragraphs on, does not.
func TestMeetingPairSentence(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the two, later in the paragraph",
			text: "Peruvian Foreign Minister Ana Ruiz met today with Chilean Foreign Minister Luis Prado. " +
				"Ms. Ruiz described the drought in the south. Mr. Prado spoke of the mining strike. " +
				"The two committed to closer cooperation on border security.",
			want: []string{"Peru|cooperatesWith|Chile"}},
		{name: "the leaders, in the next paragraph",
			text: "Security news\n\nPeruvian Foreign Minister Ana Ruiz met today with Chilean Foreign Minister Luis Prado.\n\n" +
				"The leaders agreed to work together on river patrols.",
			want: []string{"Peru|cooperatesWith|Chile"}},
		{name: "another subject",
			text: "Peruvian Foreign Minister Ana Ruiz met today with Chilean Foreign Minister Luis Prado. " +
				"Ms. Ruiz described the drought in the south. Mr. Prado spoke of the mining strike. " +
				"Farmers in the region have long sought cooperation on water.",
			not: []string{"Peru|cooperatesWith|Chile"}},
		{name: "two paragraphs on",
			text: "Security news\n\nPeruvian Foreign Minister Ana Ruiz met today with Chilean Foreign Minister Luis Prado.\n\n" +
				"Ms. Ruiz described the drought.\n\nThe two ministers later praised cooperation among farmers.",
			not: []string{"Peru|cooperatesWith|Chile"}},
	})
}
