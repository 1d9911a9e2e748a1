package extract

import "testing"

// TestReportActNouns: in a text about one state, an arrest, charge or
// conviction named by a noun with no actor ("the charges against X", "the
// conviction of Y") is that state's; an outcome sought ("information
// leading to the arrest of X") is no act, and a killing noun is no state's.
func TestReportActNouns(t *testing.T) {
	const head = "Bolivia 2022 Human Rights Report: Arbitrary Arrest\n\n"
	checkRelCases(t, []relCase{
		{name: "charges against",
			text: head + "Observers criticized the charges against former minister Rolando Vaca Pereira.",
			want: []string{"Bolivia|charged|Rolando Vaca Pereira"}},
		{name: "conviction of",
			text: head + "In December the office obtained the conviction of former mayor Rolando Vaca Pereira for embezzlement.",
			want: []string{"Bolivia|convicted|Rolando Vaca Pereira"}},
		{name: "an outcome sought",
			text: head + "The ministry offered a reward for information leading to the arrest and/or conviction of Rolando Vaca Pereira.",
			not:  []string{"Bolivia|arrested|Rolando Vaca Pereira", "Bolivia|convicted|Rolando Vaca Pereira"}},
		{name: "a killing",
			text: head + "Observers criticized the killing of Rolando Vaca Pereira.",
			not:  []string{"Bolivia|attacked|Rolando Vaca Pereira"}},
	})
}
