package extract

import "testing"

// TestKnownOrgProgramme: a framework name opened by an international
// organisation the gazetteer knows ("the IMF Global Partnership") is the
// organisation's programme, not an agreement; the organisation is named.
func TestKnownOrgProgramme(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nThe minister congratulated Chile on its IMF Global Partnership and praised its reforms."
	x, _, _ := agreementNamed(t, ex, text, "")
	if hasEntity(x, "IMF Global Partnership", "Agreement") {
		t.Errorf("Extract(%q) has the agreement IMF Global Partnership", text)
	}
	if !hasEntity(x, "International Monetary Fund", "Organization") {
		t.Errorf("Extract(%q) has no International Monetary Fund; entities %+v", text, x.Entities)
	}
	agreementNamed(t, ex, "H\nChile and Peru launched the Andean Global Partnership for Ports.", "Andean Global Partnership for Ports")
}
