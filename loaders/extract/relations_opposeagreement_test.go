package extract

import "testing"

// TestOpposedAgreements: an opposition to a named agreement, said in the
// first person in a quotation or stated as a noun, rejects it; opposing a
// state, or a negated opposition, rejects nothing.
func TestOpposedAgreements(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "first person in a quotation",
			text: "Statement\n\n\"I decided to oppose the Freedonia Free Trade Agreement today because it fails our farmers,\" said Senator Lena Marsh.",
			want: []string{"Lena Marsh|rejected|Freedonia Free Trade Agreement"}},
		{name: "opposition to a named agreement",
			text: "Statement\n\nSenator Lena Marsh spoke out in opposition to the Freedonia Free Trade Agreement on Tuesday.",
			want: []string{"Lena Marsh|rejected|Freedonia Free Trade Agreement"}},
		{name: "a verb outside quotations",
			text: "Statement\n\nSenator Lena Marsh opposes the Freedonia Free Trade Agreement, her office said.",
			want: []string{"Lena Marsh|rejected|Freedonia Free Trade Agreement"}},
		{name: "never opposed",
			text: "Statement\n\n\"I have never opposed the Freedonia Free Trade Agreement,\" said Senator Lena Marsh.",
			not:  []string{"Lena Marsh|rejected|Freedonia Free Trade Agreement"}},
		{name: "opposition to a state",
			text: "Statement\n\nSenator Lena Marsh spoke out in opposition to Freedonia and its new port rules.",
			not:  []string{"Lena Marsh|rejected|Freedonia"}},
	})
}
