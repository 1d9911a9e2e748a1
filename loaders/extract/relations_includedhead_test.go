package extract

import "testing"

// TestIncludedHead: "The individuals sanctioned today include X" names the
// people the text's sanctions office acted on, after "such as" when the
// included phrase names a kind of people; the office may act in a noun
// ("announced the designation of …").
func TestIncludedHead(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "individuals sanctioned today include such as",
			text: "Treasury Targets Leaders of Armed Group\n\nThe U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today announced the designation of nine leaders of the Northern Liberation Army. The individuals sanctioned today include key commanders involved in extortion such as Rodrigo Peralta Mesa, Anselmo Quiroga Duarte and Belisario Ocampo Rivas.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Rodrigo Peralta Mesa", "Office of Foreign Assets Control|sanctioned|Anselmo Quiroga Duarte", "Office of Foreign Assets Control|sanctioned|Belisario Ocampo Rivas"}},
		{name: "persons designated include",
			text: "Treasury Sanctions Smugglers\n\nWASHINGTON — Today, OFAC sanctioned five individuals tied to a smuggling ring.\n\nThe persons designated today include Teodoro Lazcano Vidal and Ruben Ibarra Soto.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Teodoro Lazcano Vidal", "Office of Foreign Assets Control|sanctioned|Ruben Ibarra Soto"}},
		{name: "not opening the sentence",
			text: "Treasury Sanctions Smugglers\n\nWASHINGTON — Today, OFAC sanctioned five individuals. Officials said the persons designated today include no one close to Teodoro Lazcano Vidal.",
			not:  []string{"Office of Foreign Assets Control|sanctioned|Teodoro Lazcano Vidal"}},
		{name: "no include after the participle",
			text: "Treasury Sanctions Smugglers\n\nWASHINGTON — OFAC is a Treasury office. The individuals sanctioned today met Teodoro Lazcano Vidal in Lima.",
			not:  []string{"Office of Foreign Assets Control|sanctioned|Teodoro Lazcano Vidal"}},
	})
}
