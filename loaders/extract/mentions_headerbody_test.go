package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestMastheadBody checks that a line under the headline holding only a
// body's name ("Office of the X") is that body, though written in title
// case like a headline.
func TestMastheadBody(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, body string
		want             bool
	}{
		{"masthead line, date under it", "Envoy Visits Lima\n\nOffice of the Commissioner\n\nMay 3, 2024\n\nThe envoy met Peruvian officials.",
			"Office of the Commissioner", true},
		{"masthead line between label and place", "Joint Statement on Ports\n\nMedia Note\nBureau of Coastal Affairs\nWashington, DC\n\nThe two governments met.",
			"Bureau of Coastal Affairs", true},
		{"a subtitle that goes on past the name", "Envoy Visits Lima\n\nBureau of Prisons Moves Inmates To New Site\n\nThe move ended.",
			"Bureau of Prisons Moves Inmates", false},
		{"the headline itself", "Office of Ports Review\n\nThe review ended.", "Office of Ports Review", false},
	} {
		x := ex.Extract(article(c.text))
		if got := hasNamed(x, c.body, schema.Agency); got != c.want {
			t.Errorf("%s: Extract(%q) has agency %q = %v, want %v (entities %+v)", c.name, c.text, c.body, got, c.want, x.Entities)
		}
	}
}
