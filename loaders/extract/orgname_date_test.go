package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestBodyNameEndsBeforeDate checks that "on" before a month or a weekday
// ends a body's name ("the Superior Court of Lima on Oct. 15") while a
// committee's subject after "on" stays in it. All copy is invented.
func TestBodyNameEndsBeforeDate(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"abbreviated month", "Visit\n\nHe had a conviction by the Superior Court of the District of Columbia on Oct. 15, 2014 for theft.\n", "Superior Court of the District of Columbia"},
		{"weekday", "Visit\n\nHe was sentenced by the Superior Court of Lima on Tuesday for theft.\n", "Superior Court of Lima"},
		{"a committee's subject", "Visit\n\nThe Subcommittee on Western Hemisphere Affairs met on Tuesday.\n", "Subcommittee on Western Hemisphere Affairs"},
	}
	ex := newExtractor(t)
	for _, c := range cases {
		x := ex.Extract(article(c.text))
		found := hasNamed(x, c.want, schema.Agency)
		if !found {
			t.Errorf("%s: Extract(%q) entities = %+v, want agency %s", c.name, c.text, x.Entities, c.want)
		}
	}
}
