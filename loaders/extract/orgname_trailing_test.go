package extract

import "testing"

// TestOrgNameNoTrailingThe checks that a body's name whose complement
// stops before a person's name ("… Institute of the John Carver
// Foundation") ends before "of the", not in it. All copy is invented.
func TestOrgNameNoTrailingThe(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("H\nAna Ruiz, an analyst at the Andean Policy Institute of the John Carver Foundation, said the talks would resume."))
	for _, e := range x.Entities {
		if n := fold(e.Name); len(n) > 4 && (n[len(n)-4:] == " the" || n[len(n)-3:] == " of") {
			t.Errorf("entity %q ends in a connector; entities %+v", e.Name, x.Entities)
		}
	}
}
