package extract

import "testing"

// TestMeetingMentions: a meeting named in a headline and again in the
// body is read for cooperation after each mention; a cooperation only
// discussed as a gerund ("discussed working together") is not asserted.
func TestMeetingMentions(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "headline call, body call, cooperation after the body",
			text: "Foreign Minister Ana Ruiz's Call With Foreign Minister Luis Prado\n\n" +
				"Today, Peruvian Foreign Minister Ana Ruiz spoke with Chilean Foreign Minister Luis Prado about the border. " +
				"They agreed to deepen the cooperation between their countries.",
			want: []string{"Peru|cooperatesWith|Chile"}},
		{name: "working together only discussed",
			text: "Foreign Minister Ana Ruiz's Call With Foreign Minister Luis Prado\n\n" +
				"Today, Peruvian Foreign Minister Ana Ruiz spoke with Chilean Foreign Minister Luis Prado about the border. " +
				"The two discussed working together to stop smuggling.",
			not: []string{"Peru|cooperatesWith|Chile"}},
		{name: "a noun after a discussed gerund still holds",
			text: "Peruvian Foreign Minister Ana Ruiz met with Chilean Foreign Minister Luis Prado on Monday. " +
				"They discussed deepening bilateral cooperation on security.",
			want: []string{"Peru|cooperatesWith|Chile"}},
	})
}
