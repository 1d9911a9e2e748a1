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
		{"bulleted lines",
			"Nine arrested in Peru\n\nAUSTIN, Texas - Agents said nine people have been arrested in Peru. The men arrested are:\n\n- Ramon Ibarra Cota, 41, of Lima;\n- Felix Duarte Salas, 38, of Cusco.",
			[]string{"Peru|arrested|Ramon Ibarra Cota", "Peru|arrested|Felix Duarte Salas"}, nil},
		{"extradited by the one sending state",
			"Chile Extradites Two to Peru\n\nOn May 3, Chile extradited to Peru two fugitives wanted for murder. The two extradited fugitives are:\n\n- Ramon Ibarra Cota, 41, a Peruvian national;\n- Felix Duarte Salas, 38, a Peruvian national.",
			[]string{"Chile|extradited|Ramon Ibarra Cota", "Chile|extradited|Felix Duarte Salas"}, []string{"Peru|extradited|Felix Duarte Salas"}},
		{"two sending states name none",
			"Fugitives Extradited\n\nChile extradited one fugitive and Bolivia extradited another. The extradited fugitives are:\n\n- Ramon Ibarra Cota, 41;\n- Felix Duarte Salas, 38.",
			nil, []string{"Chile|extradited|Felix Duarte Salas", "Bolivia|extradited|Felix Duarte Salas"}},
	})
}
