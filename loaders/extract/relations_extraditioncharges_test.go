package extract

import "testing"

// TestExtraditionCharges: an extradition "to" a government "on" charges, or
// "to face" them, says that government charged the person; an unnamed
// person, a planned extradition, or one with no charges named states none.
func TestExtraditionCharges(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the extradition of a person on charges",
			text: "The Peruvian Supreme Court authorized the extradition of Jorge Pablo Vera to the United States on drug trafficking charges.",
			want: []string{"United States|charged|Jorge Pablo Vera", "Peru|extradited|Jorge Pablo Vera"}},
		{name: "a passive extradition on charges",
			text: "Jorge Pablo Vera was extradited from Peru to Chile on murder charges.",
			want: []string{"Chile|charged|Jorge Pablo Vera"}},
		{name: "an unnamed member of a group",
			text: "A senior member of the Gulf Cartel was extradited from Peru to Chile on murder charges.",
			not:  []string{"Chile|charged|Gulf Cartel"}},
		{name: "a possible extradition",
			text: "The court weighed the possible extradition of Jorge Pablo Vera to Chile on murder charges.",
			not:  []string{"Chile|charged|Jorge Pablo Vera"}},
		{name: "federal charges and no receiving state",
			text: "Officials said Jorge Pablo Vera arrived in the United States after being extradited from Peru on federal charges of smuggling cocaine.",
			want: []string{"United States|charged|Jorge Pablo Vera", "Peru|extradited|Jorge Pablo Vera"}},
		{name: "federal drug charges, passive",
			text: "The United States thanked Peru. Jorge Pablo Vera was extradited from Peru on federal drug trafficking charges.",
			want: []string{"United States|charged|Jorge Pablo Vera"}},
		{name: "charges not federal and no receiving state",
			text: "Jorge Pablo Vera was extradited from Peru on murder charges.",
			not:  []string{"United States|charged|Jorge Pablo Vera"}},
		{name: "extradited to a state to face charges, after a date",
			text: "Jorge Pablo Vera was extradited from Peru to Chile on Dec. 10 to face drug trafficking charges.",
			want: []string{"Chile|charged|Jorge Pablo Vera"}},
		{name: "to face no named charges",
			text: "Jorge Pablo Vera was extradited from Peru to Chile to face justice.",
			not:  []string{"Chile|charged|Jorge Pablo Vera"}},
		{name: "no charges named",
			text: "The Peruvian Supreme Court authorized the extradition of Jorge Pablo Vera to Chile on Monday.",
			not:  []string{"Chile|charged|Jorge Pablo Vera"}},
	})
}

// TestExtraditionOfTitledPerson: the person after "the extradition of"
// may be introduced by titles ("former President X"). Invented copy.
func TestExtraditionOfTitledPerson(t *testing.T) {
	checkRelCases(t, []relCase{
		{"former President",
			"Statement on Extradition\n\nPeru approved the extradition of former President Ramon Ortiz Lugo to the United States on charges of money laundering.",
			[]string{"United States|charged|Ramon Ortiz Lugo"}, nil},
	})
}
