package extract

import "testing"

// TestChanceTaken: a chance taken to meet is a meeting, by the subject of
// the governing verb, or by the speaker who tells it in the first person;
// a chance still to come, or missed, is none.
func TestChanceTaken(t *testing.T) {
	w := []string{"Ana Ruiz|metWith|Tomas Herrera"}
	checkRelCases(t, []relCase{
		{name: "had the opportunity",
			text: "During the visit, Gen. Ana Ruiz had the opportunity to meet with Paraguayan President Tomas Herrera.", want: w},
		{name: "took time",
			text: "Gen. Ana Ruiz also took time to meet with Paraguayan President Tomas Herrera.", want: w},
		{name: "was able",
			text: "Gen. Ana Ruiz was able to meet with Paraguayan President Tomas Herrera.", want: w},
		{name: "the speaker's own account",
			text: "Remarks in Asuncion\n\nSECRETARY OF DEFENSE ANA RUIZ: Thank you, Minister Vargas. This afternoon I have the opportunity to meet with President Tomas Herrera.\n\nMINISTER OF DEFENSE LUCIA VARGAS: Thank you.\n\nSecretary of Defense Ana Ruiz and Minister of Defense Lucia Vargas spoke in Asuncion.",
			want: w},
		{name: "a chance to come",
			text: "Gen. Ana Ruiz will have the opportunity to meet with Paraguayan President Tomas Herrera.", not: w},
		{name: "present, in the third person",
			text: "Gen. Ana Ruiz has the opportunity to meet with Paraguayan President Tomas Herrera.", not: w},
		{name: "not able",
			text: "Gen. Ana Ruiz was not able to meet with Paraguayan President Tomas Herrera.", not: w},
	})
}
