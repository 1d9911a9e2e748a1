package extract

import "testing"

// TestCopulaLeaders: a copula (hedged or not) or an apposition over an age
// or an alias says a person heads a criminal group; a negated copula or a
// group that is no criminal group says nothing.
func TestCopulaLeaders(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "one of the top leaders after a copula",
			text: "Carlos Mario Ruiz-Soto was sentenced today. Ruiz-Soto was one of the top leaders of the Gulf Cartel for a decade.",
			want: []string{"Carlos Mario Ruiz-Soto|leads|Gulf Cartel"}},
		{name: "a hedged copula",
			text: "Ramiro Lunas-Pardo is alleged to be an international leader of MS-13 who sent orders from prison.",
			want: []string{"Ramiro Lunas-Pardo|leads|MS-13"}},
		{name: "an apposition after an age",
			text: "Tomas Ferro Aldana, 52, one of the leaders of the Sinaloa Cartel, pleaded guilty today.",
			want: []string{"Tomas Ferro Aldana|leads|Sinaloa Cartel"}},
		{name: "an apposition after a quoted alias",
			text: "Ruben Castaño-Leal, also known as “El Gordo” and “R-7,” the alleged former leader of the Gulf Cartel, was extradited on Monday.",
			want: []string{"Ruben Castaño-Leal|leads|Gulf Cartel"}},
		{name: "an apposition after aliases that aka opens",
			text: "Ruben Castaño-Leal, aka “El Gordo” and “R-7,” the alleged former leader of the Gulf Cartel, was extradited on Monday.",
			want: []string{"Ruben Castaño-Leal|leads|Gulf Cartel"}},
		{name: "an apposition after aliases that alias opens",
			text: "Ruben Castaño-Leal, alias “El Gordo” and “R-7,” the alleged former leader of the Gulf Cartel, was extradited on Monday.",
			want: []string{"Ruben Castaño-Leal|leads|Gulf Cartel"}},
		{name: "a negated copula",
			text: "Ramiro Lunas-Pardo was not one of the leaders of MS-13, his lawyer said.",
			not:  []string{"Ramiro Lunas-Pardo|leads|MS-13"}},
		{name: "no criminal group",
			text: "Ana Lucia Prado is one of the leaders of the Chilean Senate.",
			not:  []string{"Ana Lucia Prado|leads|Senate"}},
	})
}
