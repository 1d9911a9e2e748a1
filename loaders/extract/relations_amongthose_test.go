package extract

import "testing"

// TestAmongThose: "Among those designated today is X" and "One of those
// charged is Y" name the people the act fell on; the actor is the text's
// sanctions office or the charging government.
func TestAmongThose(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "among those designated is",
			text: "Treasury Sanctions Fentanyl Traffickers\n\nWASHINGTON — Today, the U.S. Department of the Treasury’s Office of Foreign Assets Control (OFAC) sanctioned six individuals linked to the Sinaloa Cartel.\n\nAmong those designated today is Juan Pablo Serrano, a chemist.\n\nAmong those sanctioned are Ramon Villa Cruz and Pedro Alvarado Ruiz.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Juan Pablo Serrano", "Office of Foreign Assets Control|sanctioned|Ramon Villa Cruz", "Office of Foreign Assets Control|sanctioned|Pedro Alvarado Ruiz"}},
		{name: "one of those charged is",
			text: "Gang Leaders Charged\n\nWASHINGTON — The Justice Department charged 14 gang leaders with terrorism in the United States on Thursday.\n\nOne of those charged is Marcos Delgado Fuentes, also known as El Diablo.",
			want: []string{"United States|charged|Marcos Delgado Fuentes"}},
		{name: "not opening the sentence",
			text: "Treasury Sanctions Fentanyl Traffickers\n\nWASHINGTON — Today, OFAC sanctioned six individuals. Officials said that among those designated today is no one from Peru, and Juan Pablo Serrano was not named.",
			not:  []string{"Office of Foreign Assets Control|sanctioned|Juan Pablo Serrano"}},
	})
}
