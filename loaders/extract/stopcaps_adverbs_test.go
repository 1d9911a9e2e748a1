package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestSentenceAdverbsNameNothing checks that a linking adverb opening a
// sentence before a comma is read as no person or body.
func TestSentenceAdverbsNameNothing(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		not        []string
	}{
		{"separately", "H\nThe inquiry stalled in May. Separately, the holding firm, Orvale Group, paid a fine.", []string{"Separately"}},
		{"additionally", "H\nThe court freed two men. Additionally, the government raised the penalties for fraud.", []string{"Additionally"}},
		{"further", "H\nThe minister cited the risks. Further, the President has found the safeguards adequate.", []string{"Further"}},
		{"following", "H\nFollowing reports of abuse, Senator Ana Ruiz wrote to the agency.", []string{"Following"}},
	} {
		t.Run(c.name, func(t *testing.T) { checkEntityNames(t, ex, c.text, nil, c.not) })
	}
}
