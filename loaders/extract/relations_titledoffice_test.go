package extract

import "testing"

// TestTitledOffice: the holder of a title leads the agency named for it
// ("Comptroller X" at the "Comptroller's Office"); a deputy does not, nor
// does the title lead a body named otherwise.
func TestTitledOffice(t *testing.T) {
	const head = "Uruguay 2019 Human Rights Report: Corruption\n\n"
	checkRelCases(t, []relCase{
		{name: "attorney general",
			text: head + "The Attorney General’s Office opened a case. A month after her appointment as attorney general, Marta Ilvento Sosa resigned.",
			want: []string{"Marta Ilvento Sosa|leads|Attorney General’s Office"}},
		{name: "deputy",
			text: head + "The Attorney General’s Office opened a case. Two weeks before his appointment as deputy attorney general, Marta Ilvento Sosa resigned.",
			not:  []string{"Marta Ilvento Sosa|leads|Attorney General’s Office"}},
	})
	for _, c := range []struct {
		title, org string
		want       bool
	}{
		{"Comptroller", "Comptroller’s Office", true},
		{"attorney general", "Office of the Attorney General", true},
		{"former comptroller", "Comptroller’s Office", false},
		{"comptroller", "Finance Ministry", false},
	} {
		if got := titledOffice(c.title, &entity{name: c.org, typ: "Agency"}); got != c.want {
			t.Errorf("titledOffice(%q, %q) = %v, want %v", c.title, c.org, got, c.want)
		}
	}
}
