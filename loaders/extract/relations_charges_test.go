package extract

import "testing"

// TestFacedCharges: a person said to face charges was charged by the
// government the charges are in (or the one the text's court stands
// for); not when the facing is hypothetical, and not the actor of an act
// in between ("X secured the extradition of bosses to face charges").
func TestFacedCharges(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "extradited to face charges in",
			text: "Peru extradited Hernan Quiroga Solis to face federal drug charges in the United States.",
			want: []string{"United States|charged|Hernan Quiroga Solis", "Peru|extradited|Hernan Quiroga Solis"}},
		{name: "fugitive facing charges",
			text: "Peru's police arrested Hernan Quiroga Solis on Monday. Quiroga Solis is a United States fugitive facing charges for money laundering.",
			want: []string{"United States|charged|Hernan Quiroga Solis"}},
		{name: "could face charges",
			text: "Tomas Abreu Lira met officials of the United States. Abreu Lira could face charges in the United States.",
			not:  []string{"United States|charged|Tomas Abreu Lira"}},
		{name: "an act in between",
			text: "President Dario Velasquez Mena of Peru secured the extradition of 12 gang bosses to face charges in the United States.",
			not:  []string{"United States|charged|Dario Velasquez Mena"}},
	})
}

// TestChargingDocument: an indictment or complaint that charges names no
// state; the charges are the United States' when "federal" qualifies the
// document or the text's dateline is Washington; not when a name the
// reader does not know comes before the charged.
func TestChargingDocument(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the indictment charges",
			text: "Gang Leaders Charged\n\nWASHINGTON – The narcotics indictment charges Marco Pellegrini Ruiz and Tomas Abreu Lira with conspiring to import cocaine into the United States.",
			want: []string{"United States|charged|Marco Pellegrini Ruiz", "United States|charged|Tomas Abreu Lira"}},
		{name: "indictment charging",
			text: "Gang Leader Charged\n\nWASHINGTON – A superseding federal indictment charging Hector Villamil Soto with racketeering was unsealed today in the United States.",
			want: []string{"United States|charged|Hector Villamil Soto"}},
		{name: "prosecutors, under a Washington dateline",
			text: "Gang Leader Charged\n\nWASHINGTON – Prosecutors charged Ana Lopez Vera with smuggling cocaine into the United States.",
			want: []string{"United States|charged|Ana Lopez Vera"}},
		{name: "a country's prosecutors",
			text: "Gang Leader Charged\n\nWASHINGTON – Mexico and the United States met on Monday. Mexican prosecutors charged Pedro Ruiz Vega with murder.",
			want: []string{"Mexico|charged|Pedro Ruiz Vega"}, not: []string{"United States|charged|Pedro Ruiz Vega"}},
		{name: "a dateline under a date line",
			text: "Gang Member Extradited\n\nTHURSDAY, MARCH 10, 2005\n\nWASHINGTON, D.C. - The narcotics indictment charges Hernan Abreu Lira with trafficking cocaine into the United States.",
			want: []string{"United States|charged|Hernan Abreu Lira"}},
		{name: "an unknown name first",
			text: "Gang Leaders Charged\n\nWASHINGTON – The indictment charges 12 members of the Los Halcones Negros, an offshoot of the Sinaloa Cartel, with trafficking into the United States.",
			not:  []string{"United States|charged|Sinaloa Cartel"}},
	})
}

// TestExtraditedFrom: "X was extradited from Y" names the sending
// government; a place after a comma does not.
func TestExtraditedFrom(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "who was extradited from",
			text: "Hernan Abreu Lira, who was extradited from Mexico in May, pleaded guilty in federal court in the United States.",
			want: []string{"Mexico|extradited|Hernan Abreu Lira"}},
		{name: "extradited from A to B",
			text: "Marta Quiroga Solis was extradited from Colombia to the United States on Friday.",
			want: []string{"Colombia|extradited|Marta Quiroga Solis"}, not: []string{"United States|extradited|Marta Quiroga Solis"}},
	})
}

// TestTakenIntoCustody: "taken into custody" is an arrest, by the "by"
// agent or the state it happened in.
func TestTakenIntoCustody(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "by an agency",
			text: "Hernan Abreu Lira was taken into custody by the Mexican Navy on Monday.",
			want: []string{"Secretariat of the Navy|arrested|Hernan Abreu Lira"}},
		{name: "active",
			text: "The Mexican Navy took into custody Pedro Ruiz Vega.",
			want: []string{"Secretariat of the Navy|arrested|Pedro Ruiz Vega"}},
	})
}

// TestPersonApposition: "X, the alleged leader of Y" describes X; Y is
// not a second object of the verb, but "Y and its leader, X" lists both.
func TestPersonApposition(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the leader of",
			text: "WASHINGTON – The United States indicted Ana Lopez Vera, the alleged leader of the Gulf Cartel, on Monday.",
			want: []string{"United States|charged|Ana Lopez Vera"}, not: []string{"United States|charged|Gulf Cartel"}},
		{name: "and its leader",
			text: "The Treasury Department sanctioned the Gulf Cartel and its leader, Ana Lopez Vera.",
			want: []string{"Department of the Treasury|sanctioned|Gulf Cartel", "Department of the Treasury|sanctioned|Ana Lopez Vera"}},
	})
}

// TestFederalIndictment: a person "charged in" a federal or U.S.
// indictment was charged by the United States, also when a "by" phrase
// names only the grand jury that returned it; a "by" naming an actor
// keeps that actor, and an indictment of no stated state names none.
func TestFederalIndictment(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "returned by a federal grand jury",
			text: "The United States thanked Peru. Hernan Quiroga Solis is charged in a May 2019 indictment returned by a federal grand jury in Tucson.",
			want: []string{"United States|charged|Hernan Quiroga Solis"}},
		{name: "several U.S. indictments",
			text: "Hernan Quiroga Solis was charged in several U.S. indictments with drug trafficking.",
			want: []string{"United States|charged|Hernan Quiroga Solis"}},
		{name: "a by phrase naming the actor",
			text: "The United States thanked Peru. Hernan Quiroga Solis was charged in an indictment filed by Peru in May.",
			want: []string{"Peru|charged|Hernan Quiroga Solis"},
			not:  []string{"United States|charged|Hernan Quiroga Solis"}},
		{name: "no state stated",
			text: "The United States thanked Peru. Hernan Quiroga Solis was charged in an indictment returned by a grand jury in Tucson.",
			not:  []string{"United States|charged|Hernan Quiroga Solis"}},
	})
}
