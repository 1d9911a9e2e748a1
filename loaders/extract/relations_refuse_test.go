package extract

import "testing"

// TestRefuseNamed: "refuse" rejects an actor named right after it
// (relations.tsv "refuse [object-named]"); refusing to do something to
// someone rejects no one.
func TestRefuseNamed(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "refused an actor",
			text: "Statement\n\nIn March, Peru refused Chile's request for a joint patrol.",
			want: []string{"Peru|rejected|Chile"}},
		{name: "refuses to act against someone",
			text: "Statement\n\nPeru refuses to crack down on smugglers crossing into Chile.",
			not:  []string{"Peru|rejected|Chile"}},
		{name: "refused to let someone in",
			text: "Statement\n\nThe Peruvian government refused to allow Chilean ministers to attend the summit.",
			not:  []string{"Peru|rejected|Chile"}},
	})
}
