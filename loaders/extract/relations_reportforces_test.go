package extract

import "testing"

// TestReportForces: in a report on one state, its "security forces"
// arresting or detaining someone is the state's arrest, as "police arrested X" is; forces of another side ("opposition
// forces") are not the state's. All copy is invented.
func TestReportForces(t *testing.T) {
	checkRelCases(t, []relCase{
		{"security forces arrested",
			"Paraguay 2021 Human Rights Report: Political Prisoners\n\nOn May 4, security forces arrested Tomas Ruel Adan, a teacher, and held him for ten days.",
			[]string{"Paraguay|arrested|Tomas Ruel Adan"}, nil},
		{"security forces detained after a month",
			"Paraguay 2019 Human Rights Report: Torture\n\nThe report covered the year. On June 3, security forces detained Tomas Ruel Adan, a lawyer, at a checkpoint near the border.",
			[]string{"Paraguay|arrested|Tomas Ruel Adan"}, nil},
		{"opposition forces are not the state's",
			"Paraguay 2019 Human Rights Report: Torture\n\nIn June opposition forces detained Tomas Ruel Adan, a lawyer, at a checkpoint near the border.",
			nil, []string{"Paraguay|arrested|Tomas Ruel Adan"}},
	})
}
