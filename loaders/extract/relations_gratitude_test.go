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
			text: "Smuggler Returned to Uruguay\n\nThe Department of Justice indicted Lorcan Vey in 2021. The Department of Justice extends its sincere gratitude to the Government of Ecuador for their patient cooperation and support during the transfer.",
			want: []string{"Department of Justice|cooperatesWith|Ecuador"}},
		{name: "gratitude given with no adjective",
			text: "Smuggler Returned to Uruguay\n\nThe Department of Justice indicted Lorcan Vey in 2021. The Department of Justice offers its gratitude to the Government of Ecuador for their cooperation with the request.",
			want: []string{"Department of Justice|cooperatesWith|Ecuador"}},
		{name: "the Department's gratitude and appreciation",
			text: "Smuggler Returned to Uruguay\n\nThe Department of Justice indicted Lorcan Vey in 2021. The Department of the Treasury froze his accounts. The Department of Justice requested his transfer. The department also offered its gratitude and appreciation to the government of Ecuador for the assistance its prosecutors gave.",
			want: []string{"Department of Justice|cooperatesWith|Ecuador"},
			not:  []string{"Department of the Treasury|cooperatesWith|Ecuador"}},
		{name: "wishes to convey its gratitude for a list of help",
			text: "Broker Jailed\n\nThe Department of Justice indicted Lorcan Vey. The Department of Justice wishes to convey its gratitude to the government of Ecuador for its patience, dedication and assistance throughout the proceedings.",
			want: []string{"Department of Justice|cooperatesWith|Ecuador"}},
		{name: "grateful to a government for assistance",
			text: "Fraud Verdict\n\nThe Department of Justice is deeply grateful to the government of Ecuador for providing valuable assistance in locating witnesses.",
			want: []string{"Department of Justice|cooperatesWith|Ecuador"}},
		{name: "an official thanks a government: his government",
			text: "Uruguay Justice Minister Hosts Ecuadorian Visitor\n\nUruguay Attorney General Raul Benet welcomed Ecuadorian Prosecutor General Lidia Casares. Attorney General Benet thanked the Ecuadorian government for its steady cooperation on pending requests.",
			want: []string{"Uruguay|cooperatesWith|Ecuador"},
			not:  []string{"Raul Benet|cooperatesWith|Ecuador"}},
		{name: "gratitude for hosting",
			text: "Trafficker Sentenced\n\nThe Department of Justice extends its gratitude to the Government of Peru for hosting the conference.",
			not:  []string{"Department of Justice|cooperatesWith|Peru"}},
		{name: "thanks for hospitality",
			text: "Statement by President Tomas Arvelo on Border Security\n\nI want to thank President Ana Maria Soto for her hospitality.",
			not:  []string{"Tomas Arvelo|cooperatesWith|Ana Maria Soto"}},
	})
}
