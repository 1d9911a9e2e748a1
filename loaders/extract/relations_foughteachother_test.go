package extract

import "testing"

// TestMutualFights: armed groups coordinated as the subject of a fight
// with no object attack each other; states and a relative clause's
// fight do not. All copy is invented.
func TestMutualFights(t *testing.T) {
	const lead = "Ruritania 2031 Human Rights Report: g. Conflict-related Abuses\n\nThe Kanal Nwa gang and the Lakay Wouj gang operate in the capital. "
	checkRelCases(t, []relCase{
		{name: "two gangs fought for control",
			text: lead + "From March 2 to March 9, the Kanal Nwa gang and the Lakay Wouj gang fought for control of the port district.",
			want: []string{"Kanal Nwa|attacked|Lakay Wouj", "Lakay Wouj|attacked|Kanal Nwa"}},
		{name: "clashed over, with an auxiliary",
			text: lead + "Kanal Nwa and Lakay Wouj have clashed over the smuggling routes since January.",
			want: []string{"Kanal Nwa|attacked|Lakay Wouj", "Lakay Wouj|attacked|Kanal Nwa"}},
		{name: "states fighting: none",
			text: "Peru and Chile fought for the recovery of stolen artifacts last year.",
			not:  []string{"Peru|attacked|Chile", "Chile|attacked|Peru"}},
		{name: "relative clause: no reverse",
			text: lead + "Police watched the Kanal Nwa gang and the Lakay Wouj gang, which fought for control of the port.",
			not:  []string{"Lakay Wouj|attacked|Kanal Nwa"}},
	})
}
