package extract

import "testing"

// TestCapsSurname checks that a lone surname in capitals after the full
// name in capitals refers to that person, as a speaker too, and that a
// surname two such people share credits no one. All copy is invented.
func TestCapsSurname(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, speaker string }{
		{"a title abbreviation and the surname",
			"Two Officers Extradited\n\nMAR 3 -- ANA M. VELLORA, Special Agent in Charge of the Drug Enforcement Administration, announced the extradition of two police officers.\n\nSAC VELLORA stated, “These extraditions are a warning to every smuggler.”",
			"Ana M. Vellora"},
		{"a surname two people share",
			"Two Officers Extradited\n\nMAR 3 -- ANA M. VELLORA, Special Agent in Charge, and DAVID VELLORA, the United States Attorney, announced the extradition of two police officers.\n\nSAC VELLORA stated, “These extraditions are a warning to every smuggler.”",
			""},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			got := quotedSpeaker(x, "") // the last statement's speaker
			if got != c.speaker {
				t.Errorf("Extract(%q) speaker = %q, want %q; statements %+v", c.text, got, c.speaker, x.Statements)
			}
		})
	}
}
