package extract

import "testing"

// TestCountedPeople: a counted subject opening a passive ("All three have
// been charged", "Both were charged") is the last that many people named
// in the sentence before; not when that sentence names fewer.
func TestCountedPeople(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "all three after a list",
			text: "Gang Leaders Charged\n\nThe U.S. Department of Justice announced a reward for three gang members: Juan Pablo Serrano, aka El Gato; Ramon Villa Cruz, aka Chivo; and Pedro Alvarado Ruiz, leader of the Los Toros gang. All three have been charged with hostage taking in the United States.",
			want: []string{"United States|charged|Juan Pablo Serrano", "United States|charged|Ramon Villa Cruz", "United States|charged|Pedro Alvarado Ruiz"}},
		{name: "both",
			text: "Gang Leaders Charged\n\nThe police arrested Marcos Delgado Fuentes and Hector Villamil Soto. Both were charged with murder in the United States.",
			want: []string{"United States|charged|Marcos Delgado Fuentes", "United States|charged|Hector Villamil Soto"}},
		{name: "fewer people named",
			text: "Gang Leaders Charged\n\nThe police arrested Marcos Delgado Fuentes in Lima. All three were charged with murder in the United States.",
			not:  []string{"United States|charged|Marcos Delgado Fuentes"}},
	})
}

// TestCountedFamily: a counted subject refers back to a family the
// sentence before names ("The X brothers …. Both are serving sentences"),
// when the family has that many people; also as the subject of serving a
// sentence, not only of a passive.
func TestCountedFamily(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "both, after the brothers",
			text: "Cartel Heads Jailed\n\nMarcos Delgado Fuentes and Hector Delgado Fuentes ran the cartel's finances. The Delgado Fuentes brothers were long the bosses of the Los Toros cartel. Both are now serving prison sentences in Peru for drug trafficking.",
			want: []string{"Peru|convicted|Marcos Delgado Fuentes", "Peru|convicted|Hector Delgado Fuentes"}},
		{name: "a count the family does not have",
			text: "Cartel Heads Jailed\n\nMarcos Delgado Fuentes and Hector Delgado Fuentes ran the cartel's finances. The Delgado Fuentes brothers were long the bosses of the Los Toros cartel. All three were charged in Peru.",
			not:  []string{"Peru|charged|Marcos Delgado Fuentes", "Peru|charged|Hector Delgado Fuentes"}},
	})
}
