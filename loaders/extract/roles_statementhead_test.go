package extract

import "testing"

// TestStatementHeadRoles checks that a headline "Statement by|from TITLE
// NAME on …" with a bare title gives the post at the United States in a
// text naming it, and none when the text names no United States or the
// headline is not a statement's. All copy is invented.
func TestStatementHeadRoles(t *testing.T) {
	ex := newExtractor(t)
	const body = "\n\nToday the Vice President met the President of Chile. The United States and Chile share a commitment to safe fisheries.\n"
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"statement by", "Statement by Senior Advisor and Chief Spokesperson Mara Quill on the Vice President’s Meeting with Chile" + body, true},
		{"statement from", "Statement from Communications Director Mara Quill on the Visit of the President of Chile" + body, true},
		{"no united states", "Statement by Communications Director Mara Quill on Fisheries\n\nToday the fleet returned to port.\n", false},
		{"not a statement", "Remarks by Communications Director Mara Quill on Fisheries" + body, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasRole(x, "Mara Quill", "United States"); got != c.want {
				t.Errorf("role at United States = %v, want %v; roles = %+v", got, c.want, x.Roles)
			}
		})
	}
}
