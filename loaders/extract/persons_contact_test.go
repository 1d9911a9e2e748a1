package extract

import "testing"

// TestContactName checks that a release's contact line names its press
// officers though their given names are unknown, and that "contact" inside
// a sentence names no one. All copy is invented.
func TestContactName(t *testing.T) {
	ex := newExtractor(t)
	body := "\n\nWASHINGTON - Senator Ana Ruiz today introduced a bill to fund port inspections."
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"two officers joined by 'and'",
			"Ruiz Introduces Port Bill\n\nContact: Zorvan Brantuna and Welmar Fosk, 202/555-0101." + body,
			[]string{"Zorvan Brantuna", "Welmar Fosk"}, nil},
		{"officers with their own numbers after semicolons",
			"Ruiz Introduces Port Bill\n\nContact: Quarl Tandori, 202/555-0102; Velm Astrakan, 303/555-0103." + body,
			[]string{"Quarl Tandori", "Velm Astrakan"}, nil},
		{"a media contact with the number in parentheses",
			"Ruiz Introduces Port Bill\n\nMedia Contact: Brisk Olunde (202)555-0104" + body,
			[]string{"Brisk Olunde"}, nil},
		{"'contact' inside a sentence",
			"Ruiz Introduces Port Bill\n\nInspectors made contact with Quarl Tandori Shipping on Monday." + body,
			nil, []string{"Quarl Tandori", "Quarl Tandori Shipping"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, c.want, c.not)
		})
	}
}
