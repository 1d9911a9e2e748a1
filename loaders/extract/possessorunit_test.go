package extract

import "testing"

// TestDivisionOwnedUnits checks that a unit named with a division's
// possessive ("the Fraud Division's Office of Harbor Affairs") is an agency
// of its own, that the division named only as the owner of units is not
// the body of a bare agency title, that a member named "now of" the unit is
// the unit's, not the division's, and that another agency's office of the
// same name ("the ABC Office of Harbor Affairs") stays a second body. All
// copy is invented.
func TestDivisionOwnedUnits(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		want     []string    // agencies the text must yield
		not      []string    // agencies it must not yield
		roles    [][2]string // person, body the text must yield
		notRoles [][2]string // person, body it must not yield
	}{
		{
			name: "unit split from its owner",
			text: "Smuggler Extradited\n\nPORT ELLERY - A smuggler was extradited today. The Fraud Division’s Office of Harbor Affairs provided assistance in the extradition.\n",
			want: []string{"Office of Harbor Affairs"},
			not:  []string{"Fraud Division’s Office of Harbor Affairs"},
		},
		{
			name:     "owner is no lead agency",
			text:     "Smuggler Sentenced\n\nAssistant Attorney General Nell Varga of the Fraud Division announced the sentence. Special Agent in Charge Omar Quist of the Coastal Patrol Agency joined her. The Fraud Division’s Office of Harbor Affairs and the Fraud Division’s Office of Dock Operations helped. Special Agent in Charge Ilse Brandt thanked the teams.\n",
			want:     []string{"Office of Harbor Affairs", "Office of Dock Operations"},
			notRoles: [][2]string{{"Ilse Brandt", "Fraud Division"}},
		},
		{
			name:     "now of the unit",
			text:     "Smuggler Sentenced\n\nThe case was prosecuted by Trial Attorney Pia Lund of the Fraud Division’s Wharf Section, and Karl Heng, now of the Fraud Division’s Office of Dock Operations.\n",
			roles:    [][2]string{{"Karl Heng", "Office of Dock Operations"}},
			notRoles: [][2]string{{"Karl Heng", "Fraud Division"}},
		},
		{
			name: "same office of two owners",
			text: "Funds Returned\n\nThe Fraud Division’s Office of Harbor Affairs worked with the Coastal Patrol Agency (CPA) and the CPA Office of Harbor Affairs to return the funds.\n",
			want: []string{"Office of Harbor Affairs", "CPA Office of Harbor Affairs"},
		},
	}
	ex := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := ex.Extract(article(tc.text))
			checkAgencies(t, tc.text, x, tc.want, tc.not)
			for _, r := range tc.roles {
				if !hasRole(x, r[0], r[1]) {
					t.Errorf("Extract(%q): no role %s at %s in %+v", tc.text, r[0], r[1], x.Roles)
				}
			}
			for _, r := range tc.notRoles {
				if hasRole(x, r[0], r[1]) {
					t.Errorf("Extract(%q): unwanted role %s at %s in %+v", tc.text, r[0], r[1], x.Roles)
				}
			}
		})
	}
}
