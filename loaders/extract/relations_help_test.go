package extract

import "testing"

// TestHelpSupports: "help" supports the state or body named right after
// it; not an act ("helped launch a unit"), a noun ("with help from X"), a
// modal or a negated help.
func TestHelpSupports(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "state helped",
			text: "The United States is working with regional partners to help Guatemala face the crisis.",
			want: []string{"United States|supports|Guatemala"}},
		{name: "a state's people",
			text: "Storms hit Haiti in May. Brazil sent engineers to help the Haitian people rebuild their ports.",
			want: []string{"Brazil|supports|Haiti"}},
		{name: "an act helped",
			text: "The United States helped launch a border unit in Guatemala last year.",
			not:  []string{"United States|supports|Guatemala"}},
		{name: "help as a noun",
			text: "Honduras arrested the suspects with help from Guatemala.",
			not:  []string{"Guatemala|supports|Honduras", "Honduras|supports|Guatemala"}},
		{name: "modal",
			text: "Officials in Ecuador said a base run by the United States would help the Ecuadorian Navy stop shipments.",
			not:  []string{"United States|supports|Ecuadorian Navy"}},
		{name: "contracted negation",
			text: "\"We don't have to help Panama with its courage,\" said Carl Brenning, who leads the Costa Rica mission.",
			not:  []string{"Carl Brenning|supports|Panama"}},
		{name: "contracted negation of a support verb",
			text: "Venezuela didn't support Nicaragua in the vote.",
			not:  []string{"Venezuela|supports|Nicaragua"}},
	})
}

// TestStandWith: "stand with" and "stand in support of" support the state
// or body named right after them; not a pronoun, a cause or a people.
func TestStandWith(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "stands with a state",
			text: "Ambassador Lena Korr said the United States stands with Panama in the fight against crime.",
			want: []string{"United States|supports|Panama"}},
		{name: "stand in support of a state",
			text: "\u201cWe stand in support of Honduras in its fight against gangs,\u201d said Ana Pell, Assistant Secretary of the Treasury.",
			want: []string{"Department of the Treasury|supports|Honduras"}},
		{name: "not named right after",
			text: "Chile stands with its partners in Venezuela.",
			not:  []string{"Chile|supports|Venezuela"}},
		{name: "a pronoun",
			text: "President Tomas Ruhl of Peru spoke first. Chile stands with him and with Peru's police.",
			not:  []string{"Chile|supports|Tomas Ruhl"}},
	})
}
