package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestOfForVariant checks the "for" form of an agency's "Bureau of" or
// "Office of" name, and none for other names.
func TestOfForVariant(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Bureau of Harbor Affairs", "Bureau for Harbor Affairs"},
		{"Office of Ports and Rivers", "Office for Ports and Rivers"},
		{"Department of State", ""},
		{"Bureau of", ""},
	} {
		if got := ofForVariant(c.in); got != c.want {
			t.Errorf("ofForVariant(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestOfForKnownAgency checks that a known "Bureau of" agency written
// with "for" on a header line is still that agency. The copy is invented;
// the agency is a real one the gazetteer knows.
func TestOfForKnownAgency(t *testing.T) {
	ex := newExtractor(t)
	text := "Fact Sheet\n\nBureau for International Narcotics and Law Enforcement Affairs\n\nThe program trains border officers."
	x := ex.Extract(article(text))
	if !hasEntity(x, "Bureau of International Narcotics and Law Enforcement Affairs", schema.Agency) {
		t.Errorf("Extract(%q) entities = %+v, want the known bureau", text, x.Entities)
	}
}
