package extract

import "testing"

// TestHeadExtraditions: a headline that reports an extradition before
// naming anyone ("Veranian National Extradited", "Verania Extradites
// Ex-Militia Chief", "… Extradited from Verania") makes its one state the
// sender of the person named first after it; a plural headline takes the
// list; an aside in parentheses, an official and a headline naming two
// states do not count. All copy is invented.
func TestHeadExtraditions(t *testing.T) {
	const body = "\n\nDALLAS – A man was sentenced to federal prison today, announced DEA Special Agent in Charge Marcus Hale.\n\nJulio Cesar Mantilla-Rojas, 44, pleaded guilty in March to conspiracy to import cocaine. He is a national of Honduras and lived in Mexico and Colombia."
	checkRelCases(t, []relCase{
		{name: "demonym in a passive headline",
			text: "Honduran National Extradited and Sentenced for Importing Cocaine" + body,
			want: []string{"Honduras|extradited|Julio Cesar Mantilla-Rojas"},
			not:  []string{"Honduras|extradited|Marcus Hale"}},
		{name: "from phrase in the headline",
			text: "Alleged Cartel Member Extradited to the United States from Mexico" + body,
			want: []string{"Mexico|extradited|Julio Cesar Mantilla-Rojas"}},
		{name: "active state subject",
			text: "Colombia Extradites Former Militia Chief to US\n\nA former militia commander has been extradited to the United States.\n\nGuards stood by as Julio Cesar Mantilla-Rojas boarded a plane on Thursday. Colombia has sent dozens of suspects north.",
			want: []string{"Colombia|extradited|Julio Cesar Mantilla-Rojas"}},
		{name: "a plural headline takes the list",
			text: "Colombian Drug Traffickers Extradited to United States\n\nAuthorities said the defendants, Julio Cesar Mantilla-Rojas, Carlos Alberto Duarte, and Miguel Angel Torres, were extradited on Monday. They ran cocaine from Colombia.",
			want: []string{"Colombia|extradited|Julio Cesar Mantilla-Rojas", "Colombia|extradited|Carlos Alberto Duarte", "Colombia|extradited|Miguel Angel Torres"}},
		{name: "an aside in parentheses is not the person",
			text: "Colombia Extradites Former Militia Chief to US\n\nThe move follows another suspect (Julio Cesar Mantilla-Rojas) flown to the U.S. on Monday. Colombia has sent dozens of suspects north.",
			not:  []string{"Colombia|extradited|Julio Cesar Mantilla-Rojas"}},
		{name: "two demonyms name no one sender",
			text: "Mexican and Colombian Nationals Extradited" + body,
			not:  []string{"Mexico|extradited|Julio Cesar Mantilla-Rojas", "Colombia|extradited|Julio Cesar Mantilla-Rojas"}},
	})
}
