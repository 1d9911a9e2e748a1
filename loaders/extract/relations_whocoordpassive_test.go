package extract

import "testing"

// TestWhoCoordPassive: a participle coordinated with a passive group that
// "who" opens ("X, who was arrested and charged with Y") has the relative's
// antecedent as its patient; no person before "who", no patient. All copy
// is invented.
func TestWhoCoordPassive(t *testing.T) {
	checkRelCases(t, []relCase{
		{"who was arrested and charged",
			"Paraguay 2019 Human Rights Report: Arrest Procedures\n\nThe complaint had been filed by Tomas Ruel Adan, who was arrested and charged with arson in 2012 and freed in 2018.",
			[]string{"Paraguay|arrested|Tomas Ruel Adan", "Paraguay|charged|Tomas Ruel Adan"}, nil},
		{"no person before who",
			"Paraguay 2019 Human Rights Report: Arrest Procedures\n\nTomas Ruel Adan, a lawyer, spoke for the farmers, who were arrested and charged with trespass in 2010.",
			nil, []string{"Paraguay|charged|Tomas Ruel Adan"}},
	})
}
