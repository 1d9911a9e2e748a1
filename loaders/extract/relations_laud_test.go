package extract

import "testing"

// TestLaudHailSupports: "laud" and "hail" are verbs of praise, read like
// "praise" (their object right after them); conveying gratitude or
// appreciation for a state's work is crediting it, as expressing it is.
// "hails from" names an origin, not praise.
func TestLaudHailSupports(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "lauded a government's leadership",
			text: "Minister Ana Ruiz of Peru lauded Bolivia's growing leadership in the region.",
			want: []string{"Ana Ruiz|supports|Bolivia"}},
		{name: "hailed a government's arrest of a fugitive",
			text: "Peru hailed Bolivia's capture of the fugitive as a turning point.",
			want: []string{"Peru|supports|Bolivia"}},
		{name: "a series of predicates after lauded",
			text: "Minister Ana Ruiz lauded Bolivia's leadership and commended Chile's willingness to host the summit.",
			want: []string{"Ana Ruiz|supports|Bolivia", "Ana Ruiz|supports|Chile"}},
		{name: "conveyed gratitude for a state's efforts",
			text: "Minister Ana Ruiz of Peru conveyed her gratitude for Bolivia's efforts against trafficking.",
			want: []string{"Ana Ruiz|supports|Bolivia"}},
		{name: "hails from a country",
			text: "The new envoy, Ana Ruiz, hails from Bolivia and served in La Paz.",
			not:  []string{"Ana Ruiz|supports|Bolivia"}},
	})
}
