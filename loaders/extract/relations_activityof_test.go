package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestActivityOfSupported: supporting the training, work or efforts "of"
// an actor supports that actor, also one referred back to ("the police");
// an activity of no one named supports no one.
func TestActivityOfSupported(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the training of the police named before",
			text: "Canada sent trainers to the Ecuadorian National Police in May. Peru is sending advisers to support the continued training of the police and judges.",
			want: []string{"Peru|supports|Ecuadorian National Police"}},
		{name: "the work of a named body",
			text: "Chile will continue to support the work of the Ecuadorian National Police.",
			want: []string{"Chile|supports|Ecuadorian National Police"}},
		{name: "the work of no one named",
			text: "Canada sent trainers to the Ecuadorian National Police in May. Chile will support the work of local prosecutors.",
			not:  []string{"Chile|supports|Ecuadorian National Police"}},
	})
}
