package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestModifierAcronyms checks that a short form the news uses as a
// modifier ("a UN report", "the UN Charter") names no body, while the
// same short form as a clause's subject or a bare plural's modifier does.
func TestModifierAcronyms(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  bool // United Nations must / must not be extracted
	}{
		{"a determined report",
			"H\nA UN report found that the Lobos gang controls the port of Santa Ines.", false, true},
		{"a dated report",
			"H\nAccording to a March 4 UN report, the Lobos gang controls the port.", false, true},
		{"an official of the body",
			"H\nThe UN special envoy visited Santa Ines in May.", false, true},
		{"an instrument of the body",
			"H\nMinister Ana Ruiz defended the UN Charter before the assembly.", false, true},
		{"the body as the subject",
			"H\nThe UN said the Lobos gang controls the port of Santa Ines.", true, false},
		{"the body at the end of a sentence",
			"H\nMinister Ana Ruiz asked for help from the UN.", true, false},
		{"a bare plural",
			"H\nThe delegation met Ana Ruiz along with UN agencies in Santa Ines.", true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(schema.Article{ID: "t", Text: c.text})
			has := false
			for _, e := range x.Entities {
				if e.Name == "United Nations" {
					has = true
				}
			}
			if c.want && !has || c.not && has {
				t.Errorf("Extract(%q) entities = %+v, want United Nations %v", c.text, x.Entities, c.want)
			}
		})
	}
}
