package extract

import (
	"strings"
	"testing"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestAgreementShortName checks that a framework's short name, the end of
// its full name given before it, names the framework and no second
// agreement; the short name of two frameworks names neither.
func TestAgreementShortName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       []string
		merged     string // a short name no entity of its own may bear
	}{
		{"the states and ordinal dropped",
			"H\nOfficials opened the 5th Chile-Peru Fisheries Working Group in Lima. The Fisheries Working Group meets every year.",
			[]string{"5th Chile-Peru Fisheries Working Group"}, "Fisheries Working Group"},
		{"two longer names leave the short one alone",
			"H\nOfficials opened the Chile-Peru Fisheries Working Group and the Chile-Bolivia Fisheries Working Group. The Fisheries Working Group meets every year.",
			[]string{"Chile-Bolivia Fisheries Working Group", "Chile-Peru Fisheries Working Group"}, ""},
		{"a short name read as a body's",
			"H\nOfficials opened the Chile-Peru Port Safety Working Group in Lima. The Port Safety Working Group meets every year.",
			[]string{"Chile-Peru Port Safety Working Group"}, "Port Safety Working Group"},
		{"an ordinal and High Level before a name written with other hyphens",
			"H\nOfficials opened the Eleventh High Level Chile-Peru-Fisheries Dialogue in Lima. The Chile-Peru Fisheries Dialogue meets every year.",
			[]string{"Eleventh High Level Chile-Peru-Fisheries Dialogue"}, "Chile-Peru Fisheries Dialogue"},
		{"a session's year before the short name",
			"H\nOfficials opened the Chile-Peru High-Level Fisheries Dialogue in Lima. At the 2021 High-Level Fisheries Dialogue they set new quotas.",
			[]string{"Chile-Peru High-Level Fisheries Dialogue"}, "2021 High-Level Fisheries Dialogue"},
		{"a short name before the full one names a body",
			"H\nThe Port Safety Working Group met in Lima. It advises the Chile-Peru Port Safety Working Group.",
			[]string{"Chile-Peru Port Safety Working Group"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := agreementNames(x); got != strings.Join(c.want, "|") {
				t.Errorf("Extract(%q) agreements = %v, want %v", c.text, got, c.want)
			}
			for _, e := range x.Entities {
				if c.merged != "" && e.Name == c.merged {
					t.Errorf("Extract(%q) has entity %+v, want %q an alias of %v", c.text, e, c.merged, c.want)
				}
			}
		})
	}
}
