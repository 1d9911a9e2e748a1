package extract

import "testing"

// TestListedGroupMembers: the people of a list after "The defendants …
// are:" (a table or inline) are members of the group an earlier sentence
// says the defendants are members of; "Other defendants" list others; a
// list with no such statement gives nothing. All copy is invented.
func TestListedGroupMembers(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a table after a stated membership",
			text: "H\nPolice arrested eight men in Springfield today.\n\nThe indictment alleges that four defendants – members and associates of the Harbor clique of Gulf Cartel – extorted shop owners.\n\nThe four defendants charged in the indictment are:\n\nName | Alias | Age\nRamiro Solis-Vega | Toto | 31\nEfrain Mata-Rueda | Flaco | 28\n\nThe case continues.",
			want: []string{"Ramiro Solis-Vega|memberOf|Gulf Cartel", "Efrain Mata-Rueda|memberOf|Gulf Cartel"}},
		{name: "an inline list after These defendants include",
			text: "H\nThe indictment alleges that three defendants were members of Gulf Cartel at the time.\n\nThese defendants include: Ramiro Solis Vega, 31, of Lima; Anselmo Tovar Ruiz, 40; and Efrain Mata Rueda, 28.",
			want: []string{"Ramiro Solis Vega|memberOf|Gulf Cartel", "Efrain Mata Rueda|memberOf|Gulf Cartel"}},
		{name: "other defendants",
			text: "H\nThe indictment alleges that three defendants were members of Gulf Cartel at the time.\n\nOther defendants facing charges include: Ramiro Solis Vega, 31, and Efrain Mata Rueda, 28.",
			not:  []string{"Ramiro Solis Vega|memberOf|Gulf Cartel", "Efrain Mata Rueda|memberOf|Gulf Cartel"}},
		{name: "no stated membership",
			text: "H\nGulf Cartel smuggled cocaine through the port.\n\nThese defendants include: Ramiro Solis Vega, 31, and Efrain Mata Rueda, 28.",
			not:  []string{"Ramiro Solis Vega|memberOf|Gulf Cartel"}},
	})
}

// TestListedLeaderRoles: the people listed after "The X targets are:"
// hold the leader's title in X when an earlier sentence calls the people
// named leaders of groups. All copy is invented.
func TestListedLeaderRoles(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "the group named in the list's head",
			text:   "H\nThe department announced rewards today. The individuals named today are top leaders of the Gulf Cartel and its armed wing, Los Rojos. The Los Rojos targets announced today are: Ramiro Solis Vega and Efrain Mata Rueda.",
			person: "Efrain Mata Rueda", title: "leader", org: "Los Rojos"},
		{name: "no statement of leaders",
			text:   "H\nThe department announced rewards today. The Gulf Cartel targets announced today are: Ramiro Solis Vega and Efrain Mata Rueda.",
			person: "Efrain Mata Rueda", org: "Gulf Cartel", neg: true},
	})
}
