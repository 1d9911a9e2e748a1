package extract

import "testing"

// TestGroupSubjectAnaphor: a definite description of criminal groups that
// opens its clause acts for the groups named before it; an attack on a
// country's people is not an attack on its state.
func TestGroupSubjectAnaphor(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "these gangs as the subject",
			text: "Peru designated Los Zetas and the Gulf Cartel as terrorist organizations. These gangs have attacked the Haitian National Police.",
			want: []string{"Los Zetas|attacked|Haitian National Police", "Gulf Cartel|attacked|Haitian National Police"}},
		{name: "the organization after a fronted clause",
			text: "Ana Ruiz led Los Zetas for a decade. Once paid, the organization works with the Sinaloa Cartel.",
			want: []string{"Los Zetas|cooperatesWith|Sinaloa Cartel"}},
		{name: "not the subject: a group noun inside a phrase",
			text: "Peru designated Los Zetas. The leaders of the cartel met with the Gulf Cartel.",
			not:  []string{"Los Zetas|metWith|Gulf Cartel"}},
		{name: "a name opening with a group noun is no anaphor",
			text: "Peru has designated drug trafficking groups based in Chile, such as Clan del Golfo, and Bolivia, including the Cartel Jalisco Nueva Generacion (CJNG) and the Gulf Cartel.",
			want: []string{"Peru|designated|Jalisco New Generation Cartel", "Peru|designated|Gulf Cartel"},
		},
		{name: "the people of a country, then a body",
			text: "Los Zetas attacked the people of Haiti and the Haitian National Police.",
			want: []string{"Los Zetas|attacked|Haitian National Police"},
			not:  []string{"Los Zetas|attacked|Haiti"}},
	})
}
