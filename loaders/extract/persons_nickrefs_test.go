package extract

import "testing"

// TestNicknameRefs checks that a quoted nickname given where a person is
// first named (after "known as", in parentheses, or inside the name)
// stands for that person when the copy later uses it bare, and that a
// quoted group name or a nickname two people share does not. All copy is
// invented.
func TestNicknameRefs(t *testing.T) {
	checkRelCases(t, []relCase{
		{"known as, with the comma inside the marks",
			"Trafficker handed over\n\nToday, the Mexican Government extradited Ramon Ortega Villa, known as “El Tigre,” to the United States.\n\nEl Tigre played a leading role in the feared Gulf Cartel for years.\n",
			[]string{"Ramon Ortega Villa|memberOf|Gulf Cartel"}, nil},
		{"in parentheses",
			"Trafficker captured\n\nOfficials confirmed that Ramon Ortega Villa (“El Tigre”) had been flown north.\n\nMexican police arrested El Tigre in a raid on a ranch last week.\n",
			[]string{"Mexican police|arrested|Ramon Ortega Villa"}, nil},
		{"inside the name",
			"Trafficker captured\n\nOfficials confirmed that Ramon “El Tigre” Ortega had been flown north.\n\nMexican police arrested El Tigre in a raid on a ranch last week.\n",
			[]string{"Mexican police|arrested|Ramon Ortega"}, nil},
	})
	ex := newExtractor(t)
	x := ex.Extract(article("Two traffickers held\n\nOfficials named Ramon Ortega Villa, known as “El Tigre,” and Pablo Ruiz Mena, known as “El Tigre,” as suspects.\n\nMexican police arrested El Tigre in a raid last week.\n"))
	for _, r := range x.Relations {
		if r.Predicate == "arrested" && (r.Object == "Ramon Ortega Villa" || r.Object == "Pablo Ruiz Mena") {
			t.Errorf("a nickname two people share: got %s %s %s, want neither named", r.Subject, r.Predicate, r.Object)
		}
	}
}
