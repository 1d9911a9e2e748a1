package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestStaffCodeName checks that a staff code with a slash opens the name
// of the directorate after it, and that a date's slash does not.
func TestStaffCodeName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, body string
		want             bool
	}{
		{"staff code", "Visit\n\nShe was joined by the head of the J2/5 Plans and Intelligence Directorate, Col. Rita Moss.", "J2/5 Plans and Intelligence Directorate", true},
		{"no code", "Visit\n\nShe was joined by the head of the Plans and Intelligence Directorate, Col. Rita Moss.", "Plans and Intelligence Directorate", true},
	} {
		x := ex.Extract(article(c.text))
		if got := hasNamed(x, c.body, schema.Agency); got != c.want {
			t.Errorf("%s: Extract(%q) has agency %q = %v, want %v (entities %+v)", c.name, c.text, c.body, got, c.want, x.Entities)
		}
	}
	for _, c := range []struct {
		key  string
		bare bool
		want bool
	}{{"j7", false, true}, {"9", true, true}, {"9", false, false}, {"2024", true, true}, {"jan", false, false}} {
		if got := staffCodePart(c.key, c.bare); got != c.want {
			t.Errorf("staffCodePart(%q, %v) = %v, want %v", c.key, c.bare, got, c.want)
		}
	}
}
