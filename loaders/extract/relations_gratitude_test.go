package extract

import "testing"

// TestPartnershipGratitude: thanks for a partnership state it between the
// one who thanks and the one thanked; thanks for something else do not.
func TestPartnershipGratitude(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "I thank a president for her partnership",
			text: "Statement by President Tomas Arvelo on Border Security\n\nI want to thank President Ana Maria Soto for her patience and partnership over these months.",
			want: []string{"Tomas Arvelo|cooperatesWith|Ana Maria Soto"}},
		{name: "we're grateful for a state's partnership",
			text: "Remarks by Minister Ana Ruiz of Chile\n\nOur crews train together, and we're truly grateful for Peru's partnership on the border.",
			want: []string{"Chile|cooperatesWith|Peru"}},
		{name: "appreciative of the partnership with",
			text: "Remarks by Minister Ana Ruiz of Chile\n\nOur ports are safer, so we are truly appreciative of the partnership with Peru on this.",
			want: []string{"Chile|cooperatesWith|Peru"}},
		{name: "a transcript turn's we",
			text: "Minister Ana Ruiz of Chile Greets Peru's Minister of Defense\n\nMINISTER ANA RUIZ: Welcome to Santiago. We are very grateful for Peru's partnership on border security.",
			want: []string{"Chile|cooperatesWith|Peru"}},
		{name: "thanks for hospitality",
			text: "Statement by President Tomas Arvelo on Border Security\n\nI want to thank President Ana Maria Soto for her hospitality.",
			not:  []string{"Tomas Arvelo|cooperatesWith|Ana Maria Soto"}},
	})
}
