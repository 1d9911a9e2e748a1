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
		{name: "gratitude extended to a government for its cooperation",
			text: "Trafficker Extradited to Chile\n\nThe Department of Justice charged Pavel Dorn in 2019. The Department of Justice extends its gratitude to the Government of Peru for their extensive cooperation and assistance in securing the extradition.",
			want: []string{"Department of Justice|cooperatesWith|Peru"}},
		{name: "the Department's gratitude and appreciation",
			text: "Trafficker Extradited to Chile\n\nThe Department of Justice charged Pavel Dorn in 2019. The Department of the Treasury designated him. The Department of Justice sought his return. The department expressed its gratitude and appreciation to the government of Peru for its assistance in this matter.",
			want: []string{"Department of Justice|cooperatesWith|Peru"},
			not:  []string{"Department of the Treasury|cooperatesWith|Peru"}},
		{name: "wishes to convey its gratitude for a list of help",
			text: "Trafficker Sentenced\n\nThe Department of Justice charged Pavel Dorn. The Department of Justice wishes to convey its gratitude to the government of Peru for its steadfast commitment, collaboration and assistance in the case.",
			want: []string{"Department of Justice|cooperatesWith|Peru"}},
		{name: "grateful to a government for assistance",
			text: "Bribery Plea\n\nThe Department of Justice is grateful to the government of Peru for continuing to provide substantial assistance in gathering evidence.",
			want: []string{"Department of Justice|cooperatesWith|Peru"}},
		{name: "an official thanks a government: his government",
			text: "Chile Attorney General Meets Peruvian Counterpart\n\nChile Attorney General Marek Holt met with Peruvian Prosecutor General Ana Brill. Attorney General Holt thanked the Peruvian government for its assistance in recent matters.",
			want: []string{"Chile|cooperatesWith|Peru"},
			not:  []string{"Marek Holt|cooperatesWith|Peru"}},
		{name: "gratitude for hosting",
			text: "Trafficker Sentenced\n\nThe Department of Justice extends its gratitude to the Government of Peru for hosting the conference.",
			not:  []string{"Department of Justice|cooperatesWith|Peru"}},
		{name: "thanks for hospitality",
			text: "Statement by President Tomas Arvelo on Border Security\n\nI want to thank President Ana Maria Soto for her hospitality.",
			not:  []string{"Tomas Arvelo|cooperatesWith|Ana Maria Soto"}},
	})
}
