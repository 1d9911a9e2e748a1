package extract

import "testing"

// TestTurnGreetings: the speaker of a remarks turn who greets a person by
// name, or greets "you" in a sentence naming the person addressed, has met
// that person; not a greeting still to come, a host's welcome, or a
// greeting of something other than a person.
func TestTurnGreetings(t *testing.T) {
	const head = "Joint Press Availability in Asuncion\n\n"
	checkRelCases(t, []relCase{
		{name: "you, addressed by name",
			text: head + "FOREIGN MINISTER RUIZ: Secretary Herrera, it was truly a pleasure to meet with you over breakfast.\n\nSECRETARY HERRERA: Thank you, Minister.",
			want: []string{"Ruiz|metWith|Herrera"}},
		{name: "the guests named after the verb",
			text: head + "SECRETARY HERRERA: Welcome, everyone. It is an honor to have Minister Lucia Vargas, Minister Pedro Soto here with us.\n\nMINISTER VARGAS: Thank you.",
			want: []string{"Herrera|metWith|Lucia Vargas", "Herrera|metWith|Pedro Soto"}},
		{name: "a greeting still to come",
			text: head + "FOREIGN MINISTER RUIZ: Secretary Herrera, it would be a pleasure to meet with you in Lima next year.\n\nSECRETARY HERRERA: Thank you, Minister.",
			not:  []string{"Ruiz|metWith|Herrera"}},
		{name: "a host's welcome",
			text: head + "MODERATOR: It is a pleasure to welcome Minister Lucia Vargas and Secretary Tomas Herrera.\n\nSECRETARY HERRERA: Thank you.",
			not:  []string{"Tomas Herrera|metWith|Lucia Vargas"}},
		{name: "a relative the sentence describes is not addressed",
			text: head + "SECRETARY HERRERA: I am glad to see you again and to return the kindness your family showed my wife, Lucia, in Lima.\n\nMINISTER VARGAS: Thank you.",
			not:  []string{"Herrera|metWith|Lucia"}},
		{name: "no person greeted",
			text: head + "SECRETARY HERRERA: We are pleased to have the support of Senator Pedro Soto on this bill.\n\nMINISTER VARGAS: Thank you.",
			not:  []string{"Herrera|metWith|Pedro Soto"}},
	})
}
