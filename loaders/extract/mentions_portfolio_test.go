package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestPortfolioOnly checks that a department named only as the field of a
// secretary's title is no entity, while one the text names by its own name
// or acronym, or names again elsewhere, is.
func TestPortfolioOnly(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, body string
		want             bool
	}{
		{"Secretary of the field", "Order Signed\n\nThe order directs the Secretary of the Treasury to report within 90 days.",
			"Department of the Treasury", false},
		{"field before Secretary", "Letter Sent\n\nSenators wrote to Treasury Secretary Dana Pell about the cartel's banks.",
			"Department of the Treasury", false},
		{"named again", "Letter Sent\n\nSenators wrote to Treasury Secretary Dana Pell. The Treasury sanctioned two banks on Monday.",
			"Department of the Treasury", true},
		{"department's own name", "Visit Held\n\nThe Acting Secretary of the Department of Homeland Security, Ola Brandt, visited Lima.",
			"Department of Homeland Security", true},
		{"acronym", "Hearing Set\n\nThe committee will question the DHS Secretary on Tuesday.",
			"Department of Homeland Security", true},
	} {
		x := ex.Extract(article(c.text))
		if got := hasNamed(x, c.body, schema.Agency); got != c.want {
			t.Errorf("%s: Extract(%q) has agency %q = %v, want %v (entities %+v)", c.name, c.text, c.body, got, c.want, x.Entities)
		}
	}
}

// TestProgramOnly checks that a body named only as the name of a
// programme ("the X program", "the X (A) and Y (B) programs") is no
// entity, while one the text also names as a body is.
func TestProgramOnly(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, body string
		want             bool
	}{
		{"program", "Grants Awarded\n\nCounty grants pay overtime for the Harbor Narcotics Task Force program this year.",
			"Harbor Narcotics Task Force", false},
		{"two programs", "Cocaine Seized\n\nThe seizure supported the Harbor Narcotics Task Force (HNTF) and Safe Ports Area (SPA) programs.",
			"Harbor Narcotics Task Force", false},
		{"named as a body too", "Cocaine Seized\n\nThe seizure supported the Harbor Narcotics Task Force (HNTF) program. The HNTF arrested four men.",
			"Harbor Narcotics Task Force", true},
	} {
		x := ex.Extract(article(c.text))
		if got := hasNamed(x, c.body, schema.Agency); got != c.want {
			t.Errorf("%s: Extract(%q) has agency %q = %v, want %v (entities %+v)", c.name, c.text, c.body, got, c.want, x.Entities)
		}
	}
}
