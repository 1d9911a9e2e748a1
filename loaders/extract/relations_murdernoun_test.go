package extract

import "testing"

// TestMurderNoun: the murder of one person is a crime a case charges, not
// an attack between actors; a group's murders of people stay attacks.
func TestMurderNoun(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the murder of one officer",
			text: "The case drew notice after the alleged murder of police officer Quinn Sabor by suspect Tavo Relling.",
			not:  []string{"Tavo Relling|attacked|Quinn Sabor"}},
		{name: "a gang's murders",
			text: "The Vorago gang is responsible for heinous crimes, including the murders of Quinn Sabor and Lia Tembo.",
			want: []string{"Vorago|attacked|Quinn Sabor", "Vorago|attacked|Lia Tembo"}},
	})
}
