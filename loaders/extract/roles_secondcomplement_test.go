package extract

import "testing"

// TestSecondComplement: a copula's second complement joined by "and a"
// states a tie of its own ("X is the leader of the network and a senior
// member of Y"); an "and a" inside a clause after the first states none.
// All copy is invented.
func TestSecondComplement(t *testing.T) {
	lede := "Treasury Sanctions Network\n\nWASHINGTON — Today, OFAC sanctioned Ramon Vik Salcedo.\n\n"
	checkRelCases(t, []relCase{
		{name: "leader and member",
			text: lede + "Ramon Vik Salcedo is the leader of the network and a senior member of the Quellar Cartel.",
			want: []string{"Ramon Vik Salcedo|memberOf|Quellar Cartel"}},
		{name: "nationality and member",
			text: lede + "Ramon Vik Salcedo is a Mexican national and a senior member of the Quellar Cartel.",
			want: []string{"Ramon Vik Salcedo|memberOf|Quellar Cartel"}},
		{name: "a clause after the first",
			text: lede + "Ramon Vik Salcedo is the owner of a farm where a member of the Quellar Cartel and a lawyer met.",
			not:  []string{"Ramon Vik Salcedo|memberOf|Quellar Cartel"}},
	})
}
