package extract

import "testing"

// TestFieldOfficeWithoutCity checks that "ERO Field Office Director X" in a
// release naming one field office in full holds the post at that office,
// and that a field office named with its own city stays its own. All copy
// is invented.
func TestFieldOfficeWithoutCity(t *testing.T) {
	const lede = "H\nEnforcement and Removal Operations (ERO) Tucson Field Office removed a fugitive wanted in Peru. "
	checkRoles(t, []roleCase{
		{name: "acronym and field office", text: lede + "“We will find them,” said ERO Field Office Director Dana Whitcombe.",
			person: "Dana Whitcombe", org: "Tucson Field Office"},
		{name: "a city of its own", text: lede + "“We will find them,” said ERO Reno Field Office Director Dana Whitcombe.",
			person: "Dana Whitcombe", org: "Tucson Field Office", neg: true},
	})
}
