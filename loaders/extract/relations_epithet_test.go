package extract

import "testing"

// TestEpithetAccusations: an epithet before an actor's name in a
// speaker's quotation accuses the actor; a regime that acts is its
// state's, one named otherwise its ruler's; a demonym modifying officials
// and a name modifying a noun accuse no one.
func TestEpithetAccusations(t *testing.T) {
	const head = "Senator Lena Marsh Meets Opposition\n\nSenator Lena Marsh (R-Ore.) met Ana Cruzado, an opposition leader, and spoke about Bolivian President Tomas Vrell.\n\n"
	checkRelCases(t, []relCase{
		{name: "a noun epithet in apposition",
			text: head + "\"The people will not forget what dictator Tomas Vrell did to them,\" said Senator Marsh.",
			want: []string{"Lena Marsh|accused|Tomas Vrell"}},
		{name: "the regime of a ruler",
			text: head + "\"We stand against the illegitimate, brutal regime of Tomas Vrell,\" said Senator Marsh.",
			want: []string{"Lena Marsh|accused|Tomas Vrell"}},
		{name: "a ruler's regime that acts is the state",
			text: head + "\"The illegitimate Vrell regime has jailed hundreds of students,\" said Senator Marsh.",
			want: []string{"Lena Marsh|accused|Bolivia"},
			not:  []string{"Lena Marsh|accused|Tomas Vrell"}},
		{name: "a ruler's regime named as a target is the ruler",
			text: head + "\"No company should trade with the murderous Vrell regime,\" said Senator Marsh.",
			want: []string{"Lena Marsh|accused|Tomas Vrell"},
			not:  []string{"Lena Marsh|accused|Bolivia"}},
		{name: "a demonym modifying officials",
			text: head + "\"We must sanction corrupt Bolivian officials,\" said Senator Marsh.",
			not:  []string{"Lena Marsh|accused|Bolivia"}},
		{name: "outside a quotation",
			text: head + "The statement named the illegitimate Vrell regime.",
			not:  []string{"Lena Marsh|accused|Bolivia", "Lena Marsh|accused|Tomas Vrell"}},
	})
}

// TestRegimeAccusations: an accusation cue said of a ruler's regime that
// acts accuses the state; said of the ruler's dictatorship, the ruler.
func TestRegimeAccusations(t *testing.T) {
	const head = "Senator Lena Marsh Meets Opposition\n\nSenator Lena Marsh (R-Ore.) met Ana Cruzado, an opposition leader, and spoke about Bolivian President Tomas Vrell.\n\n"
	checkRelCases(t, []relCase{
		{name: "a regime said to be a dictatorship",
			text: head + "\"The Vrell regime is an oppressive dictatorship,\" said Senator Marsh.",
			want: []string{"Lena Marsh|accused|Bolivia"},
			not:  []string{"Lena Marsh|accused|Tomas Vrell"}},
		{name: "a ruler's corrupt regime that acts",
			text: head + "\"Vrell's corrupt regime is using force against students,\" said Senator Marsh.",
			want: []string{"Lena Marsh|accused|Bolivia"},
			not:  []string{"Lena Marsh|accused|Tomas Vrell"}},
		{name: "a ruler's brutal dictatorship",
			text: head + "\"Vrell's brutal dictatorship is over,\" said Senator Marsh.",
			want: []string{"Lena Marsh|accused|Tomas Vrell"},
			not:  []string{"Lena Marsh|accused|Bolivia"}},
	})
}
