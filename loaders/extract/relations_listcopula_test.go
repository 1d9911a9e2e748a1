package extract

import "testing"

// TestCopulaListActs: a list under a line ending "are:" gives each listed
// person the acts the line states: arrested by the state the text says
// the arrests were made in, charged by the charging court's government.
func TestCopulaListActs(t *testing.T) {
	checkRelCases(t, []relCase{
		{"arrested and named in the indictment",
			"Nine arrested in Peru\n\nAUSTIN, Texas - Federal agents announced today that nine people have been arrested in the Republic of Peru and will be sent to the United States to face charges in Texas. The Peruvian nationals arrested and named in the indictment are:\n\nRamon Ibarra Cota, 41, also known as El Gallo;\nFelix Duarte Salas, 38, also known as Tigre.",
			[]string{"Peru|arrested|Ramon Ibarra Cota", "Peru|arrested|Felix Duarte Salas",
				"United States|charged|Ramon Ibarra Cota", "United States|charged|Felix Duarte Salas"}, nil},
		{"arrests in two states name no one state",
			"Nine arrested\n\nAUSTIN, Texas - Agents said four people were arrested in Peru and five were arrested in Chile. The men arrested are:\n\nRamon Ibarra Cota, 41;\nFelix Duarte Salas, 38.",
			nil, []string{"Peru|arrested|Ramon Ibarra Cota", "Chile|arrested|Ramon Ibarra Cota"}},
		{"a line stating no act",
			"Security news\n\nAUSTIN, Texas - Agents arrested two people in Peru. The speakers at the event are:\n\nRamon Ibarra Cota, 41;\nFelix Duarte Salas, 38.",
			nil, []string{"Peru|arrested|Felix Duarte Salas", "United States|charged|Felix Duarte Salas"}},
	})
}
