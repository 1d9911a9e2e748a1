package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestForceCore checks the core of a force's name without "National" and
// "Service", and none for a body that is no force. All names are invented
// or generic.
func TestForceCore(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Ruritanian National Coast Guard Service", "ruritanian coast guard"},
		{"Ruritanian Coast Guard", "ruritanian coast guard"},
		{"Ruritanian National Police", "ruritanian police"},
		{"National Security Council", ""},
		{"National Police", ""},
	} {
		if got := forceCore(c.in); got != c.want {
			t.Errorf("forceCore(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestMergeForceNames checks that a state's force named with and without
// "National" and "Service" is one agency. All copy is invented.
func TestMergeForceNames(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nThe Ruritanian National Coast Guard Service marked its anniversary. The embassy gave a plan to the Ruritanian Coast Guard Service, and praised the Ruritanian National Coast Guard."
	x := ex.Extract(article(text))
	n := 0
	for _, e := range x.Entities {
		if e.Type == schema.Agency {
			n++
		}
	}
	if !hasEntity(x, "Ruritanian National Coast Guard Service", schema.Agency) || n > 2 {
		t.Errorf("Extract(%q): %+v, want one agency for the coast guard", text, x.Entities)
	}
}
