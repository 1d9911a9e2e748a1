package extract

import "testing"

// TestDivisionHeadPost checks that an assistant attorney general of a
// department's division holds a post at the division and none at the
// department above it, while a deputy one also serves the department.
// All copy is invented.
func TestDivisionHeadPost(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, person, unit string
		dept               bool
	}{
		{"“The defendants will answer for their crimes,” said Acting Assistant Attorney General Dana R. Whitcomb of the Justice Department’s Criminal Division.\n", "Dana R. Whitcomb", "Criminal Division", false},
		{"Assistant Attorney General Kyle Ormsby of the Justice Department’s Civil Division announced the settlement on Tuesday.\n", "Kyle Ormsby", "Civil Division", false},
		{"Deputy Assistant Attorney General Colleen Marr of the Justice Department’s Criminal Division announced the charges on Tuesday.\n", "Colleen Marr", "Criminal Division", true},
	} {
		x := ex.Extract(article("Defendants Charged\n\n" + c.text))
		if !hasRole(x, c.person, c.unit) {
			t.Errorf("%q: roles = %+v, want %s at %s", c.text, x.Roles, c.person, c.unit)
		}
		if got := hasRole(x, c.person, "Department of Justice"); got != c.dept {
			t.Errorf("%q: post at the department = %v, want %v; roles %+v", c.text, got, c.dept, x.Roles)
		}
	}
}
