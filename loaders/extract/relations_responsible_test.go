package extract

import "testing"

// TestResponsibleFor: a subject that "is responsible for" a nominalised act
// is its actor, through a list ("crimes …, including the murders of A and
// B"); "those responsible" names no one, and a negated or modal copula
// states nothing.
func TestResponsibleFor(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "including the murders of two people",
			text: "The Gulf Cartel is responsible for some of the worst crimes of the decade, including the murders of Ana Maria Soto and Luis Fernando Rojas.",
			want: []string{"Gulf Cartel|attacked|Ana Maria Soto", "Gulf Cartel|attacked|Luis Fernando Rojas"}},
		{name: "an adverb before responsible",
			text: "The Gulf Cartel was directly responsible for the killing of Ana Maria Soto.",
			want: []string{"Gulf Cartel|attacked|Ana Maria Soto"}},
		{name: "those responsible",
			text: "Peru will find those responsible for the assassination of Ana Maria Soto.",
			not:  []string{"Peru|attacked|Ana Maria Soto"}},
		{name: "a negated copula",
			text: "The Gulf Cartel was not responsible for the murder of Ana Maria Soto.",
			not:  []string{"Gulf Cartel|attacked|Ana Maria Soto"}},
		{name: "a modal copula",
			text: "The Gulf Cartel may be responsible for the murder of Ana Maria Soto.",
			not:  []string{"Gulf Cartel|attacked|Ana Maria Soto"}},
	})
}
