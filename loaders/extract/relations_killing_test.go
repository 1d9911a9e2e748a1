package extract

import "testing"

// TestKillingNamed: kill, murder and execute state an attack on someone
// named (relations.tsv "kill [victim-named]"), actively or in the passive
// with an agent after "by", over "members of"; not on people only
// described, not in a charge, not by an agent the text does not name.
func TestKillingNamed(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "members of a gang murdered two named people",
			text: "Report\n\nMembers of the Red Hand Gang murdered Peter Brel and Maria Sand near the river.",
			want: []string{"Red Hand Gang|attacked|Peter Brel", "Red Hand Gang|attacked|Maria Sand"}},
		{name: "passive with members of a cartel after by",
			text: "Report\n\nAnna Vog was executed at the farm by members of the Black Lotus Cartel in 1999.",
			want: []string{"Black Lotus Cartel|attacked|Anna Vog"}},
		{name: "convicted of murdering",
			text: "Report\n\nJohn Drum, a leader of the Red Hand Gang, was convicted of murdering Maria Sand in 2004.",
			want: []string{"John Drum|attacked|Maria Sand"}},
		{name: "charged with murdering is an allegation",
			text: "Report\n\nJohn Drum is also charged with murdering Maria Sand in 2004.",
			not:  []string{"John Drum|attacked|Maria Sand"}},
		{name: "people only described",
			text: "Report\n\nThe Red Hand Gang killed two police officers near Peter Brel's farm.",
			not:  []string{"Red Hand Gang|attacked|Peter Brel"}},
		{name: "agent not named after members of",
			text: "Report\n\nAnna Vog was murdered by members of the Ruritanian Coastal Militia of Ruritania.",
			not:  []string{"Ruritania|attacked|Anna Vog"}},
	})
}
