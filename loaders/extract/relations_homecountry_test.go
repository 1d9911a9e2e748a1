package extract

import "testing"

// TestHomeCountryWanted: a description with a demonym, wanted in "his
// home country", is the person whose name next opens a sentence, charged
// by the demonym's state; a name first given as an object, a description
// without a demonym and a negated status give nothing. All copy is
// invented; each names the state (a demonym stands for a state the
// article names).
func TestHomeCountryWanted(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a reduced relative, the name in the next paragraph",
			text: "Removal\n\nDALLAS — A Honduran fugitive wanted for armed robbery in his home country was removed Tuesday by deportation officers.\n\nOmar Reyes Trujillo, 31, was flown to San Pedro Sula, Honduras.",
			want: []string{"Honduras|charged|Omar Reyes Trujillo"}},
		{name: "a relative clause, a sentence between",
			text: "Removal\n\nA Guatemalan gang member living in Texas, who is wanted in his home country on kidnapping charges, was removed Friday. He was flown to Guatemala on a charter flight.\n\nLuis Pardo Mejia, 40, entered the country in 2012.",
			want: []string{"Guatemala|charged|Luis Pardo Mejia"}},
		{name: "an object description",
			text: "Removal\n\nOfficers returned a Peruvian fugitive wanted for fraud in her native country.\n\nRosa Quispe Mamani, 52, had lived in Ohio since 2015 and was flown to Peru.",
			want: []string{"Peru|charged|Rosa Quispe Mamani"}},
		{name: "the name first given as an object",
			text: "Removal\n\nA Honduran man wanted in his home country for extortion was removed Friday.\n\nOn arrival, officers handed Omar Reyes Trujillo to the police of Honduras. Reyes Trujillo is a gang member.",
			not:  []string{"Honduras|charged|Omar Reyes Trujillo"}},
		{name: "no demonym",
			text: "Removal\n\nA gang member wanted for armed robbery in his home country was removed Tuesday.\n\nOmar Reyes Trujillo, 31, was flown to San Pedro Sula, Honduras.",
			not:  []string{"Honduras|charged|Omar Reyes Trujillo"}},
		{name: "not wanted",
			text: "Removal\n\nA Honduran man who is not wanted in his home country was released Tuesday.\n\nOmar Reyes Trujillo, 31, was flown to San Pedro Sula, Honduras.",
			not:  []string{"Honduras|charged|Omar Reyes Trujillo"}},
	})
}
