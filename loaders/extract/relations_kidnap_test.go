package extract

import "testing"

// TestKidnappings: a named group that kidnaps or abducts a named person
// attacked them; people only described, and described people a relative
// clause says were kidnapped, are no victims named.
func TestKidnappings(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "kidnapped",
			text: "On March 9, the ELN kidnapped Rodrigo Pineda Ossa, a former mayor, near Cucuta.",
			want: []string{"National Liberation Army|attacked|Rodrigo Pineda Ossa"}},
		{name: "abducted",
			text: "In June the ELN abducted Rodrigo Pineda Ossa in Arauca.",
			want: []string{"National Liberation Army|attacked|Rodrigo Pineda Ossa"}},
		{name: "described people",
			text: "The ELN kidnapped two engineers near Cucuta in May.",
			not:  []string{"National Liberation Army|attacked|Cucuta"}},
		{name: "a relative clause on described people",
			text: "According to the Center for Historical Memory, 40 police officers who were kidnapped by the FARC and the ELN are still missing.",
			not:  []string{"National Liberation Army|attacked|Center for Historical Memory", "Revolutionary Armed Forces of Colombia|attacked|Center for Historical Memory"}},
	})
}
