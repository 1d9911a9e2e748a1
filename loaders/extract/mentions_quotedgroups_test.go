package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestQuotedGroupNames checks that a quoted name an apposition calls a
// criminal group or a part of one is a criminal group (with its acronym
// as an alias), not a person's nickname, and that a quoted name described
// otherwise is not. All copy is invented.
func TestQuotedGroupNames(t *testing.T) {
	cases := []struct {
		name, text, group, alias string
	}{
		{"clique with an acronym", "Ramon Ortega Villa is allegedly a member of “Los Rayos” (LRS), a clique of the Mara Salvatrucha (MS-13) gang active in the port. Police say LRS runs the port.",
			"Los Rayos", "LRS"},
		{"comma inside the marks", "Police said “La Sombra,” a violent street gang based in the port, had grown.", "La Sombra", ""},
		{"no group noun", "Officials called the plan “Operation Dawn”, a joint effort of two agencies.", "", ""},
	}
	ex := newExtractor(t)
	for _, c := range cases {
		x := ex.Extract(article("Gang news\n\n" + c.text + "\n"))
		var got *schema.Entity
		for i, e := range x.Entities {
			if e.Type == schema.Cartel && e.Name != "MS-13" {
				got = &x.Entities[i]
			}
			if e.Type == schema.Person && c.group != "" && e.Name == c.group {
				t.Errorf("%s: %q is a person in %+v", c.name, c.group, x.Entities)
			}
		}
		checkGroupFound(t, c.name, c.text, x, got, c.group, c.alias)
	}
	checkRelCases(t, []relCase{
		{"member of the clique and of the gang it belongs to",
			"Ramon Ortega Villa is allegedly a member of “Los Rayos” (LRS), a clique of the Mara Salvatrucha (MS-13) gang active in the port.",
			[]string{"Ramon Ortega Villa|memberOf|Los Rayos", "Ramon Ortega Villa|memberOf|MS-13"}, nil},
	})
}

// checkGroupFound reports, for the case name on text, a criminal group got
// of the extraction x when group is empty, no group named group otherwise,
// and a missing alias when alias is given.
func checkGroupFound(t *testing.T, name, text string, x schema.Extraction, got *schema.Entity, group, alias string) {
	t.Helper()
	switch {
	case group == "" && got != nil:
		t.Errorf("%s: Extract(%q) group %+v, want none", name, text, *got)
	case group != "" && (got == nil || got.Name != group):
		t.Errorf("%s: Extract(%q) entities %+v, want group %s", name, text, x.Entities, group)
	case alias != "" && got != nil:
		ok := false
		for _, a := range got.Aliases {
			ok = ok || a == alias
		}
		if !ok {
			t.Errorf("%s: group %+v, want alias %s", name, *got, alias)
		}
	}
}
