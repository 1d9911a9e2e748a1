package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestTreatyTitleOrList checks that a treaty's title runs on over a list
// of capitalised words closed by "or", and that a list closed by "or"
// of known names, dates or lower-case words is no part of the title.
func TestTreatyTitleOrList(t *testing.T) {
	ex := newExtractor(t)
	tests := []struct {
		name, text, want, notWant string
	}{
		{"or list after an and item", "H\nChile ratified the Convention against Slavery and Other Forced, Bonded or Servile Labor or Service in 1999.",
			"Convention against Slavery and Other Forced, Bonded or Servile Labor or Service", "Convention against Slavery and Other Forced"},
		{"or list after the complement", "H\nPeru signed the Protocol on Trafficking, Smuggling or Illicit Transfer of Cultural Goods last year.",
			"Protocol on Trafficking, Smuggling or Illicit Transfer", "Protocol on Trafficking"},
		{"and list unchanged", "H\nPeru signed the Convention on Mining, Fishing and Forestry last year.",
			"Convention on Mining, Fishing and Forestry", "Convention on Mining"},
		{"known name after or", "H\nPeru signed the Convention on Coastal Fishing, or Chile will leave the talks.",
			"Convention on Coastal Fishing", "Convention on Coastal Fishing, or Chile"},
		{"lower-case words after or", "H\nPeru signed the Convention on Coastal Fishing, or so officials said.",
			"Convention on Coastal Fishing", "Convention on Coastal Fishing, or so"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := ex.Extract(article(tt.text))
			if !hasEntity(x, tt.want, schema.Agreement) {
				t.Errorf("Extract(%q) entities = %+v, want agreement %q", tt.text, x.Entities, tt.want)
			}
			if hasEntity(x, tt.notWant, schema.Agreement) {
				t.Errorf("Extract(%q) entities = %+v, want no agreement %q", tt.text, x.Entities, tt.notWant)
			}
		})
	}
}
