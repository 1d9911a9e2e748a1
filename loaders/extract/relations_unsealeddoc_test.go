package extract

import "testing"

// TestUnsealedDocument: a charging document with a participle phrase
// before its verb ("an indictment unsealed today in X charges Y") charges
// Y as the bare document does; a document filed by a named body does not
// make the state its actor here. All copy is invented.
func TestUnsealedDocument(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "unsealed today",
			text: "Case news\n\nHOUSTON – U.S. Attorney Dana Pruett announced the case. An indictment unsealed today charges Tobias Renteria-Lugo with cocaine trafficking.",
			want: []string{"United States|charged|Tobias Renteria-Lugo"}},
		{name: "unsealed on a day in a place",
			text: "Case news\n\nHOUSTON – U.S. Attorney Dana Pruett announced the case. A superseding indictment unsealed Tuesday in Brooklyn charges Mireya Salcedo-Pinto and Aldo Fuentes-Rey with conspiracy.",
			want: []string{"United States|charged|Mireya Salcedo-Pinto", "United States|charged|Aldo Fuentes-Rey"}},
		{name: "complaint filed",
			text: "Case news\n\nHOUSTON – U.S. Attorney Dana Pruett announced the case. A criminal complaint filed last week charges Tobias Renteria-Lugo with money laundering.",
			want: []string{"United States|charged|Tobias Renteria-Lugo"}},
		{name: "no participle: an adjective phrase is not skipped",
			text: "Case news\n\nHOUSTON – U.S. Attorney Dana Pruett announced the case. An indictment that Judge Pablo Ferraz read charges Tobias Renteria-Lugo with fraud.",
			not:  []string{"United States|charged|Tobias Renteria-Lugo"}},
	})
}

// TestDocumentAgent: "charged by criminal complaint" names the document,
// not an agent: the charge has the actor of one that names none; a body
// after "by" stays the agent. All copy is invented.
func TestDocumentAgent(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "by criminal complaint",
			text: "Case news\n\nHOUSTON – U.S. Attorney Dana Pruett announced the case. Hernan Luna-Vera was charged by criminal complaint with drug trafficking.",
			want: []string{"United States|charged|Hernan Luna-Vera"}},
		{name: "by indictment",
			text: "Case news\n\nHOUSTON – U.S. Attorney Dana Pruett announced the case. Hernan Luna-Vera was charged by indictment in May.",
			want: []string{"United States|charged|Hernan Luna-Vera"}},
		{name: "by a body",
			text: "Case news\n\nBOGOTA, Colombia – Hernan Luna-Vera was charged by the Attorney General's Office of Colombia with extortion.",
			not:  []string{"United States|charged|Hernan Luna-Vera"}},
	})
}
