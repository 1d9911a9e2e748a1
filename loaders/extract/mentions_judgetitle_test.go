package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestCourtInJudgeTitle checks that a court named only in a judge's title
// is no entity, while a court named otherwise still is.
func TestCourtInJudgeTitle(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       bool // "Lakeview Superior Court" extracted
	}{
		{"a judge's title",
			"H\nLakeview Superior Court Judge Ana Ruiz sentenced Luis Soto to ten years.", false},
		{"a judge's title with a rank",
			"H\nLakeview Superior Court Chief Judge Ana Ruiz sentenced Luis Soto to ten years.", false},
		{"the court as a place of trial",
			"H\nLuis Soto was sentenced in the Lakeview Superior Court on Monday.", true},
		{"a judge named after the court",
			"H\nThe Lakeview Superior Court sentenced Luis Soto; Judge Ana Ruiz presided.", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(schema.Article{ID: "t", Text: c.text})
			has := false
			for _, e := range x.Entities {
				if e.Name == "Lakeview Superior Court" {
					has = true
				}
			}
			if has != c.want {
				t.Errorf("Extract(%q) entities = %+v, want Lakeview Superior Court %v", c.text, x.Entities, c.want)
			}
		})
	}
}
