package extract

import "testing"

// TestScheduledMeetings: a media advisory's schedule lists meetings ahead
// ("Secretary X meets with President Y"); none is read. A meeting told in
// the past tense there, or a schedule line in a text that is no advisory,
// is still read.
func TestScheduledMeetings(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "an advisory's schedule",
			text: "Media Advisory: Secretary Ana Ruiz to Travel to Bolivia and Peru\n\nWASHINGTON – This week, Secretary of Commerce Ana Ruiz will travel to Bolivia and Peru.\n\nTuesday, May 4: Bolivia\n\nSecretary Ruiz meets with President Tomas Herrera\n\nWednesday, May 5: Peru\n\nSecretary Ruiz meets with Foreign Minister Lucia Vargas and Interior Minister Marco Salas",
			not:  []string{"Ana Ruiz|metWith|Tomas Herrera", "Ana Ruiz|metWith|Lucia Vargas", "Ana Ruiz|metWith|Marco Salas"}},
		{name: "an advisory telling a past meeting",
			text: "MEDIA ADVISORY: Secretary Ana Ruiz to Travel to Peru\n\nWASHINGTON – Secretary of Commerce Ana Ruiz will travel to Peru this week. Last month, Secretary Ruiz met with President Tomas Herrera of Bolivia in La Paz.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "no advisory",
			text: "Secretary Ruiz Meets Bolivian Leaders\n\nSecretary of Commerce Ana Ruiz meets with President Tomas Herrera of Bolivia in La Paz.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
	})
}
