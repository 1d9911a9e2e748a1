package extract

import "testing"

// TestSurnameDemonym checks that a demonym after a given name, followed
// by punctuation or a function word, is the person's surname, and that a
// demonym qualifying a noun or after a sentence-opening word is not. All
// copy is invented.
func TestSurnameDemonym(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"surname before of",
			"H\nThe case was prosecuted by Senior Trial Counsel Mark Irish of the Fraud Section of the Criminal Division.",
			[]string{"Mark Irish"}, []string{"Mark"}},
		{"surname before and",
			"H\nTrial Attorneys Dana French and Oskar Vellind of the Fraud Section are prosecuting the case.",
			[]string{"Dana French", "Oskar Vellind"}, []string{"Dana"}},
		{"surname before a comma",
			"H\nThe plea was accepted by Judge Rufus Nembry, and Assistant U.S. Attorney Mark Irish, who tried the case, said the sentence was fair.",
			[]string{"Rufus Nembry", "Mark Irish"}, []string{"Mark"}},
		{"demonym qualifying a noun",
			"H\nOn Monday, the aid worker Tomas Brelling met Mark Irish officials in the capital.",
			[]string{"Tomas Brelling"}, []string{"Mark Irish"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, c.want, c.not)
		})
	}
}
