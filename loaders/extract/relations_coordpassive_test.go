package extract

import "testing"

// TestCoordinatedPassive: a passive verb after "and" takes the subject of
// the sentence's earlier predicate, not the nearest name; "along with Y"
// after a charge, arrest, extradition or conviction makes Y a patient too,
// also when Y is a nickname given before. All copy is invented.
func TestCoordinatedPassive(t *testing.T) {
	checkRelCases(t, []relCase{
		{"after a copula and a named partner",
			"Rafael Ortiz Lemus is a partner of trafficker Pedro Salas Mena and is charged in a U.S. indictment.",
			[]string{"United States|charged|Rafael Ortiz Lemus"}, []string{"United States|charged|Pedro Salas Mena"}},
		{"after an earlier passive",
			"Rafael Ortiz Lemus was detained by Panama in May and is charged in a U.S. indictment.",
			[]string{"United States|charged|Rafael Ortiz Lemus", "Panama|arrested|Rafael Ortiz Lemus"}, nil},
		{"a clause with its own subject",
			"Panama detained Rafael Ortiz Lemus in May, and Pedro Salas Mena is charged in a U.S. indictment.",
			[]string{"United States|charged|Pedro Salas Mena"}, []string{"United States|charged|Rafael Ortiz Lemus"}},
		{"along with a name",
			"Rafael Ortiz Lemus is charged in a U.S. indictment along with Pedro Salas Mena.",
			[]string{"United States|charged|Rafael Ortiz Lemus", "United States|charged|Pedro Salas Mena"}, nil},
		{"along with a nickname given before",
			"Pedro Salas Mena, also known as, “El Toro”, runs the ring. Rafael Ortiz Lemus is charged in a U.S. indictment along with El Toro.",
			[]string{"United States|charged|Rafael Ortiz Lemus", "United States|charged|Pedro Salas Mena"}, nil},
	})
}

// TestAlongsideDesignation: "alongside Y" after an active designation
// makes Y designated too; a next clause's subject is not. All copy is
// invented.
func TestAlongsideDesignation(t *testing.T) {
	checkRelCases(t, []relCase{
		{"alongside after the designation",
			"WASHINGTON - The United States designated Los Zetas as a foreign terrorist organization in March, alongside the Gulf Cartel.",
			[]string{"United States|designated|Los Zetas", "United States|designated|Gulf Cartel"}, nil},
		{"a next clause",
			"WASHINGTON - The United States designated Los Zetas as a foreign terrorist organization in March, and the Gulf Cartel attacked police.",
			[]string{"United States|designated|Los Zetas"}, []string{"United States|designated|Gulf Cartel"}},
	})
}
