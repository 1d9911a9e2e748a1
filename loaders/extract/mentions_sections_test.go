package extract

import "testing"

// TestSectionBodies checks that a capitalised name ending in "Section" is
// an agency (a section of a ministry or department), that two such names
// joined by "and" are two bodies even when each holds its own "and", and
// that "Section Chief" before a name is a title, no body. All copy is
// invented.
func TestSectionBodies(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // agencies the text must yield
		not  []string // agencies it must not yield
	}{
		{
			name: "possessed section",
			text: "Plains Man Sentenced\n\nTrial Attorney Dora Pell of the Justice Ministry’s Wildlife and Timber Section prosecuted the case.\n",
			want: []string{"Wildlife and Timber Section"},
		},
		{
			name: "two sections joined",
			text: "Ring Charged\n\nThe case was brought by the Customs Ministry's Harbor Fraud Section and River and Canal Smuggling Section in Port Ellery.\n",
			want: []string{"Harbor Fraud Section", "River and Canal Smuggling Section"},
			not:  []string{"Harbor Fraud Section and River and Canal Smuggling Section"},
		},
		{
			name: "section chief title",
			text: "Visit Ends\n\nThe delegation met Navy Section Chief Col. Bram Ostrov at the base on Tuesday.\n",
			not:  []string{"Navy Section"},
		},
	}
	ex := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := ex.Extract(article(tc.text))
			checkAgencies(t, tc.text, x, tc.want, tc.not)
		})
	}
}
