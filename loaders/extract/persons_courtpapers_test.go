package extract

import "testing"

// TestCourtPapersNameNoOne checks that a capitalised court paper or
// branch of government is no person's surname. All copy is invented.
func TestCourtPapersNameNoOne(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"the Indictment charges",
			"H\nProsecutors announced the case on Monday. The Indictment charges Tobin Harrow with conspiracy.",
			[]string{"Tobin Harrow"}, []string{"Indictment"}},
		{"the Complaint alleges",
			"H\nThe Complaint alleges that Kevin Harrow moved the cash.",
			[]string{"Kevin Harrow"}, []string{"Complaint"}},
		{"a branch of government",
			"H\n“It is time to use every tool at the Executive Branch’s disposal,” Senator Ana Vell said.",
			[]string{"Ana Vell"}, []string{"Branch"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, c.want, c.not)
		})
	}
}
