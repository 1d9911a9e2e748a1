package extract

import "testing"

// TestOfficeDesignation: in a sanctions office's release, a passive
// designation that states its legal basis or reason is the office's, and
// the owner after "owned or controlled by" is no agent; a designation
// stating neither, or "supported by" right after its verb, reads as
// before.
func TestOfficeDesignation(t *testing.T) {
	release := "Treasury Sanctions Fentanyl Traffickers\n\nWASHINGTON — Today, the U.S. Department of the Treasury’s Office of Foreign Assets Control (OFAC) sanctioned six individuals and two entities linked to the Sinaloa Cartel.\n\n"
	checkRelCases(t, []relCase{
		{name: "pursuant to an order",
			text: release + "Ramon Villa Cruz is a Mexican national who supplies fentanyl precursors. Ramon Villa Cruz was designated pursuant to E.O. 14059 for having engaged in the proliferation of illicit drugs.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Ramon Villa Cruz"}},
		{name: "owned or controlled by",
			text: release + "Ramon Villa Cruz is a Mexican national. Pedro Alvarado Ruiz was designated pursuant to E.O. 14059 for being owned or controlled by Ramon Villa Cruz.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Pedro Alvarado Ruiz"},
			not:  []string{"Ramon Villa Cruz|designated|Pedro Alvarado Ruiz"}},
		{name: "no basis stated",
			text: release + "Pedro Alvarado Ruiz was designated in 2019.",
			not:  []string{"Office of Foreign Assets Control|sanctioned|Pedro Alvarado Ruiz"}},
		{name: "no sanctions office",
			text: "Gang Leader Named\n\nPedro Alvarado Ruiz was designated pursuant to a Peruvian decree for having led a gang.",
			not:  []string{"Office of Foreign Assets Control|sanctioned|Pedro Alvarado Ruiz"}},
	})
}

// TestOfficeDesignationToday: in a sanctions office's release, "X was also
// designated today" and "Also designated today is X" are the office's
// acts; "Also designated was X, in 2019" is no act of today's. All copy
// is invented.
func TestOfficeDesignationToday(t *testing.T) {
	release := "Treasury Sanctions Cartel Network\n\nWASHINGTON — Today, the U.S. Department of the Treasury’s Office of Foreign Assets Control (OFAC) sanctioned Ana Vik.\n\n"
	checkRelCases(t, []relCase{
		{name: "passive with today",
			text: release + "Ramon Ruiz was also designated today for his role in the Quellar Cartel.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Ramon Ruiz"}},
		{name: "also designated today is",
			text: release + "Also designated today is Ramon Ruiz, a leader of the Quellar Cartel.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Ramon Ruiz"}},
		{name: "also sanctioned today are",
			text: release + "Also sanctioned today are Ramon Ruiz and Pedro Vik.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Ramon Ruiz", "Office of Foreign Assets Control|sanctioned|Pedro Vik"}},
		{name: "an earlier designation",
			text: release + "Also designated was the Quellar Cartel, in 2019.",
			not:  []string{"Office of Foreign Assets Control|sanctioned|Quellar Cartel"}},
	})
}
