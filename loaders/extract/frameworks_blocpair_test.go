package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestBlocPairFrameworks checks that a bloc of states the gazetteer knows
// stands as one side of a pair that names a framework, which is then an
// agreement of the state and the bloc, and that a pair with an
// organisation that is no bloc of states names no framework so.
func TestBlocPairFrameworks(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, agreement, parties string }{
		{"a dialogue of a state and a bloc",
			"H\nOfficials opened the Peru-CARICOM Fisheries Dialogue in Lima on Monday.",
			"Peru-CARICOM Fisheries Dialogue", "Caribbean Community|Peru"},
		{"an initiative of a state and a bloc",
			"H\nOfficials launched the Chile-SICA Port Initiative in Santiago on Monday.",
			"Chile-SICA Port Initiative", "Central American Integration System|Chile"},
		{"a title-case headline",
			"Chile-SICA Port Security Dialogue Concludes\n\nOfficials met on Monday in Santiago.",
			"Chile-SICA Port Security Dialogue", "Central American Integration System|Chile"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExactParties(t, ex, c.text, c.agreement, c.parties)
		})
	}
	text := "H\nOfficials opened the Peru-Interpol Fisheries Dialogue in Lima on Monday."
	if x := ex.Extract(article(text)); agreementNames(x) != "" {
		t.Errorf("Extract(%q) agreements = %s, want none", text, agreementNames(x))
	}
}

// TestPairOpenedAgreementNames checks that an agreement's name opening
// with two states joined by a slash or a spaced dash keeps the first state
// in its name and gives both states as parties.
func TestPairOpenedAgreementNames(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, agreement, parties string }{
		{"a slash",
			"H\nThe arrest is another win under the Peru/Chile Framework for Border Security, the minister said.",
			"Peru/Chile Framework for Border Security", "Chile|Peru"},
		{"a spaced dash",
			"H\nThe arrest is another win under the Peru – Chile Framework for Border Security, the minister said.",
			"Peru – Chile Framework for Border Security", "Chile|Peru"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExactParties(t, ex, c.text, c.agreement, c.parties)
		})
	}
}
