package extract

import "testing"

// TestBylineAuthorRoles checks that the author a release's byline names
// with a title after a comma holds that post at the body the byline's line
// names, or as a spokesperson at the department the text names. All copy
// is invented.
func TestBylineAuthorRoles(t *testing.T) {
	const release = "Sanctioning Port Smugglers\n\nPress Statement\nLaura Fenwick, Spokeswoman\nOffice of the Spokesperson\nMarch 3, 2031\n\nThe Department of State is designating two port officials today. The Department of the Treasury acted as well.\n"
	checkRoles(t, []roleCase{
		{name: "spokesperson at the department named", text: release, person: "Laura Fenwick", title: "Spokeswoman", org: "Department of State"},
		{name: "not at its own office", text: release, person: "Laura Fenwick", org: "Office of the Spokesperson", neg: true},
		{name: "not at a department named later", text: release, person: "Laura Fenwick", org: "Department of the Treasury", neg: true},
		{name: "the body on the byline's line",
			text:   "Excerpts from a briefing\n\nState Department Briefing, Laura Fenwick, spokeswoman, March 3, 2031\n\nQUESTION: Is there news on the port?\n",
			person: "Laura Fenwick", title: "spokeswoman", org: "Department of State"},
		{name: "a Department Spokesperson: not a department named by name",
			text:   "Port Officials Designated\n\nPress Statement\nLaura Fenwick, Department Spokesperson\nMarch 3, 2031\n\nThe Department of the Treasury designated two port officials today.\n",
			person: "Laura Fenwick", org: "Department of the Treasury", neg: true},
	})
}
