package extract

import "testing"

// TestDonationsAsSupport: donating things "to" an actor and a
// "contribution to" or "donation to" it are support of it, whatever the
// gift and however long its description; a planned donation is none, and
// an infinitive after "to" is a purpose, not a recipient.
func TestDonationsAsSupport(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "donated things to a ministry",
			text: "On Tuesday Peru donated 40 patrol boats to the Bolivian Ministry of Defense.",
			want: []string{"Peru|supports|Bolivian Ministry of Defense"}},
		{name: "a contribution to a mission",
			text: "Officials noted Peru's contributions to the Andean Security Council in Bolivia.",
			want: []string{"Peru|supports|Andean Security Council"}},
		{name: "its contribution to a mission",
			text: "The minister thanked Peru for its contribution to the Andean Security Council.",
			want: []string{"Peru|supports|Andean Security Council"}},
		{name: "a long gift before its recipient",
			text: "Since 2016 Chile has donated 212 Toyota Hilux pickup trucks to the Government of Bolivia.",
			want: []string{"Chile|supports|Bolivia"}},
		{name: "money in kind, in a participle clause",
			text: "Over the last decade Chile has built 80 clinics, donating $9 million in medicine, beds and supplies to Bolivia.",
			want: []string{"Chile|supports|Bolivia"}},
		{name: "a gift given to help, its purpose no recipient",
			text: "Chile donated $2 million in radios to help the police fight the Gulf Cartel.",
			not:  []string{"Chile|supports|Gulf Cartel"}},
		{name: "a planned donation",
			text: "Peru plans to donate 40 patrol boats to the Bolivian Ministry of Defense.",
			not:  []string{"Peru|supports|Bolivian Ministry of Defense"}},
	})
}
