package extract

import "testing"

// TestDepartmentSpokespersonRoles checks that a byline's "Department
// Spokesperson" holds the post at the Department of State when the text
// names it, not in the government the text is about, and at no other
// department. All copy is invented.
func TestDepartmentSpokespersonRoles(t *testing.T) {
	const named = "Designation of Port Official Tarn Velloso\n\nLaura Fenwick, Department Spokesperson\n\nThe Department of State is designating Tarn Velloso, a port official of Norvania, for his involvement in significant corruption.\n"
	const stateDept = "Visa Restrictions on Norvanian Officials\n\nLaura Fenwick, Department Spokesperson\n\nThe State Department is restricting visas for twelve officials of Norvania today.\n"
	const both = "Port Officials Designated\n\nLaura Fenwick, Department Spokesperson\n\nThe Department of State and the Department of the Treasury designated two port officials of Norvania today.\n"
	const other = "Port Officials Designated\n\nLaura Fenwick, Department Spokesperson\n\nThe Department of the Treasury designated two port officials of Norvania today.\n"
	checkRoles(t, []roleCase{
		{name: "at the Department of State named", text: named, person: "Laura Fenwick", title: "Department Spokesperson", org: "Department of State"},
		{name: "not in the government", text: named, person: "Laura Fenwick", org: "United States", neg: true},
		{name: "at the State Department named, as the Department of State", text: stateDept, person: "Laura Fenwick", title: "Department Spokesperson", org: "Department of State"},
		{name: "two departments named: the State Department's", text: both, person: "Laura Fenwick", title: "Department Spokesperson", org: "Department of State"},
		{name: "not at another department", text: other, person: "Laura Fenwick", org: "Department of the Treasury", neg: true},
	})
}
