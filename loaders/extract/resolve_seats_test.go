package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestEmbassySeats checks that one country's embassies in two cities are
// two bodies, while a bare mention after a seated one is that post. All
// copy is invented.
func TestEmbassySeats(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("H\nThe Peruvian Embassy in Mexico hosted a reception on Monday, and the Peruvian Embassy in Ottawa hosted another on Tuesday."))
	var posts []schema.Entity
	for _, e := range x.Entities {
		if e.Type == schema.Agency {
			posts = append(posts, e)
		}
	}
	if len(posts) != 2 || !hasNamed(x, "Peruvian Embassy in Mexico", schema.Agency) || !hasNamed(x, "Peruvian Embassy in Ottawa", schema.Agency) {
		t.Errorf("agencies = %+v, want the embassies in Mexico and in Ottawa apart", posts)
	}
	x = ex.Extract(article("H\nThe Peruvian Embassy in Ottawa hosted a reception on Monday. The Peruvian Embassy said it was a success."))
	n := 0
	for _, e := range x.Entities {
		if e.Type == schema.Agency {
			n++
		}
	}
	if n != 1 {
		t.Errorf("entities = %+v, want one embassy", x.Entities)
	}
}
