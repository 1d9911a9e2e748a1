package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestFieldOfficeTitle checks that "Field Office Director" before a name,
// with no place naming the office, is the holder's title and no body
// ("ICE Field Office", "Field Office"), while a field office the text names
// by its place stays the holder's. All copy is invented.
func TestFieldOfficeTitle(t *testing.T) {
	ex := newExtractor(t)
	for _, tc := range []struct {
		name, text, person, org, noBody string
	}{
		{"agency initials", "H\n\u201cFugitives will be found,\u201d said ICE Field Office Director Rosa Kline, with the Tarrin office of ICE.",
			"Rosa Kline", "U.S. Immigration and Customs Enforcement", "ICE Field Office"},
		{"office named after the name", "H\n\u201cFugitives will be found,\u201d said Field Office Director Rosa Kline of ERO Tarrin.",
			"Rosa Kline", "ERO Tarrin", "Field Office"},
		{"office named elsewhere", "H\nOfficers of the ERO Tarrin Field Office removed the man on Monday.\n\n" +
			"\u201cFugitives will be found,\u201d said ERO Field Office Director Rosa Kline.",
			"Rosa Kline", "ERO Tarrin Field Office", ""},
	} {
		x := ex.Extract(article(tc.text))
		if !hasRole(x, tc.person, tc.org) {
			t.Errorf("%s: roles = %+v, want %s at %s", tc.name, x.Roles, tc.person, tc.org)
		}
		if tc.noBody != "" && hasNamed(x, tc.noBody, schema.Agency) {
			t.Errorf("%s: entities = %+v, want no agency %q", tc.name, x.Entities, tc.noBody)
		}
	}
}
