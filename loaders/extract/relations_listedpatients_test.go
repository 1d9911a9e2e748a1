package extract

import "testing"

// TestListedPatients: a legal act whose object is an unnamed plural phrase
// reaches the members a list names after it ("including", a colon, a
// semicolon list of described items); a coordinated relative's plural
// opens a sub-list ("and sons A, B and C"); a group's head noun after its
// name does not end the coordination. A list after a non-legal act, or
// after a noun that names no group of people, is not read.
func TestListedPatients(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "counted people, including",
			text: "Sanctions on a Port Network\n\nThe United States is today sanctioning 14 individuals and 9 entities tied to the Red Hand Cartel, including cartel leader Tobias Wrenfield Aldana and Mirela Castaño Ruiz.",
			want: []string{"United States|sanctioned|Tobias Wrenfield Aldana", "United States|sanctioned|Mirela Castaño Ruiz"}},
		{name: "the following, colon and semicolons",
			text: "Designations for Corruption\n\nThe Department of State designated the following former Peruvian officials: Ostin Vadaleva Pruitt, former judge of the Coastal Court; Marisa Delcourt Anaya, former prosecutor; and Julio Ferro Beaumont.",
			want: []string{"Department of State|designated|Ostin Vadaleva Pruitt", "Department of State|designated|Marisa Delcourt Anaya", "Department of State|designated|Julio Ferro Beaumont"}},
		{name: "described items",
			text: "Designations for Corruption\n\nThe State Department is designating the following members of Orrin Vastel Quiroga's family: his spouse, Delia Marquand Soto; his daughter, Ilse Vastel Marquand; and his minor child.",
			want: []string{"Department of State|designated|Delia Marquand Soto", "Department of State|designated|Ilse Vastel Marquand"}},
		{name: "relative's plural opens a sub-list",
			text: "Designations for Corruption\n\nThe State Department is also designating Vastel's spouse, Delia Marquand Soto, and sons Pedro Vastel Marquand, Luis Vastel Marquand, and Tomas Vastel Marquand.",
			want: []string{"Department of State|designated|Delia Marquand Soto", "Department of State|designated|Pedro Vastel Marquand", "Department of State|designated|Luis Vastel Marquand", "Department of State|designated|Tomas Vastel Marquand"}},
		{name: "group head noun after the name",
			text: "Island Gangs\n\nIn May, the Treasury designated the Red Dawn gang coalition and the Iron Fist gang.",
			want: []string{"Department of the Treasury|designated|Red Dawn", "Department of the Treasury|designated|Iron Fist"}},
		{name: "a list after a non-legal act",
			text: "Regional Talks\n\nThe United States welcomed 14 officials from the region, including Tobias Wrenfield Aldana and Mirela Castaño Ruiz.",
			not:  []string{"United States|sanctioned|Tobias Wrenfield Aldana", "United States|designated|Tobias Wrenfield Aldana"}},
		{name: "no people noun before the list",
			text: "Charges Filed\n\nThe Department of Justice charged Anselm Grieve Tolosa with crimes including conspiracy with Tomas Vastel Marquand.",
			want: []string{"Department of Justice|charged|Anselm Grieve Tolosa"},
			not:  []string{"Department of Justice|charged|Tomas Vastel Marquand"}},
	})
}
