package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestAttributedDistricts checks that a federal judicial district named as
// a person's or an office's ("… of the District of Utah", "Offices in the
// A, B and C") is an agency, one named only as where charges were filed
// is not, and the U.S. attorney's office named after a district the text
// also names as a body is that district (its alias, no entity of its
// own). All copy is invented.
func TestAttributedDistricts(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{
			name: "person of the district without a side",
			text: "Smuggler Sentenced\n\nAssistant U.S. Attorney Nell Varga of the District of Vermont prosecuted the case before Judge Otto Brand.\n",
			want: []string{"District of Vermont"},
		},
		{
			name: "list after offices",
			text: "Ring Members Extradited\n\nThe U.S. Attorneys’ Offices in the District of Idaho, Western District of Kentucky and the Northern District of Ohio provided assistance.\n",
			want: []string{"District of Idaho", "Western District of Kentucky", "Northern District of Ohio"},
		},
		{
			name: "venue only",
			text: "Broker Charged\n\nTomas Wexler was charged in the District of Nevada with wire fraud on Monday.\n",
			not:  []string{"District of Nevada"},
		},
		{
			name: "office merged into its district",
			text: "Pilot Convicted\n\nAssistant U.S. Attorney Rhea Moss of the District of Columbia tried the case. The U.S. Attorney’s Office for the District of Columbia thanked the pilots' union.\n",
			want: []string{"District of Columbia"},
			not:  []string{"U.S. Attorney’s Office for the District of Columbia"},
		},
	}
	ex := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := ex.Extract(article(tc.text))
			for _, w := range tc.want {
				if !hasEntity(x, w, schema.Agency) {
					t.Errorf("Extract(%q): no agency %q in %+v", tc.text, w, x.Entities)
				}
			}
			for _, n := range tc.not {
				for _, e := range x.Entities {
					if e.Name == n {
						t.Errorf("Extract(%q): unwanted entity %q in %+v", tc.text, n, x.Entities)
					}
				}
			}
		})
	}
}
