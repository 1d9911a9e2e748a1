package extract

import "testing"

// TestUnnamedPluralHead: a participle right after an indefinite plural
// noun phrase qualifies that unnamed phrase, not a group named earlier in
// the sentence; a following list, a definite phrase or a described name
// still give the objects.
func TestUnnamedPluralHead(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "unnamed organizations backed by cartels",
			text: "The move follows the designation of the Gulf Cartel and comes as Peruvian criminal organizations backed by the Sinaloa Cartel continue to spread.",
			not:  []string{"Sinaloa Cartel|supports|Gulf Cartel"}},
		{name: "a group described in apposition",
			text: "Peru sanctioned the Gulf Cartel, a gang backed by the Sinaloa Cartel.",
			want: []string{"Sinaloa Cartel|supports|Gulf Cartel"}},
		{name: "a list after the participle",
			text: "Mexico sent to the United States leaders of drug cartels recently designated as Foreign Terrorist Organizations, such as the Sinaloa Cartel and the Gulf Cartel.",
			want: []string{"United States|designated|Sinaloa Cartel"}},
	})
}
