package extract

import "testing"

// TestLeadExtraditionCharges: a lede's unnamed defendant "extradited …
// to face charges" is the person named next, charged by the receiving
// state; a weekday after "on" is a date, not the charges; the defendant's
// rank in a criminal group does not make them an official; a court named
// as the charging body keeps the charge its own. All copy is invented.
func TestLeadExtraditionCharges(t *testing.T) {
	const body = "\n\nJulio Cesar Mantilla-Rojas, 52, arrived in New York on Friday. He faces life in prison."
	checkRelCases(t, []relCase{
		{name: "a description extradited on Friday to face charges",
			text: "Cartel Leader Extradited\n\nWASHINGTON – A leader of the Clan del Norte drug trafficking organization was extradited from Colombia to the United States on Friday to face federal charges." + body,
			want: []string{"Colombia|extradited|Julio Cesar Mantilla-Rojas", "United States|charged|Julio Cesar Mantilla-Rojas"}},
		{name: "a named person extradited on Friday to face charges",
			text: "Julio Cesar Mantilla-Rojas was extradited from Colombia to the United States on Friday to face federal drug charges.",
			want: []string{"United States|charged|Julio Cesar Mantilla-Rojas"}},
		{name: "the defendant's rank in the group is no office",
			text: "Cartel Leader Extradited\n\nWASHINGTON – A Colombian national was extradited from Colombia to the United States on Friday to face federal charges.\n\nJulio Cesar Mantilla-Rojas, 52, arrived in New York on Friday. According to the indictment, Mantilla-Rojas led the Clan del Norte from 2012 to 2021.",
			want: []string{"Colombia|extradited|Julio Cesar Mantilla-Rojas", "United States|charged|Julio Cesar Mantilla-Rojas"}},
		{name: "a named charging court keeps the charge",
			text: "Cartel Leader Extradited\n\nWASHINGTON – A Colombian national was extradited from Colombia to the United States on Friday to face federal charges.\n\nJulio Cesar Mantilla-Rojas, 52, arrived in New York on Friday. In 2020, a grand jury in the U.S. District Court for the Southern District of Florida charged Mantilla-Rojas with conspiracy.",
			want: []string{"Colombia|extradited|Julio Cesar Mantilla-Rojas"}, not: []string{"United States|charged|Julio Cesar Mantilla-Rojas"}},
	})
}
